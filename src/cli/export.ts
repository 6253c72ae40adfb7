/**
 * hadath export: the whole database in one format, streamed article by article so that memory stays flat
 * whatever the size of the database.
 */
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { openStore, type StoredAnalysis } from '../store/index.js';
import { EVENT_CSV_COLUMNS, cameoLine, eventCsvRow, ploverRecords } from '../store/render.js';
import { eventEvidence } from '../store/evidence.js';
import { CAMEO_COLUMNS } from '../format/cameo.js';
import { loadCodebook } from '../lexicon/codebook.js';
import { DEFAULT_DATA_DIR } from '../lexicon/index.js';
import { write } from './io.js';

const HELP = `hadath export --format F [options]
  Write the whole database.
  --format F    jsonl: one line per article: {article, text, analysis, stories} (offsets index text)
                json: the same objects as one JSON array
                csv: one row per event (article, event, actors, evidence)
                plover: PLOVER JSON records, one per line (events with a PLOVER type)
                cameo: tab-separated CAMEO rows with a header
  --db FILE     database (default hadath.db)
  --out FILE    write there instead of stdout
  --data DIR    dictionaries directory (for PLOVER contexts; default: the bundled data/)`;

const FORMATS = ['json', 'jsonl', 'csv', 'plover', 'cameo'] as const;
type Format = (typeof FORMATS)[number];

export async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    allowPositionals: false,
    options: {
      db: { type: 'string', default: 'hadath.db' },
      format: { type: 'string' },
      out: { type: 'string' },
      data: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const format = values.format as Format | undefined;
  if (!format || !FORMATS.includes(format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}`);
  const store = openStore(values.db);
  const codebook = format === 'plover' ? loadCodebook(values.data ?? DEFAULT_DATA_DIR) : null;
  const file = values.out ? createWriteStream(values.out) : null;
  const out: Writable = file ?? process.stdout;
  const lines = (a: StoredAnalysis): string[] => {
    switch (format) {
      case 'jsonl':
      case 'json':
        return [JSON.stringify(a)];
      case 'csv':
        return a.analysis.events.map((e) =>
          eventCsvRow(a.article, e, eventEvidence(a.text, a.analysis, e), a.stories[e.id] ?? null),
        );
      case 'plover':
        return ploverRecords(a, codebook!).map((r) => JSON.stringify(r));
      case 'cameo':
        return a.analysis.events.map((e) => cameoLine(a, e));
    }
  };
  let articles = 0;
  try {
    if (format === 'csv') await write(out, EVENT_CSV_COLUMNS.join(',') + '\n');
    if (format === 'cameo') await write(out, CAMEO_COLUMNS.join('\t') + '\n');
    if (format === 'json') await write(out, '[');
    for await (const a of store.analyses()) {
      const text = lines(a).join('\n');
      if (format === 'json') await write(out, (articles > 0 ? ',\n' : '\n') + text);
      else if (text) await write(out, text + '\n');
      articles++;
    }
    if (format === 'json') await write(out, articles > 0 ? '\n]\n' : ']\n');
  } finally {
    await store.close();
    if (file) {
      file.end();
      await finished(file);
    }
  }
  if (values.out) process.stderr.write(`hadath export: ${articles} articles to ${values.out}\n`);
  return 0;
}
