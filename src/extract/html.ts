/**
 * Article extraction from an HTML page: Readability on a linkedom document finds the article body,
 * then the Arabic post-filter (html-boilerplate.ts) removes what Readability lets through.
 */
import { Readability } from '@mozilla/readability';
import { type DropReason, classifyBlocks } from './html-boilerplate.js';
import { bylineElementTexts, choosePublished, dateCandidates, textAfterHeadline } from './html-dates.js';
import { type DomDocument, type DomElement, type DomNode, parseHtmlDocument } from './html-dom.js';
import { collectMarkup } from './html-markup.js';
import { findCanonicalUrl, findSiteName, findTitle } from './html-meta.js';
import { type Block, cleanInline, collapseWhitespace, textBlock, textBlocks } from './html-text.js';

export interface RemovedBlock {
  text: string;
  reason: DropReason;
}

export interface HtmlArticle {
  /** Headline without the outlet's name. */
  title: string | null;
  /** Body paragraphs joined by blank lines; the title is not repeated here. */
  text: string;
  paragraphs: string[];
  /** YYYY-MM-DD as the outlet printed it. */
  published: string | null;
  /** Canonical URL when the page declares one, else og:url, else the URL passed in. */
  url: string | null;
  /** The outlet: og:site_name, JSON-LD publisher, or the host. */
  source: string | null;
  /** What the post-filter removed and why, in page order (for debugging and --explain). */
  removed: RemovedBlock[];
}

export interface ExtractHtmlOptions {
  /** Where the page came from; resolves relative canonical links and is the last resort for the date. */
  url?: string;
  /** Reference time for rejecting future dates (tests pin it). */
  now?: Date;
}

// Figures hold images and their captions, never article prose; Readability keeps them.
function removeFigures(doc: DomDocument): void {
  const figs = doc.querySelectorAll('figure, figcaption');
  for (let i = figs.length - 1; i >= 0; i--) figs[i]?.remove();
}

function readabilityContent(doc: DomDocument): {
  content: DomElement | null;
  title: string | null;
  byline: string | null;
  published: string | null;
} {
  const reader = new Readability<DomNode>(doc, {
    keepClasses: true,
    serializer: (node: DomNode) => node,
  });
  const result = reader.parse();
  const content = result?.content;
  return {
    content: content && 'tagName' in content ? (content as DomElement) : null,
    title: cleanInline(result?.title),
    byline: cleanInline(result?.byline),
    published: result?.publishedTime ?? null,
  };
}

function splitKept(
  blocks: Block[],
  title: string | null,
  byline: string | null,
): { paragraphs: string[]; removed: RemovedBlock[] } {
  const paragraphs: string[] = [];
  const removed: RemovedBlock[] = [];
  for (const v of classifyBlocks(blocks, { title, byline })) {
    if (v.drop === null) paragraphs.push(v.block.text);
    else removed.push({ text: v.block.text, reason: v.drop });
  }
  return { paragraphs, removed };
}

export function extractHtml(html: string, opts: ExtractHtmlOptions = {}): HtmlArticle {
  const doc = parseHtmlDocument(html);
  // Markup must be read before Readability, which strips scripts and rewrites the tree.
  const markup = collectMarkup(doc);
  const url = findCanonicalUrl(markup, opts.url);
  const source = findSiteName(markup, url ?? opts.url ?? null);
  const metaTitle = findTitle(markup, source);
  removeFigures(doc);

  const read = readabilityContent(doc);
  let blocks = read.content ? textBlocks(read.content) : [];
  const title = metaTitle ?? read.title;
  let { paragraphs, removed } = splitKept(blocks, title, read.byline);
  if (paragraphs.length === 0) {
    // Readability found nothing usable: fall back to the whole body under the same filter.
    const body = parseHtmlDocument(html).body;
    blocks = body ? textBlocks(body) : [];
    ({ paragraphs, removed } = splitKept(blocks, title, read.byline));
  }

  const stamps = dateCandidates(markup);
  if (read.published) stamps.push(read.published);
  const bylineTexts = function* (): Iterable<string> {
    for (const r of removed) if (r.reason === 'dateline' || r.reason === 'byline') yield r.text;
    // The first document was rewritten by Readability; this rare path parses the page again.
    const page = parseHtmlDocument(html);
    const underHeadline = textAfterHeadline(page, title);
    if (underHeadline) yield underHeadline;
    yield* bylineElementTexts(page);
    const first = blocks[0]?.text;
    if (first) yield first.slice(0, 80);
  };
  const published = choosePublished(stamps, {
    url: url ?? opts.url ?? null,
    bylineTexts,
    ...(opts.now ? { now: opts.now } : {}),
  });

  return { title, text: paragraphs.join('\n\n'), paragraphs, published, url, source, removed };
}

/**
 * Feed content (RSS description, content:encoded, Atom content) to paragraphs, with the same block
 * cutting and post-filter as pages. Plain text (`plain`, or no markup at all) keeps its line breaks as
 * paragraph boundaries.
 */
export function htmlFragmentToParagraphs(
  fragment: string,
  opts: { title?: string | null; plain?: boolean } = {},
): { paragraphs: string[]; removed: RemovedBlock[] } {
  if (opts.plain || !/<[a-z!/]/i.test(fragment)) {
    const blocks: Block[] = fragment
      .split(/\r?\n/)
      .map((line) => collapseWhitespace(line))
      .filter((line) => line.length > 0)
      .map((text) => textBlock(text));
    return splitKept(blocks, opts.title ?? null, null);
  }
  const doc = parseHtmlDocument(fragment);
  removeFigures(doc);
  const body = doc.body;
  return splitKept(body ? textBlocks(body) : [], opts.title ?? null, null);
}
