/**
 * hadath ingest: files, directories, feeds, JSONL and stdin into the event database. Safe to rerun and to
 * kill: each article is committed on its own, and what is stored is skipped next time.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { openStore } from '../store/index.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MIN_ARABIC_RATIO } from '../source/index.js';
import { runIngest, type IngestFailure, type IngestSummary } from '../ingest/job.js';
import { InlinePool, type AnalyzePool } from '../ingest/pool.js';
import { ThreadPool } from '../ingest/threads.js';
import { Progress } from '../ingest/progress.js';
import { countDocuments } from '../ingest/count.js';
import { ErrorReport } from '../ingest/error-report.js';

const HELP = `hadath ingest <path...> [options]
  Read articles (text, HTML pages, RSS/Atom feeds, JSONL batches, directories; "-" for stdin), analyse
  them and store articles, entities and events. The same article twice is stored once; rerunning after an
  interruption stores only what is missing.
  --db FILE            database file (default hadath.db; created when missing)
  --workers N          analysis threads (default: the number of cores; 0 analyses on the main thread)
  --errors FILE        write one JSON line {input, id?, error} per failed input
  --date YYYY-MM-DD    publication date of documents that do not give one (plain text files)
  --max-size MB        largest file, stdin or JSONL line accepted (default ${DEFAULT_MAX_BYTES / 1024 / 1024})
  --min-arabic X       least share of Arabic letters for an article (default ${DEFAULT_MIN_ARABIC_RATIO}; 0 accepts all)
  --timeout S          give up on an article after S seconds of analysis (default 120)
  --data DIR           dictionaries directory (default: the bundled data/)
  --quiet              no progress and no per-failure lines; the summary only
  --strict             exit 1 when any input failed
Exit status: 0 when the batch ran to the end (failures are reported), 1 on a fatal error (or failures with
--strict), 130 when interrupted (what was stored stays stored).`;

const MAX_FAILURE_LINES = 20;

function positiveNumber(
  value: string | undefined,
  name: string,
  fallback: number,
  allowZero = false,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0))
    throw new Error(`--${name} "${value}" is not a ${allowZero ? 'non-negative' : 'positive'} number`);
  return n;
}

export function summaryLines(s: IngestSummary, errorsPath: string | null): string[] {
  const rate = s.seconds > 0 ? (s.new + s.unchanged + s.failed) / s.seconds : 0;
  const lines = [
    `${s.interrupted ? 'interrupted' : 'done'}: ${s.new + s.unchanged + s.failed} documents in ${s.seconds.toFixed(1)} s (${rate.toFixed(1)}/s): ` +
      `${s.new} new, ${s.unchanged} unchanged, ${s.failed} failed; ${s.events} events in the new articles`,
  ];
  if (s.stories) {
    lines.push(
      `stories: ${s.stories.stories} story-level events, ${s.stories.merged} reported by more than one article`,
    );
  }
  if (s.failed > 0)
    lines.push(
      errorsPath
        ? `failures: ${errorsPath}`
        : 'failures: listed above (--errors FILE writes them all as JSON lines)',
    );
  return lines;
}

export async function ingestCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string', default: 'hadath.db' },
      workers: { type: 'string' },
      errors: { type: 'string' },
      date: { type: 'string' },
      'max-size': { type: 'string' },
      'min-arabic': { type: 'string' },
      timeout: { type: 'string' },
      data: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(`hadath ingest: name at least one path (or "-" for stdin)\n\n${HELP}\n`);
    return 2;
  }
  const workers = Math.floor(positiveNumber(values.workers, 'workers', availableParallelism(), true));
  const maxBytes = Math.floor(
    positiveNumber(values['max-size'], 'max-size', DEFAULT_MAX_BYTES / 1024 / 1024) * 1024 * 1024,
  );
  const minArabicRatio = positiveNumber(values['min-arabic'], 'min-arabic', DEFAULT_MIN_ARABIC_RATIO, true);
  const timeoutMs = positiveNumber(values.timeout, 'timeout', 120) * 1000;
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
    throw new Error(`--date "${values.date}" is not YYYY-MM-DD`);

  const err = process.stderr;
  const progress = new Progress({ write: (t) => err.write(t), tty: err.isTTY === true });
  const report = values.errors ? new ErrorReport(values.errors) : null;
  const store = openStore(values.db, { create: true });
  const pool: AnalyzePool =
    workers === 0
      ? new InlinePool(values.data)
      : new ThreadPool({ size: workers, dataDir: values.data, timeoutMs });

  let shown = 0;
  const failure = (f: IngestFailure) => {
    report?.write(f);
    if (values.quiet) return;
    shown++;
    const name = f.id !== undefined && !f.input.includes(f.id) ? `${f.input} (${f.id})` : f.input;
    if (shown <= MAX_FAILURE_LINES) progress.note(`failed: ${name}: ${f.error}`);
    else if (shown === MAX_FAILURE_LINES + 1)
      progress.note(`(more failures${report ? ` in ${report.path}` : ''} ...)`);
  };
  const abort = new AbortController();
  const onSignal = () => {
    if (abort.signal.aborted) process.exit(130);
    abort.abort();
    progress.note('interrupted: finishing the articles in progress (press Ctrl-C again to stop now)');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  if (!values.quiet)
    void countDocuments(positionals, maxBytes).then(
      (n) => progress.setTotal(n),
      () => undefined,
    );
  try {
    const summary = await runIngest({
      inputs: positionals,
      store,
      pool,
      read: { maxBytes, minArabicRatio },
      published: values.date,
      signal: abort.signal,
      listener: { failure, progress: values.quiet ? undefined : (c) => progress.update(c) },
    });
    progress.finish();
    for (const line of summaryLines(summary, report?.path ?? null)) err.write(`hadath ingest: ${line}\n`);
    if (summary.interrupted) return 130;
    return values.strict && summary.failed > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    report?.close();
    await pool.close();
    await store.close();
  }
}
