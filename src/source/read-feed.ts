/** RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one document per item or entry. */
import { parseTimestamp } from '../extract/html-date-text.js';
import {
  type DomElement,
  isElement,
  parseHtmlDocument,
  parseXmlDocument,
  tagOf,
} from '../extract/html-dom.js';
import { htmlFragmentToParagraphs } from '../extract/html.js';
import { cleanInline } from '../extract/html-text.js';
import { checkedDoc, joinTitle } from './doc-check.js';
import { type ResolvedReadOptions, type SourceItem, type Where, failure } from './types.js';
import { xmlWellFormedError } from './xml-check.js';

function childElements(el: DomElement): DomElement[] {
  const out: DomElement[] = [];
  const kids = el.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (k && isElement(k)) out.push(k);
  }
  return out;
}

/** First child with one of these tag names (prefixed names such as `content:encoded` as written). */
function child(el: DomElement, ...names: string[]): DomElement | null {
  const kids = childElements(el);
  for (const name of names) {
    const found = kids.find((k) => tagOf(k) === name);
    if (found) return found;
  }
  return null;
}

function childText(el: DomElement, ...names: string[]): string | null {
  const c = child(el, ...names);
  return c ? cleanInline(c.textContent) : null;
}

/** Titles may carry markup when Atom says type="html" or an RSS producer escaped it. */
function inlineText(el: DomElement | null): string | null {
  if (!el) return null;
  const raw = el.textContent ?? '';
  if (!/<[a-z/]/i.test(raw)) return cleanInline(raw);
  return cleanInline(parseHtmlDocument(raw).body?.textContent);
}

/** The item's body as markup or text: full content first, then the summary. */
function itemContent(item: DomElement): { value: string; html: boolean } | null {
  for (const name of ['content:encoded', 'content', 'description', 'summary', 'dc:description']) {
    const el = child(item, name);
    if (!el) continue;
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (el.hasAttribute('src')) continue; // Atom out-of-line content: nothing to read here
    const value = type === 'xhtml' ? el.innerHTML : (el.textContent ?? '');
    if (value.trim() === '') continue;
    const isText = type === 'text' || type === 'text/plain';
    return { value, html: !isText };
  }
  return null;
}

function itemLink(item: DomElement, atom: boolean): string | null {
  if (atom) {
    const links = childElements(item).filter((k) => tagOf(k) === 'link');
    const alt = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
    return cleanInline(alt?.getAttribute('href'));
  }
  const link = childText(item, 'link');
  if (link) return link;
  const guid = child(item, 'guid');
  const g = cleanInline(guid?.textContent);
  return g && guid?.getAttribute('isPermaLink') !== 'false' && /^https?:\/\//i.test(g) ? g : null;
}

function itemDate(item: DomElement): string | null {
  for (const name of [
    'pubdate',
    'dc:date',
    'published',
    'issued',
    'updated',
    'modified',
    'dcterms:created',
  ]) {
    const v = childText(item, name);
    const t = v ? parseTimestamp(v) : null;
    if (t) return t.date;
  }
  return null;
}

function feedItem(
  item: DomElement,
  n: number,
  feed: { atom: boolean; outlet: string | null },
  where: Where,
  opts: ResolvedReadOptions,
): SourceItem {
  const origin = `${where.origin}#item-${n}`;
  const title = inlineText(child(item, 'title'));
  const url = itemLink(item, feed.atom);
  const id = childText(item, 'guid', 'id') ?? url ?? `${where.id}#item-${n}`;
  const content = itemContent(item);
  let body = '';
  if (content) {
    const { paragraphs } = htmlFragmentToParagraphs(content.value, { title, plain: !content.html });
    body = paragraphs.join('\n\n');
  }
  if (title === null && body === '')
    return failure({ id, origin }, 'feed item has neither title nor content');
  const itemSource = childText(item, 'source');
  return checkedDoc(
    {
      id,
      text: joinTitle(title, body),
      title,
      published: itemDate(item),
      url,
      source: itemSource ?? feed.outlet,
      origin,
    },
    opts,
  );
}

export function feedItems(xml: string, where: Where, opts: ResolvedReadOptions): SourceItem[] {
  const fail = (error: string): SourceItem[] => [failure(where, error)];
  if (xml.trim() === '') return fail('empty file (whitespace only)');
  const malformed = xmlWellFormedError(xml);
  if (malformed !== null) return fail(malformed);
  const root = parseXmlDocument(xml).documentElement;
  if (!root) return fail('malformed XML: no root element');
  const rootTag = tagOf(root);
  const atom = rootTag === 'feed';
  if (!atom && rootTag !== 'rss' && rootTag !== 'rdf:rdf')
    return fail(`not an RSS or Atom feed (root element <${root.tagName}>)`);

  // RSS 2.0 nests items in <channel>; RSS 1.0 puts them beside it; Atom entries sit under <feed>.
  const channel = atom ? root : (child(root, 'channel') ?? root);
  const outlet = childText(channel, 'title');
  const items = atom
    ? childElements(root).filter((e) => tagOf(e) === 'entry')
    : [...childElements(channel), ...(channel === root ? [] : childElements(root))].filter(
        (e) => tagOf(e) === 'item',
      );
  if (items.length === 0) return fail(atom ? 'feed has no <entry> elements' : 'feed has no <item> elements');
  return items.map((item, i) => feedItem(item, i + 1, { atom, outlet }, where, opts));
}
