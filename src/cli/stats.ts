/** hadath stats: what the database holds, and events by type, actor code, day and outlet. */
import { parseArgs } from 'node:util';
import { openStore, type Count } from '../store/index.js';
import { write } from './io.js';

const HELP = `hadath stats [options]
  Counts over the whole database.
  --db FILE    database (default hadath.db)
  --top N      actor codes and outlets to list (default 20)
  --days N     most recent days to list (default 30; 0 for all)
  --json       everything as one JSON object (every day)`;

function table(title: string, rows: Count[], total?: number): string {
  if (rows.length === 0) return `${title}: none\n`;
  const width = Math.max(...rows.map((r) => r.key.length));
  const lines = rows.map((r) => {
    const share = total ? `  ${((r.count / total) * 100).toFixed(1).padStart(5)}%` : '';
    return `  ${r.key.padEnd(width)}  ${String(r.count).padStart(7)}${share}`;
  });
  return `${title}:\n${lines.join('\n')}\n`;
}

export async function statsCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    allowPositionals: false,
    options: {
      db: { type: 'string', default: 'hadath.db' },
      top: { type: 'string', default: '20' },
      days: { type: 'string', default: '30' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const top = Number(values.top);
  const days = Number(values.days);
  if (!Number.isInteger(top) || top < 1)
    throw new Error(`--top "${values.top}" is not a positive whole number`);
  if (!Number.isInteger(days) || days < 0) throw new Error(`--days "${values.days}" is not a whole number`);
  const store = openStore(values.db);
  try {
    const s = await store.stats(top);
    if (values.json) {
      await write(process.stdout, JSON.stringify(s, null, 2) + '\n');
      return 0;
    }
    const recent = days === 0 ? s.byDay : s.byDay.slice(-days);
    const parts = [
      `articles ${s.articles} · events ${s.events} (${s.mergeable} asserted with a resolved day) · stories ${s.stories} ` +
        `(${s.multiReportStories} reported by several articles) · entities ${s.entities}\n`,
      table('events by type', s.byType, s.events),
      table('events by modality', s.byModality, s.events),
      table(`events by actor code (top ${top})`, s.byActor),
      table(`articles by outlet (top ${top})`, s.byOutlet, s.articles),
      table(
        recent.length < s.byDay.length
          ? `events by day (last ${recent.length} of ${s.byDay.length} days)`
          : 'events by day',
        recent,
      ),
    ];
    await write(process.stdout, parts.join('\n'));
  } finally {
    await store.close();
  }
  return 0;
}
