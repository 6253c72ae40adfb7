/**
 * Who asserts what: reporting frames (قال X إن ...، أكد، أعلن، نفى), prepositional frames (وفق X، بحسب X،
 * نقلاً عن X), direct quotes («…»، "…", an unclosed quote running to the end of its paragraph) and
 * continuations (وأضاف، وتابع → the previous speaker). The result is, per token, the chain of speakers whose
 * frame covers it, outermost first; no frame means the outlet's own voice.
 */
import type { Attribution, Quote } from '../model.js';
import type { Lexicon } from '../lexicon/index.js';
import type { ReportingVerb } from '../lexicon/load-frames.js';
import { normalizeKey } from '../lang/ar/normalize.js';
import { prepositionOf, subjectAfter, subjectBefore, type SentenceView } from '../code/arguments.js';
import type { ActorPhrase } from './actors.js';
import type { TokenKey } from './keys.js';

export interface Speaker {
  phrase: ActorPhrase | null;
  entity: string | null;
  text: string;
  cue: string;
  /** A denial frame (نفى): what it covers is negated. */
  denial: boolean;
  start: number;
}

export interface FrameScope {
  speaker: Speaker;
  /** Token range covered within the sentence. */
  from: number;
  to: number;
  /** Token index of the cue (the reporting verb or preposition). */
  cue: number;
}

export interface SentenceAttribution {
  scopes: FrameScope[];
}

export interface AttributionState {
  /** The last speaker, for وأضاف / وتابع in this or a later sentence. */
  last: Speaker | null;
}

// Shorter quoted strings are names or scare quotes ("سي إن إن"), not speech.
const MIN_QUOTE_CHARS = 15;
const COLON_OR_QUOTE = new Set([':', '«', '"', '“']);
const n = normalizeKey;
const SOURCES_WORDS = new Set(
  ['مصادر', 'مصدر', 'مسؤول', 'مسؤولون', 'مراقبون', 'شهود', 'ناشطون', 'تقارير', 'وسائل'].map(n),
);

function speakerFrom(p: ActorPhrase, original: string, cue: string, denial: boolean): Speaker {
  return {
    phrase: p,
    entity: p.entity?.id ?? null,
    text: original.slice(p.start, p.end),
    cue,
    denial,
    start: p.start,
  };
}

/** The reporting verb of token i, if its analysis is a verb form (with و، ف، س only). */
export function reportingVerb(lexicon: Lexicon, keys: TokenKey[]): ReportingVerb | null {
  for (const k of keys) {
    if (k.analysis.article || k.analysis.prefixes.some((p) => p !== 'و' && p !== 'ف' && p !== 'س')) continue;
    const v = lexicon.frames.reportingVerbs.get(k.bare);
    if (v) return v;
  }
  return null;
}

export function findAttribution(
  lexicon: Lexicon,
  original: string,
  view: SentenceView & { keys: TokenKey[][] },
  state: AttributionState,
  quoted: (tokenIndex: number) => boolean = () => false,
): SentenceAttribution {
  const scopes: FrameScope[] = [];
  const { tokens } = view;
  const end = tokens.length;
  for (let i = 0; i < end; i++) {
    // Prepositional frames first: نقلا ("quoting") is also a verb form (they two transferred).
    // و/ف may sit on the first word of a prepositional frame (ووفق الكرملين، وبحسب).
    const firsts = view.keys[i]!.filter(
      (k) =>
        !k.analysis.article &&
        !k.analysis.pronoun &&
        k.analysis.prefixes.every((p) => p === 'و' || p === 'ف'),
    );
    const prep = lexicon.frames.reportingPreps.longest(
      firsts.map((k) => ({ key: k.bare })),
      (o) => tokens[i + o]?.norm,
    );
    if (prep) {
      const after = i + prep.length;
      const source = view.actors.find((p) => p.from >= after && p.from <= after + 1 && p.kind !== 'modifier');
      const cue = original.slice(tokens[i]!.start, tokens[after - 1]!.end);
      const text = source
        ? original.slice(source.start, source.end)
        : tokens[after]
          ? original.slice(tokens[after]!.start, tokens[after]!.end)
          : '';
      if (!text) continue;
      const speaker: Speaker = source
        ? speakerFrom(source, original, cue, false)
        : { phrase: null, entity: null, text, cue, denial: false, start: tokens[after]!.start };
      // وفق X covers the whole sentence except the frame itself; نقلاً عن Y inside another frame nests.
      scopes.push({ speaker, from: 0, to: end, cue: i });
      state.last = speaker;
      i = after - 1;
      continue;
    }
    const verb = reportingVerb(lexicon, view.keys[i]!);
    if (verb) {
      const subject = subjectAfter(view, i + 1)[0] ?? subjectBefore(view, i)[0];
      const cue = original.slice(tokens[i]!.start, tokens[i]!.end);
      let speaker: Speaker | null = null;
      // Without a subject the verb continues the latest speaker of this sentence ("بوتين أكد ... كما أكّد
      // له"), else the narration's running speaker (وأضاف، وتابع).
      // A verb in a later clause of a sentence that named its actor earlier ("وأجرى بوتين مكالمة ...، أشار فيها")
      // takes the nearest bare actor before it.
      const earlier = [...view.actors]
        .reverse()
        .find((p) => p.to <= i && p.kind !== 'modifier' && !p.placeOnly && prepositionOf(view, p) === null);
      const recent = scopes.length
        ? scopes[scopes.length - 1]!.speaker
        : earlier
          ? speakerFrom(earlier, original, cue, false)
          : state.last;
      if (subject) speaker = speakerFrom(subject, original, cue, verb.role === 'denial');
      else if (recent) speaker = { ...recent, cue, denial: verb.role === 'denial' };
      else {
        const next = tokens[i + 1];
        // قالت مصادر / ذكرت تقارير: an unnamed source.
        if (next && view.stems[i + 1]!.some((s) => SOURCES_WORDS.has(s))) {
          speaker = {
            phrase: null,
            entity: null,
            text: original.slice(next.start, next.end),
            cue,
            denial: verb.role === 'denial',
            start: next.start,
          };
        }
      }
      if (!speaker) continue;
      // The complement starts after the subject: at أن/إن, a colon or a quote; else right after the verb.
      let from = i + 1;
      for (let j = i + 1; j < end; j++) {
        if (view.clauses.opener[j] || COLON_OR_QUOTE.has(tokens[j]!.norm)) {
          from = j;
          break;
        }
      }
      // Only an outermost speaker is continued by a later وأضاف/وتابع: a frame quoted inside another frame
      // ("وأضاف الكرملين أن بوتين أكد ...") does not take over the narration.
      const nested = scopes.some((sc) => sc.from <= i && i < sc.to);
      scopes.push({ speaker, from, to: end, cue: i });
      if (!speaker.denial && !nested && !quoted(i)) state.last = speaker;
      continue;
    }
  }
  return { scopes };
}

/** The attribution chain for token i: every frame covering it, outermost first, minus its own cue. */
export function attributionAt(
  a: SentenceAttribution,
  i: number,
  quoteSpeaker: Speaker | null,
): Attribution[] {
  const chain: Attribution[] = [];
  // The frame that comes first is outermost: "ووفق الكرملين، أشار بوتين" → [الكرملين, بوتين]; "ذكرت وكالة
  // رويترز نقلا عن مصادر" → [رويترز, مصادر].
  const covering = a.scopes
    .filter((s) => s.from <= i && i < s.to && s.cue !== i)
    .sort((x, y) => x.cue - y.cue);
  const push = (sp: Speaker) => {
    // One speaker reported by several frames (وأضاف الكرملين أن «...») counts once.
    if (!chain.some((c) => (c.entity !== null && c.entity === sp.entity) || c.text === sp.text)) {
      chain.push({ entity: sp.entity, text: sp.text, cue: sp.cue });
    }
  };
  for (const s of covering) push(s.speaker);
  if (quoteSpeaker) push(quoteSpeaker);
  return chain;
}

export function deniedAt(a: SentenceAttribution, i: number): boolean {
  return a.scopes.some((s) => s.speaker.denial && s.from <= i && i < s.to && s.cue !== i);
}

/**
 * Quote spans of a paragraph: «…», “…” and "…" pairs; an unclosed opening quote runs to the paragraph end.
 * Quotes of fewer than three words are names or scare quotes, not speech.
 */
export function quoteSpans(original: string, start: number, end: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const text = original.slice(start, end);
  const re = /«([^»]*)(»|$)|“([^”]*)(”|$)|"([^"]*)("|$)/g;
  for (const m of text.matchAll(re)) {
    const inner = m[1] ?? m[3] ?? m[5] ?? '';
    if (inner.trim().split(/\s+/).length < 3 || inner.trim().length < MIN_QUOTE_CHARS) continue;
    const s = start + m.index + 1;
    spans.push({ start: s, end: s + inner.length });
  }
  return spans;
}

export function toQuote(
  original: string,
  span: { start: number; end: number },
  speaker: Speaker | null,
): Quote {
  const text = original.slice(span.start, span.end);
  return {
    start: span.start,
    end: span.end,
    text,
    speaker: speaker?.entity ?? null,
    cue: speaker?.cue ?? null,
    direct: true,
  };
}
