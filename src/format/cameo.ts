/**
 * Tab-separated event rows in the Phoenix/ICEWS tradition: one row per event, dyadic codes, CAMEO code,
 * root, quad class and Goldstein score, then provenance. Several sources or targets are joined with ";".
 */
import type { Analysis, Event } from '../model.js';

export const CAMEO_COLUMNS = [
  'event_id',
  'date',
  'source_code',
  'target_code',
  'cameo',
  'root',
  'quad',
  'goldstein',
  'plover',
  'mode',
  'modality',
  'source_text',
  'target_text',
  'attribution',
  'location',
  'article_id',
  'url',
  'trigger',
  'confidence',
] as const;

function clean(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

export function cameoRow(a: Analysis, e: Event): string {
  const join = (xs: (string | null)[]) =>
    xs
      .filter((x): x is string => !!x)
      .map(clean)
      .join(';');
  const cells = [
    `${a.article.id || 'article'}-${e.id}`,
    e.date.value ?? '',
    join(e.source.map((x) => x.code)),
    join(e.target.map((x) => x.code)),
    e.cameo,
    e.cameo.slice(0, 2),
    String(e.quad),
    String(e.goldstein),
    e.type ?? '',
    e.mode ?? '',
    e.modality,
    join(e.source.map((x) => x.text)),
    join(e.target.map((x) => x.text)),
    join(e.attribution.map((x) => x.text)),
    e.location ? clean(e.location.text) : '',
    a.article.id,
    a.article.url ?? '',
    clean(e.mentions[0]?.trigger.text ?? ''),
    String(e.confidence),
  ];
  return cells.join('\t');
}
