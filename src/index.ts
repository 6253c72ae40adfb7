/**
 * Public library API.
 *   import { analyze } from 'hadath';
 *   const result = analyze(text, { published: '2018-05-14' });
 * `createAnalyzer()` loads the dictionaries once for repeated use with other data directories.
 */
import { Analyzer, type AnalyzeOptions } from './pipeline.js';
import { loadLexicon } from './lexicon/index.js';
import type { Analysis } from './model.js';

export type * from './model.js';
export type { AnalyzeOptions } from './pipeline.js';
export { Analyzer } from './pipeline.js';

export function createAnalyzer(options: { dataDir?: string } = {}): Analyzer {
  return new Analyzer(loadLexicon(options.dataDir));
}

let shared: Analyzer | null = null;

/** Analyses one article with the bundled dictionaries (loaded on first use). */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  shared ??= createAnalyzer();
  return shared.analyze(text, options);
}

export interface BatchItem {
  id: string;
  text: string;
  published?: string | null;
  title?: string | null;
  source?: string | null;
  url?: string | null;
}

/** Analyses items in order; an item that fails yields `{ id, error }` and the batch goes on. */
export function* analyzeBatch(
  items: Iterable<BatchItem>,
  analyzer?: Analyzer,
): Generator<Analysis | { id: string; error: string }> {
  const a = analyzer ?? (shared ??= createAnalyzer());
  for (const item of items) {
    try {
      yield a.analyze(item.text, { ...item });
    } catch (err) {
      yield { id: item.id, error: err instanceof Error ? err.message : String(err) };
    }
  }
}
