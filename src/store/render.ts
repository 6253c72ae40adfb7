/**
 * Stored records in the output formats: terminal tables, CSV (RFC 4180, one row per event or story), and
 * the PLOVER and CAMEO records of `hadath analyze`, rebuilt from the stored analysis so both agree exactly.
 */
import type { Event, EventActor } from '../model.js';
import type { Codebook } from '../lexicon/codebook.js';
import { toPlover, type PloverRecord } from '../format/plover.js';
import { cameoRow } from '../format/cameo.js';
import type { ArticleRecord, EventRecord, StoredAnalysis, StoryRecord } from './types.js';

export function csvCell(v: string | number | boolean | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (cells: (string | number | boolean | null)[]): string => cells.map(csvCell).join(',');

const codes = (xs: EventActor[]): string => xs.map((x) => x.code ?? '').join(';');
const texts = (xs: EventActor[]): string => xs.map((x) => x.text).join(';');

export const EVENT_CSV_COLUMNS = [
  'article_key',
  'article_id',
  'published',
  'outlet',
  'url',
  'title',
  'event_id',
  'story_id',
  'date',
  'date_resolved',
  'type',
  'mode',
  'cameo',
  'quad',
  'goldstein',
  'modality',
  'source_codes',
  'source_text',
  'target_codes',
  'target_text',
  'attribution',
  'location',
  'location_country',
  'trigger',
  'mentions',
  'confidence',
  'flags',
  'rule',
  'evidence',
] as const;

export function eventCsvRow(
  article: ArticleRecord,
  e: Event,
  evidence: string,
  story: number | null,
): string {
  return csvLine([
    article.key,
    article.id,
    article.published,
    article.source,
    article.url,
    article.title,
    e.id,
    story,
    e.date.value,
    e.date.resolved,
    e.type ?? 'STATEMENT',
    e.mode,
    e.cameo,
    e.quad,
    e.goldstein,
    e.modality,
    codes(e.source),
    texts(e.source),
    codes(e.target),
    texts(e.target),
    e.attribution.map((x) => x.text).join(';'),
    e.location?.text ?? null,
    e.location?.country ?? null,
    e.mentions[0]?.trigger.text ?? null,
    e.mentions.length,
    e.confidence,
    e.flags.join(';'),
    e.rule,
    evidence,
  ]);
}

export const STORY_CSV_COLUMNS = [
  'story_id',
  'date',
  'date_from',
  'date_to',
  'type',
  'cameo',
  'reports',
  'articles',
  'outlets',
  'flags',
  'source_codes',
  'source_text',
  'target_codes',
  'target_text',
  'location',
  'location_country',
  'article_keys',
  'events',
] as const;

export function storyCsvRow(s: StoryRecord): string {
  return csvLine([
    s.id,
    s.date,
    s.dateFrom,
    s.dateTo,
    s.type,
    [...new Set(s.reports.map((r) => r.event.cameo))].join(';'),
    s.reports.length,
    new Set(s.reports.map((r) => r.article.key)).size,
    s.outlets.join(';'),
    s.flags.join(';'),
    codes(s.source),
    texts(s.source),
    codes(s.target),
    texts(s.target),
    s.location?.text ?? null,
    s.location?.country ?? null,
    s.reports.map((r) => r.article.key).join(';'),
    s.reports.map((r) => `${r.article.key.slice(0, 12)}/${r.event.id}`).join(';'),
  ]);
}

const actorList = (xs: EventActor[]): string => xs.map((x) => `${x.text} [${x.code ?? '?'}]`).join(' + ');

export function eventTableLines(r: EventRecord): string[] {
  const e = r.event;
  const who = e.attribution.length ? `  according to ${e.attribution.map((x) => x.text).join(' < ')}` : '';
  const flags = e.flags.length ? `  {${e.flags.join(',')}}` : '';
  const story = r.story !== null ? `  story ${r.story}` : '';
  return [
    `${(e.date.value ?? r.article.published ?? 'no date').padEnd(10)}${e.date.resolved ? ' ' : '?'} ${(e.type ?? 'STATEMENT').padEnd(9)} ${e.cameo.padEnd(4)} ${e.modality.padEnd(12)} ${actorList(e.source) || '?'}  →  ${actorList(e.target) || '-'}${who}${flags}`,
    `    «${e.mentions.map((m) => m.trigger.text).join('» / «')}»  ${r.article.source ?? ''} ${r.article.key.slice(0, 12)}/${e.id}${story}  ${r.article.title ?? r.article.id}`,
  ];
}

export function storyTableLines(s: StoryRecord): string[] {
  const dates = s.dateFrom === s.dateTo ? s.date : `${s.date} (${s.dateFrom}..${s.dateTo})`;
  const flags = s.flags.length ? `  {${s.flags.join(',')}}` : '';
  const where = s.location ? `  in ${s.location.text}` : '';
  const lines = [
    `story ${s.id}  ${dates}  ${s.type.padEnd(9)} ${actorList(s.source) || '?'}  →  ${actorList(s.target) || '-'}${where}${flags}`,
    `    ${s.reports.length} report${s.reports.length > 1 ? 's' : ''} by ${s.outlets.join(', ') || 'unknown outlets'}`,
  ];
  for (const r of s.reports) {
    lines.push(
      `    - ${r.event.date.value ?? '????'} ${(r.article.source ?? '').padEnd(10)} ${r.article.key.slice(0, 12)}/${r.event.id}  «${r.event.mentions[0]?.trigger.text ?? ''}»  ${r.article.title ?? r.article.id}`,
    );
  }
  return lines;
}

/** PLOVER records of an article's events (CAMEO-only statements have none). */
export function ploverRecords(a: StoredAnalysis, codebook: Codebook): PloverRecord[] {
  return a.analysis.events.flatMap((e) => {
    const rec = toPlover(a.analysis, a.text, e, codebook);
    return rec ? [rec] : [];
  });
}

export function ploverRecord(a: StoredAnalysis, e: Event, codebook: Codebook): PloverRecord | null {
  return toPlover(a.analysis, a.text, e, codebook);
}

export function cameoLine(a: StoredAnalysis, e: Event): string {
  return cameoRow(a.analysis, e);
}

/** A story as a PLOVER record: its first report's record under the story's id, listing every report. */
export function storyPlover(
  s: StoryRecord,
  first: StoredAnalysis,
  codebook: Codebook,
): (PloverRecord & { story: object }) | null {
  const report = s.reports[0];
  if (!report) return null;
  const rec = toPlover(first.analysis, first.text, report.event, codebook);
  if (!rec) return null;
  return {
    ...rec,
    id: `story-${s.id}`,
    date: s.date,
    story: {
      flags: s.flags,
      outlets: s.outlets,
      reports: s.reports.map((r) => ({
        article_key: r.article.key,
        article_id: r.article.id,
        publication: r.article.source,
        url: r.article.url,
        event_id: r.event.id,
        date: r.event.date.value,
        trigger_text: r.event.mentions[0]?.trigger.text ?? null,
      })),
    },
  };
}

/** A story as a CAMEO row: its first report's row under the story's id and date. */
export function storyCameo(s: StoryRecord, first: StoredAnalysis): string | null {
  const report = s.reports[0];
  if (!report) return null;
  const cells = cameoRow(first.analysis, report.event).split('\t');
  cells[0] = `story-${s.id}`;
  cells[1] = s.date;
  return cells.join('\t');
}
