/**
 * DOM → text blocks. Shared by page extraction and feed content, so an RSS item and a saved page are
 * cut into paragraphs the same way.
 */
import { type DomElement, type DomNode, TEXT_NODE, isElement, tagOf } from './html-dom.js';

export interface Block {
  /** Whitespace-collapsed text of the block. */
  text: string;
  /** Nearest block-level element that holds the text (`p`, `li`, `h2`, `div`, `td`, ...). */
  tag: string;
  /** Non-space characters in the block, and how many of them sit inside links. */
  chars: number;
  linkChars: number;
  /** Tag names, classes and ids of the enclosing elements, lower-cased and space-separated. */
  hints: string;
  /** An image came right before this block with no text in between (captions follow images). */
  afterImage: boolean;
}

/** A block of plain text outside any markup (a line of a feed item, a test case). */
export function textBlock(text: string, extra: Partial<Block> = {}): Block {
  return {
    text,
    tag: 'p',
    chars: text.replace(/\s/g, '').length,
    linkChars: 0,
    hints: '',
    afterImage: false,
    ...extra,
  };
}

// Elements whose content is never article text.
// prettier-ignore
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'button', 'select', 'option',
  'input', 'textarea', 'object', 'embed', 'video', 'audio', 'canvas', 'img', 'picture', 'source',
  'map', 'head', 'title', 'meta', 'link',
]);

const MEDIA = new Set(['img', 'picture', 'video', 'svg', 'canvas', 'iframe', 'object', 'embed']);

// Elements that start a new line in a browser, so their text never runs into a neighbour's.
// prettier-ignore
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

export function collapseWhitespace(s: string): string {
  // \s covers NBSP, the U+2000 spaces, U+202F and U+3000; soft hyphens are invisible line-break hints.
  return s
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// prettier-ignore
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', hellip: '…', ndash: '–',
  mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', zwnj: '\u200C',
};

/**
 * Decodes entities left in a string that was already decoded once. CMSs often escape titles twice
 * (`&amp;quot;`), so meta values and feed titles can still carry `&quot;` after parsing.
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Cleans a one-line string that came from an attribute or a feed field. */
export function cleanInline(s: string | null | undefined): string | null {
  if (s == null) return null;
  const out = collapseWhitespace(decodeEntities(s));
  return out === '' ? null : out;
}

function hintOf(el: DomElement): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return `${tagOf(el)} ${cls} ${id}`.toLowerCase();
}

function countChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0) n++;
  }
  return n;
}

/** Cuts the content of `root` into blocks of text at block-level elements and `<br>`. */
export function textBlocks(root: DomElement): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let chars = 0;
  let linkChars = 0;
  let blockTag = 'div';
  let blockHints = '';
  let afterImage = false;
  let pendingImage = false;

  const flush = (): void => {
    if (chars > 0) {
      blocks.push({
        text: collapseWhitespace(parts.join('')),
        tag: blockTag,
        chars,
        linkChars,
        hints: blockHints,
        afterImage,
      });
    }
    parts = [];
    chars = 0;
    linkChars = 0;
  };

  const visit = (node: DomNode, hints: string, tag: string, inLink: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      const n = countChars(text);
      if (n > 0 && chars === 0) {
        blockTag = tag;
        blockHints = hints;
        afterImage = pendingImage;
        pendingImage = false;
      }
      if (parts.length > 0 || n > 0) parts.push(text);
      chars += n;
      if (inLink) linkChars += n;
      return;
    }
    if (!isElement(node)) return;
    const name = tagOf(node);
    if (SKIP.has(name)) {
      if (MEDIA.has(name) && chars === 0) pendingImage = true;
      return;
    }
    if (name === 'br') {
      flush();
      return;
    }
    const isBlock = BLOCK.has(name);
    if (isBlock) flush();
    const childHints = `${hints} ${hintOf(node)}`;
    const childTag = isBlock ? name : tag;
    const childLink = inLink || name === 'a';
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i];
      if (kid) visit(kid, childHints, childTag, childLink);
    }
    if (isBlock) flush();
  };

  visit(root, '', 'div', false);
  flush();
  return blocks;
}
