/** The evidence of an event: the sentences its mentions occur in, as written, in text order. */
import type { Analysis, Event } from '../model.js';

export function eventEvidence(text: string, a: Analysis, e: Event): string {
  const seen = new Set<number>();
  const parts: string[] = [];
  for (const m of e.mentions) {
    if (seen.has(m.sentence)) continue;
    seen.add(m.sentence);
    const s = a.sentences[m.sentence];
    parts.push(s ? text.slice(s.start, s.end) : text.slice(m.start, m.end));
  }
  return parts.join(' … ');
}
