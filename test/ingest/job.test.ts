// The ingest job in process (analysis on the test's thread): good and bad inputs together, idempotence,
// duplicates under other paths, the error report, progress and the document count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runIngest, type IngestFailure, type IngestSummary } from '../../src/ingest/job.js';
import { InlinePool } from '../../src/ingest/pool.js';
import { ErrorReport } from '../../src/ingest/error-report.js';
import { Progress } from '../../src/ingest/progress.js';
import { countDocuments } from '../../src/ingest/count.js';
import { SqliteStore } from '../../src/store/index.js';
import { dbCounts, fixture, tempDir } from './helpers.js';

const ARTICLE = readFileSync(fixture('macron-putin-call.txt'), 'utf8');

describe('ingest job', () => {
  const tmp = tempDir();
  const pool = new InlinePool();
  const inputs = join(tmp.dir, 'inputs');
  const maxBytes = 64 * 1024;

  beforeAll(() => {
    mkdirSync(join(inputs, 'copy'), { recursive: true });
    copyFileSync(fixture('macron-putin-call.txt'), join(inputs, 'call.txt'));
    // The same article under another name and directory, with harakat added: stored once.
    writeFileSync(join(inputs, 'copy', 'same-call.txt'), ARTICLE.replace('مكالمة', 'مُكالَمة'));
    writeFileSync(
      join(inputs, 'binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0]),
    );
    writeFileSync(join(inputs, 'empty.txt'), '');
    writeFileSync(join(inputs, 'huge.txt'), 'خبر '.repeat(maxBytes));
    writeFileSync(
      join(inputs, 'english.txt'),
      'Reuters reported that the talks would resume next week in Geneva, officials said.',
    );
    writeFileSync(join(inputs, 'broken.html'), '<html><head><title>x</title></head><body><div><p>');
    copyFileSync(fixture('feeds/truncated.xml'), join(inputs, 'truncated.xml'));
    copyFileSync(fixture('sources/batch-with-bad-line.jsonl'), join(inputs, 'batch.jsonl'));
  });
  afterAll(async () => {
    await pool.close();
    tmp.cleanup();
  });

  async function ingest(
    db: string,
    paths: string[],
  ): Promise<{ summary: IngestSummary; failures: IngestFailure[] }> {
    const store = new SqliteStore(db, { create: true });
    const failures: IngestFailure[] = [];
    try {
      const summary = await runIngest({
        inputs: paths,
        store,
        pool,
        read: { maxBytes },
        listener: { failure: (f) => failures.push(f) },
      });
      return { summary, failures };
    } finally {
      await store.close();
    }
  }

  it('stores the good articles, names every bad input with its reason, and goes on', async () => {
    const db = join(tmp.dir, 'a.db');
    const missing = join(tmp.dir, 'no-such-dir');
    const { summary, failures } = await ingest(db, [inputs, missing, fixture('sources/tree')]);
    const reason = (name: string) => failures.filter((f) => f.input.endsWith(name)).map((f) => f.error);

    expect(reason('binary.txt')).toEqual([expect.stringMatching(/binary/)]);
    expect(reason('empty.txt')).toEqual([expect.stringMatching(/empty/)]);
    expect(reason('huge.txt')).toEqual([expect.stringMatching(/too large.*limit 64\.0 KiB/)]);
    expect(reason('english.txt')).toEqual([expect.stringMatching(/^not Arabic/)]);
    expect(reason('broken.html').length).toBe(1);
    expect(reason('truncated.xml').length).toBeGreaterThan(0);
    expect(reason('batch.jsonl:3')).toEqual([expect.stringMatching(/malformed JSON/)]);
    expect(reason('batch.jsonl:6')).toEqual([expect.stringMatching(/^not Arabic/)]);
    expect(reason('batch.jsonl:7')).toEqual([expect.stringMatching(/expected a JSON object/)]);
    expect(reason('no-such-dir')).toEqual(['no such file or directory']);
    // A JSONL record with an id is reported under it.
    expect(failures.find((f) => f.input.endsWith('batch.jsonl:8'))?.id).toBe('n7');

    const counts = dbCounts(db);
    expect(summary.failed).toBe(failures.length);
    expect(summary.new).toBe(counts.articles);
    expect(summary.events).toBe(counts.events);
    // call.txt and its copy are one article.
    expect(summary.unchanged).toBe(1);
    expect(summary.read).toBe(summary.new + summary.unchanged + summary.failed);
    // The article, the good JSONL lines (n1, n2, n4, the line without id) and the tree's documents.
    expect(counts.articles).toBeGreaterThanOrEqual(6);
    expect(summary.stories).not.toBeNull();
  });

  it('stores nothing new the second time, and only what is missing after a partial run', async () => {
    const db = join(tmp.dir, 'b.db');
    const first = await ingest(db, [join(inputs, 'batch.jsonl')]);
    expect(first.summary.new).toBeGreaterThan(0);
    const again = await ingest(db, [inputs, fixture('sources/tree')]);
    expect(again.summary.unchanged).toBeGreaterThanOrEqual(first.summary.new);
    const third = await ingest(db, [inputs, fixture('sources/tree')]);
    expect(third.summary.new).toBe(0);
    expect(third.summary.events).toBe(0);
    expect(third.summary.stories).toBeNull();
    expect(dbCounts(db)).toEqual(dbCounts(join(tmp.dir, 'a.db')));
  });

  it('writes the error report as JSON lines naming input, id and reason', async () => {
    const path = join(tmp.dir, 'errors.jsonl');
    const report = new ErrorReport(path);
    const store = new SqliteStore(join(tmp.dir, 'c.db'), { create: true });
    const summary = await runIngest({
      inputs: [join(inputs, 'batch.jsonl'), join(inputs, 'empty.txt')],
      store,
      pool,
      listener: { failure: (f) => report.write(f) },
    });
    report.close();
    await store.close();
    const lines = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(summary.failed);
    for (const l of lines) {
      expect(Object.keys(l).every((k) => ['input', 'id', 'error'].includes(k))).toBe(true);
      expect(typeof l.input).toBe('string');
      expect(typeof l.error).toBe('string');
    }
    expect(lines.some((l) => l.id === 'n8' && String(l.input).endsWith('batch.jsonl:9'))).toBe(true);
    expect(lines.some((l) => String(l.input).endsWith('empty.txt'))).toBe(true);
  });

  it('stops reading when interrupted and keeps what it stored', async () => {
    const store = new SqliteStore(join(tmp.dir, 'd.db'), { create: true });
    const abort = new AbortController();
    const summary = await runIngest({
      inputs: [fixture('sources/tree'), inputs],
      store,
      pool,
      signal: abort.signal,
      listener: { progress: (c) => c.new >= 1 && abort.abort() },
    });
    await store.close();
    expect(summary.interrupted).toBe(true);
    expect(summary.new).toBeGreaterThanOrEqual(1);
    expect(dbCounts(join(tmp.dir, 'd.db')).articles).toBe(summary.new);
  });

  it('counts the documents ahead, for the ETA', async () => {
    // 01-article.txt, 02-page.html, 3 items of 03-batch.jsonl, 2 of 04-feed.rss.
    const tree = await countDocuments([fixture('sources/tree')], maxBytes);
    expect(tree).toBeGreaterThanOrEqual(5);
    expect(await countDocuments([join(inputs, 'batch.jsonl')], maxBytes)).toBe(9);
    expect(await countDocuments([join(tmp.dir, 'nothing-here')], maxBytes)).toBe(1);
    expect(await countDocuments(['-'], maxBytes)).toBeNull();
  });
});

describe('progress', () => {
  const counts = (n: number) => ({ read: n, new: n, unchanged: 0, failed: 0, events: 2 * n });

  it('prints a plain line every interval with rate and ETA when the total is known', () => {
    let t = 0;
    const out: string[] = [];
    const p = new Progress({ write: (s) => out.push(s), tty: false, every: 5, now: () => t });
    p.setTotal(1000);
    for (let i = 1; i <= 100; i++) {
      t = i * 100;
      p.update(counts(i));
    }
    expect(out).toHaveLength(2);
    expect(out[0]).toBe(
      'ingest: 50/1000 (5%)  10/s  ETA 1:35  new 50 · unchanged 0 · failed 0 · events 100\n',
    );
  });

  it('redraws one line on a terminal and shows counts only when the total is unknown', () => {
    let t = 0;
    const out: string[] = [];
    const p = new Progress({ write: (s) => out.push(s), tty: true, now: () => t });
    t = 2000;
    p.update(counts(40));
    expect(out[0]).toBe('\r\x1b[2K40 documents  20/s  new 40 · unchanged 0 · failed 0 · events 80');
    p.note('failed: x.txt: empty file');
    expect(out.slice(1)).toEqual(['\r\x1b[2K', 'failed: x.txt: empty file\n']);
  });
});
