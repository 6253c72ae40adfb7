/**
 * Scoring events against gold: events of one item are matched one to one by type and sentence (trigger
 * overlap first), then detection precision/recall/F1 per PLOVER type and, on matched pairs, the accuracy
 * of CAMEO code, source/target country and sector, modality and attribution. The same matcher compares two
 * annotation passes (inter-annotator agreement).
 */
import { PLOVER_TYPES } from '../model.js';

export interface ScoredActor {
  country: string | null;
  sector: string | null;
}

export interface ScoredEvent {
  type: string;
  cameo: string | null;
  /** Sentence index within the item, or -1 when unknown. */
  sentence: number;
  /** Trigger span in the item text, or null. */
  trigger: { start: number; end: number; text: string } | null;
  source: ScoredActor[];
  target: ScoredActor[];
  modality: string | null;
  attribution: ScoredActor[];
}

export interface ItemPair {
  id: string;
  text: string;
  gold: ScoredEvent[];
  predicted: ScoredEvent[];
}

export interface TypeScore {
  type: string;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export const FIELDS = [
  'cameo',
  'cameoRoot',
  'sourceCountry',
  'sourceSector',
  'targetCountry',
  'targetSector',
  'modality',
  'attribution',
] as const;
export type Field = (typeof FIELDS)[number];

export interface EvalError {
  id: string;
  kind: 'missed' | 'spurious' | 'field';
  type: string;
  trigger: string | null;
  detail: string;
}

export interface Report {
  items: number;
  perType: TypeScore[];
  overall: TypeScore;
  asserted: TypeScore;
  fields: Record<Field, { correct: number; total: number; accuracy: number }>;
  /** Items whose predicted set of types equals the gold set (empty sets included). */
  itemAgreement: number;
  errors: EvalError[];
}

function prf(type: string, gold: number, predicted: number, matched: number): TypeScore {
  const precision = predicted ? matched / predicted : gold ? 0 : 1;
  const recall = gold ? matched / gold : predicted ? 0 : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { type, gold, predicted, matched, precision, recall, f1 };
}

function overlaps(a: ScoredEvent['trigger'], b: ScoredEvent['trigger']): boolean {
  return !!a && !!b && a.start < b.end && b.start < a.end;
}

/** One-to-one matching of events of the same type (same sentence when both are known). */
export function matchEvents(gold: ScoredEvent[], predicted: ScoredEvent[]): [ScoredEvent, ScoredEvent][] {
  const candidates: { g: number; p: number; score: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      if (g.type !== p.type) return;
      if (g.sentence >= 0 && p.sentence >= 0 && g.sentence !== p.sentence) return;
      candidates.push({
        g: gi,
        p: pi,
        score: (overlaps(g.trigger, p.trigger) ? 4 : 0) + (g.sentence === p.sentence ? 1 : 0),
      });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [ScoredEvent, ScoredEvent][] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([gold[c.g]!, predicted[c.p]!]);
  }
  return pairs;
}

function set(xs: (string | null)[]): string {
  return [...new Set(xs.filter((x): x is string => !!x))].sort().join(',');
}

function fieldAgrees(field: Field, g: ScoredEvent, p: ScoredEvent): boolean {
  switch (field) {
    case 'cameo':
      return g.cameo === p.cameo;
    case 'cameoRoot':
      return (g.cameo ?? '').slice(0, 2) === (p.cameo ?? '').slice(0, 2);
    case 'sourceCountry':
      return set(g.source.map((a) => a.country)) === set(p.source.map((a) => a.country));
    case 'sourceSector':
      return set(g.source.map((a) => a.sector)) === set(p.source.map((a) => a.sector));
    case 'targetCountry':
      return set(g.target.map((a) => a.country)) === set(p.target.map((a) => a.country));
    case 'targetSector':
      return set(g.target.map((a) => a.sector)) === set(p.target.map((a) => a.sector));
    case 'modality':
      return (g.modality ?? 'asserted') === (p.modality ?? 'asserted');
    case 'attribution':
      return (
        g.attribution.length === p.attribution.length &&
        g.attribution.every(
          (a, i) => a.country === p.attribution[i]!.country && a.sector === p.attribution[i]!.sector,
        )
      );
  }
}

function describe(e: ScoredEvent): string {
  const codes = (xs: ScoredActor[]) => xs.map((a) => `${a.country ?? '?'}${a.sector ?? ''}`).join('+') || '-';
  return `${e.type}/${e.cameo ?? '?'} ${codes(e.source)}→${codes(e.target)} ${e.modality ?? ''}`;
}

export function score(pairs: ItemPair[]): Report {
  const types = [...PLOVER_TYPES] as string[];
  const counts = new Map(types.map((t) => [t, { gold: 0, predicted: 0, matched: 0 }]));
  const asserted = { gold: 0, predicted: 0, matched: 0 };
  const fields = Object.fromEntries(
    FIELDS.map((f) => [f, { correct: 0, total: 0, accuracy: 0 }]),
  ) as Report['fields'];
  const errors: EvalError[] = [];
  let agreeingItems = 0;
  for (const item of pairs) {
    const gold = item.gold.filter((e) => counts.has(e.type));
    const predicted = item.predicted.filter((e) => counts.has(e.type));
    if (set(gold.map((e) => e.type)) === set(predicted.map((e) => e.type))) agreeingItems++;
    for (const e of gold) counts.get(e.type)!.gold++;
    for (const e of predicted) counts.get(e.type)!.predicted++;
    const matched = matchEvents(gold, predicted);
    for (const [g, p] of matched) {
      counts.get(g.type)!.matched++;
      for (const f of FIELDS) {
        fields[f].total++;
        if (fieldAgrees(f, g, p)) fields[f].correct++;
        else if (f !== 'cameoRoot')
          errors.push({
            id: item.id,
            kind: 'field',
            type: g.type,
            trigger: p.trigger?.text ?? null,
            detail: `${f}: gold ${describe(g)} / predicted ${describe(p)}`,
          });
      }
    }
    const isAsserted = (e: ScoredEvent) => (e.modality ?? 'asserted') === 'asserted';
    const ga = gold.filter(isAsserted);
    const pa = predicted.filter(isAsserted);
    asserted.gold += ga.length;
    asserted.predicted += pa.length;
    asserted.matched += matchEvents(ga, pa).length;
    const matchedG = new Set(matched.map(([g]) => g));
    const matchedP = new Set(matched.map(([, p]) => p));
    const unmatched = (list: ScoredEvent[], seen: Set<ScoredEvent>, kind: 'missed' | 'spurious') => {
      for (const e of list) {
        if (!seen.has(e))
          errors.push({
            id: item.id,
            kind,
            type: e.type,
            trigger: e.trigger?.text ?? null,
            detail: describe(e),
          });
      }
    };
    unmatched(gold, matchedG, 'missed');
    unmatched(predicted, matchedP, 'spurious');
  }
  for (const f of FIELDS) fields[f].accuracy = fields[f].total ? fields[f].correct / fields[f].total : 0;
  const perType = types.map((t) => {
    const c = counts.get(t)!;
    return prf(t, c.gold, c.predicted, c.matched);
  });
  const sum = (k: 'gold' | 'predicted' | 'matched') => perType.reduce((n, t) => n + t[k], 0);
  return {
    items: pairs.length,
    perType,
    overall: prf('overall', sum('gold'), sum('predicted'), sum('matched')),
    asserted: prf('asserted only', asserted.gold, asserted.predicted, asserted.matched),
    fields,
    itemAgreement: pairs.length ? agreeingItems / pairs.length : 0,
    errors,
  };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export function formatReport(r: Report, title: string, maxErrors = 25): string {
  const lines = [`${title}: ${r.items} items`, '', 'type        gold  pred  match   P      R      F1'];
  const row = (t: TypeScore) =>
    `${t.type.padEnd(11)} ${String(t.gold).padStart(4)}  ${String(t.predicted).padStart(4)}  ${String(t.matched).padStart(5)}  ${pct(t.precision)}  ${pct(t.recall)}  ${pct(t.f1)}`;
  for (const t of r.perType) lines.push(row(t));
  lines.push('-'.repeat(56), row(r.overall), row(r.asserted), '');
  lines.push(
    `items whose set of event types is exactly right: ${pct(r.itemAgreement)}%`,
    '',
    'on matched events:',
  );
  for (const f of FIELDS)
    lines.push(
      `  ${f.padEnd(14)} ${pct(r.fields[f].accuracy)}%  (${r.fields[f].correct}/${r.fields[f].total})`,
    );
  const shown = [
    ...r.errors.filter((e) => e.kind === 'spurious'),
    ...r.errors.filter((e) => e.kind === 'missed'),
    ...r.errors.filter((e) => e.kind === 'field'),
  ].slice(0, maxErrors);
  if (shown.length) {
    lines.push(
      '',
      `errors (first ${shown.length} of ${r.errors.length}: spurious, then missed, then wrong fields):`,
    );
    for (const e of shown)
      lines.push(`  ${e.id}  ${e.kind.padEnd(8)} ${e.type.padEnd(9)} "${e.trigger ?? ''}"  ${e.detail}`);
  }
  return lines.join('\n');
}
