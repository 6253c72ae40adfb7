/** Source readers: files, directories, stdin; text, HTML, RSS/Atom, JSONL; encoding detection. */
export { readSources, readBytes } from './read-sources.js';
export {
  decodeBytes,
  declaredCharset,
  normalizeCharset,
  type Decoded,
  type CharsetEvidence,
} from './decode.js';
export { arabicShare, notArabicReason } from './arabic-share.js';
export { binaryReason, sniffFormat, formatOfExtension } from './sniff.js';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MIN_ARABIC_RATIO,
  type ReadOptions,
  type SourceDoc,
  type SourceFormat,
  type SourceItem,
} from './types.js';
