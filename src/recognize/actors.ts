/**
 * Actor phrases: dictionary chunks composed into the actors events need, resolved to entities.
 *   role + nisba + name   الرئيس الروسي فلاديمير بوتين      → Putin (mention: فلاديمير بوتين)
 *   role + nisba          الجيش الإسرائيلي                  → ISR MIL
 *   role + nisba, dated   الرئيس الفرنسي (2018-05-14)       → the president in office; without a date, FRA GOV
 *   counterpart           نظيره الفرنسي                      → the French holder of the antecedent's office
 *   dual role             الرئيسين الفرنسي والروسي           → two actors
 *   title + unknown name  العقيد أحمد المسماري               → a new PERSON entity
 */

import type { Token } from '../lang/ar/tokenize.js';
import { FUNCTION_WORDS } from '../lang/ar/function-words.js';
import { INTERNATIONAL_CODES, type AgentEntry, type NameEntry, type Role } from '../lexicon/entries.js';
import { officeHolder, type Lexicon } from '../lexicon/index.js';
import type { Chunk } from './chunks.js';
import { actorCode, EntityRegistry, type RegisteredEntity } from './entities.js';
import type { EntityType, MentionKind } from '../model.js';
import type { TokenKey } from './keys.js';

export type PhraseKind = 'person' | 'org' | 'place' | 'role' | 'group' | 'modifier';

export interface ActorPhrase {
  sentence: number;
  /** Token range of the whole phrase within the sentence. */
  from: number;
  to: number;
  /** Original offsets of the phrase without its leading clitics. */
  start: number;
  end: number;
  /** Proclitics on the first token (و، ب، ل، ...). */
  prefixes: string[];
  kind: PhraseKind;
  entity: RegisteredEntity | null;
  type: EntityType;
  country: string | null;
  sector: string | null;
  code: string | null;
  office: string | null;
  number: 'singular' | 'dual' | 'plural';
  /** A place that is only a location here (a city, a region): not an actor unless it is a capital. */
  placeOnly: boolean;
  /** Pronoun suffix on the phrase's last word (حكومته): its possessor is resolved by coreference. */
  pronoun: string | null;
}

export interface ArticleContext {
  lexicon: Lexicon;
  original: string;
  date: string | null;
  registry: EntityRegistry;
  /** Surnames of people named in full earlier in the article → their entity. */
  aliases: Map<string, RegisteredEntity>;
  /** Persons mentioned so far, most recent last, with the office they held (for نظيره). */
  persons: { entity: RegisteredEntity; office: string | null }[];
  /** How often each country was mentioned by any actor phrase (names, roles, nisbas). */
  countryCounts: Map<string, number>;
  /** How often each country was named as a place (its name or capital): "البلاد" is the most named. */
  placeCounts: Map<string, number>;
  /** Given names seen in the people dictionaries: an unknown name after a role starts with one. */
  givenNames: ReadonlySet<string>;
}

const COUNTERPART = 'نظير';
const FORMER = new Set(['السابق', 'السابقه', 'الاسبق', 'الاسبقه', 'السابقين', 'السابقون']);
const NAME_LINKS = new Set(['بن', 'ابن', 'ابو', 'ام', 'ال', 'عبد', 'بنت', 'ولد']);
const FOCUS_COUNTRY = new Set(['البلاد']);

interface SentenceInput {
  index: number;
  tokens: Token[];
  keys: TokenKey[][];
  chunks: Chunk[];
  norm: { map: Uint32Array };
}

function isWord(t: Token | undefined): boolean {
  return !!t && (t.kind === 'arabic' || t.kind === 'latin');
}

function prefixLength(key: TokenKey): number {
  const stem = key.analysis.parts.find((p) => p.role === 'stem');
  const articleInKey = key.key.startsWith('ال') && key.analysis.article;
  const article = key.analysis.parts.find((p) => p.role === 'article');
  // The article belongs to the name when the key keeps it (الكرملين in بالكرملين starts at the article), unless
  // it is the assimilated لل of ل + ال: "لسعودية" would read as a clitic, so the name starts at the stem.
  if (articleInKey && article && article.to - article.from === 2) return article.from;
  return stem ? stem.from : 0;
}

function clitics(key: TokenKey): string[] {
  return key.analysis.prefixes.filter((p) => p !== 'ال');
}

export function findActors(ctx: ArticleContext, s: SentenceInput): ActorPhrase[] {
  const out: ActorPhrase[] = [];
  const { tokens, chunks } = s;
  const startOf = (tokenIndex: number, key: TokenKey | null) => {
    const t = tokens[tokenIndex]!;
    if (!key) return t.start;
    return s.norm.map[t.nstart + prefixLength(key)]!;
  };
  const endOf = (tokenIndex: number, key: TokenKey | null) => {
    const t = tokens[tokenIndex]!;
    if (key?.analysis.pronoun) return s.norm.map[t.nstart + key.analysis.stemTo]!;
    return t.end;
  };
  const mention = (
    entity: RegisteredEntity,
    from: number,
    to: number,
    key: TokenKey | null,
    kind: MentionKind,
  ) => {
    const start = startOf(from, key);
    const end = endOf(to - 1, to - 1 === from ? key : null);
    ctx.registry.mention(
      entity,
      { start, end, text: ctx.original.slice(start, end), sentence: s.index },
      kind,
    );
  };
  const phrase = (p: Omit<ActorPhrase, 'sentence' | 'start' | 'end' | 'prefixes'>, key: TokenKey | null) => {
    const ap: ActorPhrase = {
      ...p,
      sentence: s.index,
      start: startOf(p.from, key),
      end: endOf(p.to - 1, p.to - 1 === p.from ? key : null),
      prefixes: key ? clitics(key) : [],
    };
    out.push(ap);
    // News agencies and outlets say where a report comes from, not what it is about.
    if (ap.country && ap.sector !== 'JRN')
      ctx.countryCounts.set(ap.country, (ctx.countryCounts.get(ap.country) ?? 0) + 1);
    if (ap.country && ap.kind === 'place' && !ap.placeOnly)
      ctx.placeCounts.set(ap.country, (ctx.placeCounts.get(ap.country) ?? 0) + 1);
    return ap;
  };

  let ci = 0;
  while (ci < chunks.length) {
    const c = chunks[ci]!;
    const next = (k: number) => {
      const n = chunks[ci + k];
      const prev = k === 1 ? c : chunks[ci + k - 1];
      return n && prev && n.from === prev.to ? n : undefined;
    };
    if (c.kind === 'agent') {
      ci = composeRole(ctx, s, ci, phrase, mention);
      continue;
    }
    if (c.kind === 'name') {
      const entry = pickName(ctx, c.values, next(1));
      const entity = nameEntity(ctx, entry);
      mention(entity, c.from, c.to, c.first, 'name');
      let to = c.to;
      const adj = next(1);
      if (adj?.kind === 'adj' && entry.kind === 'org' && clitics(adj.first).length === 0) to = adj.to;
      if (entry.kind === 'person') {
        ctx.persons.push({ entity, office: entity.office ?? null });
        registerSurname(ctx, s, c.from, c.to, entity);
      }
      phrase(
        {
          from: c.from,
          to,
          kind: entry.kind === 'person' ? 'person' : entry.kind === 'org' ? 'org' : 'place',
          entity,
          type: entry.type,
          country: entry.country,
          sector: actorSector(entry),
          // A country or its capital as an actor is its government (موسكو، روسيا → RUSGOV); as a place it is a
          // place. International bodies carry no sector (annotation rule 8.10).
          code: actorCode(entry.country, actorSector(entry), entry.code),
          office: entity.office ?? null,
          number: 'singular',
          placeOnly: entry.kind === 'city' || entry.kind === 'region',
          pronoun: null,
        },
        c.first,
      );
      ci++;
      continue;
    }
    if (c.kind === 'title') {
      const name = unknownName(ctx, s, c.to);
      if (name) {
        const entity = unknownPerson(ctx, s, name.from, name.to, c.values[0]?.sector ?? null);
        mention(entity, name.from, name.to, null, 'name');
        phrase(personPhrase(c.from, name.to, entity), c.first);
        ci++;
        while (chunks[ci] && chunks[ci]!.from < name.to) ci++;
        continue;
      }
      ci++;
      continue;
    }
    // An adjective standing alone at the head of a noun phrase names the people or the state
    // (الروس، الإسرائيليون); after a noun it modifies that noun (الغارات الإسرائيلية).
    const adj = c.values[0]!;
    const prev = tokens[c.from - 1];
    const standsAlone =
      !isWord(prev) || FUNCTION_WORDS.has(prev!.norm) || clitics(c.first).length > 0 || c.from === 0;
    phrase(
      {
        from: c.from,
        to: c.to,
        kind: adj.plural && standsAlone ? 'group' : 'modifier',
        entity: null,
        type: 'ORG',
        country: adj.country,
        sector: null,
        code: adj.country,
        office: null,
        number: adj.plural ? 'plural' : 'singular',
        placeOnly: false,
        pronoun: null,
      },
      c.first,
    );
    ci++;
  }
  addAliasMentions(ctx, s, out, mention, phrase);
  return out;
}

type PhraseFn = (
  p: Omit<ActorPhrase, 'sentence' | 'start' | 'end' | 'prefixes'>,
  key: TokenKey | null,
) => ActorPhrase;
type MentionFn = (
  entity: RegisteredEntity,
  from: number,
  to: number,
  key: TokenKey | null,
  kind: MentionKind,
) => void;

function personPhrase(
  from: number,
  to: number,
  entity: RegisteredEntity,
): Omit<ActorPhrase, 'sentence' | 'start' | 'end' | 'prefixes'> {
  return {
    from,
    to,
    kind: 'person',
    entity,
    type: 'PERSON',
    country: entity.country,
    sector: entity.sector,
    code: entity.code,
    office: entity.office ?? null,
    number: 'singular',
    placeOnly: false,
    pronoun: null,
  };
}

/** نظيره (his counterpart): a role whose office is the antecedent's, resolved at composition time. */
export const COUNTERPART_AGENT: AgentEntry = {
  nameAr: COUNTERPART,
  sector: 'GOV',
  office: null,
  country: null,
  type: 'PERSON',
  number: 'singular',
  rule: 'grammar:counterpart',
};

/** Chunks plus a synthetic role chunk for every نظيره-type token. */
export function withCounterparts(s: { keys: TokenKey[][]; chunks: Chunk[] }): Chunk[] {
  const extra: Chunk[] = [];
  s.keys.forEach((keys, i) => {
    const key = keys.find((k) => k.bare === COUNTERPART && k.analysis.pronoun !== null);
    if (key && !s.chunks.some((c) => c.from <= i && i < c.to)) {
      extra.push({ kind: 'agent', from: i, to: i + 1, first: key, values: [COUNTERPART_AGENT] });
    }
  });
  return extra.length ? [...s.chunks, ...extra].sort((a, b) => a.from - b.from) : s.chunks;
}

/**
 * A role noun (or نظيره) with what follows it: nisba adjectives, a genitive country or body, and an
 * apposed name. Returns the index of the next unconsumed chunk.
 */
function composeRole(
  ctx: ArticleContext,
  s: SentenceInput,
  ci: number,
  phrase: PhraseFn,
  mention: MentionFn,
): number {
  const chunks = s.chunks;
  const head = chunks[ci]!;
  const agent = head.values[0] as AgentEntry;
  const counterpart = agent === COUNTERPART_AGENT;
  const from = head.from;
  let to = head.to;
  let k = ci + 1;
  const countries: string[] = [];
  let genitive: NameEntry | null = null;
  let person: RegisteredEntity | null = null;
  // The next chunk when it starts where the phrase so far ends.
  const adjacent = () => {
    const c = chunks[k];
    return c && c.from === to ? c : undefined;
  };
  const takePerson = (c: Chunk & { kind: 'name' }, entry: NameEntry) => {
    person = nameEntity(ctx, entry);
    mention(person, c.from, c.to, c.first, 'name');
    registerSurname(ctx, s, c.from, c.to, person);
    to = c.to;
    k++;
  };
  const takeUnknown = (at: number) => {
    const name = unknownName(ctx, s, at);
    if (!name) return false;
    const country = countries[0] ?? genitive?.country ?? null;
    person = unknownPerson(ctx, s, name.from, name.to, agent.sector, country, agent.office);
    mention(person, name.from, name.to, null, 'name');
    to = name.to;
    return true;
  };

  // Nisba adjectives; a second one only with و (الرئيسين الفرنسي والروسي).
  for (let c = adjacent(); c?.kind === 'adj'; c = adjacent()) {
    const conj = clitics(c.first);
    if (conj.length > 0 && !(conj.length === 1 && conj[0] === 'و' && countries.length > 0)) break;
    countries.push(c.values[0]!.country);
    to = c.to;
    k++;
  }
  // "الرئيس الفرنسي السابق": a former holder is not resolved to today's (annotation rule 8.10: ELI).
  let former = false;
  if (FORMER.has(s.tokens[to]?.norm ?? '')) {
    former = true;
    to++;
    while (chunks[k] && chunks[k]!.from < to) k++;
  }
  // A genitive country or body (وزير خارجية روسيا، الأمين العام لحزب الله), or the person's name.
  const g = adjacent();
  if (g?.kind === 'name' && clitics(g.first).every((p) => p === 'ل')) {
    const entry = pickName(ctx, g.values, undefined);
    if (entry.kind === 'person' && clitics(g.first).length === 0) takePerson(g, entry);
    else if (
      entry.kind !== 'person' &&
      entry.kind !== 'city' &&
      entry.kind !== 'region' &&
      countries.length === 0
    ) {
      genitive = entry;
      mention(nameEntity(ctx, entry), g.from, g.to, g.first, 'name');
      to = g.to;
      k++;
    }
  }
  // A role of a body named by another agent: المتحدث باسم الجيش الإسرائيلي، قائد الشرطة المصرية.
  let inner: ActorPhrase | null = null;
  const a = adjacent();
  // Only relational roles take their body from what follows (agents.tsv leaves their sector empty).
  if (
    !person &&
    !genitive &&
    countries.length === 0 &&
    agent.sector === null &&
    a?.kind === 'agent' &&
    clitics(a.first).every((p) => p === 'ل')
  ) {
    const captured: ActorPhrase[] = [];
    k = composeRole(
      ctx,
      s,
      k,
      (p, key) => {
        const ap = { ...p, sentence: s.index, start: 0, end: 0, prefixes: key ? clitics(key) : [] };
        captured.push(ap);
        return ap;
      },
      mention,
    );
    inner = captured[0] ?? null;
    if (inner) {
      to = inner.to;
      if (inner.country) countries.push(inner.country);
    }
  }
  if (!person && !counterpart) {
    const p = adjacent();
    if (p?.kind === 'name' && clitics(p.first).length === 0) {
      const entry = pickName(ctx, p.values, undefined);
      if (entry.kind === 'person') takePerson(p, entry);
    } else if (p?.kind === 'title') {
      if (takeUnknown(p.to)) k++;
    } else if (!p && agent.type === 'PERSON' && agent.number === 'singular') {
      takeUnknown(to);
    }
  }
  if (counterpart && !person) {
    const p = adjacent();
    if (p?.kind === 'name' && clitics(p.first).length === 0) {
      const entry = pickName(ctx, p.values, undefined);
      if (entry.kind === 'person') takePerson(p, entry);
    }
  }
  while (chunks[k] && chunks[k]!.from < to) k++;

  const office = former ? null : counterpart ? counterpartOffice(ctx) : agent.office;
  // A body named after the role decides the sector (مسؤولو غوغل are BUS, المتحدث باسم الكرملين GOV);
  // a country only gives the nationality.
  const sector = former
    ? 'ELI'
    : genitive && genitive.kind === 'org'
      ? (genitive.sector ?? agent.sector)
      : (agent.sector ?? inner?.sector ?? genitive?.sector ?? null);
  if (countries.length === 0 && !genitive && agent.country) countries.push(agent.country);
  if (person) {
    const entity: RegisteredEntity = person;
    // The role before the name is a nominal mention of the same person (نظيره التركي رجب طيب أردوغان).
    const nameStart = entity.mentions[entity.mentions.length - 1]!.start;
    const roleEnd = s.tokens.findIndex((t) => t.start >= nameStart);
    if (roleEnd > from) mention(entity, from, roleEnd, head.first, 'nominal');
    ctx.persons.push({ entity, office: entity.office ?? office });
    phrase(personPhrase(from, to, entity), head.first);
    return k;
  }
  const dual = agent.number === 'dual' || countries.length > 1;
  const list: (string | null)[] = countries.length > 0 ? countries : [genitive?.country ?? null];
  for (const country of list) {
    const holder =
      office && country && ctx.date ? officeHolder(ctx.lexicon, office, country, ctx.date) : null;
    if (holder) {
      const entity = nameEntity(ctx, holder);
      mention(entity, from, to, head.first, 'nominal');
      ctx.persons.push({ entity, office });
      phrase({ ...personPhrase(from, to, entity), office, number: dual ? 'dual' : 'singular' }, head.first);
      continue;
    }
    const text = ctx.original.slice(s.tokens[from]!.start, s.tokens[to - 1]!.end);
    const entity =
      country || genitive
        ? describedEntity(
            ctx,
            `role:${office ?? agent.nameAr}:${country ?? ''}:${genitive?.id ?? ''}:${sector ?? ''}`,
            agent.type,
            text,
            country,
            sector,
            office,
          )
        : null;
    if (entity) mention(entity, from, to, head.first, 'nominal');
    phrase(
      {
        from,
        to,
        kind: agent.type === 'PERSON' ? 'role' : 'group',
        entity,
        type: agent.type,
        country,
        sector,
        code: entity?.code ?? sector,
        office,
        number: dual ? 'dual' : agent.number,
        placeOnly: false,
        pronoun: entity ? null : head.first.analysis.pronoun,
      },
      head.first,
    );
  }
  return k;
}

const INTERNATIONAL_BODIES = new Set(['IGO', 'UNO', 'EUR']);

function actorSector(entry: NameEntry): string | null {
  if (
    (entry.kind === 'capital' || entry.kind === 'country') &&
    !(INTERNATIONAL_CODES as readonly string[]).includes(entry.country ?? '')
  )
    return 'GOV';
  if (entry.kind === 'org' && INTERNATIONAL_BODIES.has(entry.country ?? '')) return null;
  return entry.sector;
}

/** The office of the most recent person with one: the office نظيره (his counterpart) refers to. */
function counterpartOffice(ctx: ArticleContext): string | null {
  for (let i = ctx.persons.length - 1; i >= 0; i--) {
    const p = ctx.persons[i]!;
    const office = p.office ?? currentOffice(ctx, p.entity);
    if (office) return office;
  }
  return null;
}

function currentOffice(ctx: ArticleContext, entity: RegisteredEntity): string | null {
  if (!entity.entry || !ctx.date) return null;
  const date = ctx.date;
  const role = entity.entry.roles.find(
    (r) => r.from <= date && date <= r.to && r.where === entity.entry!.country,
  );
  return role?.office ?? null;
}

/** Among homonymous entries, prefer the one whose country the article is about. */
function pickName(ctx: ArticleContext, values: NameEntry[], after: Chunk | undefined): NameEntry {
  if (values.length === 1) return values[0]!;
  const adjCountry = after?.kind === 'adj' ? after.values[0]!.country : null;
  const precedence: NameEntry['kind'][] = ['person', 'org', 'country', 'capital', 'region', 'city'];
  let best = values[0]!;
  let bestScore = -Infinity;
  for (const v of values) {
    let score = -precedence.indexOf(v.kind);
    if (adjCountry && v.country === adjCountry) score += 100;
    score += Math.min(10, ctx.countryCounts.get(v.country ?? '') ?? 0);
    if (score > bestScore) {
      best = v;
      bestScore = score;
    }
  }
  return best;
}

function nameEntity(ctx: ArticleContext, entry: NameEntry): RegisteredEntity {
  const role = entry.kind === 'person' && ctx.date ? roleOn(entry, ctx.date) : null;
  // An office in a body (LEADER@hezbollah, SECGEN@who) takes that body's nationality and sector.
  const body = role ? ctx.lexicon.actors.orgs.get(role.where) : undefined;
  const sector = role
    ? body
      ? body.sector
      : officeSector(role.office)
    : entry.kind === 'capital'
      ? null
      : entry.sector;
  const key =
    entry.kind === 'capital'
      ? `country:${entry.country}:capital:${entry.nameAr}`
      : `${entry.kind}:${entry.id}`;
  return ctx.registry.ensure({
    key,
    type: entry.type,
    name: entry.name,
    nameAr: entry.nameAr,
    wikidata: entry.wikidata,
    country: body ? body.country : entry.country,
    sector,
    code: entry.code,
    office: role?.office ?? null,
    entry,
  });
}

/** Rank of an office when a person holds several at once: state offices first, the highest first. */
const OFFICE_RANK = [
  'PRESIDENT',
  'MONARCH',
  'SUPREME_LEADER',
  'PM',
  'CROWN_PRINCE',
  'VICE_PRESIDENT',
  'DEPUTY_PM',
];

/** The role a person held on a date; a state office beats an office in a party or movement held at once. */
function roleOn(entry: NameEntry, date: string): Role | null {
  let best: Role | null = null;
  const score = (r: Role) =>
    (r.where === entry.country ? 100 : 0) +
    (OFFICE_RANK.length - (OFFICE_RANK.indexOf(r.office) + 1 || OFFICE_RANK.length + 1));
  for (const r of entry.roles)
    if (r.from <= date && date <= r.to && (!best || score(r) > score(best))) best = r;
  return best;
}

function officeSector(office: string): string {
  if (office === 'ARMY_CHIEF') return 'MIL';
  if (office === 'SPEAKER') return 'LEG';
  if (office === 'INTEL_CHIEF') return 'SPY';
  return 'GOV';
}

function registerSurname(
  ctx: ArticleContext,
  s: SentenceInput,
  from: number,
  to: number,
  entity: RegisteredEntity,
) {
  if (to - from < 2) return;
  const last = s.tokens[to - 1]!.norm;
  if (!FUNCTION_WORDS.has(last) && !ctx.aliases.has(last)) ctx.aliases.set(last, entity);
}

/**
 * An unknown name after a title or a one-person role: 1–4 words that are not particles, stopping at
 * punctuation, a clitic-bearing word or a dictionary chunk, and starting with a known given name, so that
 * "أكد الرئيس ضرورة" does not make ضرورة a person.
 */
function unknownName(ctx: ArticleContext, s: SentenceInput, at: number): { from: number; to: number } | null {
  let to = at;
  while (to < s.tokens.length && to - at < 4) {
    const t = s.tokens[to]!;
    if (t.kind !== 'arabic' || FUNCTION_WORDS.has(t.norm)) break;
    if (s.chunks.some((c) => c.from === to)) break;
    if (ctx.lexicon.triggers.byFirst.has(t.norm)) break;
    const best = ctx.lexicon.segmenter.best(t.norm);
    const hasClitic = best.prefixes.some((p) => p !== 'ال');
    if (hasClitic && !(to > at && NAME_LINKS.has(t.norm))) break;
    to++;
  }
  if (to === at) return null;
  // Titles like فريق (team), لواء (brigade) or عميد (dean) are also common nouns: a name must start with a
  // known given name, after a title as after a role.
  if (!ctx.givenNames.has(s.tokens[at]!.norm)) return null;
  return { from: at, to };
}

function unknownPerson(
  ctx: ArticleContext,
  s: SentenceInput,
  from: number,
  to: number,
  sector: string | null,
  country: string | null = null,
  office: string | null = null,
): RegisteredEntity {
  const text = ctx.original.slice(s.tokens[from]!.start, s.tokens[to - 1]!.end);
  const key = `unknown:${s.tokens
    .slice(from, to)
    .map((t) => t.norm)
    .join(' ')}`;
  const entity = describedEntity(ctx, key, 'PERSON', text, country, sector, office);
  registerSurname(ctx, s, from, to, entity);
  ctx.persons.push({ entity, office });
  return entity;
}

/** An entity known only by the words of the text (an unknown name, a role): named by those words. */
function describedEntity(
  ctx: ArticleContext,
  key: string,
  type: EntityType,
  text: string,
  country: string | null,
  sector: string | null,
  office: string | null,
): RegisteredEntity {
  return ctx.registry.ensure({
    key,
    type,
    name: text,
    nameAr: text,
    wikidata: null,
    country,
    sector,
    code: null,
    office,
  });
}

/** Surnames of people named in full earlier (أردوغان after رجب طيب أردوغان), and "البلاد". */
function addAliasMentions(
  ctx: ArticleContext,
  s: SentenceInput,
  phrases: ActorPhrase[],
  mention: MentionFn,
  phrase: PhraseFn,
) {
  const covered = (i: number) =>
    phrases.some((p) => p.from <= i && i < p.to) || s.chunks.some((c) => c.from <= i && i < c.to);
  s.tokens.forEach((t, i) => {
    if (t.kind !== 'arabic' || covered(i)) return;
    for (const key of s.keys[i]!) {
      if (key.analysis.pronoun) continue;
      const alias = ctx.aliases.get(key.key);
      if (alias) {
        mention(alias, i, i + 1, key, 'name');
        phrase(personPhrase(i, i + 1, alias), key);
        ctx.persons.push({ entity: alias, office: alias.office ?? null });
        return;
      }
      if (FOCUS_COUNTRY.has(key.key)) {
        const focus = focusCountry(ctx);
        if (!focus) return;
        const entry = ctx.lexicon.actors.countries.get(focus);
        const entity = entry ? nameEntity(ctx, entry) : null;
        if (entity) mention(entity, i, i + 1, key, 'nominal');
        phrase(
          {
            from: i,
            to: i + 1,
            kind: 'place',
            entity,
            type: 'LOCATION',
            country: focus,
            sector: null,
            code: focus,
            office: null,
            number: 'singular',
            placeOnly: false,
            pronoun: null,
          },
          key,
        );
        return;
      }
    }
  });
  phrases.sort((a, b) => a.from - b.from);
}

/** The country most named so far (as a place, else by any actor): what "البلاد" and bare roles refer to. */
export function focusCountry(
  ctx: Pick<ArticleContext, 'placeCounts' | 'countryCounts' | 'lexicon'>,
): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of ctx.placeCounts.size ? ctx.placeCounts : ctx.countryCounts) {
    if (
      k > n &&
      ctx.lexicon.actors.countries.has(c) &&
      !(INTERNATIONAL_CODES as readonly string[]).includes(c)
    ) {
      best = c;
      n = k;
    }
  }
  return best;
}
