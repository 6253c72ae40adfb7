/** Headline, canonical URL and outlet name of a page, from its collected markup. */
import { type Json, type PageMarkup, metaValues } from './html-markup.js';
import { cleanInline } from './html-text.js';

function absoluteUrl(href: string | null | undefined, base: string | undefined): string | null {
  const h = href?.trim();
  if (!h) return null;
  try {
    const u = base ? new URL(h, base) : new URL(h);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    // Keep the publisher's spelling (raw Arabic or percent-encoded) when it was already absolute.
    return /^https?:\/\//i.test(h) ? h : u.href;
  } catch {
    return null;
  }
}

export function findCanonicalUrl(markup: PageMarkup, pageUrl?: string): string | null {
  for (const href of [...markup.canonical, ...metaValues(markup, 'og:url')]) {
    const u = absoluteUrl(href, pageUrl);
    if (u) return u;
  }
  return pageUrl ? absoluteUrl(pageUrl, undefined) : null;
}

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\d?\./, '');
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

function jsonLdPublisher(markup: PageMarkup): string | null {
  const stack: Json[] = [...markup.jsonLd];
  while (stack.length > 0) {
    const node = stack.shift();
    if (Array.isArray(node)) stack.push(...node);
    else if (node !== null && node !== undefined && typeof node === 'object') {
      const pub = node['publisher'];
      if (pub !== null && typeof pub === 'object' && !Array.isArray(pub) && typeof pub['name'] === 'string') {
        const name = cleanInline(pub['name']);
        if (name) return name;
      }
      const graph = node['@graph'];
      if (graph !== undefined) stack.push(graph);
    }
  }
  return null;
}

/** The outlet: og:site_name (when it is a name, not a URL), the JSON-LD publisher, else the host. */
export function findSiteName(markup: PageMarkup, url: string | null): string | null {
  for (const v of metaValues(markup, 'og:site_name')) {
    if (!/^https?:\/\//i.test(v)) return v;
  }
  return jsonLdPublisher(markup) ?? hostOf(url);
}

const SEPARATOR = /\s+(?:[-|–—:»«•·/\\]|::)\s+/;
const TRAILING_SEPARATOR = /\s*(?:[-|–—:»«•·/\\]|::)\s*$/;
const LEADING_SEPARATOR = /^\s*(?:[-|–—:»«•·/\\]|::)\s*/;
const fold = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Removes a leading or trailing " - Outlet" segment when it names the site. */
function stripSiteName(title: string, siteNames: string[]): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const names = siteNames.map(fold).filter((n) => n.length > 0);
  const isSite = (seg: string): boolean => {
    const f = fold(seg);
    // Containment covers "البيان" vs "صحيفة البيان"; the length cap keeps a headline from qualifying.
    return f.length > 0 && f.length <= 40 && names.some((n) => f === n || n.includes(f) || f.includes(n));
  };
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (isSite(last)) return title.slice(0, title.lastIndexOf(last)).replace(TRAILING_SEPARATOR, '').trim();
  if (isSite(first)) return title.slice(first.length).replace(LEADING_SEPARATOR, '').trim();
  return title;
}

/** A segment that starts one title and ends the other is the outlet ("Site - X" and "X - Site"). */
function oppositeEndSegments(a: string, b: string): string[] {
  const pa = a.split(SEPARATOR);
  const pb = b.split(SEPARATOR);
  if (pa.length < 2 || pb.length < 2) return [];
  const out: string[] = [];
  const [a0, aN, b0, bN] = [pa[0], pa[pa.length - 1], pb[0], pb[pb.length - 1]];
  if (a0 && bN && fold(a0) === fold(bN)) out.push(a0);
  if (aN && b0 && fold(aN) === fold(b0)) out.push(aN);
  return out;
}

/**
 * The headline: the longest `<h1>`/itemprop=headline text that the page's own titles contain (so a
 * site-wide `<h1>` logo never wins), else og:title/`<title>` without the outlet's name.
 */
export function findTitle(markup: PageMarkup, siteName: string | null): string | null {
  const metaTitles = metaValues(markup, 'og:title', 'twitter:title');
  if (markup.title) metaTitles.push(markup.title);
  if (metaTitles.length === 0) return markup.headlines[0] ?? null;
  const folded = metaTitles.map(fold);

  const siteNames = [siteName, ...metaValues(markup, 'application-name')].filter((s): s is string => !!s);
  const og = metaTitles[0] ?? '';
  if (markup.title && markup.title !== og) siteNames.push(...oppositeEndSegments(og, markup.title));
  const stripped = stripSiteName(og, siteNames) || og;

  let best: string | null = null;
  for (const h of markup.headlines) {
    if (h.length < 8 || (best !== null && h.length <= best.length)) continue;
    if (folded.some((t) => t.includes(fold(h)))) best = h;
  }
  // A headline much shorter than the page title is a section or site name that passed the test above.
  if (best !== null && best.length * 2 >= stripped.length) return best;
  return stripped;
}
