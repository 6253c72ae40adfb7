/**
 * Merging across articles: reports of the same real event by different articles (or outlets) become one
 * story-level event that lists every report and flags the details the reports disagree on.
 *
 * Only events that are asserted, have a PLOVER type and a resolved calendar day take part: a negated, future
 * or hypothetical event is not something that happened, a CAMEO-only statement (01x) is too generic to
 * identify across articles, and an event whose day is only the publication date could be any day before it.
 *
 * Two reports are the same event when they have the same type, days at most one day apart (a report dated
 * "yesterday" by a morning paper), compatible places (no two different countries) and compatible actors.
 * Entity ids are per article, so actors are compared by identity (Wikidata id, else a person's name) when
 * both sides know it, and otherwise by country and sector codes. Two different known identities never match
 * (Putin's call and Lavrov's call on the same day are two events). Actors must match on the source side;
 * an event with no known source can still merge through its targets when both reports name the same place.
 *
 * The candidates arrive in day order and a story accepts reports up to one day after its first one, so only
 * the stories of the last two days are open at any time: memory stays bounded on any archive.
 */
import type { Event } from '../model.js';
import { normalizeKey } from '../lang/ar/normalize.js';

export type StoryFlag = 'date-conflict' | 'location-conflict' | 'actor-conflict';

/** What is known about one actor of one report. */
export interface ActorFacts {
  wikidata: string | null;
  /** The entity's type and name, when the actor is an entity. */
  type: string | null;
  name: string | null;
  country: string | null;
  sector: string | null;
}

export interface ActorKey {
  /** `wd:Q7747` or `name:vladimir putin`: the same person or organisation across articles. */
  identity: string | null;
  country: string | null;
  sector: string | null;
}

export interface PlaceKey {
  country: string | null;
  /** `geo:<geonameid>` or the normalised place name. */
  name: string | null;
}

export interface MergeCandidate {
  /** The store's keys for the event and its article (opaque to the merger). */
  event: number;
  article: number;
  type: string;
  /** YYYY-MM-DD */
  date: string;
  source: ActorKey[];
  target: ActorKey[];
  place: PlaceKey | null;
}

export interface MergedStory {
  type: string;
  /** The date most reports give, the earliest among ties. */
  date: string;
  dateFrom: string;
  dateTo: string;
  reports: { event: number; article: number; date: string }[];
  flags: StoryFlag[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Events that take part in cross-article merging. */
export function isMergeable(e: Event): boolean {
  return (
    e.modality === 'asserted' &&
    e.type !== null &&
    e.date.resolved &&
    e.date.value !== null &&
    DAY.test(e.date.value)
  );
}

/**
 * A person's name identifies them across articles; an organisation's or a group's does not ("القوات الروسية"
 * and "الجيش الروسي" are one actor that only the codes show), unless Wikidata says which one it is.
 */
export function actorKey(f: ActorFacts): ActorKey {
  const identity = f.wikidata
    ? `wd:${f.wikidata}`
    : f.type === 'PERSON' && f.name
      ? `name:${normalizeKey(f.name)}`
      : null;
  return { identity, country: f.country, sector: f.sector };
}

export function placeKey(
  loc: { country: string | null; geonameid: number | null; text: string } | null,
): PlaceKey | null {
  if (!loc) return null;
  const name =
    loc.geonameid !== null ? `geo:${loc.geonameid}` : loc.text.trim() ? normalizeKey(loc.text) : null;
  return { country: loc.country, name };
}

// Meetings, calls and agreements have participants rather than a direction: "A met B" and "B met A" are
// one event, and a meeting with other participants is another meeting.
const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

type Relation =
  { kind: 'unknown' } | { kind: 'different' } | { kind: 'match'; score: number; conflict: boolean };

const known = (k: ActorKey): boolean => k.identity !== null || k.country !== null;

/** 2: same identity; 1: same country and sector; 0.5: same country, other sector (a conflict); 0: no. */
function pairScore(a: ActorKey, b: ActorKey): number {
  if (a.identity !== null && b.identity !== null) return a.identity === b.identity ? 2 : 0;
  if (a.country === null || a.country !== b.country) return 0;
  return a.sector === null || b.sector === null || a.sector === b.sector ? 1 : 0.5;
}

/**
 * A report's actor that matched the story but disagrees with what the story knows of that country: another
 * sector (the army where the story has the government) or another named person in the same role.
 */
function disagrees(x: ActorKey, story: ActorKey[]): boolean {
  const same = story.filter((y) => y.country !== null && y.country === x.country);
  if (x.sector !== null) {
    const sectors = same.filter((y) => y.sector !== null);
    if (sectors.length > 0 && !sectors.some((y) => y.sector === x.sector)) return true;
  }
  if (x.identity !== null) {
    const named = same.filter(
      (y) => y.identity !== null && (y.sector === null || x.sector === null || y.sector === x.sector),
    );
    if (named.length > 0 && !named.some((y) => y.identity === x.identity)) return true;
  }
  return false;
}

function relate(story: ActorKey[], report: ActorKey[], subset: boolean): Relation {
  const a = story.filter(known);
  const b = report.filter(known);
  if (a.length === 0 || b.length === 0) return { kind: 'unknown' };
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  let matched = 0;
  let score = 0;
  let conflict = false;
  for (const x of small) {
    const best = Math.max(...large.map((y) => pairScore(x, y)));
    if (best === 0) continue;
    matched++;
    score += best;
    if (best < 1) conflict = true;
  }
  if (matched === 0 || (subset && matched < small.length)) return { kind: 'different' };
  if (matched < small.length || b.some((x) => disagrees(x, a))) conflict = true;
  return { kind: 'match', score, conflict };
}

interface OpenStory {
  type: string;
  anchor: number;
  articles: Set<number>;
  source: ActorKey[];
  target: ActorKey[];
  places: PlaceKey[];
  reports: { event: number; article: number; date: string }[];
  flags: Set<StoryFlag>;
}

interface Fit {
  score: number;
  flags: StoryFlag[];
}

function placeFit(
  places: PlaceKey[],
  place: PlaceKey | null,
): { ok: boolean; same: boolean; conflict: boolean } {
  if (!place || places.length === 0) return { ok: true, same: false, conflict: false };
  let same = false;
  let conflict = false;
  for (const p of places) {
    if (p.country !== null && place.country !== null && p.country !== place.country)
      return { ok: false, same, conflict };
    if (p.name !== null && p.name === place.name) same = true;
    else conflict = true;
  }
  return { ok: true, same, conflict: conflict && !same };
}

function fit(story: OpenStory, c: MergeCandidate): Fit | null {
  const place = placeFit(story.places, c.place);
  if (!place.ok) return null;
  let src: Relation;
  let tgt: Relation;
  if (SYMMETRIC.has(c.type)) {
    src = relate([...story.source, ...story.target], [...c.source, ...c.target], true);
    tgt = { kind: 'unknown' };
  } else {
    src = relate(story.source, c.source, false);
    tgt = relate(story.target, c.target, false);
  }
  if (src.kind === 'different' || tgt.kind === 'different') return null;
  if (src.kind === 'unknown' && !(tgt.kind === 'match' && place.same)) return null;
  const flags: StoryFlag[] = [];
  if ((src.kind === 'match' && src.conflict) || (tgt.kind === 'match' && tgt.conflict))
    flags.push('actor-conflict');
  if (place.conflict) flags.push('location-conflict');
  const score =
    (src.kind === 'match' ? src.score : 0) + (tgt.kind === 'match' ? tgt.score : 0) + (place.same ? 1 : 0);
  return { score, flags };
}

const dayNumber = (d: string): number =>
  Math.floor(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000);

const keyString = (k: ActorKey): string => `${k.identity ?? ''}|${k.country ?? ''}|${k.sector ?? ''}`;

function addKeys(into: ActorKey[], keys: ActorKey[]): void {
  const have = new Set(into.map(keyString));
  for (const k of keys) if (!have.has(keyString(k))) into.push(k);
}

function close(s: OpenStory): MergedStory {
  const counts = new Map<string, number>();
  for (const r of s.reports) counts.set(r.date, (counts.get(r.date) ?? 0) + 1);
  const dates = [...counts.keys()].sort();
  const date = dates.reduce(
    (best, d) => ((counts.get(d) ?? 0) > (counts.get(best) ?? 0) ? d : best),
    dates[0]!,
  );
  const flags = new Set(s.flags);
  if (dates.length > 1) flags.add('date-conflict');
  const order: StoryFlag[] = ['date-conflict', 'location-conflict', 'actor-conflict'];
  return {
    type: s.type,
    date,
    dateFrom: dates[0]!,
    dateTo: dates[dates.length - 1]!,
    reports: s.reports,
    flags: order.filter((f) => flags.has(f)),
  };
}

/**
 * Groups candidates, fed in (date, article, event) order, into stories. `add` returns the stories that can
 * no longer grow; `finish` returns the rest. Every candidate ends up in exactly one story (most alone).
 */
export class StoryBuilder {
  private open: OpenStory[] = [];

  add(c: MergeCandidate): MergedStory[] {
    const day = dayNumber(c.date);
    const closed: MergedStory[] = [];
    while (this.open.length > 0 && this.open[0]!.anchor < day - 1) closed.push(close(this.open.shift()!));
    let best: { story: OpenStory; fit: Fit } | null = null;
    for (const s of this.open) {
      if (s.type !== c.type || s.articles.has(c.article)) continue;
      const f = fit(s, c);
      if (f && (!best || f.score > best.fit.score)) best = { story: s, fit: f };
    }
    const report = { event: c.event, article: c.article, date: c.date };
    if (best) {
      const s = best.story;
      s.reports.push(report);
      s.articles.add(c.article);
      addKeys(s.source, c.source);
      addKeys(s.target, c.target);
      if (c.place) s.places.push(c.place);
      for (const f of best.fit.flags) s.flags.add(f);
    } else {
      this.open.push({
        type: c.type,
        anchor: day,
        articles: new Set([c.article]),
        source: [...c.source],
        target: [...c.target],
        places: c.place ? [c.place] : [],
        reports: [report],
        flags: new Set(),
      });
    }
    return closed;
  }

  finish(): MergedStory[] {
    const rest = this.open.map(close);
    this.open = [];
    return rest;
  }
}
