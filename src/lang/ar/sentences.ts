import type { Token } from './tokenize.js';

/** A sentence as a token range [from, to) of the paragraph's tokens. */
export interface TokenRange {
  from: number;
  to: number;
}

const STOPS = new Set(['.', '؟', '?', '!', '…', '۔']);
const CLOSERS = new Set(['"', '»', '”', '’', "'", ')', ']', '}', '›']);
// Single letters before a dot are abbreviations or initials (د. for doctor, م. for the Gregorian year,
// هـ. for Hijri, ص. for page, J. for an initial), never a sentence end.
const ABBREVIATIONS = new Set([
  'د',
  'م',
  'ه',
  'ص',
  'ج',
  'ق',
  'ت',
  'ش',
  'mr',
  'mrs',
  'dr',
  'st',
  'no',
  'vs',
  'etc',
]);

function isAbbreviation(prev: Token | undefined): boolean {
  if (!prev) return false;
  if (prev.kind === 'latin' && prev.norm.length === 1) return true;
  return (prev.kind === 'arabic' || prev.kind === 'latin') && ABBREVIATIONS.has(prev.norm);
}

// A straight quote after a stop closes the sentence unless it touches the next word, where it opens one.
function isCloser(t: Token, next: Token | undefined): boolean {
  if (t.kind !== 'punct' || !CLOSERS.has(t.norm)) return false;
  if (t.norm !== '"' && t.norm !== "'") return true;
  return !next || next.start > t.end || next.kind === 'punct';
}

/**
 * Splits one paragraph's tokens into sentences. A stop ends a sentence unless it follows an abbreviation
 * or is part of a run of stops (the sentence ends after the run); closing quotes and brackets that follow
 * the stop stay with the sentence they close.
 */
export function splitSentences(tokens: Token[]): TokenRange[] {
  const out: TokenRange[] = [];
  let from = 0;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && STOPS.has(t.norm) && !(t.norm === '.' && isAbbreviation(tokens[i - 1]))) {
      let j = i + 1;
      while (j < tokens.length && tokens[j]!.kind === 'punct' && STOPS.has(tokens[j]!.norm)) j++;
      while (j < tokens.length && isCloser(tokens[j]!, tokens[j + 1])) j++;
      out.push({ from, to: j });
      from = j;
      i = j;
      continue;
    }
    i++;
  }
  if (from < tokens.length) out.push({ from, to: tokens.length });
  return out;
}
