/**
 * Merging within an article: the same event reported in the title, the lede and the body becomes one event
 * with several mentions. Mentions merge when they have the same type, CAMEO code and modality, compatible actors (one
 * set within the other) and compatible dates; a near-duplicate paragraph merges even when its date
 * disagrees, and the event is flagged "date-conflict" rather than counted twice.
 */
import type { Paragraph } from '../model.js';
import type { CodedEvent } from '../code/events.js';
import type { ActorPhrase } from '../recognize/actors.js';

export interface MergedEvent {
  /** The mention whose details represent the event (the one with the most actors, then the earliest). */
  main: CodedEvent;
  mentions: CodedEvent[];
  flags: string[];
}

function actorKeys(e: CodedEvent): Set<string> {
  const key = (p: ActorPhrase) => p.entity?.id ?? `${p.country}|${p.sector}`;
  return new Set([...e.source, ...e.target].map(key));
}

function subsetEither(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (!large.has(x)) return false;
  return true;
}

/** compatible: same or unknown dates; conflict: both dated explicitly, and differently. */
function dateRelation(a: CodedEvent, b: CodedEvent): 'compatible' | 'conflict' {
  if (a.date.text === null || b.date.text === null) return 'compatible';
  if (a.date.value !== null && a.date.value === b.date.value) return 'compatible';
  return 'conflict';
}

/** Same type, modality and CAMEO code: two accusations of one speaker in one article are not one event. */
function sameKind(a: CodedEvent, b: CodedEvent): boolean {
  return a.code.code === b.code.code && a.modality === b.modality;
}

function duplicateParagraphs(paragraphs: Paragraph[], a: number, b: number): boolean {
  const root = (i: number): number => {
    let p = paragraphs[i];
    while (p && p.duplicateOf !== null) p = paragraphs[p.duplicateOf];
    return p ? p.index : i;
  };
  return root(a) === root(b);
}

export function mergeWithinArticle(events: CodedEvent[], paragraphs: Paragraph[]): MergedEvent[] {
  const merged: MergedEvent[] = [];
  for (const e of events) {
    const keys = actorKeys(e);
    // Of the compatible events, the one sharing the most actors (then the nearest) takes the mention:
    // "مكالمة مع أردوغان" joins the Putin–Erdoğan call, not an Erdoğan–Zelensky one.
    let home: MergedEvent | null = null;
    let conflict = false;
    let best = -1;
    for (const m of merged) {
      if (!sameKind(m.main, e)) continue;
      const mk = actorKeys(m.main);
      const shared = [...keys].filter((k) => mk.has(k)).length;
      if (!(subsetEither(keys, mk) && (shared > 0 || (keys.size === 0 && m.main.paragraph === e.paragraph))))
        continue;
      const relation = m.mentions.some((x) => dateRelation(x, e) === 'conflict') ? 'conflict' : 'compatible';
      const duplicate = m.mentions.some(
        (x) => duplicateParagraphs(paragraphs, x.paragraph, e.paragraph) && x.paragraph !== e.paragraph,
      );
      if (relation !== 'compatible' && !duplicate) continue;
      const union = new Set([...keys, ...mk]).size;
      const score = (union ? shared / union : 1) - Math.abs(m.main.paragraph - e.paragraph) / 1000;
      if (score > best) {
        best = score;
        home = m;
        conflict = relation === 'conflict';
      }
    }
    if (!home) {
      merged.push({ main: e, mentions: [e], flags: [] });
      continue;
    }
    home.mentions.push(e);
    if (conflict && !home.flags.includes('date-conflict')) home.flags.push('date-conflict');
    const weight = (x: CodedEvent) => x.source.length + x.target.length + (x.date.resolved ? 0.5 : 0);
    if (weight(e) > weight(home.main)) home.main = e;
  }
  return merged;
}
