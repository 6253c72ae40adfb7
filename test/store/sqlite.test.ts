// The SQLite store on real analyses: idempotent writes, exact round trips, queries, full-text search
// across orthographic variants, stats and migrations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  SqliteStore,
  contentHash,
  ftsQuery,
  type ArticleInput,
  type EventRecord,
  type Store,
} from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/sqlite-schema.js';
import { articleText } from '../../src/ingest/article-text.js';
import { fixture, sharedAnalyzer } from '../helpers.js';
import { tempDir } from '../ingest/helpers.js';

const MACRON = fixture('macron-putin-call.txt');

// Real sentences (Sputnik Arabic 2020, from test/fixtures/html) as a second article.
const EGYPT = [
  'مصر تسجل 30 إصابة جديدة وحالتي وفاة بفيروس كورونا',
  'أعلنت وزارة الصحة والسكان المصرية، اليوم الثلاثاء، تسجيل 30 حالة جديدة بفيروس كورونا المستجد (كوفيد 19)، ليرتفع إجمالي عدد المصابين إلى 196 حالة.',
].join('\n\n');

function input(
  text: string,
  meta: { id: string; published: string; title?: string; source?: string },
): ArticleInput {
  const full = articleText({ title: meta.title ?? null, text });
  const analysis = sharedAnalyzer().analyze(full, {
    id: meta.id,
    published: meta.published,
    title: meta.title ?? null,
    source: meta.source ?? null,
    url: `https://example.org/${meta.id}`,
  });
  return { hash: contentHash(full), docId: meta.id, origin: `test/${meta.id}`, text: full, analysis };
}

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('SqliteStore', () => {
  const tmp = tempDir('hadath-store-');
  const path = join(tmp.dir, 'test.db');
  let store: Store;
  let macron: ArticleInput;
  let egypt: ArticleInput;

  beforeAll(async () => {
    store = new SqliteStore(path, { create: true });
    macron = input(MACRON, { id: 'macron.txt', published: '2022-05-03', source: 'rt' });
    egypt = input(EGYPT, { id: 'egypt', published: '2020-03-17', source: 'sputnik' });
    expect(await store.put(macron)).toBe(true);
    expect(await store.put(egypt)).toBe(true);
  });
  afterAll(async () => {
    await store.close();
    tmp.cleanup();
  });

  it('stores an article once: the same content hash is refused, under any id or path', async () => {
    expect(await store.has(macron.hash)).toBe(true);
    expect(await store.has('0'.repeat(64))).toBe(false);
    expect(await store.put({ ...macron, docId: 'elsewhere/copy.txt', origin: 'elsewhere/copy.txt' })).toBe(
      false,
    );
    // Harakat and hamza variants do not make another article.
    expect(contentHash(macron.text.replace('مكالمة', 'مُكالمة').replace('أجرى', 'اجرى'))).toBe(macron.hash);
    expect((await all(store.articles())).length).toBe(2);
  });

  it('gives back exactly the analysis and text it stored', async () => {
    const stored = await store.analysis(macron.hash.slice(0, 10));
    expect(stored).not.toBeNull();
    expect(stored!.text).toBe(macron.text);
    expect(stored!.analysis).toEqual(macron.analysis);
    expect(stored!.article).toMatchObject({
      key: macron.hash,
      id: 'macron.txt',
      source: 'rt',
      published: '2022-05-03',
    });
    // Offsets still index the stored text.
    for (const e of stored!.analysis.events) {
      for (const m of e.mentions)
        expect(stored!.text.slice(m.trigger.start, m.trigger.end)).toBe(m.trigger.text);
    }
    expect(await store.analysis('ffff')).toBeNull();
    expect(await store.analysis('not a key')).toBeNull();
  });

  it('filters events by type, actor code, actor name, country, dates and evidence words', async () => {
    const ids = (rs: EventRecord[]) => rs.map((r) => `${r.article.id}/${r.event.id}`);
    const consult = await all(store.events({ type: 'CONSULT' }));
    expect(consult.length).toBeGreaterThan(0);
    expect(consult.every((r) => r.event.type === 'CONSULT')).toBe(true);
    expect(await all(store.events({ type: '04' }))).toHaveLength(
      (await all(store.events())).filter((r) => r.event.cameo.startsWith('04')).length,
    );

    const everything = await all(store.events());
    const withRus = everything.filter((r) =>
      [...r.event.source, ...r.event.target].some((a) => a.code?.startsWith('RUS') || a.country === 'RUS'),
    );
    expect(withRus.length).toBeGreaterThan(0);
    expect(ids(await all(store.events({ actor: 'RUS' })))).toEqual(ids(withRus));
    // Arabic name with another hamza and harakat, and the canonical English name, find the same events.
    const putin = ids(await all(store.events({ actor: 'بوتين' })));
    expect(putin.length).toBeGreaterThan(0);
    expect(ids(await all(store.events({ actor: 'بُوتِين' })))).toEqual(putin);
    expect(ids(await all(store.events({ actor: 'vladimir putin' })))).toEqual(putin);

    expect((await all(store.events({ country: 'fra' }))).length).toBeGreaterThan(0);
    expect(await all(store.events({ from: '2022-05-04' }))).toEqual([]);
    expect((await all(store.events({ from: '2022-05', to: '2022-05' }))).length).toBe(
      everything.filter((r) => r.article.id === 'macron.txt').length,
    );
    expect(await all(store.events({ to: '2019' }))).toEqual([]);
    expect(await all(store.events({ limit: 1 }))).toHaveLength(1);

    const call = await all(store.events({ q: 'مكالمه هاتفيه' }));
    expect(call.length).toBeGreaterThan(0);
    expect(call.every((r) => r.evidence.includes('هاتف'))).toBe(true);
  });

  it('rejects filters it cannot understand instead of returning nothing', async () => {
    await expect(all(store.events({ type: 'BOMBING' }))).rejects.toThrow(/unknown event type/);
    await expect(all(store.events({ country: 'France' }))).rejects.toThrow(/ISO 3166/);
    await expect(all(store.events({ from: 'yesterday' }))).rejects.toThrow(/YYYY-MM-DD/);
    await expect(all(store.events({ q: '"()' }))).rejects.toThrow(/no words/);
  });

  it('matches أ/ا/إ, ة/ه, ى/ي and harakat variants in full-text search', async () => {
    const keys = async (q: string) => (await all(store.articles({ q }))).map((a) => a.id);
    // The text has أوكرانيا, هاتفيّة (with shadda), الأوروبي, المستجد.
    for (const q of ['أوكرانيا', 'اوكرانيا', 'إوكرانيا', 'أُوكْرَانِيَا'])
      expect(await keys(q)).toEqual(['macron.txt']);
    for (const q of ['هاتفية', 'هاتفيه', 'هاتفيّة', 'هَاتِفِيَّة']) expect(await keys(q)).toEqual(['macron.txt']);
    expect(await keys('كورونا المستجد')).toEqual(['egypt']);
    expect(await keys('المستجد كورونا')).toEqual(['egypt']);
    expect(await keys('كورونا بوتين')).toEqual([]);
    expect(await keys('اوكران*')).toEqual(['macron.txt']);
    expect(await keys('الرئيس OR')).toEqual([]);
  });

  it('quotes every word of a query so FTS5 syntax in it is plain text', () => {
    expect(ftsQuery('أوكرانيا')).toBe('"اوكرانيا"');
    expect(ftsQuery('"بوتين" AND (ماكرون)')).toBe('"بوتين" "and" "ماكرون"');
    expect(ftsQuery('مُكالمة هاتف*')).toBe('"مكالمه" "هاتف"*');
    expect(ftsQuery(' ؟! ')).toBeNull();
  });

  it('counts events by type, actor code, day and outlet', async () => {
    const s = await store.stats(5);
    const events = (await all(store.events())).length;
    expect(s.articles).toBe(2);
    expect(s.events).toBe(events);
    expect(s.byType.reduce((n, c) => n + c.count, 0)).toBe(events);
    expect(s.byModality.reduce((n, c) => n + c.count, 0)).toBe(events);
    expect(s.byOutlet.map((c) => c.key).sort()).toEqual(['rt', 'sputnik']);
    expect(s.byActor.length).toBeLessThanOrEqual(5);
    expect(s.byDay.map((d) => d.key)).toEqual([...s.byDay.map((d) => d.key)].sort());
  });

  it('iterates every stored analysis for export, in publication order', async () => {
    const list = await all(store.analyses());
    expect(list.map((a) => a.article.id)).toEqual(['egypt', 'macron.txt']);
    expect(list[1]!.analysis).toEqual(macron.analysis);
  });

  it('migrates with user_version, keeps data on reopening, refuses a newer schema and a missing file', async () => {
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    const again = new SqliteStore(path);
    expect(await again.has(egypt.hash)).toBe(true);
    await again.close();

    const newer = join(tmp.dir, 'newer.db');
    const raw = new Database(newer);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => new SqliteStore(newer)).toThrow(/newer hadath/);
    expect(() => new SqliteStore(join(tmp.dir, 'missing.db'))).toThrow(/no database at/);
  });
});
