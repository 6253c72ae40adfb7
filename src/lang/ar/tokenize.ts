import type { Normalized } from './normalize.js';

export type TokenKind = 'arabic' | 'latin' | 'number' | 'url' | 'hashtag' | 'handle' | 'punct' | 'symbol';

export interface Token {
  /** Original offsets. */
  start: number;
  end: number;
  /** Normalised offsets (into `Normalized.text`). */
  nstart: number;
  nend: number;
  /** Normalised text, the key for every lookup. */
  norm: string;
  kind: TokenKind;
}

// Order matters: URLs before words, numbers with separators before punctuation. The normalised text has
// Arabic-Indic digits and separators already folded to ASCII.
const TOKEN = new RegExp(
  [
    String.raw`(?<url>(?:https?:\/\/|www\.)[^\s"'«»<>()\[\]]+[^\s"'«»<>()\[\].,،؛:!?؟])`,
    String.raw`(?<hashtag>#[\p{L}\p{N}_]+)`,
    String.raw`(?<handle>@[A-Za-z0-9_]+)`,
    String.raw`(?<number>\d+(?:[.,]\d+)*%?)`,
    String.raw`(?<arabic>[\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff]+)`,
    String.raw`(?<latin>[\p{L}\p{M}]+(?:['’][\p{L}]+)?)`,
    String.raw`(?<punct>[\p{P}])`,
    String.raw`(?<symbol>\S)`,
  ].join('|'),
  'gu',
);

const KINDS: TokenKind[] = ['url', 'hashtag', 'handle', 'number', 'arabic', 'latin', 'punct', 'symbol'];

/** Tokenises a normalised string; offsets are mapped back to the original through `map`. */
export function tokenize(normalized: Normalized, from = 0, to = normalized.text.length): Token[] {
  const { text, map } = normalized;
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (;;) {
    const m = TOKEN.exec(text);
    if (!m || m.index >= to) break;
    const nstart = m.index;
    let nend = nstart + m[0].length;
    if (nend > to) nend = to;
    const groups = m.groups!;
    let kind: TokenKind = 'symbol';
    for (const k of KINDS) {
      if (groups[k] !== undefined) {
        kind = k;
        break;
      }
    }
    tokens.push({ start: map[nstart]!, end: map[nend]!, nstart, nend, norm: text.slice(nstart, nend), kind });
  }
  return tokens;
}

export function isWord(t: Token): boolean {
  return t.kind === 'arabic' || t.kind === 'latin';
}
