// End-to-end ingest throughput: `hadath ingest` (the compiled CLI in dist/, start-up included) of
// ../shared/corpus/news-sample.jsonl into a fresh SQLite file, with 1 worker and with one per core, each
// measured twice. Peak RSS is the kernel's high-water mark (VmHWM) of the ingest process, which holds the
// worker threads too, sampled from /proc while it runs (Linux only; elsewhere it is not reported).
//   node bench/ingest.js [corpus.jsonl] [--runs N] [--workers 1,2]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '2' }, workers: { type: 'string' } },
});
const corpus = positionals[0] ?? join(root, '../shared/corpus/news-sample.jsonl');
if (!existsSync(corpus)) {
  console.error(`bench/ingest: corpus not found at ${corpus} (pass a JSONL path as the first argument)`);
  process.exit(2);
}
if (!existsSync(join(root, 'dist/cli/main.js'))) {
  console.error('bench/ingest: dist/ is missing: run "npm run build" first');
  process.exit(2);
}
const cores = availableParallelism();
const workerCounts = values.workers ? values.workers.split(',').map(Number) : [...new Set([1, cores])];
const runs = Number(values.runs);
const articles = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim()).length;

/** Peak resident set of a live process in bytes (VmHWM), or null when /proc does not say. */
function peakRss(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

function ingest(workers) {
  const dir = mkdtempSync(join(tmpdir(), 'hadath-bench-'));
  const db = join(dir, 'bench.db');
  const started = process.hrtime.bigint();
  const child = spawn(
    process.execPath,
    [join(root, 'bin/hadath.js'), 'ingest', corpus, '--db', db, '--workers', String(workers), '--quiet'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let peak = null;
  const sampler = setInterval(() => {
    const p = peakRss(child.pid);
    if (p !== null) peak = Math.max(peak ?? 0, p);
  }, 50);
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      rmSync(dir, { recursive: true, force: true });
      if (code !== 0) return reject(new Error(`hadath ingest exited with ${code}:\n${stderr}`));
      const summary = /(\d+) new, (\d+) unchanged, (\d+) failed; (\d+) events/.exec(stderr);
      resolve({ seconds, peak, summary: summary ? summary[0] : stderr.trim() });
    });
  });
}

const mb = (b) => (b === null ? 'n/a' : `${(b / 1024 / 1024).toFixed(0)} MB`);
console.log(
  `ingest: ${articles} articles from ${corpus}; ${cores} cores; load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
for (const workers of workerCounts) {
  for (let run = 1; run <= runs; run++) {
    const r = await ingest(workers);
    console.log(
      `  --workers ${workers}  run ${run}: ${(articles / r.seconds).toFixed(0).padStart(4)} articles/s  ` +
        `(${r.seconds.toFixed(1)} s incl. start-up)  peak RSS ${mb(r.peak)}  [${r.summary}]`,
    );
  }
}
