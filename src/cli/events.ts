/** hadath events: query the stored events (per article) or the story-level events merged across articles. */
import { parseArgs } from 'node:util';
import { openStore, type EventQuery, type Store, type StoredAnalysis } from '../store/index.js';
import {
  EVENT_CSV_COLUMNS,
  STORY_CSV_COLUMNS,
  cameoLine,
  eventCsvRow,
  eventTableLines,
  ploverRecord,
  storyCameo,
  storyCsvRow,
  storyPlover,
  storyTableLines,
} from '../store/render.js';
import { CAMEO_COLUMNS } from '../format/cameo.js';
import { loadCodebook, type Codebook } from '../lexicon/codebook.js';
import { DEFAULT_DATA_DIR } from '../lexicon/index.js';
import { write } from './io.js';

const HELP = `hadath events [options]
  List stored events, in date order.
  --db FILE          database (default hadath.db)
  --type T           PLOVER type (ASSAULT, CONSULT ...), STATEMENT, or CAMEO code digits (19, 190, 0411)
  --actor A          actor code (RUS matches RUS, RUSGOV, RUSMIL ...) or words of the actor's name, in Arabic
                     or the canonical (English) name; spelling variants and harakat are ignored
  --country ISO3     an actor's country or the event's location
  --from D, --to D   day bounds, inclusive (YYYY-MM-DD, YYYY-MM or YYYY)
  --q TEXT           words of the sentences reporting the event (full-text; أ/ا, ة/ه, harakat ignored)
  --stories          story-level events: one per real event, with every article that reported it
  --format F         table (default), json, csv, plover, cameo
  --limit N          at most N events or stories (default 100; 0 for all)`;

type Format = 'table' | 'json' | 'csv' | 'plover' | 'cameo';
const FORMATS: readonly Format[] = ['table', 'json', 'csv', 'plover', 'cameo'];

/** Stored analyses of the articles being printed, loaded once each (PLOVER and CAMEO need the full analysis). */
function analysisCache(store: Store): (key: string) => Promise<StoredAnalysis> {
  const cache = new Map<string, StoredAnalysis>();
  return async (key) => {
    let a = cache.get(key);
    if (!a) {
      const loaded = await store.analysis(key);
      if (!loaded) throw new Error(`article ${key} disappeared from the database`);
      if (cache.size >= 64) cache.clear();
      cache.set(key, (a = loaded));
    }
    return a;
  };
}

export function limitOf(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--limit "${value}" is not a whole number`);
  return n;
}

export async function eventsCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    allowPositionals: false,
    options: {
      db: { type: 'string', default: 'hadath.db' },
      type: { type: 'string' },
      actor: { type: 'string' },
      country: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      q: { type: 'string' },
      stories: { type: 'boolean', default: false },
      format: { type: 'string', default: 'table' },
      limit: { type: 'string' },
      data: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format))
    throw new Error(`unknown --format "${values.format}" (${FORMATS.join(', ')})`);
  const query: EventQuery = {
    type: values.type,
    actor: values.actor,
    country: values.country,
    from: values.from,
    to: values.to,
    q: values.q,
    limit: limitOf(values.limit, 100),
  };
  const store = openStore(values.db);
  const out = process.stdout;
  const codebook: Codebook | null =
    format === 'plover' ? loadCodebook(values.data ?? DEFAULT_DATA_DIR) : null;
  const analysisOf = analysisCache(store);
  let n = 0;
  try {
    if (format === 'csv')
      await write(out, (values.stories ? STORY_CSV_COLUMNS : EVENT_CSV_COLUMNS).join(',') + '\n');
    if (format === 'cameo') await write(out, CAMEO_COLUMNS.join('\t') + '\n');
    if (format === 'json') await write(out, '[');
    if (values.stories) {
      for await (const s of store.stories(query)) {
        const first = s.reports[0];
        let text: string | null;
        if (format === 'table') text = storyTableLines(s).join('\n');
        else if (format === 'json') text = (n > 0 ? ',\n' : '\n') + JSON.stringify(s);
        else if (format === 'csv') text = storyCsvRow(s);
        else if (!first) text = null;
        else if (format === 'plover') {
          const rec = storyPlover(s, await analysisOf(first.article.key), codebook!);
          text = rec ? JSON.stringify(rec) : null;
        } else text = storyCameo(s, await analysisOf(first.article.key));
        if (text !== null) await write(out, format === 'json' ? text : text + '\n');
        n++;
      }
    } else {
      for await (const r of store.events(query)) {
        let text: string | null;
        if (format === 'table') text = eventTableLines(r).join('\n');
        else if (format === 'json') text = (n > 0 ? ',\n' : '\n') + JSON.stringify(r);
        else if (format === 'csv') text = eventCsvRow(r.article, r.event, r.evidence, r.story);
        else if (format === 'plover') {
          const rec = ploverRecord(await analysisOf(r.article.key), r.event, codebook!);
          text = rec ? JSON.stringify(rec) : null;
        } else text = cameoLine(await analysisOf(r.article.key), r.event);
        if (text !== null) await write(out, format === 'json' ? text : text + '\n');
        n++;
      }
    }
    if (format === 'json') await write(out, n > 0 ? '\n]\n' : ']\n');
    if (format === 'table') {
      const what = values.stories ? 'stories' : 'events';
      process.stderr.write(
        n === 0
          ? `(no ${what} match)\n`
          : query.limit && n === query.limit
            ? `(first ${n} ${what}; --limit 0 for all)\n`
            : '',
      );
    }
  } finally {
    await store.close();
  }
  return 0;
}
