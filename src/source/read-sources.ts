/**
 * The source stage: paths (files or directories) and `-` for stdin in, one item per article out. Bad
 * input becomes an `{ok: false}` item naming the input and the reason; it never stops the batch.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { decodeBytes } from './decode.js';
import { splitLines } from './lines.js';
import { feedItems } from './read-feed.js';
import { htmlItem } from './read-html.js';
import { jsonlBufferItems, jsonlItems } from './read-jsonl.js';
import { textItem } from './read-text.js';
import { formatBytes } from './size.js';
import { binaryReason, formatOfExtension, sniffFormat } from './sniff.js';
import {
  type ReadOptions,
  type ResolvedReadOptions,
  type SourceFormat,
  type SourceItem,
  type Where,
  failure,
  resolveOptions,
} from './types.js';
import { fsErrorReason, walkDirectory } from './walk.js';

type Chunks = AsyncIterable<Uint8Array | string>;

const toBuffer = (c: Uint8Array | string): Buffer =>
  typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c.buffer, c.byteOffset, c.length);

/** Items from a whole file's bytes in a known (or, when null, sniffed) format. */
function bytesItems(
  bytes: Uint8Array,
  where: Where,
  format: SourceFormat | null,
  opts: ResolvedReadOptions,
  url?: string,
): SourceItem[] {
  const fail = (error: string): SourceItem[] => [failure(where, error)];
  if (bytes.length === 0) return fail('empty file');
  const binary = binaryReason(bytes);
  if (binary !== null) return fail(binary);
  const kind =
    format ??
    sniffFormat(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1'));
  if (kind === 'jsonl') return jsonlBufferItems(bytes, where, opts);
  const { text } = decodeBytes(bytes, { charset: opts.charset, markup: kind === 'html' || kind === 'feed' });
  switch (kind) {
    case 'text':
      return [textItem(text, where, opts)];
    case 'html':
      return [htmlItem(text, where, opts, url)];
    case 'feed':
      return feedItems(text, where, opts);
  }
}

/** JSONL from a stream: the first chunk is checked for binary content, then lines flow through. */
async function* jsonlStream(
  chunks: Chunks,
  where: Where,
  opts: ResolvedReadOptions,
): AsyncGenerator<SourceItem> {
  const it = chunks[Symbol.asyncIterator]();
  let first: IteratorResult<Uint8Array | string>;
  try {
    first = await it.next();
  } catch (e) {
    yield failure(where, fsErrorReason(e));
    return;
  }
  if (first.done) {
    yield failure(where, 'empty file');
    return;
  }
  const head = toBuffer(first.value);
  const binary = binaryReason(head);
  if (binary !== null) {
    yield failure(where, binary);
    return;
  }
  const all = (async function* (): AsyncGenerator<Uint8Array> {
    yield head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield toBuffer(r.value);
  })();
  try {
    yield* jsonlItems(splitLines(all, opts.maxBytes), where, opts);
  } catch (e) {
    yield failure(where, `read failed: ${fsErrorReason(e)}`);
  }
}

async function* readFile(
  path: string,
  where: Where,
  format: SourceFormat | null,
  opts: ResolvedReadOptions,
): AsyncGenerator<SourceItem> {
  if (format === 'jsonl') {
    yield* jsonlStream(createReadStream(path), where, opts);
    return;
  }
  let bytes: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > opts.maxBytes) {
        yield failure(where, `file is too large: ${formatBytes(size)} (limit ${formatBytes(opts.maxBytes)})`);
        return;
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (e) {
    yield failure(where, fsErrorReason(e));
    return;
  }
  yield* bytesItems(bytes, where, format, opts);
}

async function* readPath(input: string, opts: ResolvedReadOptions): AsyncGenerator<SourceItem> {
  let isDir: boolean;
  let isFile: boolean;
  try {
    const st = await stat(input);
    isDir = st.isDirectory();
    isFile = st.isFile();
  } catch (e) {
    yield { ok: false, input, error: fsErrorReason(e) };
    return;
  }
  if (isDir) {
    for await (const entry of walkDirectory(input)) {
      if (entry.ok) yield* readFile(entry.path, { id: entry.id, origin: entry.path }, entry.format, opts);
      else yield entry;
    }
    return;
  }
  if (!isFile) {
    yield { ok: false, input, error: 'not a regular file or directory' };
    return;
  }
  // A file named on its own is read even with an unknown extension: its content says what it is.
  yield* readFile(input, { id: basename(input), origin: input }, formatOfExtension(extname(input)), opts);
}

async function* readStdin(opts: ResolvedReadOptions): AsyncGenerator<SourceItem> {
  const where: Where = { id: 'stdin', origin: '-' };
  const source: Chunks = opts.stdin ?? process.stdin;
  const it = source[Symbol.asyncIterator]();
  // Gather enough of the start to tell the format, without reading a whole batch into memory.
  const head: Buffer[] = [];
  let headLength = 0;
  let done = false;
  while (headLength < 4096) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    const b = toBuffer(r.value);
    head.push(b);
    headLength += b.length;
  }
  const rest = (async function* (): AsyncGenerator<Uint8Array> {
    yield* head;
    if (done) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield toBuffer(r.value);
  })();
  const format =
    opts.stdinFormat === 'auto' ? sniffFormat(Buffer.concat(head).toString('latin1')) : opts.stdinFormat;
  if (format === 'jsonl') {
    yield* jsonlStream(rest, where, opts);
    return;
  }
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of rest) {
    total += chunk.length;
    if (total > opts.maxBytes) {
      yield failure(where, `stdin is too large: more than ${formatBytes(opts.maxBytes)}`);
      return;
    }
    parts.push(toBuffer(chunk));
  }
  if (total === 0) {
    yield failure(where, 'empty input on stdin');
    return;
  }
  yield* bytesItems(Buffer.concat(parts), where, format, opts);
}

/**
 * Reads one document held in memory (an upload, a fetched page): the same checks, decoding and readers
 * as a file. `charset` in the options plays the HTTP Content-Type header; `url` is where a page came from.
 */
export function readBytes(
  bytes: Uint8Array,
  where: { id: string; origin?: string; format?: SourceFormat; url?: string },
  options: ReadOptions = {},
): SourceItem[] {
  const opts = resolveOptions(options);
  const at: Where = { id: where.id, origin: where.origin ?? where.id };
  return bytesItems(bytes, at, where.format ?? null, opts, where.url);
}

/**
 * Reads articles from paths and `-` (stdin), in input order; directories are walked recursively by
 * extension in name order. Every article yields `{ok: true, doc}`; every failure `{ok: false, input, error}`.
 */
export async function* readSources(inputs: string[], options: ReadOptions = {}): AsyncGenerator<SourceItem> {
  const opts = resolveOptions(options);
  for (const input of inputs) {
    if (input === '-') yield* readStdin(opts);
    else yield* readPath(input, opts);
  }
}
