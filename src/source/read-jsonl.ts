/**
 * JSONL batches: one JSON object per line, `{"id","text"|"html","published"?,"source"?,"url"?,"title"?}`.
 * Streamed line by line, so a batch may be larger than the per-file limit; the limit applies per line.
 * A bad line becomes an error for `path:line` and the batch goes on, in order.
 */
import { parseTimestamp } from '../extract/html-date-text.js';
import { formatBytes } from './size.js';
import { checkedDoc } from './doc-check.js';
import type { Line } from './lines.js';
import { htmlDoc } from './read-html.js';
import { type ResolvedReadOptions, type SourceDoc, type SourceItem, type Where, failure } from './types.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

type Fields = Record<string, unknown>;

function optionalString(rec: Fields, key: string): string | null | { error: string } {
  const v = rec[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string')
    return { error: `"${key}" must be a string, not ${Array.isArray(v) ? 'an array' : typeof v}` };
  return v.trim() === '' ? null : v;
}

/** `published`, or the `date_iso`/`date` fields that existing corpora use, as YYYY-MM-DD. */
function publishedOf(rec: Fields): string | null | { error: string } {
  for (const key of ['published', 'date_iso', 'date']) {
    const v = optionalString(rec, key);
    if (v === null) continue;
    if (typeof v !== 'string') return v;
    const t = parseTimestamp(v);
    return t ? t.date : { error: `"${key}" is not a date: ${JSON.stringify(v.slice(0, 40))}` };
  }
  return null;
}

const STRING_FIELDS = ['text', 'html', 'title', 'url', 'source'] as const;
type StringFields = Record<(typeof STRING_FIELDS)[number], string | null>;

function stringFields(rec: Fields): StringFields | { error: string } {
  const out: StringFields = { text: null, html: null, title: null, url: null, source: null };
  for (const key of STRING_FIELDS) {
    const v = optionalString(rec, key);
    if (v !== null && typeof v !== 'string') return v;
    // A blank body is a mistake worth naming; a blank title or url just means unknown.
    if (v === null && (key === 'text' || key === 'html') && typeof rec[key] === 'string') {
      return { error: `"${key}" is empty` };
    }
    out[key] = v;
  }
  return out;
}

function recordId(rec: Fields, fallback: string): string | { error: string } {
  const id = rec['id'];
  if (typeof id === 'string' && id.trim() !== '') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  if (id === undefined || id === null) return fallback;
  return { error: '"id" must be a string or a number' };
}

function recordDoc(rec: Fields, where: Where): SourceDoc | { error: string } {
  const id = recordId(rec, where.id);
  if (typeof id !== 'string') return id;
  const f = stringFields(rec);
  if ('error' in f) return f;
  const published = publishedOf(rec);
  if (published !== null && typeof published !== 'string') return published;
  const { text, html, title, url, source } = f;
  if (text !== null) return { id, text, title, published, url, source, origin: where.origin };
  if (html === null) return { error: 'no "text" or "html" field' };
  // The record's own fields are the caller's knowledge and win over what the page says about itself.
  return htmlDoc(html, { id, origin: where.origin }, { url, title, published, source });
}

/** One line to one item; blank lines yield nothing. */
export function jsonlLineItem(line: Line, where: Where, opts: ResolvedReadOptions): SourceItem | null {
  const origin = `${where.origin}:${line.n}`;
  const fail = (error: string): SourceItem => ({ ok: false, input: origin, error });
  if (line.bytes === null)
    return fail(`line is too large: ${formatBytes(line.length)} (limit ${formatBytes(opts.maxBytes)})`);
  let raw: string;
  try {
    raw = strictUtf8.decode(line.bytes);
  } catch {
    return fail('line is not valid UTF-8 (JSONL must be UTF-8)');
  }
  if (line.n === 1) raw = raw.replace(/^\uFEFF/, '');
  if (raw.trim() === '') return null;
  let rec: unknown;
  try {
    rec = JSON.parse(raw);
  } catch (e) {
    return fail(`malformed JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
    return fail(
      `expected a JSON object, found ${Array.isArray(rec) ? 'an array' : rec === null ? 'null' : typeof rec}`,
    );
  }
  const doc = recordDoc(rec as Fields, { id: `${where.id}:${line.n}`, origin });
  if (!('error' in doc)) return checkedDoc(doc, opts);
  const id = (rec as Fields)['id'];
  return typeof id === 'string' || typeof id === 'number'
    ? failure({ id: String(id), origin }, doc.error)
    : fail(doc.error);
}

export async function* jsonlItems(
  lines: AsyncIterable<Line>,
  where: Where,
  opts: ResolvedReadOptions,
): AsyncGenerator<SourceItem> {
  let sawLine = false;
  for await (const line of lines) {
    const item = jsonlLineItem(line, where, opts);
    if (item === null) continue;
    sawLine = true;
    yield item;
  }
  if (!sawLine) yield failure(where, 'empty file (no JSON lines)');
}

/** A JSONL file already in memory (sniffed from its content rather than named .jsonl). */
export function jsonlBufferItems(bytes: Uint8Array, where: Where, opts: ResolvedReadOptions): SourceItem[] {
  const out: SourceItem[] = [];
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let n = 0;
  for (let start = 0; start < buf.length;) {
    let end = buf.indexOf(0x0a, start);
    if (end === -1) end = buf.length;
    let line = buf.subarray(start, end);
    if (line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    n++;
    const item = jsonlLineItem(
      { n, bytes: line.length > opts.maxBytes ? null : line, length: line.length },
      where,
      opts,
    );
    if (item !== null) out.push(item);
    start = end + 1;
  }
  return out.length > 0 ? out : [failure(where, 'empty file (no JSON lines)')];
}
