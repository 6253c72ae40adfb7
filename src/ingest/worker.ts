/** A worker thread of the ingest pool: its own Analyzer, one document per message, in order. */
import { parentPort, workerData } from 'node:worker_threads';
import { Analyzer } from '../pipeline.js';
import { loadLexicon } from '../lexicon/index.js';
import { analyzeJob, type AnalyzeJob } from './pool.js';
import type { FromWorker, WorkerInit } from './threads.js';

const port = parentPort;
if (!port) throw new Error('ingest/worker.js runs as a worker thread');

const init = workerData as WorkerInit;
let analyzer: Analyzer | null = null;
try {
  analyzer = new Analyzer(loadLexicon(init.dataDir ?? undefined));
  port.postMessage({ kind: 'ready' } satisfies FromWorker);
} catch (err) {
  port.postMessage({
    kind: 'fatal',
    error: `cannot load the dictionaries: ${err instanceof Error ? err.message : String(err)}`,
  } satisfies FromWorker);
}

port.on('message', (m: { seq: number; job: AnalyzeJob }) => {
  const outcome = analyzer ? analyzeJob(analyzer, m.job) : { ok: false as const, error: 'no analyzer' };
  port.postMessage({ kind: 'result', seq: m.seq, outcome } satisfies FromWorker);
});
