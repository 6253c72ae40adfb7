// The thread pool's failure handling, with stand-in workers that speak its protocol: a document that
// crashes or hangs its worker fails alone, the others are finished by a fresh worker; a worker that cannot
// start stops the pool with the reason instead of respawning forever.
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ThreadPool } from '../../src/ingest/threads.js';
import type { AnalyzeJob } from '../../src/ingest/pool.js';
import { tempDir } from './helpers.js';

const STAND_IN = `
import { parentPort } from 'node:worker_threads';
parentPort.postMessage({ kind: 'ready' });
parentPort.on('message', ({ seq, job }) => {
  if (job.text === 'crash') process.exit(3);
  if (job.text === 'throw') throw new Error('boom');
  if (job.text === 'hang') for (;;);
  const analysis = { article: { id: job.id }, paragraphs: [], sentences: [], entities: [], times: [], quotes: [], events: [] };
  parentPort.postMessage({ kind: 'result', seq, outcome: { ok: true, analysis } });
});
`;

const BROKEN = `
import { parentPort } from 'node:worker_threads';
parentPort.postMessage({ kind: 'fatal', error: 'cannot load the dictionaries: data/actors missing' });
`;

const job = (id: string, text = 'نص'): AnalyzeJob => ({
  id,
  text,
  title: null,
  published: null,
  source: null,
  url: null,
});

describe('thread pool', () => {
  const tmp = tempDir('hadath-threads-');
  const url = (name: string, code: string) => {
    const path = join(tmp.dir, name);
    writeFileSync(path, code);
    return pathToFileURL(path);
  };
  afterAll(() => tmp.cleanup());

  it('fails only the document that crashed or hung its worker, and finishes the rest', async () => {
    const pool = new ThreadPool({ size: 2, workerUrl: url('stand-in.mjs', STAND_IN), timeoutMs: 300 });
    try {
      await pool.ready();
      const names = ['a', 'b', 'crash', 'c', 'd', 'hang', 'e', 'throw', 'f', 'g'];
      const outcomes = await Promise.all(
        names.map((n) => pool.analyze(job(n, ['crash', 'hang', 'throw'].includes(n) ? n : 'نص'))),
      );
      const byName = new Map(names.map((n, i) => [n, outcomes[i]!]));
      expect(byName.get('crash')).toEqual({
        ok: false,
        error: 'analysis crashed: the worker thread exited with code 3',
      });
      expect(byName.get('hang')).toEqual({ ok: false, error: 'analysis timed out after 0.3 s' });
      expect(byName.get('throw')).toEqual({ ok: false, error: 'analysis crashed: boom' });
      for (const n of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) expect(byName.get(n)?.ok, n).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('stops with the reason when its workers cannot start', async () => {
    const pool = new ThreadPool({ size: 2, workerUrl: url('broken.mjs', BROKEN) });
    try {
      await expect(pool.ready()).rejects.toThrow(/data\/actors missing/);
      expect(await pool.analyze(job('x'))).toEqual({
        ok: false,
        error: 'cannot load the dictionaries: data/actors missing',
      });
    } finally {
      await pool.close();
    }
  });

  it('answers after close instead of hanging', async () => {
    const pool = new ThreadPool({ size: 1, workerUrl: url('stand-in-2.mjs', STAND_IN) });
    await pool.ready();
    await pool.close();
    expect(await pool.analyze(job('late'))).toEqual({ ok: false, error: 'the analysis pool is closed' });
  });
});
