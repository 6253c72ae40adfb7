/**
 * Where articles get analysed: an AnalyzePool takes one document at a time and always answers, with an
 * analysis or with the reason it failed. The inline pool runs on the calling thread (tests, library use,
 * `--workers 0`); the thread pool (threads.ts) spreads documents over worker threads.
 */
import { Analyzer } from '../pipeline.js';
import { loadLexicon } from '../lexicon/index.js';
import type { Analysis } from '../model.js';

export interface AnalyzeJob {
  id: string;
  /** The text to analyse (title first: see articleText). */
  text: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
}

export type AnalyzeOutcome = { ok: true; analysis: Analysis } | { ok: false; error: string };

export interface AnalyzePool {
  /** How many documents it analyses at the same time. */
  readonly size: number;
  /** Resolves when the pool can work, or rejects with why it cannot (dictionaries failed to load). */
  ready(): Promise<void>;
  analyze(job: AnalyzeJob): Promise<AnalyzeOutcome>;
  close(): Promise<void>;
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** One document through one Analyzer; a throw becomes a failed outcome naming the reason. */
export function analyzeJob(analyzer: Analyzer, job: AnalyzeJob): AnalyzeOutcome {
  try {
    const analysis = analyzer.analyze(job.text, {
      id: job.id,
      published: job.published,
      title: job.title,
      source: job.source,
      url: job.url,
    });
    return { ok: true, analysis };
  } catch (err) {
    return { ok: false, error: `analysis failed: ${message(err)}` };
  }
}

export class InlinePool implements AnalyzePool {
  readonly size = 1;
  private analyzer: Analyzer | null = null;

  constructor(private readonly dataDir?: string) {}

  private get instance(): Analyzer {
    this.analyzer ??= new Analyzer(loadLexicon(this.dataDir));
    return this.analyzer;
  }

  async ready(): Promise<void> {
    void this.instance;
  }

  async analyze(job: AnalyzeJob): Promise<AnalyzeOutcome> {
    // Yield to the event loop between documents so reading and storing keep flowing.
    await new Promise((resolve) => setImmediate(resolve));
    return analyzeJob(this.instance, job);
  }

  async close(): Promise<void> {
    this.analyzer = null;
  }
}
