/**
 * Argument positions around a predicate, read off the token sequence and the actor phrases:
 *   subject  VSO: the first actor after the verb (adverbials skipped); SVO: an actor right before it
 *   object   the next bare actor after the subject (or the verb)
 *   prepositional actors  مع/ضد/على/إلى/عن/من/في/بين as words, ب/ل as clitics
 *   genitive  the actor right after a noun (إضافة), or a nisba adjective on it
 * Coordinated actors (أردوغان وبوتين) come as one list.
 */
import { normalizeKey } from '../lang/ar/normalize.js';
import type { Token } from '../lang/ar/tokenize.js';
import type { ActorPhrase } from '../recognize/actors.js';
import type { FoundTime } from '../lang/ar/times.js';
import type { ClauseView } from './clauses.js';
import { isNumberWord } from '../lang/ar/numbers.js';

export interface SentenceView {
  tokens: Token[];
  stems: string[][];
  actors: ActorPhrase[];
  times: FoundTime[];
  clauses: ClauseView;
}

const n = normalizeKey;
export const PREPOSITIONS = new Set(
  ['مع', 'ضد', 'على', 'إلى', 'عن', 'من', 'في', 'بين', 'لدى', 'تجاه', 'نحو', 'إزاء', 'حول'].map(n),
);
const CLITIC_PREPS = new Set(['ب', 'ل', 'ك']);
/** Words that may stand between a verb and its subject: particles and adverbs. */
const ADVERBS = new Set(
  [
    'قد',
    'لقد',
    'أيضا',
    'رسميا',
    'بدوره',
    'بدورها',
    'بدورهم',
    'مجددا',
    'مرة',
    'أخرى',
    'اليوم',
    'أمس',
    'حاليا',
    'فعلا',
    'بالفعل',
    'كذلك',
  ].map(n),
);
/** Collective nouns that head a construct before the actor they quantify (دول الاتحاد، قوات النظام). */
const CONSTRUCT_HEADS = new Set(
  [
    'دول',
    'حكومات',
    'قادة',
    'زعماء',
    'وزراء',
    'أعضاء',
    'قوات',
    'عناصر',
    'مسلحي',
    'مقاتلي',
    'ممثلي',
    'مسؤولي',
    'سلطات',
    'أجهزة',
    'جنود',
    'أنصار',
    'مناصري',
  ].map(n),
);
const NEGATORS = new Set(['لم', 'لن', 'لا', 'ما', 'قد', 'سوف', 'لقد'].map(n));

/** The preposition governing a phrase: a clitic on its first word or the word before it. */
export function prepositionOf(view: SentenceView, p: ActorPhrase): string | null {
  const clitic = p.prefixes.find((x) => CLITIC_PREPS.has(x));
  if (clitic) return clitic;
  const prev = view.stems[p.from - 1];
  if (!prev) return null;
  for (const s of prev) if (PREPOSITIONS.has(s)) return s;
  return null;
}

function isActor(p: ActorPhrase): boolean {
  return p.kind !== 'modifier' && !p.placeOnly;
}

function inTime(view: SentenceView, i: number): boolean {
  return view.times.some((t) => t.from <= i && i < t.to);
}

/** Token i can be skipped between a verb and its arguments. */
function skippable(view: SentenceView, i: number): boolean {
  const t = view.tokens[i]!;
  if (t.kind === 'punct') return t.norm === '،' || t.norm === ',';
  if (inTime(view, i)) return true;
  return view.stems[i]!.some((s) => ADVERBS.has(s));
}

/** The phrase starting exactly at token i (the longest), if any. */
function phraseAt(view: SentenceView, i: number): ActorPhrase | undefined {
  let best: ActorPhrase | undefined;
  for (const p of view.actors) if (p.from === i && (!best || p.to > best.to)) best = p;
  return best;
}

/** A phrase and the actors coordinated with it by و (أردوغان وبوتين، حلب وإدلب). */
export function withCoordinated(view: SentenceView, p: ActorPhrase): ActorPhrase[] {
  const out = [p];
  let last = p;
  for (;;) {
    const next = phraseAt(view, last.to);
    if (!next || next.prefixes[0] !== 'و' || !isActor(next)) break;
    out.push(next);
    last = next;
  }
  return out;
}

// Countries and cities are feminine, except these (and most names with the article: العراق، الأردن).
const MASCULINE_PLACES = new Set(
  ['لبنان', 'السودان', 'العراق', 'الاردن', 'اليمن', 'المغرب', 'الكويت', 'البحرين'].map(n),
);
const FEMININE_PLACES_WITH_ARTICLE = new Set(
  [
    'الكويت',
    'البحرين',
    'الامارات',
    'السعوديه',
    'الجزاءر',
    'الهند',
    'الصين',
    'اليابان',
    'الولايات المتحده',
    'الدنمارك',
    'النمسا',
    'البرازيل',
  ].map(n),
);

/**
 * Grammatical gender of an actor phrase where it is reliable: groups and roles by their head noun (…ة and …ات
 * feminine, …ون/…ين masculine), places by name. People and organisations are left unknown.
 */
function phraseGender(view: SentenceView, p: ActorPhrase): 'm' | 'f' | null {
  if (p.kind === 'person' || p.kind === 'org' || p.kind === 'modifier') return null;
  const stems = view.stems[p.from] ?? [];
  const head = stems.find((x) => !x.startsWith('ال')) ?? stems[0] ?? '';
  const named = stems.find((x) => x.startsWith('ال')) ?? head;
  if (p.kind === 'place') {
    if (FEMININE_PLACES_WITH_ARTICLE.has(named)) return 'f';
    if (MASCULINE_PLACES.has(named) || MASCULINE_PLACES.has(head)) return 'm';
    return named.startsWith('ال') && !named.endsWith('ه') && !named.endsWith('ات') ? 'm' : 'f';
  }
  if (head.endsWith('ه') || head.endsWith('ات')) return 'f';
  if (head.endsWith('ون') || head.endsWith('ين')) return 'm';
  return p.number === 'singular' ? 'm' : null;
}

/**
 * Subject after a verb (VSO), within its clause: the first bare actor, adverbials skipped. A verb-first
 * verb agrees with its subject in gender, so with `feminine` known an actor of the other gender is the
 * object of a pro-drop verb, not its subject ("ستطرد دبلوماسيين بريطانيين").
 */
export function subjectAfter(
  view: SentenceView,
  after: number,
  feminine: boolean | null = null,
): ActorPhrase[] {
  const clause = view.clauses.clause[after - 1];
  for (let i = after; i < view.tokens.length; i++) {
    if (view.clauses.clause[i] !== clause && !skippable(view, i)) {
      // An enclosed adverbial has its own clause id: step over it.
      if (view.clauses.clause.indexOf(clause!, i) > i) continue;
      return [];
    }
    const p = phraseAt(view, i);
    if (p && isActor(p) && prepositionOf(view, p) === null && p.prefixes.length === 0) {
      const g = feminine === null ? null : phraseGender(view, p);
      if (g !== null && (g === 'f') !== feminine) return [];
      return withCoordinated(view, p);
    }
    if (p && p.kind === 'modifier') return [];
    if (!skippable(view, i)) return [];
  }
  return [];
}

/** Subject before a verb (SVO): an actor ending right before it (particles like لم/قد/سوف allowed). */
export function subjectBefore(view: SentenceView, head: number): ActorPhrase[] {
  let end = head;
  while (end > 0 && view.stems[end - 1]!.some((s) => NEGATORS.has(s))) end--;
  // "وكانت الرئاسة الفرنسية، أعلنت": a comma may separate a fronted subject from its verb.
  if (end > 0 && (view.tokens[end - 1]!.norm === '،' || view.tokens[end - 1]!.norm === ',')) end--;
  // The phrase ending at `end` and, when coordinated, the phrases before it.
  const ending = view.actors.filter((p) => p.to === end && isActor(p) && prepositionOf(view, p) === null);
  if (ending.length === 0) return [];
  let first = ending[0]!;
  for (;;) {
    if (first.prefixes[0] !== 'و') break;
    const before = view.actors.find((p) => p.to === first.from && isActor(p));
    if (!before) break;
    first = before;
  }
  if (first.prefixes.some((x) => CLITIC_PREPS.has(x))) return [];
  // The subject must open its clause (after a boundary, أن، or at the start).
  const prevIndex = first.from - 1;
  if (
    prevIndex >= 0 &&
    view.clauses.clause[prevIndex] === view.clauses.clause[first.from] &&
    !view.clauses.opener[prevIndex]
  ) {
    const prev = view.tokens[prevIndex]!;
    if (prev.kind === 'arabic' && !view.stems[prevIndex]!.some((s) => s === 'ان' || s === 'انه')) return [];
  }
  return withCoordinated(view, first);
}

/**
 * Actors in the clause after `from`, each with its preposition (null for a bare actor), in order.
 * Enclosed adverbials are skipped.
 */
export function actorsAfter(
  view: SentenceView,
  from: number,
  clause: number,
): { phrase: ActorPhrase; prep: string | null }[] {
  const out: { phrase: ActorPhrase; prep: string | null }[] = [];
  for (const p of view.actors) {
    if (p.from < from || view.clauses.clause[p.from] !== clause || !isActor(p)) continue;
    out.push({ phrase: p, prep: prepositionOf(view, p) });
  }
  return out;
}

/**
 * The genitive of a noun ending at token `end`: an actor right after it, after at most two adjectives of
 * the noun (العملية العسكرية الروسية، قصف القوات الأوكرانية المتكرر). A nisba adjective directly on the
 * noun (غارات إسرائيلية) comes back as `nisba`.
 */
export function genitiveOf(
  view: SentenceView,
  end: number,
): { actors: ActorPhrase[]; nisba: ActorPhrase | null } {
  let i = end;
  for (let skipped = 0; skipped <= 2 && i < view.tokens.length; skipped++) {
    const p = phraseAt(view, i);
    if (p) {
      if (p.kind === 'modifier') return { actors: [], nisba: p };
      if (isActor(p) && p.prefixes.length === 0 && prepositionOf(view, p) === null)
        return { actors: withCoordinated(view, p), nisba: null };
      return { actors: [], nisba: null };
    }
    const t = view.tokens[i]!;
    // Counts stand between a noun and the people it counts: مقتل 5 فلسطينيين، اعتقال عشرات الناشطين.
    if (t.kind === 'number' || view.stems[i]!.some((x) => isNumberWord(x))) {
      i++;
      skipped--;
      continue;
    }
    // A bare construct head before the actor: تجاهل دول الاتحاد الأوروبي، قصف قوات النظام.
    const next = phraseAt(view, i + 1);
    if (
      skipped === 0 &&
      t.kind === 'arabic' &&
      !t.norm.startsWith('ال') &&
      CONSTRUCT_HEADS.has(t.norm) &&
      next &&
      isActor(next) &&
      next.prefixes.length === 0
    ) {
      return { actors: withCoordinated(view, next), nisba: null };
    }
    // Only adjectives of the noun may intervene: definite words, no clitics, not particles.
    if (t.kind !== 'arabic' || !t.norm.startsWith('ال') || view.stems[i]!.some((s) => PREPOSITIONS.has(s)))
      break;
    i++;
  }
  return { actors: [], nisba: null };
}
