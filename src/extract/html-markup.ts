/**
 * One pass over a page's metadata elements. Every linkedom query walks the whole tree (about 1 ms on a
 * news page), so title, URL, outlet and date finders share this collection instead of querying apart.
 */
import type { DomDocument, DomElement } from './html-dom.js';
import { cleanInline, collapseWhitespace } from './html-text.js';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface PageMarkup {
  /** meta elements by lower-cased property, name, itemprop or http-equiv; values in document order. */
  meta: Map<string, string[]>;
  /** href of every `<link rel=canonical>`, in order. */
  canonical: string[];
  /** Parsed JSON-LD blocks (broken ones skipped). */
  jsonLd: Json[];
  /** Text of `<title>`. */
  title: string | null;
  /** Texts of `<h1>` and itemprop=headline elements. */
  headlines: string[];
  /** Date values from itemprop=datePublished/dateCreated and `<time>` markup, most specific first. */
  dateMarkup: string[];
}

function addMeta(meta: Map<string, string[]>, key: string | null, value: string | null): void {
  const k = key?.trim().toLowerCase();
  if (!k || value == null) return;
  const list = meta.get(k);
  if (list) list.push(value);
  else meta.set(k, [value]);
}

function dateValue(el: DomElement): string | null {
  const v = el.getAttribute('datetime') || el.getAttribute('content') || el.textContent;
  const t = v ? collapseWhitespace(v) : '';
  return t === '' ? null : t;
}

export function collectMarkup(doc: DomDocument): PageMarkup {
  const markup: PageMarkup = {
    meta: new Map(),
    canonical: [],
    jsonLd: [],
    title: null,
    headlines: [],
    dateMarkup: [],
  };
  const specificDates: string[] = [];
  const hintedTimes: string[] = [];
  let firstTime: string | null = null;
  const els = doc.querySelectorAll('meta, link, script, title, h1, time, [itemprop]');
  for (let i = 0; i < els.length; i++) {
    const el = els[i];
    if (!el) continue;
    const tag = el.tagName.toLowerCase();
    const itemprop = el.getAttribute('itemprop');
    if (tag === 'meta') {
      const content = el.getAttribute('content');
      addMeta(markup.meta, el.getAttribute('property'), content);
      addMeta(markup.meta, el.getAttribute('name'), content);
      addMeta(markup.meta, el.getAttribute('http-equiv'), content);
      addMeta(markup.meta, itemprop, content);
    } else if (tag === 'link') {
      const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      const href = el.getAttribute('href');
      if (rel.includes('canonical') && href) markup.canonical.push(href);
    } else if (tag === 'script') {
      if ((el.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue;
      try {
        markup.jsonLd.push(JSON.parse(el.textContent ?? '') as Json);
      } catch {
        // Broken JSON-LD is common (trailing commas, raw newlines); other sources still apply.
      }
      continue;
    } else if (tag === 'title') {
      markup.title ??= cleanInline(el.textContent);
    } else if (tag === 'h1') {
      const h = cleanInline(el.textContent);
      if (h) markup.headlines.push(h);
    } else if (tag === 'time') {
      const hint = `${el.getAttribute('class') ?? ''} ${itemprop ?? ''}`.toLowerCase();
      const v = el.getAttribute('datetime') ? dateValue(el) : null;
      if (v !== null) {
        firstTime ??= v;
        if (el.hasAttribute('pubdate')) specificDates.push(v);
        else if (/publish|created|posted|entry-date|date/.test(hint) && !/modif|updat/.test(hint))
          hintedTimes.push(v);
      }
    }
    if (itemprop) {
      const props = itemprop.toLowerCase().split(/\s+/);
      if (props.includes('datepublished') || props.includes('datecreated')) {
        const v = dateValue(el);
        if (v !== null) specificDates.push(v);
      }
      if (props.includes('headline') && tag !== 'meta' && tag !== 'h1') {
        const h = cleanInline(el.textContent);
        if (h) markup.headlines.push(h);
      }
    }
  }
  markup.dateMarkup = [...specificDates, ...hintedTimes, ...(firstTime !== null ? [firstTime] : [])];
  return markup;
}

/** Cleaned values of the first meta keys that are present, in the order given. */
export function metaValues(markup: PageMarkup, ...keys: string[]): string[] {
  const out: string[] = [];
  for (const key of keys) {
    for (const v of markup.meta.get(key) ?? []) {
      const c = cleanInline(v);
      if (c) out.push(c);
    }
  }
  return out;
}
