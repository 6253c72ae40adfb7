/** The last gate every document passes: it has text, and that text is Arabic. */
import { notArabicReason } from './arabic-share.js';
import { type ResolvedReadOptions, type SourceDoc, type SourceItem, failure } from './types.js';

export function checkedDoc(doc: SourceDoc, opts: ResolvedReadOptions): SourceItem {
  if (doc.text.trim() === '') return failure(doc, 'no text');
  const notArabic = notArabicReason(doc.text, opts.minArabicRatio);
  if (notArabic !== null) return failure(doc, notArabic);
  return { ok: true, doc };
}

/** Title as the first paragraph, so a page or feed item reads like a scraped article. */
export function joinTitle(title: string | null, body: string): string {
  if (title === null) return body;
  return body === '' ? title : `${title}\n\n${body}`;
}
