/**
 * The two text keys of the store: the content hash that makes ingest idempotent, and the normalised form
 * that full-text search indexes and queries with, so أ/ا/إ, ة/ه, ى/ي and harakat variants all match.
 */
import { createHash } from 'node:crypto';
import { normalizeKey } from '../lang/ar/normalize.js';

/**
 * sha256 of the normalised text (which starts with the title: see articleText): the same article read
 * from another path, another format or with other harakat has the same hash.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeKey(text)).digest('hex');
}

/** Text as the full-text index stores it. */
export function searchText(text: string): string {
  return normalizeKey(text);
}

/**
 * A user's words as an FTS5 query: each word normalised and quoted (so FTS5 syntax characters in it are
 * plain text), all required; a trailing `*` keeps its meaning of "word starting with". Null when nothing
 * searchable is left.
 */
export function ftsQuery(q: string): string | null {
  const terms: string[] = [];
  for (const raw of normalizeKey(q).split(' ')) {
    const prefix = raw.endsWith('*');
    // The same split the unicode61 tokenizer makes: anything but letters, marks and digits separates words.
    for (const word of raw.split(/[^\p{L}\p{M}\p{N}]+/u)) {
      if (word) terms.push(`"${word}"`);
    }
    if (prefix && terms.length > 0) terms[terms.length - 1] += '*';
  }
  return terms.length > 0 ? terms.join(' ') : null;
}
