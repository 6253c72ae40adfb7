/** Saved HTML pages: one article each, through the extractor. */
import { type HtmlArticle, extractHtml } from '../extract/html.js';
import { checkedDoc, joinTitle } from './doc-check.js';
import { type ResolvedReadOptions, type SourceDoc, type SourceItem, type Where, failure } from './types.js';

/** What the caller already knows about a page; it wins over what the page says about itself. */
export interface PageFacts {
  url?: string | null;
  title?: string | null;
  published?: string | null;
  source?: string | null;
}

/** The page as a document, or the reason it has none. */
export function htmlDoc(html: string, where: Where, known: PageFacts = {}): SourceDoc | { error: string } {
  if (html.trim() === '') return { error: 'empty file (whitespace only)' };
  if (!/<[a-z!]/i.test(html)) return { error: 'not HTML: no markup found' };
  let article: HtmlArticle;
  try {
    article = extractHtml(html, known.url ? { url: known.url } : {});
  } catch (e) {
    return { error: `HTML extraction failed: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (article.paragraphs.length === 0) return { error: 'no article text found in the HTML page' };
  const title = known.title ?? article.title;
  return {
    id: where.id,
    text: joinTitle(title, article.text),
    title,
    published: known.published ?? article.published,
    url: known.url ?? article.url,
    source: known.source ?? article.source,
    origin: where.origin,
  };
}

export function htmlItem(html: string, where: Where, opts: ResolvedReadOptions, url?: string): SourceItem {
  const doc = htmlDoc(html, where, { url: url ?? null });
  return 'error' in doc ? failure(where, doc.error) : checkedDoc(doc, opts);
}
