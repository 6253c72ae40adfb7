/**
 * Normalisation for matching, with an offset map back to the original string.
 *
 * Every character of the output comes from one original position, so spans found in normalised text map
 * back to exact original offsets: `map[i]` is the original offset of normalised character i and
 * `map[text.length]` is the original length. Removed characters (harakat, tatweel) belong to the letter
 * before them, so a span ending before normalised position e ends before original position `map[e]`.
 */

export interface Normalized {
  text: string;
  map: Uint32Array;
}

const FOLD = new Map<number, number>([
  [0x0622, 0x0627], // آ → ا
  [0x0623, 0x0627], // أ → ا
  [0x0625, 0x0627], // إ → ا
  [0x0671, 0x0627], // ٱ → ا
  [0x0672, 0x0627], // ٲ → ا
  [0x0673, 0x0627], // ٳ → ا
  [0x0649, 0x064a], // ى → ي
  [0x0629, 0x0647], // ة → ه
  // Hamza seats vary between outlets (مسؤول/مسئول، شؤون/شئون): fold both to the bare hamza.
  [0x0624, 0x0621], // ؤ → ء
  [0x0626, 0x0621], // ئ → ء
  [0x06cc, 0x064a], // Persian yeh ی → ي
  [0x06d2, 0x064a], // yeh barree ے → ي
  [0x06a9, 0x0643], // keheh ک → ك
  [0x06c1, 0x0647], // heh goal ہ → ه
  [0x066b, 0x002e], // Arabic decimal separator ٫ → .
  [0x066c, 0x002c], // Arabic thousands separator ٬ → ,
  [0x066a, 0x0025], // Arabic percent ٪ → %
]);

/** Harakat, Quranic marks, superscript alef and tatweel: ignored for matching. */
export function isIgnorable(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    (c >= 0x0610 && c <= 0x061a) ||
    c === 0x0670 ||
    c === 0x0640 ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    c === 0x200c || // zero-width non-joiner
    c === 0x200d || // zero-width joiner
    c === 0x200e || // LRM
    c === 0x200f || // RLM
    c === 0xfeff // BOM / zero-width no-break space
  );
}

/** Folds one UTF-16 code unit for matching (digits, letter variants, Latin case). */
export function foldChar(c: number): number {
  return c < FOLD_TABLE.length ? FOLD_TABLE[c]! : c;
}

// One lookup per character on the hot path: a table over U+0000–U+06FF.
const FOLD_TABLE = (() => {
  const t = new Uint16Array(0x0700);
  for (let c = 0; c < t.length; c++) {
    if (c >= 0x0660 && c <= 0x0669) t[c] = c - 0x0660 + 0x30;
    else if (c >= 0x06f0 && c <= 0x06f9) t[c] = c - 0x06f0 + 0x30;
    else if (c >= 0x41 && c <= 0x5a) t[c] = c + 0x20;
    else t[c] = FOLD.get(c) ?? c;
  }
  return t;
})();

const COMBINING = /\p{M}/u;

function isCombining(c: number, original: string, j: number): boolean {
  // Combining marks start at U+0300; the regex only runs for the rare characters that may be one.
  return c >= 0x0300 && !isIgnorable(c) && COMBINING.test(original[j]!);
}

export function normalize(original: string): Normalized {
  const n = original.length;
  const out = new Uint16Array(n);
  const map = new Uint32Array(n + 1);
  let o = 0;
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (isIgnorable(c)) {
      i++;
      continue;
    }
    if (c < 0x0600 || c > 0x06ff) {
      // Outside Arabic, compose base + combining marks (NFC) so é typed two ways matches.
      const low = i + 1 < n ? original.charCodeAt(i + 1) : 0;
      let j = i + (c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1);
      while (j < n && isCombining(original.charCodeAt(j), original, j)) j++;
      // NFC even for a lone non-ASCII character: singletons like U+0343 change under NFC, and a span cut out
      // of the text must normalise the same way the whole text did.
      if (j - i > 1 || c >= 0x0300) {
        const composed = original.slice(i, j).normalize('NFC');
        // 1:1 when composition kept the length; otherwise every unit points at the cluster start (the
        // cluster is one token anyway), which keeps the map non-decreasing.
        const same = composed.length === j - i;
        for (let k = 0; k < composed.length; k++) {
          map[o] = same ? i + k : i;
          out[o++] = foldChar(composed.charCodeAt(k));
        }
        i = j;
        continue;
      }
    }
    map[o] = i;
    out[o++] = foldChar(c);
    i++;
  }
  map[o] = n;
  return { text: unitsToString(out, o), map: map.subarray(0, o + 1) };
}

/** UTF-16 code units to a string, lone surrogates kept as they are (TextDecoder would replace them). */
function unitsToString(units: Uint16Array, length: number): string {
  let s = '';
  const CHUNK = 8192;
  for (let i = 0; i < length; i += CHUNK)
    s += String.fromCharCode.apply(
      null,
      units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[],
    );
  return s;
}

/** Normalises a dictionary key or query the same way as text, without keeping the map. */
export function normalizeKey(s: string): string {
  const t = s.trim();
  // Most keys are plain Arabic and ASCII: fold them character by character without building a map.
  if (!/[^\u0000-\u02ff\u0600-\u06ff\s]/.test(t)) {
    let out = '';
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (!isIgnorable(c)) out += String.fromCharCode(foldChar(c));
    }
    return out.replace(/\s+/g, ' ');
  }
  return normalize(t).text.replace(/\s+/g, ' ');
}
