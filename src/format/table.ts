/** A compact, human-readable view of events for a terminal. */
import type { Analysis } from '../model.js';

export function eventTable(a: Analysis): string {
  const lines: string[] = [];
  const head = a.article.title
    ? `${a.article.id ? a.article.id + '  ' : ''}${a.article.title}`
    : a.article.id;
  if (head) lines.push(head);
  if (a.events.length === 0) lines.push('  (no events)');
  for (const e of a.events) {
    const src = e.source.map((x) => `${x.text} [${x.code ?? '?'}]`).join(' + ') || '?';
    const tgt = e.target.map((x) => `${x.text} [${x.code ?? '?'}]`).join(' + ') || '-';
    const who = e.attribution.length ? `  according to ${e.attribution.map((x) => x.text).join(' < ')}` : '';
    const flags = e.flags.length ? `  {${e.flags.join(',')}}` : '';
    lines.push(
      `  ${e.id}  ${e.date.value ?? '????'}${e.date.resolved ? '' : '?'}  ${(e.type ?? 'STATEMENT').padEnd(9)} ${e.cameo.padEnd(4)} ${e.modality.padEnd(12)} ${src}  →  ${tgt}${who}${flags}`,
    );
    lines.push(
      `        "${e.mentions.map((m) => m.trigger.text).join('" / "')}"  (${e.mentions.length} mention${e.mentions.length > 1 ? 's' : ''}, ${e.rule})`,
    );
  }
  return lines.join('\n');
}
