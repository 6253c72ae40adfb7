/** Recognising what a file is before decoding it: binary formats, and which text reader applies. */
import { hasUtf16Bom } from './decode.js';
import type { SourceFormat } from './types.js';

const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['WebP/RIFF media', [0x52, 0x49, 0x46, 0x46]],
  ['ZIP archive (or docx/xlsx/epub)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip-compressed data; decompress it first', [0x1f, 0x8b]],
  ['bzip2-compressed data; decompress it first', [0x42, 0x5a, 0x68]],
  ['xz-compressed data; decompress it first', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
  ['zstd-compressed data; decompress it first', [0x28, 0xb5, 0x2f, 0xfd]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
  ['MP3 audio', [0x49, 0x44, 0x33]],
  ['Ogg media', [0x4f, 0x67, 0x67, 0x53]],
  ['OLE2 document (doc/xls)', [0xd0, 0xcf, 0x11, 0xe0]],
];

const SNIFF_BYTES = 8192;

/** Why these bytes are not a text document, or null when they look like text. */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) return `binary file (${name})`;
  }
  if (hasUtf16Bom(bytes)) return null;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return `binary file (NUL byte at offset ${i})`;
    // Tab, LF, FF, CR and ESC occur in text; other C0 controls do not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  if (n > 0 && control / n > 0.05) return `binary file (${control} control bytes in the first ${n})`;
  return null;
}

const BY_EXTENSION: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The reader for a file extension (lower-case, with the dot), or null when directories should skip it. */
export function formatOfExtension(ext: string): SourceFormat | null {
  return BY_EXTENSION[ext.toLowerCase()] ?? null;
}

/** Guesses the format of text without a name (stdin, unknown extensions) from how it starts. */
export function sniffFormat(head: string): SourceFormat {
  const s = head
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 4096);
  if (s.startsWith('{')) return 'jsonl';
  if (s.startsWith('<')) {
    if (/<(?:rss|feed|rdf:RDF)\b/i.test(s)) return 'feed';
    return 'html';
  }
  return 'text';
}
