/**
 * The thread pool: N worker threads, each with its own Analyzer (the lexicon is immutable but not
 * shareable across isolates). A worker handles its documents in the order it receives them, so the oldest
 * outstanding document of a worker is the one it is working on: when a worker crashes or runs past the
 * timeout, that document fails with the reason and the worker's other documents go to its replacement.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnalyzeJob, AnalyzeOutcome, AnalyzePool } from './pool.js';

export interface WorkerInit {
  dataDir: string | null;
}

export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'fatal'; error: string }
  | { kind: 'result'; seq: number; outcome: AnalyzeOutcome };

export interface ThreadPoolOptions {
  size: number;
  dataDir?: string;
  /** A document that takes longer than this fails and its worker is replaced. Default 120 s. */
  timeoutMs?: number;
  /** The compiled worker module; by default worker.js beside this module, or in dist/ when run from src/. */
  workerUrl?: URL;
}

interface Pending {
  seq: number;
  job: AnalyzeJob;
  resolve: (o: AnalyzeOutcome) => void;
}

interface Slot {
  worker: Worker;
  queue: Pending[];
  /** When the worker started on the head of its queue (approximately: when it finished the previous one). */
  since: number;
  /** Why the pool is ending this worker, when it is. */
  ending: string | null;
  started: boolean;
}

function defaultWorkerUrl(): URL {
  const beside = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  // Running from src/ under a TypeScript-aware test runner: worker threads need the compiled module.
  const built = new URL('../../dist/ingest/worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error('worker threads need the compiled package: run "npm run build" (or use --workers 0)');
}

export class ThreadPool implements AnalyzePool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly url: URL;
  private readonly init: WorkerInit;
  private readonly timeoutMs: number;
  private readonly watchdog: NodeJS.Timeout;
  private seq = 0;
  private closed = false;
  private fatal: string | null = null;
  private readonly readyPromise: Promise<void>;

  constructor(options: ThreadPoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1)
      throw new Error(`worker count must be at least 1, not ${options.size}`);
    this.size = options.size;
    this.url = options.workerUrl ?? defaultWorkerUrl();
    this.init = { dataDir: options.dataDir ?? null };
    this.timeoutMs = options.timeoutMs ?? 120_000;
    const readiness: Promise<void>[] = [];
    for (let i = 0; i < this.size; i++) readiness.push(this.spawn(i));
    this.readyPromise = Promise.all(readiness).then(() => undefined);
    // Avoid an unhandled rejection when nobody awaits ready(); analyze() reports the same error.
    this.readyPromise.catch(() => undefined);
    this.watchdog = setInterval(() => this.checkTimeouts(), Math.min(1000, this.timeoutMs)).unref();
  }

  ready(): Promise<void> {
    return this.readyPromise;
  }

  analyze(job: AnalyzeJob): Promise<AnalyzeOutcome> {
    if (this.fatal !== null) return Promise.resolve({ ok: false, error: this.fatal });
    if (this.closed) return Promise.resolve({ ok: false, error: 'the analysis pool is closed' });
    return new Promise((resolve) => {
      const slot = this.slots.reduce((best, s) => (s.queue.length < best.queue.length ? s : best));
      this.send(slot, { seq: ++this.seq, job, resolve });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watchdog);
    await Promise.all(
      this.slots.map((s) => {
        s.ending = 'the analysis pool was closed';
        return s.worker.terminate();
      }),
    );
  }

  private send(slot: Slot, p: Pending): void {
    if (slot.queue.length === 0) slot.since = Date.now();
    slot.queue.push(p);
    slot.worker.postMessage({ seq: p.seq, job: p.job });
  }

  private spawn(index: number): Promise<void> {
    const worker = new Worker(this.url, { workerData: this.init });
    const slot: Slot = { worker, queue: [], since: Date.now(), ending: null, started: false };
    this.slots[index] = slot;
    return new Promise((resolveReady, rejectReady) => {
      worker.on('message', (m: FromWorker) => {
        if (m.kind === 'ready') {
          slot.started = true;
          slot.since = Date.now();
          resolveReady();
        } else if (m.kind === 'fatal') {
          this.fail(m.error);
          rejectReady(new Error(m.error));
        } else {
          const i = slot.queue.findIndex((p) => p.seq === m.seq);
          if (i === -1) return;
          const [p] = slot.queue.splice(i, 1);
          slot.since = Date.now();
          p!.resolve(m.outcome);
        }
      });
      worker.on('error', (err) => {
        slot.ending ??= `analysis crashed: ${err.message}`;
      });
      worker.on('exit', (code) => {
        slot.ending ??= `analysis crashed: the worker thread exited with code ${code}`;
        const why = slot.ending;
        rejectReady(new Error(why));
        // A worker that never started would fail again the same way: stop rather than respawn forever.
        if (!slot.started && !this.closed) this.fail(`cannot start an analysis worker: ${why}`);
        this.replace(index, slot);
      });
    });
  }

  /** After a worker ended: fail what it was working on, give the rest to a new worker. */
  private replace(index: number, slot: Slot): void {
    if (this.slots[index] !== slot) return;
    const [head, ...rest] = slot.queue;
    slot.queue = [];
    head?.resolve({ ok: false, error: slot.ending ?? 'analysis crashed' });
    if (this.closed || this.fatal !== null) {
      for (const p of rest) p.resolve({ ok: false, error: this.fatal ?? 'the analysis pool is closed' });
      return;
    }
    void this.spawn(index).catch(() => undefined);
    const fresh = this.slots[index]!;
    for (const p of rest) this.send(fresh, p);
  }

  private fail(error: string): void {
    this.fatal = error;
    for (const s of this.slots) {
      for (const p of s.queue.splice(0)) p.resolve({ ok: false, error });
    }
  }

  private checkTimeouts(): void {
    const now = Date.now();
    for (const s of this.slots) {
      if (s.queue.length === 0 || s.ending !== null || now - s.since < this.timeoutMs) continue;
      s.ending = `analysis timed out after ${+(this.timeoutMs / 1000).toFixed(1)} s`;
      void s.worker.terminate();
    }
  }
}
