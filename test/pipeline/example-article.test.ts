/**
 * The hand-annotated example article (test/fixtures/macron-putin-call.{txt,json}): every required entity,
 * time and event, and nothing from the must_not list, with --date 2022-05-03.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis, Event, EventActor } from '../../src/model.js';
import { badSpans, fixture, sharedAnalyzer } from '../helpers.js';

interface GoldEntity {
  required: boolean;
  name: string;
  type: string;
  country: string;
  sector?: string | string[];
  alternatives?: string[];
  mentions_include: string[];
}
interface GoldTime {
  required: boolean;
  text: string;
  value?: string;
  kind?: string;
}
interface Codes {
  country?: string | string[];
  sector?: string | string[];
}
interface GoldEvent {
  id: string;
  required: boolean;
  evidence: string[];
  type: string | null;
  mode?: string;
  cameo: string[];
  actors_either_way?: Codes[];
  source?: Codes;
  target?: Codes;
  date?: string;
  modality?: string | string[];
  attribution_includes?: string;
  must_be_one_event?: boolean;
}
interface MustNot {
  what: string;
  type?: string | string[];
  evidence?: string[];
  modality?: string[];
  source?: Codes;
  target?: Codes;
  only_evidence?: boolean;
}

const text = fixture('macron-putin-call.txt');
const gold = JSON.parse(fixture('macron-putin-call.json')) as {
  entities: GoldEntity[];
  times: GoldTime[];
  events: GoldEvent[];
  must_not: MustNot[];
};
const oneOf = (allowed: string | string[] | undefined, value: string | null) =>
  allowed === undefined || (Array.isArray(allowed) ? allowed : [allowed]).includes(value ?? '');
const codesMatch = (c: Codes | undefined, actors: EventActor[]) =>
  !c || actors.some((a) => oneOf(c.country, a.country) && oneOf(c.sector, a.sector));

/** The event's evidence: the sentences of its mentions. */
function evidenceText(a: Analysis, e: Event): string {
  return e.mentions
    .map((m) => text.slice(a.sentences[m.sentence]!.start, a.sentences[m.sentence]!.end))
    .join(' ‖ ');
}

function matches(a: Analysis, e: Event, g: GoldEvent): boolean {
  // A gold type of null accepts the PLOVER type of any of its CAMEO codes (a 10x REQUEST or an 020 appeal).
  if ((g.type !== null && e.type !== g.type) || !g.cameo.includes(e.cameo)) return false;
  const ev = evidenceText(a, e);
  if (!g.evidence.some((x) => ev.includes(x) || e.mentions.some((m) => x.includes(m.trigger.text))))
    return false;
  if (g.actors_either_way) {
    const all = [...e.source, ...e.target];
    if (!g.actors_either_way.every((c) => codesMatch(c, all))) return false;
  }
  return codesMatch(g.source, e.source) && codesMatch(g.target, e.target);
}

describe('example article (Putin–Macron call, 2022-05-03)', () => {
  const a = sharedAnalyzer().analyze(text, { published: '2022-05-03' });

  it('cites the original text exactly everywhere', () => {
    expect(badSpans(a, text)).toEqual([]);
  });

  for (const g of gold.entities.filter((x) => x.required)) {
    it(`recognises ${g.name}`, () => {
      const found = a.entities.find(
        (e) =>
          e.type === g.type &&
          (e.country === g.country || g.alternatives?.includes(e.country ?? '')) &&
          g.mentions_include.every((m) => e.mentions.some((x) => x.text === m)),
      );
      expect(
        found,
        JSON.stringify(a.entities.map((e) => [e.name, e.type, e.country, e.mentions.map((m) => m.text)])),
      ).toBeDefined();
      if (g.sector) expect(oneOf(g.sector, found!.sector)).toBe(true);
    });
  }

  for (const g of gold.times.filter((x) => x.required)) {
    it(`finds the time "${g.text}"`, () => {
      const t = a.times.find((x) => x.text === g.text);
      expect(t, JSON.stringify(a.times)).toBeDefined();
      if (g.value) expect(t!.value).toBe(g.value);
      if (g.kind) expect(t!.kind).toBe(g.kind);
    });
  }

  for (const g of gold.events.filter((x) => x.required)) {
    it(`codes the event "${g.id}"`, () => {
      const found = a.events.filter((e) => matches(a, e, g));
      expect(
        found.length,
        JSON.stringify(
          a.events.map((e) => [
            e.type,
            e.cameo,
            e.source.map((x) => x.code),
            e.target.map((x) => x.code),
            e.mentions.map((m) => m.trigger.text),
          ]),
        ),
      ).toBeGreaterThan(0);
      if (g.must_be_one_event) expect(found.length).toBe(1);
      const e = found[0]!;
      if (g.modality) expect(oneOf(g.modality, e.modality)).toBe(true);
      if (g.date) expect(e.date.value).toBe(g.date);
      if (g.mode) expect(e.mode).toBe(g.mode);
      if (g.attribution_includes)
        expect(e.attribution.map((x) => x.text).join(' ')).toContain(g.attribution_includes);
    });
  }

  it('merges the one call reported in title, lede, body and a near-duplicate paragraph', () => {
    const calls = a.events.filter(
      (e) =>
        e.type === 'CONSULT' &&
        e.modality === 'asserted' &&
        (e.date.value === '2022-05-03' || !e.date.resolved) &&
        [...e.source, ...e.target].some((x) => x.country === 'RUS') &&
        [...e.source, ...e.target].some((x) => x.country === 'FRA'),
    );
    expect(calls.length).toBe(1);
    expect(calls[0]!.mentions.length).toBeGreaterThanOrEqual(3);
  });

  for (const m of gold.must_not) {
    it(`never: ${m.what}`, () => {
      const bad = a.events.filter((e) => {
        if (m.type && !oneOf(m.type, e.type)) return false;
        if (m.modality && !m.modality.includes(e.modality)) return false;
        if (m.source && !codesMatch(m.source, e.source)) return false;
        if (m.target && !codesMatch(m.target, e.target)) return false;
        if (!m.evidence) return !!m.type;
        const triggers = e.mentions.map((x) => x.trigger.text);
        const sentences = e.mentions.map((x) =>
          text.slice(a.sentences[x.sentence]!.start, a.sentences[x.sentence]!.end),
        );
        if (m.only_evidence)
          return sentences.every((s) => m.evidence!.some((ev) => ev.includes(s) || s.includes(ev)));
        return m.evidence.some((ev) => triggers.some((t) => ev.includes(t)));
      });
      // "more than one asserted CONSULT" is checked by the merge test above.
      if (!m.type && !m.evidence) return;
      expect(bad.map((e) => [e.type, e.cameo, e.mentions.map((x) => x.trigger.text)])).toEqual([]);
    });
  }
});
