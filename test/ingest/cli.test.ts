// `hadath ingest` as users run it (the compiled CLI, worker threads, a real SQLite file): a few hundred real
// articles twice, and a run killed with SIGKILL half-way then resumed, against a clean run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  CORPUS,
  corpusSample,
  dbCounts,
  builtCli,
  fixture,
  hadath,
  hasCorpus,
  spawn,
  tempDir,
} from './helpers.js';

const N = 300;

/** Without ../shared: N distinct variants of the fixture article, so the essential tests still run. */
function syntheticSample(path: string): void {
  const text = readFileSync(fixture('macron-putin-call.txt'), 'utf8');
  const lines = Array.from({ length: N }, (_, i) =>
    JSON.stringify({
      id: `v${i}`,
      text: `${text}\n\nتحديث رقم ${i + 1}`,
      published: '2022-05-03',
      source: 'fixture',
    }),
  );
  writeFileSync(path, lines.join('\n') + '\n');
}

/** What must be identical between two databases holding the same articles, whatever order they came in. */
function content(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (
      db
        .prepare(
          `SELECT a.hash || ' ' || coalesce(group_concat(e.local_id || ':' || coalesce(e.type, '-') || ':' || e.cameo, ','), '')
           FROM articles a LEFT JOIN events e ON e.article_id = a.id GROUP BY a.id ORDER BY a.hash`,
        )
        .pluck()
        .all() as string[]
    ).concat(
      db
        .prepare(`SELECT type || ' ' || date || ' ' || reports || ' ' || flags FROM stories ORDER BY id`)
        .pluck()
        .all() as string[],
    );
  } finally {
    db.close();
  }
}

function summaryOf(stderr: string): { new: number; unchanged: number; failed: number } {
  const m = /(\d+) new, (\d+) unchanged, (\d+) failed/.exec(stderr);
  if (!m) throw new Error(`no summary in:\n${stderr}`);
  return { new: Number(m[1]), unchanged: Number(m[2]), failed: Number(m[3]) };
}

describe('hadath ingest (compiled CLI, worker threads)', () => {
  const tmp = tempDir();
  const input = join(tmp.dir, 'sample.jsonl');
  const clean = join(tmp.dir, 'clean.db');

  let bin = '';

  beforeAll(async () => {
    bin = await builtCli(join(tmp.dir, 'cli'));
    if (hasCorpus) corpusSample(input, N);
    else {
      console.warn(`${CORPUS} not found: using ${N} variants of the fixture article`);
      syntheticSample(input);
    }
  });
  afterAll(() => tmp.cleanup());

  it(`ingests ${N} articles, and stores nothing new the second time`, () => {
    const first = hadath(bin, ['ingest', input, '--db', clean, '--workers', '2']);
    expect(first.status, first.stderr).toBe(0);
    expect(summaryOf(first.stderr)).toEqual({ new: N, unchanged: 0, failed: 0 });
    const counts = dbCounts(clean);
    expect(counts.articles).toBe(N);
    expect(counts.events).toBeGreaterThan(N);

    const second = hadath(bin, ['ingest', input, '--db', clean, '--workers', '2']);
    expect(second.status, second.stderr).toBe(0);
    expect(summaryOf(second.stderr)).toEqual({ new: 0, unchanged: N, failed: 0 });
    expect(dbCounts(clean)).toEqual(counts);
  });

  it('resumes after SIGKILL: no duplicates, no gaps, the same database as a clean run', async () => {
    const killed = join(tmp.dir, 'killed.db');
    const child = spawn(
      process.execPath,
      [bin, 'ingest', input, '--db', killed, '--workers', '2', '--quiet'],
      { stdio: 'ignore' },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    let stored = 0;
    for (let waited = 0; waited < 60_000 && stored < N / 5; waited += 25) {
      await new Promise((r) => setTimeout(r, 25));
      try {
        stored = dbCounts(killed).articles;
      } catch {
        // Not created yet, or its schema is being written.
      }
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const partial = dbCounts(killed).articles;
    expect(partial).toBeGreaterThanOrEqual(N / 5);
    expect(partial).toBeLessThan(N);

    const resumed = hadath(bin, ['ingest', input, '--db', killed, '--workers', '2']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(summaryOf(resumed.stderr)).toEqual({ new: N - partial, unchanged: partial, failed: 0 });
    expect(dbCounts(killed)).toEqual(dbCounts(clean));
    expect(content(killed)).toEqual(content(clean));
  });
});
