// The query and export commands on a small database ingested from the repository's fixtures (no ../shared
// needed): every format parses, filters narrow, exports agree with `hadath analyze`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtCli, dbCounts, fixture, hadath, tempDir } from './helpers.js';
import { EVENT_CSV_COLUMNS } from '../../src/store/render.js';
import { CAMEO_COLUMNS } from '../../src/format/cameo.js';

/** RFC 4180 records (quoted cells may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else cell += c;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

const jsonLines = (s: string): Record<string, unknown>[] =>
  s
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('hadath events, articles, stats, export', () => {
  const tmp = tempDir('hadath-commands-');
  const db = join(tmp.dir, 'fixtures.db');
  const article = fixture('macron-putin-call.txt');
  const run = (args: string[]) => {
    const r = hadath(bin, [...args, '--db', db]);
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };

  let bin = '';

  beforeAll(async () => {
    bin = await builtCli(join(tmp.dir, 'cli'));
    const errors = join(tmp.dir, 'errors.jsonl');
    const r = hadath(bin, [
      'ingest',
      article,
      fixture('sources/tree'),
      join(tmp.dir, 'missing.txt'),
      '--db',
      db,
      '--workers',
      '1',
      '--errors',
      errors,
      // Plain text files carry no date: this one is the article's, so "اليوم الثلاثاء" resolves.
      '--date',
      '2022-05-03',
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/done: .* new, 0 unchanged, 1 failed/);
    expect(jsonLines(readFileSync(errors, 'utf8'))).toEqual([
      { input: join(tmp.dir, 'missing.txt'), error: 'no such file or directory' },
    ]);
  });
  afterAll(() => tmp.cleanup());

  it('ingests from stdin too, and exits 1 with --strict when an input failed', () => {
    const other = join(tmp.dir, 'stdin.db');
    const r = hadath(bin, ['ingest', '-', '--db', other, '--workers', '0'], {
      input: readFileSync(article, 'utf8'),
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/1 new, 0 unchanged, 0 failed/);
    expect(dbCounts(other).articles).toBe(1);
    const strict = hadath(bin, [
      'ingest',
      join(tmp.dir, 'missing.txt'),
      '--db',
      other,
      '--strict',
      '--quiet',
    ]);
    expect(strict.status).toBe(1);
  });

  it('lists events as a table and as JSON, filtered', () => {
    const table = run(['events', '--limit', '0']);
    expect(table).toMatch(/CONSULT\s+041/);
    const all = JSON.parse(run(['events', '--format', 'json', '--limit', '0'])) as {
      article: { key: string };
      event: { type: string | null; source: { code: string | null }[]; target: { code: string | null }[] };
    }[];
    expect(all.length).toBe(dbCounts(db).events);

    const consult = JSON.parse(
      run(['events', '--type', 'consult', '--format', 'json', '--limit', '0']),
    ) as typeof all;
    expect(consult.length).toBeGreaterThan(0);
    expect(consult.every((r) => r.event.type === 'CONSULT')).toBe(true);
    const rus = JSON.parse(
      run(['events', '--actor', 'RUS', '--q', 'مكالمة', '--format', 'json']),
    ) as typeof all;
    expect(rus.length).toBeGreaterThan(0);
    expect(
      rus.every((r) => [...r.event.source, ...r.event.target].some((a) => a.code?.startsWith('RUS'))),
    ).toBe(true);
    expect(JSON.parse(run(['events', '--from', '2030-01-01', '--format', 'json']))).toEqual([]);
    expect(JSON.parse(run(['events', '--limit', '2', '--format', 'json']))).toHaveLength(2);
  });

  it('writes CSV with a header and one record per event, CAMEO rows, and PLOVER records equal to hadath analyze', () => {
    const events = dbCounts(db).events;
    const csv = parseCsv(run(['events', '--format', 'csv', '--limit', '0']));
    expect(csv[0]).toEqual([...EVENT_CSV_COLUMNS]);
    expect(csv.length - 1).toBe(events);
    expect(csv.slice(1).every((r) => r.length === EVENT_CSV_COLUMNS.length)).toBe(true);

    const cameo = run(['events', '--format', 'cameo', '--limit', '0']).trim().split('\n');
    expect(cameo[0]).toBe(CAMEO_COLUMNS.join('\t'));
    expect(cameo).toHaveLength(events + 1);

    const stored = jsonLines(run(['events', '--format', 'plover', '--limit', '0'])).filter(
      (r) => (r.cite_info as { article_id: string }).article_id === 'macron-putin-call.txt',
    );
    const direct = hadath(bin, ['analyze', article, '--format', 'plover', '--date', '2022-05-03']);
    expect(direct.status, direct.stderr).toBe(0);
    const strip = (r: Record<string, unknown>) => ({ ...r, id: null, cite_info: null });
    expect(stored.map(strip)).toEqual(jsonLines(direct.stdout).map(strip));
    expect(stored.length).toBeGreaterThan(0);
  });

  it('lists story-level events with their reports', () => {
    const stories = JSON.parse(run(['events', '--stories', '--format', 'json', '--limit', '0'])) as {
      id: number;
      reports: unknown[];
    }[];
    const db_ = dbCounts(db);
    expect(stories.length).toBe(db_.stories);
    expect(stories.every((s) => s.reports.length >= 1)).toBe(true);
    const csv = parseCsv(run(['events', '--stories', '--format', 'csv', '--limit', '0']));
    expect(csv.length - 1).toBe(stories.length);
    expect(stories.length).toBeGreaterThan(0);
    expect(run(['events', '--stories'])).toMatch(/^story \d+ /m);
    const plover = jsonLines(run(['events', '--stories', '--format', 'plover', '--limit', '0']));
    expect(plover.every((r) => String(r.id).startsWith('story-'))).toBe(true);
  });

  it('finds articles by words in any spelling variant', () => {
    const found = jsonLines(run(['articles', '--q', 'اوكرانيا', '--format', 'json']));
    expect(found.map((a) => a.id)).toContain('macron-putin-call.txt');
    const harakat = jsonLines(run(['articles', '--q', 'أُوكْرانْيا', '--format', 'json']));
    expect(harakat.map((a) => a.key)).toEqual(found.map((a) => a.key));
    expect(run(['articles'])).toMatch(/macron|ماكرون/);
  });

  it('counts by type, actor and day', () => {
    const s = JSON.parse(run(['stats', '--json'])) as {
      articles: number;
      events: number;
      byType: { count: number }[];
      byDay: unknown[];
    };
    const c = dbCounts(db);
    expect(s.articles).toBe(c.articles);
    expect(s.events).toBe(c.events);
    expect(s.byType.reduce((n, t) => n + t.count, 0)).toBe(c.events);
    expect(run(['stats'])).toMatch(/events by type:/);
  });

  it('exports the whole database in every format', () => {
    const c = dbCounts(db);
    const out = (f: string) => {
      const path = join(tmp.dir, `export.${f}`);
      const r = hadath(bin, ['export', '--format', f, '--out', path, '--db', db]);
      expect(r.status, r.stderr).toBe(0);
      return readFileSync(path, 'utf8');
    };
    const jsonl = jsonLines(out('jsonl'));
    expect(jsonl).toHaveLength(c.articles);
    const first = jsonl[0] as {
      text: string;
      analysis: { events: { mentions: { trigger: { start: number; end: number; text: string } }[] }[] };
    };
    for (const e of first.analysis.events)
      for (const m of e.mentions)
        expect(first.text.slice(m.trigger.start, m.trigger.end)).toBe(m.trigger.text);
    expect(JSON.parse(out('json'))).toEqual(jsonl);
    expect(parseCsv(out('csv')).length - 1).toBe(c.events);
    expect(out('cameo').trim().split('\n')).toHaveLength(c.events + 1);
    // Exports go article by article, queries by day: the same records in another order.
    const sorted = (rs: Record<string, unknown>[]) =>
      rs.sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(sorted(jsonLines(out('plover')))).toEqual(
      sorted(jsonLines(run(['events', '--format', 'plover', '--limit', '0']))),
    );
  });

  it('says what is wrong with a bad query, a bad format or a missing database', () => {
    const bad = (args: string[], message: RegExp) => {
      const r = hadath(bin, args);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(message);
    };
    bad(['events', '--db', db, '--type', 'BOMBING'], /unknown event type/);
    bad(['events', '--db', db, '--format', 'xml'], /unknown --format/);
    bad(['export', '--db', db], /--format must be one of/);
    bad(['events', '--db', join(tmp.dir, 'nothing.db')], /no database at/);
  });
});
