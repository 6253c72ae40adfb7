// Shared by the ingest and store tests: temporary directories, the compiled CLI, corpus samples.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const fixture = (path: string): string => join(ROOT, 'test/fixtures', path);
export const CORPUS = join(ROOT, '../shared/corpus/news-sample.jsonl');
export const hasCorpus = existsSync(CORPUS);

export function tempDir(prefix = 'hadath-ingest-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    t = Math.max(t, name.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * The CLI runs from dist/: compile it when it is missing or older than the sources, then copy it with the
 * dictionaries into a private directory. Others edit src/ and data/ while tests run, and a test that compares
 * two ingests must run the same code and data both times. A lock directory keeps test files that run in
 * parallel from compiling over each other.
 */
export async function builtCli(into: string): Promise<string> {
  const main = join(ROOT, 'dist/cli/main.js');
  const worker = join(ROOT, 'dist/ingest/worker.js');
  const fresh = () =>
    existsSync(main) && existsSync(worker) && statSync(main).mtimeMs >= newest(join(ROOT, 'src'));
  const lock = join(tmpdir(), `hadath-build-${Buffer.from(ROOT).toString('hex').slice(-24)}.lock`);
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (!fresh()) {
      // tsc still emits when other parts of the tree have type errors; the tests only need what it emits.
      spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')],
        {
          cwd: ROOT,
          stdio: 'ignore',
        },
      );
    }
    if (!existsSync(main) || !existsSync(worker)) throw new Error('could not build dist/ (npm run build)');
    for (const dir of ['bin', 'dist', 'data']) cpSync(join(ROOT, dir), join(into, dir), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(into, 'node_modules'));
    cpSync(join(ROOT, 'package.json'), join(into, 'package.json'));
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return join(into, 'bin/hadath.js');
}

export function hadath(
  bin: string,
  args: string[],
  options: { cwd?: string; input?: string } = {},
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
}

export { spawn };

/** The first n articles of the shared corpus as a JSONL file. */
export function corpusSample(path: string, n: number): void {
  const lines = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).slice(0, n);
  writeFileSync(path, lines.join('\n') + '\n');
}

export interface Counts {
  articles: number;
  events: number;
  entities: number;
  mentions: number;
  actors: number;
  eventMentions: number;
  stories: number;
}

/** Row counts of a database file, read without writing to it. */
export function dbCounts(path: string): Counts {
  const db = new Database(path, { readonly: true });
  try {
    const n = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      articles: n('SELECT count(*) FROM articles'),
      events: n('SELECT count(*) FROM events'),
      entities: n('SELECT count(*) FROM entities'),
      mentions: n('SELECT count(*) FROM mentions'),
      actors: n('SELECT count(*) FROM event_actors'),
      eventMentions: n('SELECT count(*) FROM event_mentions'),
      stories: n('SELECT count(*) FROM stories'),
    };
  } finally {
    db.close();
  }
}
