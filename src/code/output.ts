/** Merged coded events → the output `Event` records (ids, codes, actors, mentions with offsets). */
import type { Event, EventActor } from '../model.js';
import type { ActorPhrase } from '../recognize/actors.js';
import type { MergedEvent } from '../merge/within.js';
import type { CodedEvent } from './events.js';

function actor(original: string, p: ActorPhrase): EventActor {
  return {
    entity: p.entity?.id ?? null,
    text: original.slice(p.start, p.end),
    start: p.start,
    end: p.end,
    country: p.country,
    sector: p.sector,
    code: p.code,
  };
}

function mentionSpan(e: CodedEvent, tokensStart: number, tokensEnd: number): { start: number; end: number } {
  let start = tokensStart;
  let end = tokensEnd;
  for (const p of [...e.source, ...e.target]) {
    if (p.sentence !== e.sentence) continue;
    start = Math.min(start, p.start);
    end = Math.max(end, p.end);
  }
  return { start, end };
}

export function toEvents(
  original: string,
  merged: MergedEvent[],
  triggerSpan: (e: CodedEvent) => { start: number; end: number },
): Event[] {
  return merged.map((m, i) => {
    const main = m.main;
    const entry = main.match.entry;
    const code = main.code;
    const dated = main.date.resolved ? main : (m.mentions.find((x) => x.date.resolved) ?? main);
    return {
      id: `v${i + 1}`,
      type: code.type,
      // The trigger's mode when it kept its code; a promoted appeal takes the demand's mode.
      mode: code.code === entry.cameo ? entry.mode : code.mode,
      cameo: code.code,
      quad: code.quad,
      goldstein: code.goldstein,
      source: main.source.map((p) => actor(original, p)),
      target: main.target.map((p) => actor(original, p)),
      date: dated.date,
      location: main.location ?? m.mentions.find((x) => x.location)?.location ?? null,
      modality: main.modality,
      attribution: main.attribution,
      mentions: m.mentions.map((x) => {
        const t = triggerSpan(x);
        return {
          sentence: x.sentence,
          ...mentionSpan(x, t.start, t.end),
          trigger: { start: t.start, end: t.end, text: original.slice(t.start, t.end) },
        };
      }),
      rule: entry.rule,
      confidence: Math.max(...m.mentions.map((x) => x.confidence)),
      flags: m.flags,
    };
  });
}
