/**
 * Clauses of a sentence, without a parser: boundaries at punctuation, complementisers (أن، إن), relative
 * pronouns (الذي، التي), clause conjunctions (فيما، بينما، حيث) and verbs joined by و. A comma-enclosed
 * adverbial (، اليوم الثلاثاء، / ، خلال اتصاله بزيلينسكي،) is its own clause and the clause around it goes on
 * after it, so "تعهد الرئيس، خلال ...، بتعزيز" keeps بتعزيز in the clause of تعهد.
 */
import { normalizeKey } from '../lang/ar/normalize.js';
import type { Token } from '../lang/ar/tokenize.js';

const n = normalizeKey;
const BREAK_PUNCT = new Set([
  '،',
  ',',
  '؛',
  ';',
  ':',
  '«',
  '»',
  '"',
  '“',
  '”',
  '(',
  ')',
  '[',
  ']',
  '-',
  '–',
  '—',
  '.',
  '!',
  '?',
  '؟',
  '…',
]);
export const COMPLEMENTISERS = new Set(
  ['أن', 'إن', 'أنه', 'إنه', 'أنها', 'إنها', 'أنهم', 'إنهم', 'أنهما', 'بأن', 'لأن', 'كي', 'لكي'].map(n),
);
export const RELATIVES = new Set(
  ['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي'].map(n),
);
const CONJUNCTIONS = new Set(
  [
    'فيما',
    'بينما',
    'حيث',
    'كما',
    'لكن',
    'ولكن',
    'ثم',
    'إلا',
    'بل',
    'وبينما',
    'وفيما',
    'حين',
    'عندما',
    'بعدما',
  ].map(n),
);
const ADVERBIAL_OPENERS = new Set(
  [
    'خلال',
    'في',
    'عقب',
    'بعد',
    'قبل',
    'منذ',
    'أثناء',
    'إثر',
    'وسط',
    'على هامش',
    'اليوم',
    'أمس',
    'مساء',
    'صباح',
    'يوم',
    'حسب',
    'بحسب',
    'وفق',
    'وفقا',
  ].map(n),
);

export interface ClauseView {
  /** Clause id of each token; an enclosed adverbial has its own id and does not split its host clause. */
  clause: number[];
  /** Tokens that open a clause (complementiser, relative, conjunction, و+verb). */
  opener: boolean[];
  /** Enclosed adverbial clause id → the clause it sits in. */
  host: Map<number, number>;
}

/** True when token i belongs to `clause` or to an adverbial enclosed in it. */
export function inClause(view: ClauseView, i: number, clause: number): boolean {
  const c = view.clause[i];
  return c === clause || (c !== undefined && view.host.get(c) === clause);
}

/**
 * `isVerb(i)` says whether token i is a known verb form (reporting, trigger, support, occurrence), so that
 * "... وأشار" starts a clause.
 */
export function clauses(tokens: Token[], stems: string[][], isVerb: (i: number) => boolean): ClauseView {
  const clause = new Array<number>(tokens.length).fill(0);
  const opener = new Array<boolean>(tokens.length).fill(false);
  let id = 0;
  let next = 1;
  let host: number | null = null; // the clause to resume after an enclosed adverbial
  const hosts = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const st = stems[i] ?? [];
    if (t.kind === 'punct' && BREAK_PUNCT.has(t.norm)) {
      if (t.norm === '،' || t.norm === ',') {
        if (host !== null) {
          // Closing comma of an enclosed adverbial: back to the host clause.
          clause[i] = id;
          id = host;
          host = null;
          continue;
        }
        if (ADVERBIAL_OPENERS.has(stems[i + 1]?.[0] ?? '') && closesBefore(tokens, i + 1)) {
          clause[i] = id;
          host = id;
          id = next++;
          hosts.set(id, host);
          continue;
        }
      }
      clause[i] = id;
      host = null;
      id = next++;
      continue;
    }
    const opens =
      st.some((s) => COMPLEMENTISERS.has(s) || RELATIVES.has(s) || CONJUNCTIONS.has(s)) ||
      COMPLEMENTISERS.has(t.norm) ||
      (t.norm.startsWith('و') && i > 0 && isVerb(i));
    if (opens && i > 0) {
      id = next++;
      host = null;
      opener[i] = true;
    }
    clause[i] = id;
  }
  return { clause, opener, host: hosts };
}

/** An adverbial after a comma counts as enclosed only if another comma closes it within 8 words. */
function closesBefore(tokens: Token[], from: number): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 9); j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') return t.norm === '،' || t.norm === ',';
  }
  return false;
}
