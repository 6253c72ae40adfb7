/**
 * Event coding of one sentence: trigger matches become events when the sentence asserts, denies, plans or
 * supposes them — not when they are only mentioned. For each kept trigger: source and target from the
 * clause, modality from its cues, attribution from the frames covering it, a date from the governing time
 * expression, a location from في + place.
 */
import type { Attribution, EventLocation, Modality, ParagraphRole } from '../model.js';
import type { Lexicon } from '../lexicon/index.js';
import type { CameoCode } from '../lexicon/codebook.js';
import { isVerbal, matchesFirst, type TriggerMatch } from './triggers.js';
import type { ActorPhrase } from '../recognize/actors.js';
import type { TokenKey } from '../recognize/keys.js';
import {
  attributionAt,
  deniedAt,
  reportingVerb,
  type SentenceAttribution,
  type Speaker,
} from '../recognize/attribution.js';
import type { FoundTime } from '../lang/ar/times.js';
import { daysBetween } from '../lang/ar/dates.js';
import { normalizeKey } from '../lang/ar/normalize.js';
import {
  actorsAfter,
  genitiveOf,
  prepositionOf,
  subjectAfter,
  subjectBefore,
  withCoordinated,
  type SentenceView,
} from './arguments.js';
import { COMPLEMENTISERS, RELATIVES } from './clauses.js';

export interface CodingSentence extends SentenceView {
  index: number;
  paragraph: number;
  role: ParagraphRole;
  keys: TokenKey[][];
  triggers: TriggerMatch[];
  attribution: SentenceAttribution;
  /** Speaker of a direct quote covering each token, if any. */
  quoteSpeaker: (Speaker | null)[];
}

export interface CodedEvent {
  match: TriggerMatch;
  /** The event's code: the trigger's, or the demand (10x) an appeal (02x) becomes once it names its addressee. */
  code: CameoCode;
  sentence: number;
  paragraph: number;
  source: ActorPhrase[];
  target: ActorPhrase[];
  modality: Modality;
  attribution: Attribution[];
  date: { value: string | null; text: string | null; resolved: boolean };
  location: EventLocation | null;
  confidence: number;
  /** Why it was coded: the evidence that the event happened (support verb, verb form, ...). */
  reason: string;
}

export interface CodingContext {
  lexicon: Lexicon;
  original: string;
  published: string | null;
  explain?: ((line: string) => void) | undefined;
  /** The last subject of a verb in the article: the actor of a following pro-drop verb. */
  topic: ActorPhrase[];
  /** Persons mentioned so far (entity ids in phrases), most recent last, for pronoun clitics. */
  persons: ActorPhrase[];
  /** The article's country in focus: the nationality of roles and groups that name none (الشرطة، محكمة). */
  focus: string | null;
}

/** A role or group with no nationality gets the article's country in focus (a copy: phrases are shared). */
function withFocus(p: ActorPhrase, focus: string | null): ActorPhrase {
  if (p.country || !focus || (p.kind !== 'role' && p.kind !== 'group')) return p;
  return { ...p, country: focus, code: focus + (p.sector ?? '') };
}

const n = normalizeKey;
const SYMMETRIC_TYPES = new Set<string | null>(['CONSULT', 'AGREE', 'SUPPORT', 'COOPERATE']);
const SPEECH_TYPES = new Set(['ACCUSE', 'REQUEST', 'REJECT', 'THREATEN', 'SUPPORT', 'AGREE', null]);
/** Types whose complement is content, not an asserted event: "هدد بطرد", "دعا إلى الانسحاب", "اتهم بقتل". */
const EMBEDDING_TYPES = new Set([
  'ACCUSE',
  'REQUEST',
  'REJECT',
  'THREATEN',
  'AGREE',
  'SUPPORT',
  'CONSULT',
  null,
]);
const AGENT_MARKERS = [['برصاص'], ['بنيران'], ['على', 'يد'], ['من', 'قبل'], ['على', 'ايدي']].map((ws) =>
  ws.map(n),
);
const PRONOUN_PREPS = new Map(
  [
    ['له', 'ل'],
    ['لها', 'ل'],
    ['لهم', 'ل'],
    ['معه', 'مع'],
    ['معها', 'مع'],
    ['به', 'ب'],
    ['بها', 'ب'],
    ['عليه', 'على'],
    ['عليها', 'على'],
    ['إليه', 'إلى'],
    ['إليها', 'إلى'],
  ].map(([a, b]) => [n(a!), n(b!)] as const),
);
const HISTORICAL_DAYS = 30;
const BETWEEN = n('بين');

function tokenHasVerb(lexicon: Lexicon, keys: TokenKey[], table: Map<string, unknown>): boolean {
  return keys.some(
    (k) =>
      !k.analysis.article &&
      k.analysis.prefixes.every((p) => p === 'و' || p === 'ف' || p === 'س' || p === 'ل') &&
      table.has(k.bare),
  );
}

export function isSupportVerb(lexicon: Lexicon, keys: TokenKey[]): boolean {
  return tokenHasVerb(lexicon, keys, lexicon.triggers.supportVerbs);
}

function isOccurrenceVerb(lexicon: Lexicon, keys: TokenKey[]): boolean {
  return tokenHasVerb(lexicon, keys, lexicon.frames.occurrenceVerbs);
}

/** The subject of the verb at token i: VSO, else SVO, else the topic (pro-drop). */
function subjectOf(s: CodingSentence, i: number, ctx: CodingContext, allowTopic: boolean): ActorPhrase[] {
  const form = s.keys[i]!.map((k) => ctx.lexicon.triggers.supportVerbs.get(k.bare)).find(
    (f) => f !== undefined,
  );
  const after = subjectAfter(s, i + 1, form ? form.feminine : null);
  if (after.length) return after;
  const before = subjectBefore(s, i);
  if (before.length) return before;
  return allowTopic ? ctx.topic : [];
}

/** The person a pronoun clitic refers to: the most recent person before token i, other than `not`. */
function antecedent(
  s: CodingSentence,
  i: number,
  ctx: CodingContext,
  not: ActorPhrase[],
): ActorPhrase | null {
  const excluded = new Set(not.map((p) => p.entity?.id ?? p));
  for (let k = s.actors.length - 1; k >= 0; k--) {
    const p = s.actors[k]!;
    if (p.to <= i && p.type === 'PERSON' && !excluded.has(p.entity?.id ?? p)) return p;
  }
  for (let k = ctx.persons.length - 1; k >= 0; k--) {
    const p = ctx.persons[k]!;
    if (p.sentence !== s.index && !excluded.has(p.entity?.id ?? p)) return p;
  }
  return null;
}

interface Evidence {
  ok: boolean;
  reason: string;
  source: ActorPhrase[];
  /** Where the event's prepositional arguments are, when not right after the trigger (a relative clause). */
  argsFrom?: number;
}

/** Evidence that a nominal trigger reports an event rather than mentioning one. */
function nominalEvidence(
  s: CodingSentence,
  m: TriggerMatch,
  ctx: CodingContext,
  hasActor: boolean,
): Evidence {
  const { lexicon } = ctx;
  const clause = s.clauses.clause[m.from];
  // A light verb governing the noun: أجرى بوتين مكالمة، شن الجيش غارات (an enclosed adverbial may intervene:
  // أجرى بوتين، اليوم الثلاثاء، مكالمة).
  for (let j = m.from - 1, seen = 0; j >= 0 && seen < 8; j--) {
    if (s.clauses.host.get(s.clauses.clause[j]!) === clause) continue;
    if (s.clauses.clause[j] !== clause) break;
    seen++;
    if (isSupportVerb(lexicon, s.keys[j]!))
      return { ok: true, reason: 'support verb', source: subjectOf(s, j, ctx, true) };
    if (isOccurrenceVerb(lexicon, s.keys[j]!)) return { ok: true, reason: 'occurrence verb', source: [] };
  }
  // A relative clause with a light or occurrence verb: المكالمة التي أجراها الرئيس، الهجوم الذي وقع.
  for (let j = m.to; j < Math.min(s.tokens.length, m.to + 4); j++) {
    if (!s.stems[j]!.some((x) => RELATIVES.has(x))) continue;
    const v = j + 1;
    if (
      v < s.tokens.length &&
      (isSupportVerb(lexicon, s.keys[v]!) || isOccurrenceVerb(lexicon, s.keys[v]!))
    ) {
      return {
        ok: true,
        reason: 'relative clause',
        source: isSupportVerb(lexicon, s.keys[v]!) ? subjectAfter(s, v + 1) : [],
        argsFrom: v + 1,
      };
    }
    break;
  }
  // An asyndetic relative with a light verb: "في غارة جوية شنها طيران التحالف"، "هجوم شنه".
  for (let j = m.to; j < Math.min(s.tokens.length, m.to + 3); j++) {
    if (
      s.keys[j]!.some(
        (k) =>
          k.analysis.pronoun !== null && !k.analysis.article && lexicon.triggers.supportVerbs.has(k.bare),
      )
    ) {
      return { ok: true, reason: 'relative clause', source: subjectAfter(s, j + 1), argsFrom: j + 1 };
    }
    if (s.tokens[j]!.kind !== 'arabic' || !s.tokens[j]!.norm.startsWith('ال')) break;
  }
  // A noun of occurrence before it: اندلاع اشتباكات، استمرار المظاهرات، موجة احتجاجات.
  const before = s.stems[m.from - 1];
  const occurrence = before?.find((x) => lexicon.frames.occurrenceNouns.has(x));
  if (occurrence) return { ok: true, reason: `occurrence noun ${occurrence}`, source: [] };
  // The content of a report: "أفادت التقارير باعتقال"، "أعلن الجيش مقتل خمسة"، "أعلنت السلطات حظر التجول".
  for (let j = m.from - 1, seen = 0; j >= 0 && seen < 6; j--) {
    if (s.clauses.host.get(s.clauses.clause[j]!) === clause) continue;
    if (s.clauses.clause[j] !== clause) break;
    seen++;
    if (reportingVerb(lexicon, s.keys[j]!)) return { ok: true, reason: 'content of a report', source: [] };
  }
  // The noun as subject of an occurrence verb right after it (الهجوم وقع) or before it (وقع الهجوم).
  const next = m.to < s.tokens.length ? s.keys[m.to]! : null;
  if (next && isOccurrenceVerb(lexicon, next)) return { ok: true, reason: 'occurrence verb', source: [] };
  // A presupposing preposition with an explicit actor: خلال اتصاله بزيلينسكي، إثر الهجوم الإسرائيلي.
  const prev = s.stems[m.from - 1];
  const before2 = (s.stems[m.from - 2] ?? []).flatMap((a) => (prev ?? []).map((b) => `${a} ${b}`));
  const preps = lexicon.frames.occurrencePreps;
  const prep =
    before2.find((x) => preps.has(x)) ??
    prev?.find((x) => preps.has(x)) ??
    m.key.analysis.prefixes.find((x) => preps.has(x));
  if (prep && (hasActor || m.key.analysis.pronoun))
    return { ok: true, reason: `presupposed by ${prep}`, source: [] };
  // A speech act with its author as possessor happened: تنديدها بمحاولة الانقلاب، رفضه للمقترح.
  if (
    SPEECH_TYPES.has(m.entry.type) &&
    m.key.analysis.pronoun &&
    !m.key.analysis.prefixes.some((p) => p === 'ب' || p === 'ل')
  ) {
    return { ok: true, reason: 'speech act of its possessor', source: [] };
  }
  // What a speaker says: "أكد ضرورة الانسحاب" is a demand, "أكد رفض بلاده" a rejection, by the speaker.
  if (SPEECH_TYPES.has(m.entry.type)) {
    const scope = [...s.attribution.scopes]
      .reverse()
      .find((sc) => sc.from <= m.from && m.from < sc.to && sc.speaker.phrase);
    const quoted = s.quoteSpeaker[m.from];
    if (scope?.speaker.phrase || quoted?.phrase) {
      return {
        ok: true,
        reason: 'content of a statement',
        source: [(scope?.speaker.phrase ?? quoted!.phrase)!],
      };
    }
  }
  // A headline: the noun opens the sentence (after an optional dateline) or stands in a title.
  const opening = s.tokens.findIndex((t) => t.kind === 'arabic');
  if ((m.from === opening || s.role === 'title') && hasActor)
    return { ok: true, reason: 'headline noun', source: [] };
  return { ok: false, reason: 'noun without support verb, occurrence or actor: mentioned only', source: [] };
}

/** A trigger that is the complement of another (أدان التفجير، دعا إلى الانسحاب، هدد بطرد). */
function embeddingTrigger(s: CodingSentence, m: TriggerMatch): TriggerMatch | null {
  const clause = s.clauses.clause[m.from];
  // A relative clause on another act describes that act (التفجير الذي استهدف الكنيسة): rule 8.2.
  const opener = firstOfClause(s, clause!);
  if (opener > 0 && s.stems[opener]!.some((x) => RELATIVES.has(x))) {
    const host = s.triggers.find((o) => o !== m && o.to <= opener && opener - o.to <= 2);
    if (host) return host;
  }
  for (const other of s.triggers) {
    if (other === m || other.from >= m.from || !EMBEDDING_TYPES.has(other.entry.type)) continue;
    if (m.from - other.to > 8) continue;
    const sameClause = s.clauses.clause[other.from] === clause;
    // "طالب بأن ينسحب": the complement clause right after the trigger.
    const complement =
      !sameClause &&
      s.clauses.opener[firstOfClause(s, clause!)] &&
      s.stems[firstOfClause(s, clause!)]!.some((x) => COMPLEMENTISERS.has(x));
    if (sameClause && !isVerbal(m)) return other;
    if (complement && other.entry.type !== 'CONSULT' && other.entry.type !== 'SUPPORT') return other;
  }
  return null;
}

/**
 * A relative clause with an imperfect verb describes a habit or a standing position of its antecedent
 * (البلديات التي ترفض التعاون، الدول التي تدعم): no event is reported.
 */
function habitualRelative(s: CodingSentence, m: TriggerMatch): boolean {
  const opener = firstOfClause(s, s.clauses.clause[m.from]!);
  if (opener < 0 || !s.stems[opener]!.some((x) => RELATIVES.has(x)) || m.from - opener > 2) return false;
  const word = s.keys[m.from]!.find((k) => matchesFirst(m.entry, k))?.bare ?? s.tokens[m.from]!.norm;
  return m.verb ? m.verb.aspect === 'imperfect' : isVerbal(m) && /^[يت]/.test(word);
}

function firstOfClause(s: CodingSentence, clause: number): number {
  return s.clauses.clause.indexOf(clause);
}

function modalityOf(
  s: CodingSentence,
  m: TriggerMatch,
  ctx: CodingContext,
  date: FoundTime | null,
): { modality: Modality; cue: string | null } {
  const { frames } = ctx.lexicon;
  if (deniedAt(s.attribution, m.from)) return { modality: 'negated', cue: 'denial frame' };
  let found: { modality: Modality; cue: string } | null = null;
  const rank: Record<string, number> = { negated: 3, hypothetical: 2, future: 1 };
  const clause = s.clauses.clause[m.from];
  for (let j = m.from - 1; j >= Math.max(0, m.from - 8); j--) {
    const match = frames.modalityCues.longest(
      s.stems[j]!.map((key) => ({ key })),
      (o) => s.tokens[j + o]?.norm,
    );
    if (!match) continue;
    for (const cue of match.values) {
      const distance = m.from - (j + match.length) + 1;
      if (distance > cue.window) continue;
      if (cue.modality !== 'hypothetical' && s.clauses.clause[j] !== clause) continue;
      // قد before a perfect verb asserts (قد فرض); only before an imperfect is it "may".
      if (s.tokens[j]!.norm === 'قد' && m.verb?.aspect !== 'imperfect') continue;
      // ما negates only right before a verb.
      if (s.tokens[j]!.norm === 'ما' && !m.verb) continue;
      if (!found || rank[cue.modality]! > rank[found.modality]!)
        found = { modality: cue.modality, cue: s.tokens[j]!.norm };
    }
  }
  if (found) return found;
  // The future س sits on an imperfect: generated (ستفرض) or hand-listed (سيزور, whichever analysis matched).
  if (isVerbal(m) && m.verb?.aspect !== 'perfect') {
    for (const k of s.keys[m.from]!) {
      const p = k.analysis.prefixes.find((x) => frames.modalityPrefixes.has(x));
      if (p && matchesFirst(m.entry, k))
        return { modality: frames.modalityPrefixes.get(p)!.modality, cue: p };
    }
  }
  if (date?.mod === 'FUTURE_REF') return { modality: 'future', cue: date.text };
  if (date?.value && ctx.published) {
    const days = daysBetween(date.value, ctx.published);
    if (days > HISTORICAL_DAYS) return { modality: 'historical', cue: date.text };
    if (days < 0 && date.kind === 'date') return { modality: 'future', cue: date.text };
  }
  return { modality: 'asserted', cue: null };
}

/**
 * The verb governing a masdar that is spelled like a perfect verb (قرر/بدأ/واصل + طرد): a control verb no
 * more than three words before it in its clause, with no verb between. Returns its token index or -1.
 */
function controlVerbBefore(s: CodingSentence, m: TriggerMatch, ctx: CodingContext): number {
  if (
    !m.verb ||
    m.verb.aspect !== 'perfect' ||
    m.verb.number !== 'singular' ||
    m.verb.feminine ||
    m.key.analysis.prefixes.length
  )
    return -1;
  const clause = s.clauses.clause[m.from];
  for (let j = m.from - 1; j >= Math.max(0, m.from - 4); j--) {
    if (s.clauses.clause[j] !== clause) return -1;
    if (
      tokenHasVerb(ctx.lexicon, s.keys[j]!, ctx.lexicon.frames.controlVerbs) ||
      reportingVerb(ctx.lexicon, s.keys[j]!)
    )
      return j;
  }
  return -1;
}

/** The types vetoed in this sentence by data/frames/vetoes.tsv, with the word that vetoes them. */
function sentenceVetoes(s: CodingSentence, ctx: CodingContext): Map<string, string> {
  const out = new Map<string, string>();
  const trie = ctx.lexicon.frames.vetoes;
  for (let i = 0; i < s.tokens.length; i++) {
    const m = trie.longest(
      s.stems[i]!.map((key) => ({ key })),
      (o) => s.tokens[i + o]?.norm,
    );
    if (!m) continue;
    for (const v of m.values) for (const t of v.types) if (!out.has(t)) out.set(t, s.tokens[i]!.norm);
  }
  return out;
}

/** The time expression governing the trigger: in its clause, the nearest; durations do not date events. */
function governingTime(s: CodingSentence, m: TriggerMatch): FoundTime | null {
  const clause = s.clauses.clause[m.from];
  let best: FoundTime | null = null;
  let bestDistance = Infinity;
  for (const t of s.times) {
    if (t.kind === 'duration') continue;
    const sameClause = s.clauses.clause[t.from] === clause || s.clauses.clause[t.to - 1] === clause;
    const distance = t.from >= m.to ? t.from - m.to : m.from - t.to;
    // A time in an enclosed adverbial right after the verb belongs to it (أجرى بوتين، اليوم الثلاثاء، مكالمة).
    if (!sameClause && distance > 6) continue;
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  return best;
}

function locationOf(s: CodingSentence, m: TriggerMatch, ctx: CodingContext): EventLocation | null {
  const clause = s.clauses.clause[m.from];
  for (const p of s.actors) {
    if (p.from < m.to || s.clauses.clause[p.from] !== clause) continue;
    const prep = prepositionOf(s, p);
    if (prep !== n('في') && prep !== 'ب') continue;
    if (p.kind !== 'place') continue;
    const entry = p.entity?.entry ?? null;
    return {
      start: p.start,
      end: p.end,
      text: ctx.original.slice(p.start, p.end),
      entity: p.entity?.id ?? null,
      country: p.country,
      geonameid: entry?.geonameid ?? null,
      lat: entry?.lat ?? null,
      lon: entry?.lon ?? null,
    };
  }
  return null;
}

function agentMarkerActor(s: CodingSentence, m: TriggerMatch): ActorPhrase[] {
  const clause = s.clauses.clause[m.from];
  for (let j = m.to; j < s.tokens.length; j++) {
    if (s.clauses.clause[j] !== clause) break;
    for (const marker of AGENT_MARKERS) {
      if (!marker.every((w, k) => s.stems[j + k]?.includes(w))) continue;
      const at = j + marker.length;
      const p = s.actors.find(
        (a) => a.from >= at && a.from <= at + 2 && a.kind !== 'modifier' && !a.placeOnly,
      );
      if (p) return withCoordinated(s, p);
    }
  }
  return [];
}

function dedupe(list: ActorPhrase[]): ActorPhrase[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const k = p.entity?.id ?? `${p.country}|${p.sector}|${p.from}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function actorKey(p: ActorPhrase): string {
  return p.entity?.id ?? `${p.country}|${p.sector}`;
}

export function codeSentence(s: CodingSentence, ctx: CodingContext): CodedEvent[] {
  const out: CodedEvent[] = [];
  const explain = ctx.explain;
  if (s.role === 'caption' || s.role === 'boilerplate') {
    if (s.triggers.length)
      explain?.(`  s${s.index}: ${s.role} paragraph, ${s.triggers.length} trigger(s) ignored`);
    return out;
  }
  const vetoed = sentenceVetoes(s, ctx);
  for (const m of s.triggers) {
    const { entry } = m;
    const triggerText = ctx.original.slice(s.tokens[m.from]!.start, s.tokens[m.to - 1]!.end);
    const verbal = isVerbal(m);
    const say = (what: string) =>
      explain?.(
        `  s${s.index} "${triggerText}" ${entry.type ?? 'statement'}/${entry.cameo} (${entry.rule}): ${what}`,
      );
    const embedding = embeddingTrigger(s, m);
    if (embedding) {
      say(
        `dropped: complement of "${ctx.original.slice(s.tokens[embedding.from]!.start, s.tokens[embedding.to - 1]!.end)}"`,
      );
      continue;
    }
    const veto = entry.type ? vetoed.get(entry.type) : undefined;
    if (veto) {
      say(`dropped: the sentence is about ${veto}`);
      continue;
    }
    if (habitualRelative(s, m)) {
      say('dropped: a habit or standing position in a relative clause');
      continue;
    }
    const clause = s.clauses.clause[m.from]!;
    const source: ActorPhrase[] = [];
    const target: ActorPhrase[] = [];
    const add = (role: string | undefined, actors: ActorPhrase[]) => {
      if (role === 'source') source.push(...actors);
      else if (role === 'target') target.push(...actors);
    };
    let reason = 'verb';
    let argsFrom: number | undefined;
    // A bare perfect-looking word after a verb that governs a masdar is the masdar (قررت بريطانيا طرد 23
    // دبلوماسيا): its agent is that verb's subject.
    const governor = verbal ? controlVerbBefore(s, m, ctx) : -1;
    if (governor >= 0) {
      add('source', subjectOf(s, governor, ctx, true));
      const obj = s.actors.find(
        (p) =>
          p.from > m.from &&
          p.from <= m.to + 1 &&
          prepositionOf(s, p) === null &&
          p.kind !== 'modifier' &&
          !p.placeOnly,
      );
      if (obj) add('target', withCoordinated(s, obj));
      reason = 'masdar governed by a verb';
    } else if (verbal) {
      const marker = agentMarkerActor(s, m);
      // An actor opening the clause right before the verb is its subject (الشرطة التركية تعتقل صحفيين);
      // otherwise the first actor after the verb (a phrase may hold it: أدانت محكمة استرالية).
      const before = subjectBefore(s, m.from);
      const after = before.length ? [] : subjectAfter(s, m.from + 1, m.verb ? m.verb.feminine : null);
      const numberAfter = s.tokens[m.to]?.kind === 'number';
      if (marker.length || (numberAfter && !after.length)) {
        // Passive: قُتل 5 أشخاص برصاص الجيش — the agent follows a marker, the victims follow the verb.
        add('source', marker);
        const victims = s.actors.find(
          (p) =>
            p.from >= m.to &&
            p.from <= m.to + 3 &&
            s.clauses.clause[p.from] === clause &&
            prepositionOf(s, p) === null,
        );
        if (victims) add('target', [victims]);
        reason = 'passive verb';
      } else if (entry.kind === 'participle') {
        // "قال الوزير ...، محذرا إسرائيل من": the participle's subject is the main clause's actor.
        const speaker = [...s.attribution.scopes].reverse().find((sc) => sc.from <= m.from && sc.cue < m.from)
          ?.speaker.phrase;
        const earlier = [...s.actors]
          .reverse()
          .find(
            (p) => p.to <= m.from && p.kind !== 'modifier' && !p.placeOnly && prepositionOf(s, p) === null,
          );
        const subj = speaker ? [speaker] : earlier ? [earlier] : ctx.topic;
        add('source', subj);
        const obj = s.actors.find(
          (p) =>
            p.from >= m.to &&
            p.from <= m.to + 1 &&
            prepositionOf(s, p) === null &&
            p.kind !== 'modifier' &&
            !p.placeOnly,
        );
        if (obj) add(entry.args.get('obj'), withCoordinated(s, obj));
        reason = 'participle';
      } else {
        const subject = before.length ? before : after;
        // No subject: "ردت موسكو بأنها ستطرد" — the speaker of the frame around it, else the running topic.
        const speaker = [...s.attribution.scopes]
          .reverse()
          .find((sc) => sc.from <= m.from && m.from < sc.to && sc.speaker.phrase)?.speaker.phrase;
        const subj = subject.length ? subject : speaker ? [speaker] : ctx.topic;
        if (!subject.length && subj.length) reason = 'verb, subject carried from the previous clause';
        add(entry.args.get('subj'), subj);
        // Direct object: the next bare actor after the subject, or after the verb (inside a phrase's gap too:
        // "يدعو روسيا إلى").
        const objFrom =
          subject.length && subject[0]!.from > m.from ? subject[subject.length - 1]!.to : m.from + 1;
        const obj = s.actors.find(
          (p) =>
            p.from >= objFrom &&
            p.from <= objFrom + 1 &&
            s.clauses.clause[p.from] === clause &&
            prepositionOf(s, p) === null &&
            p.kind !== 'modifier' &&
            !p.placeOnly,
        );
        if (obj && !subj.includes(obj)) add(entry.args.get('obj'), withCoordinated(s, obj));
        if (m.key.analysis.pronoun && entry.args.get('obj') === 'target') {
          const a = antecedent(s, m.from, ctx, subj);
          if (a) add('target', [a]);
        }
        if (subject.length) ctx.topic = subject;
      }
    } else {
      const gen = genitiveOf(s, m.to);
      let possessor: ActorPhrase[] = [];
      if (m.key.analysis.pronoun) {
        const a = antecedent(s, m.from, ctx, []);
        if (a) possessor = [a];
      }
      const hasActor = gen.actors.length > 0 || gen.nisba !== null || possessor.length > 0;
      const evidence = nominalEvidence(
        s,
        m,
        ctx,
        hasActor || actorsAfter(s, m.to, clause).some((a) => a.prep !== null && entry.args.has(a.prep)),
      );
      if (!evidence.ok) {
        say(`dropped: ${evidence.reason}`);
        continue;
      }
      reason = evidence.reason;
      argsFrom = evidence.argsFrom;
      add(entry.args.get('gen'), gen.actors.length ? gen.actors : possessor);
      // A nisba on the noun names its agent (غارات إسرائيلية), in the genitive's role.
      if (gen.nisba) add(entry.args.get('gen') ?? 'source', [gen.nisba]);
      // The subject of the light verb is the noun's own agent, in the genitive's role: the caller of
      // "أجرى بوتين مكالمة" (source), the committer of "جرائم الحرب التي ترتكبها القوات" (the accused).
      const agentRole = entry.args.get('gen') ?? 'source';
      if (agentRole === 'target' ? !target.length : !source.length) add(agentRole, evidence.source);
    }
    // Prepositional arguments in the clause after the trigger (or in its relative clause).
    const seenPreps = new Set<string>();
    const argsAt = argsFrom ?? m.to;
    for (const { phrase, prep } of actorsAfter(s, argsAt, s.clauses.clause[argsAt] ?? clause)) {
      if (prep === null || seenPreps.has(prep)) continue;
      const role = entry.args.get(prep);
      if (!role || role === 'none') continue;
      seenPreps.add(prep);
      if (source.includes(phrase) || target.includes(phrase)) continue;
      const group = withCoordinated(s, phrase);
      // بين X و Y: X acts, Y is the other side (اشتباكات بين الشرطة ومحتجين).
      if (prep === BETWEEN && group.length > 1) {
        add('source', group.slice(0, 1));
        add('target', group.slice(1));
      } else add(role, group);
    }
    for (let j = m.to; j < Math.min(s.tokens.length, m.to + 6); j++) {
      const prep = PRONOUN_PREPS.get(s.tokens[j]!.norm);
      if (!prep || s.clauses.clause[j] !== clause || seenPreps.has(prep)) continue;
      const role = entry.args.get(prep);
      if (role !== 'source' && role !== 'target') continue;
      const a = antecedent(s, j, ctx, source);
      if (a) add(role, [a]);
      seenPreps.add(prep);
    }
    const attribution = attributionAt(s.attribution, m.from, s.quoteSpeaker[m.from] ?? null);
    // A speech act with no explicit actor is the speaker's: "أكد أن كييف ليست جدية" — Russia accuses Kyiv.
    if (!source.length && SPEECH_TYPES.has(entry.type)) {
      const speakerScope = [...s.attribution.scopes]
        .reverse()
        .find((sc) => sc.from <= m.from && m.from < sc.to && sc.speaker.phrase);
      const speaker = speakerScope?.speaker.phrase ?? s.quoteSpeaker[m.from]?.phrase ?? null;
      if (speaker) add('source', [speaker]);
    }
    // Who the act is aimed at when no slot named it: the first actor after the trigger in its clause, or the
    // nation of what it is about ("رفض المملكة نقل السفارة الأميركية" is aimed at the United States).
    if (!target.length && SPEECH_TYPES.has(entry.type)) {
      const aimed = s.actors.find(
        (p) =>
          p.from >= m.to &&
          s.clauses.clause[p.from] === clause &&
          !p.placeOnly &&
          !source.includes(p) &&
          (p.kind !== 'modifier' || p.country),
      );
      if (aimed) add('target', [aimed]);
    }
    // Parties named together as the subject of a symmetric act: the first acts, the others are the other side
    // ("وقع البلدان ... إثيوبيا وإريتريا": annotation rule for X و Y).
    if (!target.length && source.length > 1 && SYMMETRIC_TYPES.has(entry.type))
      target.push(...source.splice(1));
    const src = dedupe(source.filter((p) => !p.placeOnly).map((p) => withFocus(p, ctx.focus)));
    // A speech act is the speaker's own act, reported by the outlet: "قال الوزير إنه يرفض" is a REJECT by the
    // minister with no attribution. Material acts keep the speaker who reports them.
    const asserted = SPEECH_TYPES.has(entry.type)
      ? attribution.filter(
          (a) =>
            !src.some(
              (p) =>
                (p.entity !== null && p.entity.id === a.entity) ||
                ctx.original.slice(p.start, p.end) === a.text,
            ),
        )
      : attribution;
    const srcKeys = new Set(src.map(actorKey));
    const tgt = dedupe(
      target.filter((p) => !p.placeOnly && !srcKeys.has(actorKey(p))).map((p) => withFocus(p, ctx.focus)),
    );
    // An appeal with an addressee is a demand: "دعا الحكومة إلى الانسحاب" is REQUEST 100 (the parallel 10x
    // code), "دعا إلى الحوار" stays an uncoded 02x appeal (docs/annotation.md, section 4).
    let code = ctx.lexicon.codebook.get(entry.cameo)!;
    if (entry.cameo.startsWith('02') && tgt.length)
      code = ctx.lexicon.codebook.get('10' + entry.cameo.slice(2)) ?? code;
    // A meeting with neither side named is a mention or another sense (استقبل في صحف أخرى). Attacks are
    // kept: their victims are often counts, not actors (قتل 5 في انفجار).
    if (!src.length && !tgt.length && entry.type === 'CONSULT') {
      say('dropped: no actor on either side');
      continue;
    }
    const time = governingTime(s, m);
    const { modality, cue } = modalityOf(s, m, ctx, time);
    const date = time
      ? { value: time.value, text: time.text, resolved: time.value !== null }
      : { value: ctx.published, text: null, resolved: false };
    const confidence = Math.min(
      0.95,
      (verbal ? 0.6 : 0.5) +
        (src.length ? 0.15 : 0) +
        (tgt.length ? 0.1 : 0) +
        (reason === 'support verb' ? 0.1 : 0),
    );
    say(
      `coded (${reason}; ${modality}${cue ? ` by ${cue}` : ''}); source ${src.map((p) => p.code ?? '?').join('+') || '-'}, target ${tgt.map((p) => p.code ?? '?').join('+') || '-'}`,
    );
    out.push({
      match: m,
      code,
      sentence: s.index,
      paragraph: s.paragraph,
      source: src,
      target: tgt,
      modality,
      attribution: asserted,
      date,
      location: locationOf(s, m, ctx),
      confidence: Number(confidence.toFixed(2)),
      reason,
    });
  }
  return out;
}
