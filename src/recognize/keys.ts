/**
 * Lookup keys of a text token for dictionary matching: one per clitic analysis, with the article kept as
 * part of the key (للكرملين → الكرملين) so that names written with their article match as written.
 */
import type { WordAnalysis, Segmenter } from '../lang/ar/clitics.js';
import type { Token } from '../lang/ar/tokenize.js';
import { isIgnorable } from '../lang/ar/normalize.js';
import { BoundedCache } from '../lang/ar/cache.js';

export interface TokenKey {
  key: string;
  /** The key without the article, for patterns that tolerate it. */
  bare: string;
  analysis: WordAnalysis;
}

/** True when the word's last letter in the original text is ة (normalisation folds it to ه). */
export function endsWithTaMarbuta(original: string, token: Token): boolean {
  let i = token.end - 1;
  while (i > token.start && isIgnorable(original.charCodeAt(i))) i--;
  return original.charCodeAt(i) === 0x0629;
}

const CACHE_LIMIT = 12_000;

export class KeyCache {
  private readonly cache = new BoundedCache<TokenKey[]>(CACHE_LIMIT);
  private readonly stemCache = new BoundedCache<string[]>(CACHE_LIMIT);

  constructor(private readonly segmenter: Segmenter) {}

  /** Keys of a word, unsegmented first, then by increasing number of clitics. */
  keys(word: string, taMarbuta: boolean): TokenKey[] {
    const cacheKey = taMarbuta ? word + '\u0001' : word;
    const hit = this.cache.get(cacheKey);
    if (hit) return hit;
    const seen = new Set<string>();
    const out: TokenKey[] = [];
    const analyses = [...this.segmenter.analyses(word, taMarbuta)].sort(
      (a, b) => a.parts.length - b.parts.length,
    );
    for (const analysis of analyses) {
      for (const k of analysis.keys) {
        const key = analysis.article ? 'ال' + k : k;
        const id = key + '|' + k + '|' + (analysis.pronoun ?? '');
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({ key, bare: k, analysis });
      }
    }
    this.cache.set(cacheKey, out);
    return out;
  }

  /** Clitic-free forms of a word (keys without pronoun analyses), with and without the article. */
  stems(word: string, taMarbuta: boolean): string[] {
    const cacheKey = taMarbuta ? word + '\u0001' : word;
    const hit = this.stemCache.get(cacheKey);
    if (hit) return hit;
    const out: string[] = [];
    for (const k of this.keys(word, taMarbuta)) {
      if (k.analysis.pronoun) continue;
      if (!out.includes(k.key)) out.push(k.key);
      if (!out.includes(k.bare)) out.push(k.bare);
    }
    this.stemCache.set(cacheKey, out);
    return out;
  }
}
