/**
 * Bytes → text for legacy Arabic pages. Order: a charset given from outside (HTTP header) → byte-order
 * mark → `<meta charset>`/http-equiv/XML declaration → valid UTF-8 → jschardet on tag-stripped text →
 * windows-1256.
 *
 * Two departures from taking the declaration at its word, both seen on saved Arabic pages: a page
 * declaring a legacy charset whose bytes are valid multi-byte UTF-8 was re-saved as UTF-8 (random
 * windows-1256 Arabic is practically never valid UTF-8), and a page declaring UTF-8 whose bytes are not
 * UTF-8 kept an old template's meta tag; both fall through to the next evidence. The BOM goes before the
 * meta tag, as in the WHATWG encoding sniffing algorithm, since editors that write one re-encode the file.
 */
import iconv from 'iconv-lite';
import { detect } from 'jschardet';

export type CharsetEvidence = 'given' | 'bom' | 'declared' | 'utf-8' | 'detector' | 'default';

export interface Decoded {
  text: string;
  /** The encoding used, as iconv-lite names it. */
  encoding: string;
  via: CharsetEvidence;
}

const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'x-unicode20utf8': 'utf-8',
  'iso-8859-6-i': 'iso-8859-6',
  'iso-8859-6-e': 'iso-8859-6',
  'iso_8859-6': 'iso-8859-6',
  'iso_8859-6:1987': 'iso-8859-6',
  iso88596: 'iso-8859-6',
  'iso8859-6': 'iso-8859-6',
  arabic: 'iso-8859-6',
  'asmo-708': 'iso-8859-6',
  'ecma-114': 'iso-8859-6',
  csisolatinarabic: 'iso-8859-6',
  'iso-ir-127': 'iso-8859-6',
  cp1256: 'windows-1256',
  'x-cp1256': 'windows-1256',
  windows1256: 'windows-1256',
  // WHATWG decodes these labels as windows-1252, as browsers do.
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
};

const ARABIC_CAPABLE = new Set(['windows-1256', 'iso-8859-6', 'cp864', 'cp720', 'macarabic']);

/** iconv-lite's name for a charset label, or null when it cannot decode it. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  const name = ALIASES[l] ?? l;
  if (name === 'utf-16' || name === 'utf-16le' || name === 'utf-16be') return null; // only a BOM can say so reliably
  return iconv.encodingExists(name) ? name : null;
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** True when the bytes start with a UTF-16 byte-order mark (their NUL bytes are not binary). */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  const bom = bomOf(bytes);
  return bom !== null && bom.encoding !== 'utf-8';
}

const HEAD_SCAN_BYTES = 64 * 1024;

/** Charset declared in the first 64 KiB: `<meta charset>`, http-equiv Content-Type, or `<?xml encoding?>`. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEAD_SCAN_BYTES)).toString(
    'latin1',
  );
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1] ?? null;
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? (meta[1] ?? null) : null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodesAsUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0x80) return true;
  return false;
}

/** The bytes of the visible text only, so markup and scripts do not sway the detector. */
function stripMarkup(bytes: Uint8Array): Buffer {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 512 * 1024)).toString(
    'latin1',
  );
  const text = s
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#\w]+;/g, ' ');
  return Buffer.from(text, 'latin1');
}

function detectCharset(bytes: Uint8Array, markup: boolean): string | null {
  const sample = markup ? stripMarkup(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const result = detect(sample);
  const name = normalizeCharset(result.encoding);
  if (name === null) return null;
  // An Arabic code page is believable at any confidence in an Arabic pipeline; another one needs more.
  if (ARABIC_CAPABLE.has(name) || name === 'utf-8') return name;
  return result.confidence >= 0.5 ? name : null;
}

function decodeWith(bytes: Uint8Array, encoding: string, skip = 0): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + skip, bytes.length - skip), encoding, {
    stripBOM: true,
  });
}

/**
 * Decodes a file's bytes. `markup` enables the in-document declaration and tag stripping for the
 * detector (HTML, XML); `charset` is an outside declaration such as an HTTP header.
 */
export function decodeBytes(
  bytes: Uint8Array,
  opts: { charset?: string | null; markup?: boolean } = {},
): Decoded {
  const given = normalizeCharset(opts.charset);
  if (given) return { text: decodeWith(bytes, given), encoding: given, via: 'given' };

  const bom = bomOf(bytes);
  if (bom) return { text: decodeWith(bytes, bom.encoding, bom.length), encoding: bom.encoding, via: 'bom' };

  const utf8 = decodesAsUtf8(bytes);
  if (opts.markup) {
    const declared = normalizeCharset(declaredCharset(bytes));
    if (declared === 'utf-8' && utf8 !== null) return { text: utf8, encoding: 'utf-8', via: 'declared' };
    if (declared !== null && declared !== 'utf-8' && !(utf8 !== null && hasNonAscii(bytes))) {
      return { text: decodeWith(bytes, declared), encoding: declared, via: 'declared' };
    }
  }
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', via: 'utf-8' };

  const detected = detectCharset(bytes, opts.markup ?? false);
  if (detected) return { text: decodeWith(bytes, detected), encoding: detected, via: 'detector' };
  return { text: decodeWith(bytes, 'windows-1256'), encoding: 'windows-1256', via: 'default' };
}
