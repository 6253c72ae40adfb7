/**
 * Publication date of a page, from the most to the least reliable evidence: metadata, JSON-LD,
 * `<time>`/itemprop markup, the URL, then a date written in the byline.
 */
import { type DomDocument, type DomNode, TEXT_NODE, isElement, tagOf } from './html-dom.js';
import { type Timestamp, findDates, isoDate, parseTimestamp } from './html-date-text.js';
import type { Json, PageMarkup } from './html-markup.js';
import { collapseWhitespace } from './html-text.js';

// Lower-cased meta name/property/itemprop values that name a publication (not modification) date.
// prettier-ignore
const META_PUBLISHED = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article.published',
  'article_date_original', 'published_time', 'publish-date', 'publish_date', 'publishdate', 'pubdate',
  'datepublished', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dc.date.created',
  'dcterms.created', 'date', 'sailthru.date', 'parsely-pub-date', 'originalpublicationdate',
  'publication_date', 'citation_publication_date', 'cxenseparse:recs:publishtime', 'pub_date',
  'displaydate', 'datecreated', 'created',
];

export interface DateOptions {
  url?: string | null;
  /**
   * Texts to search for a written date when markup and URL have none, most specific first (datelines,
   * the text under the headline, date-classed elements). Lazy: producing some of them costs a parse.
   */
  bylineTexts?: () => Iterable<string>;
  /** Latest acceptable date (defaults to two days from now); guards against event dates in the future. */
  now?: Date;
}

function plausible(date: string, now: Date): boolean {
  const latest = new Date(now.getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
  return date >= '1995-01-01' && date <= latest;
}

function collectJsonLdDates(node: Json, published: string[], created: string[]): void {
  if (Array.isArray(node)) {
    for (const n of node) collectJsonLdDates(n, published, created);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const p = node['datePublished'];
  if (typeof p === 'string') published.push(p);
  const c = node['dateCreated'];
  if (typeof c === 'string') created.push(c);
  // Only the article itself: dates of things it mentions or links to are not its own.
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    const child = node[key];
    if (child !== undefined) collectJsonLdDates(child, published, created);
  }
}

/** Timestamps from metadata, JSON-LD and `<time>`/itemprop markup, most reliable first. */
export function dateCandidates(markup: PageMarkup): string[] {
  const fromMeta: string[] = [];
  for (const key of META_PUBLISHED) fromMeta.push(...(markup.meta.get(key) ?? []).slice(0, 1));
  const published: string[] = [];
  const created: string[] = [];
  for (const block of markup.jsonLd) collectJsonLdDates(block, published, created);
  return [...fromMeta, ...published, ...created, ...markup.dateMarkup];
}

const URL_DATE_PATTERNS: readonly RegExp[] = [
  /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$|[-_])/,
  /(?:^|[/_-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/,
  // 8 digits at the start of a digit run after a separator: /20200317, /202003171044893040-slug.
  /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})/,
];

export function dateFromUrl(url: string, now: Date = new Date()): string | null {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not an absolute URL: search the string as given.
  }
  for (const re of URL_DATE_PATTERNS) {
    const m = re.exec(path);
    if (!m) continue;
    const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date && plausible(date, now)) return date;
  }
  return null;
}

/** Short texts of elements that usually hold the byline date ("تم نشره الجمعة 24 نيسان 2020"). */
export function bylineElementTexts(doc: DomDocument): string[] {
  const out: string[] = [];
  const els = doc.querySelectorAll(
    '[class*="date"], [class*="time"], [class*="publish"], [class*="byline"], [id*="date"], [class*="meta"], time',
  );
  for (let i = 0; i < els.length && out.length < 40; i++) {
    const text = collapseWhitespace(els[i]?.textContent ?? '');
    if (text.length > 0 && text.length <= 120) out.push(text);
  }
  return out;
}

const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/** Text that follows `start` in document order (outside its own subtree), up to `limit` characters. */
function followingText(start: DomNode, limit: number): string {
  let out = '';
  let node: DomNode | null = start;
  let descend = false;
  while (node !== null && out.length < limit) {
    if (descend && node.firstChild !== null && !(isElement(node) && NO_TEXT.has(tagOf(node)))) {
      node = node.firstChild;
    } else {
      while (node !== null && node.nextSibling === null) node = node.parentNode;
      if (node === null) break;
      node = node.nextSibling;
    }
    if (node === null) break;
    descend = true;
    if (node.nodeType === TEXT_NODE) out += ` ${node.textContent ?? ''}`;
  }
  return collapseWhitespace(out).slice(0, limit);
}

/**
 * The text right under the headline, where bylines put the date even when no class name says so
 * ("كتب: أحمد علي الأربعاء ٠٣ يونيو ٢٠٢٠").
 */
export function textAfterHeadline(doc: DomDocument, title: string | null, limit = 200): string | null {
  const heads = doc.getElementsByTagName('h1');
  let head = heads[0];
  const want = title ? collapseWhitespace(title) : null;
  for (let i = 0; i < heads.length && want !== null; i++) {
    const h = heads[i];
    if (h && collapseWhitespace(h.textContent ?? '') === want) {
      head = h;
      break;
    }
  }
  return head ? followingText(head, limit) : null;
}

/**
 * Picks the publication date. Among timestamps the first parseable one wins, except that a UTC stamp
 * yields to another candidate with a local offset for the same instant, because the local calendar
 * date is the one the outlet printed ("2020-12-24T23:59:50Z" is "2020-12-25T01:59:50+02:00").
 */
export function choosePublished(candidates: string[], opts: DateOptions = {}): string | null {
  const now = opts.now ?? new Date();
  const stamps: Timestamp[] = [];
  for (const c of candidates) {
    const t = parseTimestamp(c);
    if (t && plausible(t.date, now)) stamps.push(t);
  }
  const best = stamps[0];
  if (best) {
    if (best.offset === 0 && best.instant !== null) {
      const local = stamps.find(
        (s) =>
          s.offset !== null &&
          s.offset !== 0 &&
          s.instant !== null &&
          Math.abs(s.instant - (best.instant ?? 0)) <= 60_000,
      );
      if (local) return local.date;
    }
    return best.date;
  }
  if (opts.url) {
    const fromUrl = dateFromUrl(opts.url, now);
    if (fromUrl) return fromUrl;
  }
  for (const text of opts.bylineTexts?.() ?? []) {
    for (const m of findDates(text)) if (plausible(m.date, now)) return m.date;
  }
  return null;
}
