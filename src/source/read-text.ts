/** Plain-text articles: the decoded text exactly as it is; deciding what the first line is comes later. */
import { checkedDoc } from './doc-check.js';
import { type ResolvedReadOptions, type SourceItem, type Where, failure } from './types.js';

export function textItem(text: string, where: Where, opts: ResolvedReadOptions): SourceItem {
  if (text.trim() === '') return failure(where, 'empty file (whitespace only)');
  return checkedDoc(
    { id: where.id, text, title: null, published: null, url: null, source: null, origin: where.origin },
    opts,
  );
}
