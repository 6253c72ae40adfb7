/**
 * Trigger matching: every dictionary pattern that matches in a sentence, with its token range. Verbs may
 * carry و ف س ل and object pronouns; nouns any proclitic, the article and pronouns; literal phrase words
 * tolerate clitics. Overlapping matches keep the longest (a phrase beats the single word inside it).
 */
import type { Token } from '../lang/ar/tokenize.js';
import type { VerbForm } from '../lexicon/inflect.js';
import type { TriggerElement, TriggerEntry } from '../lexicon/load-triggers.js';
import type { Lexicon } from '../lexicon/index.js';
import type { TokenKey } from '../recognize/keys.js';
import { normalizeKey } from '../lang/ar/normalize.js';
import { FUNCTION_WORDS } from '../lang/ar/function-words.js';

export interface TriggerMatch {
  entry: TriggerEntry;
  /** Token range of the whole match. */
  from: number;
  to: number;
  /** The verb form of the first word, when it is a verb. */
  verb: VerbForm | null;
  /** The analysis of the first word (its clitics: و، س، ب، ال; its pronoun). */
  key: TokenKey;
}

const VERB_PREFIXES = new Set(['و', 'ف', 'س', 'ل']);
const GAP = 4;
const EXCLUDE_WINDOW = 3;
const KIND_RANK = { phrase: 0, verb: 1, participle: 2, noun: 3 } as const;

function verbKey(k: TokenKey): boolean {
  return !k.analysis.article && k.analysis.prefixes.every((p) => VERB_PREFIXES.has(p));
}

function isWord(t: Token | undefined): boolean {
  return !!t && (t.kind === 'arabic' || t.kind === 'latin');
}

/** The key of token i that matches an element, if any. */
function matchElement(el: TriggerElement, keys: TokenKey[]): TokenKey | null {
  if (el.kind === 'gap' || el.kind === 'clitic') return null;
  for (const k of keys) {
    // A noun + ي is nearly always a nisba adjective (اجتماعي، قتالي), not "my"; a hand-listed verb form never
    // carries the article (الزار is a surname, not زار "visited").
    if (el.kind === 'word' && (k.analysis.pronoun === 'ي' || k.analysis.pronoun === 'ني')) continue;
    if (el.kind === 'word' && el.verbal && k.analysis.article) continue;
    if (
      el.kind === 'verb'
        ? (verbKey(k) && el.forms.has(k.bare)) || el.literals.has(k.bare)
        : el.keys.has(k.bare)
    )
      return k;
  }
  return null;
}

/** Matches elements[e..] starting at token i; returns the end token index or -1. */
function matchRest(
  elements: TriggerElement[],
  e: number,
  tokens: Token[],
  keys: TokenKey[][],
  i: number,
): number {
  if (e === elements.length) return i;
  const el = elements[e]!;
  if (el.kind === 'gap') {
    for (let skip = 0; skip <= GAP && i + skip <= tokens.length; skip++) {
      // A gap stays inside the clause: it never crosses sentence-internal stops or quotes.
      if (skip > 0 && !isWord(tokens[i + skip - 1]) && tokens[i + skip - 1]!.kind !== 'number') break;
      const end = matchRest(elements, e + 1, tokens, keys, i + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (el.kind === 'clitic') {
    // The preposition is a clitic of its argument, a few words on (أشاد الرئيس بالجيش): the argument stays
    // outside the trigger. Written apart ("بـ الجيش") it is a word of its own.
    for (let skip = 0; skip <= GAP && i + skip < tokens.length; skip++) {
      if (skip > 0 && !isWord(tokens[i + skip - 1]) && tokens[i + skip - 1]!.kind !== 'number') break;
      const at = i + skip;
      if (keys[at]!.some((k) => k.analysis.prefixes.some((p) => el.letters.has(p))))
        return matchRest(elements, e + 1, tokens, keys, at);
      if (el.letters.has(tokens[at]!.norm)) return matchRest(elements, e + 1, tokens, keys, at + 1);
    }
    return -1;
  }
  if (i >= tokens.length || !matchElement(el, keys[i]!)) return -1;
  return matchRest(elements, e + 1, tokens, keys, i + 1);
}

function excluded(entry: TriggerEntry, keys: TokenKey[][], from: number, to: number): boolean {
  if (entry.exclude.size === 0) return false;
  const lo = Math.max(0, from - EXCLUDE_WINDOW);
  const hi = Math.min(keys.length, to + EXCLUDE_WINDOW);
  for (let i = lo; i < hi; i++) {
    if (i >= from && i < to) continue;
    if (keys[i]!.some((k) => entry.exclude.has(k.bare) || entry.exclude.has(k.key))) return true;
  }
  return false;
}

const n = normalizeKey;
/** Words after which a verb-looking word is a masdar: بسبب قصف، خلال زيارة، بعد اعتقال. */
const NOUN_GOVERNORS = new Set(
  [
    'في',
    'من',
    'على',
    'إلى',
    'عن',
    'مع',
    'ضد',
    'بسبب',
    'جراء',
    'إثر',
    'اثر',
    'عقب',
    'خلال',
    'بعد',
    'قبل',
    'منذ',
    'أثناء',
    'وقف',
    'استمرار',
    'بدء',
    'عدم',
    'تجاه',
    'حول',
    'بشأن',
    'محاولة',
    'محاولات',
  ].map(n),
);

/** A verb form of the frames and light-verb tables (reporting, occurrence, control, support verbs). */
function isKnownVerb(lexicon: Lexicon, k: TokenKey): boolean {
  if (k.analysis.article || k.analysis.pronoun) return false;
  const f = lexicon.frames;
  return (
    f.reportingVerbs.has(k.bare) ||
    f.occurrenceVerbs.has(k.bare) ||
    f.controlVerbs.has(k.bare) ||
    lexicon.triggers.supportVerbs.has(k.bare)
  );
}

/**
 * A match that is a clause (a verb form first, or a copula like ليس), not a noun phrase. A phrase whose
 * first word alternates verbs and nouns (هدد/يهدد|تهديد) is verbal only when a verb form matched.
 */
export function isVerbal(m: TriggerMatch): boolean {
  if (m.verb || m.entry.kind === 'participle') return true;
  const first = m.entry.elements[0]!;
  if (m.entry.kind !== 'phrase' || first.kind !== 'word') return false;
  // Hand-listed inflections (طالب|طالبت|طالبوا) are verbs unless the matched form has the article.
  if (first.verbal && !m.key.analysis.article) return true;
  return [...first.keys].some((k) => FUNCTION_WORDS.has(k));
}

/** 0333 beats 033 beats 030: longer codes, and codes not ending in 0 (the "not specified" ones). */
function specificity(cameo: string): number {
  return cameo.length * 2 + (cameo.endsWith('0') ? 0 : 1);
}

/** True when a key of the trigger's first word matches the entry's first element (another analysis of it). */
export function matchesFirst(entry: TriggerEntry, key: TokenKey): boolean {
  return matchElement(entry.elements[0]!, [key]) !== null;
}

export interface TriggerCandidates {
  matches: TriggerMatch[];
  /** Matches dropped by an exclude word, for --explain. */
  excluded: TriggerMatch[];
}

export function findTriggers(lexicon: Lexicon, tokens: Token[], keys: TokenKey[][]): TriggerCandidates {
  const all: TriggerMatch[] = [];
  const dropped: TriggerMatch[] = [];
  const { byFirst } = lexicon.triggers;
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i])) continue;
    const seen = new Set<TriggerEntry>();
    // After a preposition, a governing noun or a finite verb (أدى قصف، قررت طرد) a verb-looking word is a
    // masdar: Arabic does not chain two finite verbs without a particle.
    const afterGovernor =
      i > 0 &&
      keys[i - 1]!.some(
        (k) => NOUN_GOVERNORS.has(k.key) || NOUN_GOVERNORS.has(k.bare) || isKnownVerb(lexicon, k),
      );
    for (const k of keys[i]!) {
      const starts = byFirst.get(k.bare);
      if (!starts) continue;
      for (const start of starts) {
        if (seen.has(start.entry)) continue;
        if (start.verb && (!verbKey(k) || afterGovernor || k.analysis.prefixes.includes('ل'))) continue;
        if (!start.verb && (k.analysis.pronoun === 'ي' || k.analysis.pronoun === 'ني')) continue;
        const end = matchRest(start.entry.elements, 1, tokens, keys, i + 1);
        if (end < 0) continue;
        seen.add(start.entry);
        const m: TriggerMatch = { entry: start.entry, from: i, to: end, verb: start.verb, key: k };
        (excluded(start.entry, keys, i, end) ? dropped : all).push(m);
      }
    }
  }
  // Longest first, then phrase before verb before noun; one reading per word: a match that starts at the
  // same word as a kept one is dropped.
  all.sort(
    (a, b) =>
      a.from - b.from || b.to - b.from - (a.to - a.from) || KIND_RANK[a.entry.kind] - KIND_RANK[b.entry.kind],
  );
  const kept: TriggerMatch[] = [];
  for (const m of all) {
    if (kept.some((k) => k.from === m.from)) continue;
    // Overlapping matches of one type are one event ("قدمت الإمارات مساعدات" and "مساعدات إنسانية"): keep
    // the more specific code.
    const twin = kept.findIndex((k) => k.entry.type === m.entry.type && k.from < m.to && m.from < k.to);
    if (twin >= 0) {
      if (specificity(m.entry.cameo) > specificity(kept[twin]!.entry.cameo)) kept[twin] = m;
      continue;
    }
    kept.push(m);
  }
  kept.sort((a, b) => a.from - b.from);
  return { matches: kept, excluded: dropped };
}
