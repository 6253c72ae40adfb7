/** What the source stage hands to the rest of the pipeline: one document per article, or a reason. */

export interface SourceDoc {
  /** Stable id: the path relative to the input root, the JSONL "id", or the feed item's guid/link. */
  id: string;
  /** The article text. For pages and feed items: the title, a blank line, then body paragraphs separated by blank lines. */
  text: string;
  title: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  url: string | null;
  /** The outlet. */
  source: string | null;
  /** Where it was read: a path, `path:line` for JSONL, `path#item-n` for feeds (`-` is stdin). */
  origin: string;
}

/**
 * `input` names what failed (path, `path:line`, `path#item-n`, `-`); `id` is the document id when it was
 * known (a JSONL record's "id", a feed item's guid), so batch output can report the error under it.
 */
export type SourceItem =
  { ok: true; doc: SourceDoc } | { ok: false; input: string; error: string; id?: string };

export type SourceFormat = 'text' | 'html' | 'feed' | 'jsonl';

export interface ReadOptions {
  /** Largest file (or stdin, or JSONL line) accepted, in bytes. Default 20 MiB. */
  maxBytes?: number;
  /** Least share of Arabic letters among all letters for a document to be accepted. Default 0.3; 0 accepts everything. */
  minArabicRatio?: number;
  /** Format of stdin; `auto` (the default) sniffs it. */
  stdinFormat?: SourceFormat | 'auto';
  /** Read instead of process.stdin when an input is `-` (tests, servers). */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Charset to decode with, as an HTTP Content-Type header would give it; overrides all detection. */
  charset?: string;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MIN_ARABIC_RATIO = 0.3;

/** Options with defaults filled in, as the readers receive them. */
export interface ResolvedReadOptions {
  maxBytes: number;
  minArabicRatio: number;
  stdinFormat: SourceFormat | 'auto';
  stdin: AsyncIterable<Uint8Array | string> | null;
  charset: string | null;
}

export function resolveOptions(options: ReadOptions = {}): ResolvedReadOptions {
  return {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    minArabicRatio: options.minArabicRatio ?? DEFAULT_MIN_ARABIC_RATIO,
    stdinFormat: options.stdinFormat ?? 'auto',
    stdin: options.stdin ?? null,
    charset: options.charset ?? null,
  };
}

/** Identity of one input as the readers report it. */
export interface Where {
  id: string;
  origin: string;
}

export function failure(where: Where, error: string): SourceItem {
  return { ok: false, input: where.origin, id: where.id, error };
}
