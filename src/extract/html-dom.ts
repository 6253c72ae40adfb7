/**
 * The slice of the DOM that hadath's extractors use, typed structurally.
 *
 * linkedom's typings refer to the browser's `Window`/`Document`, which do not exist under this project's
 * `lib: ES2023`, so its values would arrive as `any`. Declaring the few members we touch keeps every use
 * checked, and the one unchecked cast lives here.
 */
import { DOMParser, parseHTML } from 'linkedom';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly children: ArrayLike<DomElement>;
  readonly innerHTML: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/**
 * linkedom builds no implied `<html>`/`<body>` (it is not an HTML5 tree builder): a fragment such as a
 * JSONL record's article HTML would have no body and no document element. Wrap such input the way a
 * browser would imply it, keeping a `<head>` if there is one.
 */
function withDocumentShape(html: string): string {
  if (/<body[\s>]/i.test(html)) return html;
  const head = /<head[\s>][\s\S]*?<\/head>/i.exec(html)?.[0] ?? '<head></head>';
  const rest = html.replace(head, '').replace(/<!doctype[^>]*>|<\/?html\b[^>]*>/gi, '');
  return `<!DOCTYPE html><html>${head}<body>${rest}</body></html>`;
}

export function parseHtmlDocument(html: string): DomDocument {
  const window = parseHTML(withDocumentShape(html)) as unknown as { document: DomDocument };
  return window.document;
}

export function parseXmlDocument(xml: string): DomDocument {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as DomDocument;
}

/** Lower-case tag name without namespace surprises (`content:encoded` stays as written). */
export function tagOf(el: DomElement): string {
  return el.tagName.toLowerCase();
}
