// Cross-article merging: the rules on hand-made candidates, then real reports from two outlets through the
// pipeline and the store.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  StoryBuilder,
  actorKey,
  isMergeable,
  type ActorKey,
  type MergeCandidate,
  type MergedStory,
} from '../../src/merge/across.js';
import { SqliteStore, contentHash, type StoryRecord } from '../../src/store/index.js';
import type { Event } from '../../src/model.js';
import { sharedAnalyzer } from '../helpers.js';
import { tempDir } from '../ingest/helpers.js';

const person = (name: string, wikidata: string | null, country: string, sector = 'GOV'): ActorKey =>
  actorKey({ wikidata, type: 'PERSON', name, country, sector });
const group = (country: string | null, sector: string | null): ActorKey =>
  actorKey({ wikidata: null, type: null, name: null, country, sector });

const PUTIN = person('Vladimir Putin', 'Q7747', 'RUS');
const LAVROV = person('Sergey Lavrov', null, 'RUS');
const MACRON = person('Emmanuel Macron', 'Q3052772', 'FRA');
const SCHOLZ = person('Olaf Scholz', 'Q61053', 'DEU');

let seq = 0;
function cand(c: Partial<MergeCandidate> & Pick<MergeCandidate, 'type' | 'date'>): MergeCandidate {
  seq++;
  return { event: seq, article: seq, source: [], target: [], place: null, ...c };
}

function group_(cs: MergeCandidate[]): MergedStory[] {
  const b = new StoryBuilder();
  const out = cs.flatMap((c) => b.add(c));
  return [...out, ...b.finish()];
}
const sizes = (ss: MergedStory[]) => ss.map((s) => s.reports.length);

describe('cross-article merging rules', () => {
  it('merges the same call reported the same day and the next, whoever is named first', () => {
    const stories = group_([
      cand({ type: 'CONSULT', date: '2022-05-03', source: [MACRON, PUTIN] }),
      cand({ type: 'CONSULT', date: '2022-05-03', source: [PUTIN], target: [MACRON] }),
      cand({ type: 'CONSULT', date: '2022-05-04', source: [PUTIN] }),
    ]);
    expect(sizes(stories)).toEqual([3]);
    expect(stories[0]).toMatchObject({
      date: '2022-05-03',
      dateFrom: '2022-05-03',
      dateTo: '2022-05-04',
      flags: ['date-conflict'],
    });
  });

  it('keeps calls with other participants, other types, and days further apart separate', () => {
    const stories = group_([
      cand({ type: 'CONSULT', date: '2022-05-03', source: [PUTIN], target: [MACRON] }),
      cand({ type: 'CONSULT', date: '2022-05-03', source: [MACRON], target: [SCHOLZ] }),
      cand({ type: 'CONSULT', date: '2022-05-03', source: [LAVROV], target: [MACRON] }),
      cand({ type: 'ACCUSE', date: '2022-05-03', source: [PUTIN], target: [MACRON] }),
      cand({ type: 'CONSULT', date: '2022-05-06', source: [PUTIN], target: [MACRON] }),
    ]);
    expect(sizes(stories)).toEqual([1, 1, 1, 1, 1]);
  });

  it('compares unnamed actors by country and sector, and flags a sector disagreement', () => {
    const stories = group_([
      cand({
        type: 'ASSAULT',
        date: '2022-05-03',
        source: [group('RUS', 'MIL')],
        target: [group('UKR', 'CVL')],
      }),
      cand({ type: 'ASSAULT', date: '2022-05-03', source: [group('RUS', null)] }),
      cand({
        type: 'ASSAULT',
        date: '2022-05-04',
        source: [group('RUS', 'GOV')],
        target: [group('UKR', null)],
      }),
      cand({
        type: 'ASSAULT',
        date: '2022-05-03',
        source: [group('UKR', 'MIL')],
        target: [group('RUS', 'MIL')],
      }),
    ]);
    expect(sizes(stories)).toEqual([3, 1]);
    expect(stories[0]!.flags).toEqual(['date-conflict', 'actor-conflict']);
  });

  it('never merges two countries as places, and flags two places in one country', () => {
    const kharkiv = { country: 'UKR', name: 'geo:706483' };
    const izium = { country: 'UKR', name: 'geo:707244' };
    const belgorod = { country: 'RUS', name: 'geo:578072' };
    const rusmil = [group('RUS', 'MIL')];
    const stories = group_([
      cand({ type: 'ASSAULT', date: '2022-05-03', source: rusmil, place: kharkiv }),
      cand({ type: 'ASSAULT', date: '2022-05-03', source: rusmil, place: belgorod }),
      cand({ type: 'ASSAULT', date: '2022-05-03', source: rusmil, place: izium }),
      cand({ type: 'ASSAULT', date: '2022-05-03', source: rusmil }),
    ]);
    expect(sizes(stories)).toEqual([3, 1]);
    expect(stories[0]!.flags).toEqual(['location-conflict']);
  });

  it('merges reports without a known source only through the same target in the same place', () => {
    const kabul = { country: 'AFG', name: 'geo:1138958' };
    const civilians = [group('AFG', 'CVL')];
    const stories = group_([
      cand({ type: 'ASSAULT', date: '2020-01-01', target: civilians, place: kabul }),
      cand({ type: 'ASSAULT', date: '2020-01-01', target: civilians, place: kabul }),
      cand({ type: 'ASSAULT', date: '2020-01-01', target: civilians }),
      cand({ type: 'ASSAULT', date: '2020-01-01' }),
    ]);
    expect(sizes(stories)).toEqual([2, 1, 1]);
  });

  it('does not put two events of one article in one story: the article already told them apart', () => {
    const stories = group_([
      cand({ type: 'ASSAULT', date: '2022-05-03', article: 900, source: [group('RUS', 'MIL')] }),
      cand({ type: 'ASSAULT', date: '2022-05-03', article: 900, source: [group('RUS', 'MIL')] }),
      cand({ type: 'ASSAULT', date: '2022-05-03', article: 901, source: [group('RUS', 'MIL')] }),
    ]);
    expect(sizes(stories)).toEqual([2, 1]);
  });

  it('closes stories as the days move on, so memory stays bounded', () => {
    const b = new StoryBuilder();
    expect(b.add(cand({ type: 'AID', date: '2021-01-01', source: [group('USA', 'GOV')] }))).toEqual([]);
    expect(b.add(cand({ type: 'AID', date: '2021-01-02', source: [group('USA', 'GOV')] }))).toEqual([]);
    const closed = b.add(cand({ type: 'AID', date: '2021-01-05', source: [group('USA', 'GOV')] }));
    expect(sizes(closed)).toEqual([2]);
    expect(sizes(b.finish())).toEqual([1]);
  });

  it('takes only asserted events with a PLOVER type and a resolved day', () => {
    const base: Event = {
      id: 'v1',
      type: 'ASSAULT',
      mode: null,
      cameo: '190',
      quad: 4,
      goldstein: -10,
      source: [],
      target: [],
      date: { value: '2022-05-03', text: 'اليوم', resolved: true },
      location: null,
      modality: 'asserted',
      attribution: [],
      mentions: [],
      rule: 'x',
      confidence: 1,
      flags: [],
    };
    expect(isMergeable(base)).toBe(true);
    expect(isMergeable({ ...base, modality: 'negated' })).toBe(false);
    expect(isMergeable({ ...base, type: null, cameo: '010' })).toBe(false);
    expect(isMergeable({ ...base, date: { value: '2022-05-03', text: null, resolved: false } })).toBe(false);
    expect(isMergeable({ ...base, date: { value: '2022-05', text: 'مايو', resolved: true } })).toBe(false);
  });
});

describe('stories from real reports', () => {
  const tmp = tempDir('hadath-stories-');
  afterAll(() => tmp.cleanup());

  it('merges two outlets reporting the same strike, keeps the per-article events and leaves other events alone', async () => {
    const reports = [
      {
        id: 'a',
        source: 'outlet-a',
        published: '2022-05-03',
        text: 'قصفت القوات الروسية، اليوم الثلاثاء، مدينة خاركيف الأوكرانية بالصواريخ.',
      },
      {
        id: 'b',
        source: 'outlet-b',
        published: '2022-05-04',
        text: 'قصف الجيش الروسي أمس الثلاثاء مدينة خاركيف بصواريخ بعيدة المدى.',
      },
      {
        id: 'c',
        source: 'outlet-c',
        published: '2022-05-03',
        text: 'لم يجر الرئيس الفرنسي إيمانويل ماكرون اليوم الثلاثاء أي اتصال مع بوتين.',
      },
    ];
    const store = new SqliteStore(join(tmp.dir, 'stories.db'), { create: true });
    try {
      for (const r of reports) {
        const analysis = sharedAnalyzer().analyze(r.text, {
          id: r.id,
          published: r.published,
          source: r.source,
        });
        await store.put({ hash: contentHash(r.text), docId: r.id, origin: r.id, text: r.text, analysis });
      }
      const strikes = [];
      for await (const e of store.events({ type: 'ASSAULT' })) strikes.push(e);
      // The pipeline's reading of these sentences, which the merging relies on.
      expect(
        strikes.map((e) => [
          e.article.id,
          e.event.date.value,
          e.event.date.resolved,
          e.event.source[0]?.code,
        ]),
      ).toEqual([
        ['a', '2022-05-03', true, 'RUSMIL'],
        ['b', '2022-05-03', true, 'RUSMIL'],
      ]);

      expect(await store.updateStories()).toEqual({ stories: 1, merged: 1, events: 2 });
      expect(await store.updateStories()).toBeNull();
      const stories: StoryRecord[] = [];
      for await (const s of store.stories()) stories.push(s);
      expect(stories).toHaveLength(1);
      const s = stories[0]!;
      expect(s).toMatchObject({
        type: 'ASSAULT',
        date: '2022-05-03',
        flags: [],
        outlets: ['outlet-a', 'outlet-b'],
      });
      expect(s.reports.map((r) => r.article.id)).toEqual(['a', 'b']);
      expect(s.reports.map((r) => r.event.mentions[0]!.trigger.text)).toEqual(['قصفت', 'قصف']);
      expect(s.source.map((a) => a.code)).toEqual(['RUSMIL']);

      // Per-article events stay, each pointing at its story.
      const all = [];
      for await (const e of store.events()) all.push(e);
      expect(all.filter((e) => e.event.type === 'ASSAULT').map((e) => e.story)).toEqual([s.id, s.id]);
      expect(all.filter((e) => e.article.id === 'c').every((e) => e.story === null)).toBe(true);
      // Filters apply to stories through their reports.
      const byOutletB = [];
      for await (const x of store.stories({ q: 'بعيده المدى' })) byOutletB.push(x.id);
      expect(byOutletB).toEqual([s.id]);
      const stats = await store.stats();
      expect(stats).toMatchObject({ stories: 1, multiReportStories: 1 });
    } finally {
      await store.close();
    }
  });
});
