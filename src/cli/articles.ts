/** hadath articles: list stored articles, or find them by words of their title and text. */
import { parseArgs } from 'node:util';
import { openStore } from '../store/index.js';
import { limitOf } from './events.js';
import { write } from './io.js';

const HELP = `hadath articles [options]
  List stored articles (by publication date), or those matching --q (best match first).
  --db FILE     database (default hadath.db)
  --q TEXT      words of the title or text (full-text; أ/ا/إ, ة/ه, ى/ي and harakat variants match;
                "word*" matches words starting with it)
  --format F    table (default), json (one object per line)
  --limit N     at most N articles (default 100; 0 for all)`;

export async function articlesCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    allowPositionals: false,
    options: {
      db: { type: 'string', default: 'hadath.db' },
      q: { type: 'string' },
      format: { type: 'string', default: 'table' },
      limit: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  if (values.format !== 'table' && values.format !== 'json')
    throw new Error(`unknown --format "${values.format}" (table, json)`);
  const limit = limitOf(values.limit, 100);
  const store = openStore(values.db);
  let n = 0;
  try {
    for await (const a of store.articles({ q: values.q, limit })) {
      n++;
      if (values.format === 'json') {
        await write(process.stdout, JSON.stringify(a) + '\n');
        continue;
      }
      const events = `${a.events} event${a.events === 1 ? '' : 's'}`;
      await write(
        process.stdout,
        `${a.published ?? '????-??-??'}  ${(a.source ?? '-').padEnd(12)} ${a.key.slice(0, 12)}  ${events.padStart(9)}  ${a.title ?? a.id}\n`,
      );
    }
  } finally {
    await store.close();
  }
  if (values.format === 'table') {
    process.stderr.write(
      n === 0
        ? '(no articles match)\n'
        : limit && n === limit
          ? `(first ${n} articles; --limit 0 for all)\n`
          : '',
    );
  }
  return 0;
}
