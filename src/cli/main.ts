/** `hadath <command> ...`: one module per command. */
import { analyzeCommand } from './analyze.js';
import { dictCommand } from './dict.js';
import { evalCommand } from './eval.js';
import { ingestCommand } from './ingest.js';
import { eventsCommand } from './events.js';
import { articlesCommand } from './articles.js';
import { statsCommand } from './stats.js';
import { exportCommand } from './export.js';

const USAGE = `hadath — Arabic news to event data (PLOVER/CAMEO)

Usage:
  hadath analyze [FILE...] [--date YYYY-MM-DD] [--jsonl] [--format json|plover|cameo|table] [--explain] [--pretty]
  hadath dict check [--data DIR]
  hadath eval GOLD.jsonl [...] [--json] [--min-f1 X]
  hadath ingest PATH... [--db hadath.db] [--workers N] [--errors FILE]
  hadath events [--db] [--type T] [--actor A] [--country ISO3] [--from D] [--to D] [--q TEXT] [--stories]
                [--format table|json|csv|plover|cameo] [--limit N]
  hadath articles [--db] [--q TEXT] [--limit N]
  hadath stats [--db] [--json]
  hadath export [--db] --format json|jsonl|csv|plover|cameo [--out FILE]

Run "hadath <command> --help" for details.`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  analyze: analyzeCommand,
  dict: dictCommand,
  eval: evalCommand,
  ingest: ingestCommand,
  events: eventsCommand,
  articles: articlesCommand,
  stats: statsCommand,
  export: exportCommand,
};

export async function main(argv: string[]): Promise<number> {
  // A reader that stops early (hadath events | head) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`hadath: unknown command "${name}"\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (err) {
    process.stderr.write(`hadath ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
