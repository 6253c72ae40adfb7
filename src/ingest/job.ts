/**
 * The ingest job: documents from the readers, analysed by a pool, stored one article per transaction.
 *
 * Idempotent and resumable by content hash: a document whose hash is stored is not analysed again, so a
 * rerun after a crash (or a kill) only does the articles that were not committed. Every failure, from
 * reading, analysing or storing, is reported with the input it came from and the batch goes on.
 */
import { readSources, type ReadOptions } from '../source/index.js';
import { contentHash } from '../store/text-keys.js';
import type { Store, StoryUpdate } from '../store/types.js';
import { articleText } from './article-text.js';
import type { AnalyzePool } from './pool.js';

export interface IngestFailure {
  /** What failed: a path, `path:line`, `path#item-n`, `-`. */
  input: string;
  /** The document id when it was known. */
  id?: string;
  error: string;
}

export interface IngestCounts {
  /** Documents and failed inputs seen so far. */
  read: number;
  new: number;
  unchanged: number;
  failed: number;
  /** Events of the new articles. */
  events: number;
}

export interface IngestSummary extends IngestCounts {
  seconds: number;
  stories: StoryUpdate | null;
  /** True when the signal stopped the job before the inputs were exhausted. */
  interrupted: boolean;
}

export interface IngestListener {
  failure?(f: IngestFailure): void;
  progress?(counts: Readonly<IngestCounts>): void;
}

export interface IngestOptions {
  inputs: string[];
  store: Store;
  pool: AnalyzePool;
  read?: ReadOptions;
  listener?: IngestListener;
  /** Stops reading new documents; those in flight are finished and stored. */
  signal?: AbortSignal;
  /** Documents in flight per pool thread: enough to keep each busy while results are stored. Default 4. */
  depth?: number;
  /** Recompute story-level events at the end (default true). */
  stories?: boolean;
  /** Publication date (YYYY-MM-DD) for documents that do not give one. */
  published?: string;
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  const { store, pool, listener = {}, signal } = options;
  const started = Date.now();
  const counts: IngestCounts = { read: 0, new: 0, unchanged: 0, failed: 0, events: 0 };
  const limit = pool.size * (options.depth ?? 4);
  const inFlight = new Set<string>();
  const pending = new Set<Promise<void>>();
  let slotFreed: (() => void) | null = null;

  const progress = () => listener.progress?.(counts);
  const fail = (f: IngestFailure) => {
    counts.failed++;
    listener.failure?.(f);
  };

  await pool.ready();
  let interrupted = false;
  for await (const item of readSources(options.inputs, options.read)) {
    counts.read++;
    if (!item.ok) {
      fail(
        item.id === undefined
          ? { input: item.input, error: item.error }
          : { input: item.input, id: item.id, error: item.error },
      );
      progress();
    } else {
      const doc = item.doc;
      const text = articleText(doc);
      const hash = contentHash(text);
      if (inFlight.has(hash) || (await store.has(hash))) {
        counts.unchanged++;
        progress();
      } else {
        inFlight.add(hash);
        while (pending.size >= limit) await new Promise<void>((resolve) => (slotFreed = resolve));
        const published = doc.published ?? options.published ?? null;
        const job = { id: doc.id, text, title: doc.title, published, source: doc.source, url: doc.url };
        const task = pool
          .analyze(job)
          .then(async (outcome) => {
            if (!outcome.ok) {
              fail({ input: doc.origin, id: doc.id, error: outcome.error });
              return;
            }
            try {
              const stored = await store.put({
                hash,
                docId: doc.id,
                origin: doc.origin,
                text,
                analysis: outcome.analysis,
              });
              if (stored) {
                counts.new++;
                counts.events += outcome.analysis.events.length;
              } else {
                counts.unchanged++;
              }
            } catch (err) {
              fail({ input: doc.origin, id: doc.id, error: `cannot store: ${message(err)}` });
            }
          })
          .finally(() => {
            inFlight.delete(hash);
            pending.delete(task);
            const wake = slotFreed;
            slotFreed = null;
            wake?.();
            progress();
          });
        pending.add(task);
      }
    }
    if (signal?.aborted) {
      interrupted = true;
      break;
    }
  }
  await Promise.all(pending);
  const stories = options.stories === false ? null : await store.updateStories();
  return { ...counts, seconds: (Date.now() - started) / 1000, stories, interrupted };
}
