// Inter-annotator agreement between two annotation passes of the gold set (docs/annotation.md, section 7):
// item-level exact agreement on the set of event types, event-level F1 on type, Cohen's kappa per type on
// the presence of that type in an item, and field agreement on matched events.
// Usage (after npm run build): node scripts/gold-agreement.mjs ITEMS.jsonl PASS_A.jsonl PASS_B.jsonl [--json]
import { readFileSync } from 'node:fs';
import { score } from '../dist/eval/score.js';
import { scoredGold } from '../dist/eval/run.js';
import { PLOVER_TYPES } from '../dist/model.js';

const [itemsPath, aPath, bPath] = process.argv.slice(2);
const read = (p) =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const items = new Map(read(itemsPath).map((i) => [i.id, i]));
const a = new Map(read(aPath).map((x) => [x.id, x]));
const b = new Map(read(bPath).map((x) => [x.id, x]));
const ids = [...a.keys()].filter((id) => b.has(id) && items.has(id));

// Pass B plays "predicted", pass A "gold"; F1 is symmetric.
const pairs = ids.map((id) => {
  const item = items.get(id);
  return {
    id,
    text: item.text,
    gold: a.get(id).events.map((e) => scoredGold(item, e, null)),
    predicted: b.get(id).events.map((e) => scoredGold(item, e, null)),
  };
});
const report = score(pairs);

function kappa(type) {
  let both = 0,
    onlyA = 0,
    onlyB = 0,
    none = 0;
  for (const id of ids) {
    const inA = a.get(id).events.some((e) => e.type === type);
    const inB = b.get(id).events.some((e) => e.type === type);
    if (inA && inB) both++;
    else if (inA) onlyA++;
    else if (inB) onlyB++;
    else none++;
  }
  const n = ids.length;
  const po = (both + none) / n;
  const pe = ((both + onlyA) / n) * ((both + onlyB) / n) + ((none + onlyB) / n) * ((none + onlyA) / n);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}
const kappas = Object.fromEntries(PLOVER_TYPES.map((t) => [t, kappa(t)]));
const out = {
  items: ids.length,
  itemAgreement: report.itemAgreement,
  eventF1: report.overall.f1,
  eventsA: report.overall.gold,
  eventsB: report.overall.predicted,
  kappa: kappas,
  fields: Object.fromEntries(Object.entries(report.fields).map(([k, v]) => [k, v.accuracy])),
};
if (process.argv.includes('--json')) console.log(JSON.stringify(out, null, 2));
else {
  console.log(
    `items ${out.items}; item-level exact agreement ${(100 * out.itemAgreement).toFixed(1)}%; event F1 ${(100 * out.eventF1).toFixed(1)} (A ${out.eventsA} events, B ${out.eventsB})`,
  );
  console.log('kappa per type: ' + PLOVER_TYPES.map((t) => `${t} ${kappas[t].toFixed(2)}`).join(', '));
  console.log(
    'field agreement on matched events: ' +
      Object.entries(out.fields)
        .map(([k, v]) => `${k} ${(100 * v).toFixed(1)}%`)
        .join(', '),
  );
}
