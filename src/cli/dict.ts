/** hadath dict check: validate every dictionary file and print counts per file. */
import { parseArgs } from 'node:util';
import { loadLexicon } from '../lexicon/index.js';
import { checkLexicon } from '../lexicon/check.js';

const HELP = `hadath dict check [--data DIR] [--warnings]
  Validate the dictionaries (default: the bundled data/ directory). Exits 1 on errors.`;

export async function dictCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      warnings: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals[0] !== 'check') {
    process.stdout.write(HELP + '\n');
    return values.help ? 0 : 2;
  }
  const started = Date.now();
  const lexicon = loadLexicon(values.data);
  const loadMs = Date.now() - started;
  const report = checkLexicon(lexicon);
  const width = Math.max(...[...report.counts.keys()].map((k) => k.length));
  for (const [file, count] of [...report.counts].sort())
    process.stdout.write(`${file.padEnd(width)}  ${String(count).padStart(6)}\n`);
  process.stdout.write(
    `loaded in ${loadMs} ms; ${report.errors.length} error(s), ${report.warnings.length} warning(s)\n`,
  );
  for (const e of report.errors) process.stdout.write(`error: ${e}\n`);
  if (values.warnings) for (const w of report.warnings) process.stdout.write(`warning: ${w}\n`);
  else if (report.warnings.length) process.stdout.write(`(run with --warnings to list the warnings)\n`);
  return report.errors.length ? 1 : 0;
}
