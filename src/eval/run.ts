/** Runs the real pipeline on gold items and turns both sides into comparable events. */
import type { Analysis } from '../model.js';
import type { Analyzer } from '../pipeline.js';
import { actorList, type GoldEvent, type GoldItem } from './gold.js';
import { score, type ItemPair, type Report, type ScoredEvent } from './score.js';

function sentenceAt(a: Analysis, offset: number): number {
  const s = a.sentences.find((x) => x.start <= offset && offset < x.end);
  return s ? s.index : -1;
}

export function scoredGold(item: GoldItem, e: GoldEvent, a: Analysis | null): ScoredEvent {
  const at = e.trigger ? item.text.indexOf(e.trigger) : -1;
  const actor = (x: { country: string | null; sector: string | null }) => ({
    country: x.country ?? null,
    sector: x.sector ?? null,
  });
  return {
    type: e.type,
    cameo: e.cameo ?? null,
    sentence: at >= 0 && a ? sentenceAt(a, at) : -1,
    trigger: at >= 0 ? { start: at, end: at + e.trigger!.length, text: e.trigger! } : null,
    source: actorList(e.source).map(actor),
    target: actorList(e.target).map(actor),
    modality: e.modality ?? 'asserted',
    attribution: (e.attribution ?? []).map(actor),
  };
}

export function scoredPrediction(a: Analysis): ScoredEvent[] {
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  return a.events
    .filter((e) => e.type !== null)
    .map((e) => {
      const m = e.mentions[0]!;
      return {
        type: e.type!,
        cameo: e.cameo,
        sentence: m.sentence,
        trigger: m.trigger,
        source: e.source.map((x) => ({ country: x.country, sector: x.sector })),
        target: e.target.map((x) => ({ country: x.country, sector: x.sector })),
        modality: e.modality,
        attribution: e.attribution.map((x) => {
          const ent = x.entity ? byId.get(x.entity) : undefined;
          return { country: ent?.country ?? null, sector: ent?.sector ?? null };
        }),
      };
    });
}

export function evaluate(analyzer: Analyzer, items: GoldItem[]): Report {
  const pairs: ItemPair[] = items.map((item) => {
    const a = analyzer.analyze(item.text, { id: item.id, published: item.published ?? null });
    return {
      id: item.id,
      text: item.text,
      gold: item.events.map((e) => scoredGold(item, e, a)),
      predicted: scoredPrediction(a),
    };
  });
  return score(pairs);
}
