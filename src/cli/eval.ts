/** hadath eval: score the pipeline on gold JSONL files (test/gold/dev.jsonl, test/gold/test.jsonl). */
import { parseArgs } from 'node:util';
import { Analyzer } from '../pipeline.js';
import { loadGold } from '../eval/gold.js';
import { evaluate } from '../eval/run.js';
import { formatReport } from '../eval/score.js';

const HELP = `hadath eval GOLD.jsonl [...] [--json] [--min-f1 X] [--min-precision X] [--errors N]
  Run the pipeline on each gold file and print precision/recall/F1 per PLOVER type, the accuracy of
  codes, actors, modality and attribution on matched events, and the worst errors.
  --min-f1 / --min-precision   exit 1 when the overall score of any file falls below the floor`;

export async function evalCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'min-f1': { type: 'string' },
      'min-precision': { type: 'string' },
      errors: { type: 'string', default: '25' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    process.stdout.write(HELP + '\n');
    return values.help ? 0 : 2;
  }
  const analyzer = new Analyzer();
  const minF1 = values['min-f1'] !== undefined ? Number(values['min-f1']) : null;
  const minP = values['min-precision'] !== undefined ? Number(values['min-precision']) : null;
  let failed = false;
  const reports = [];
  for (const path of positionals) {
    const report = evaluate(analyzer, loadGold(path));
    reports.push({ file: path, ...report });
    if (!values.json) process.stdout.write(formatReport(report, path, Number(values.errors)) + '\n\n');
    if (minF1 !== null && report.overall.f1 < minF1) {
      process.stderr.write(
        `hadath eval: ${path}: overall F1 ${report.overall.f1.toFixed(3)} is below --min-f1 ${minF1}\n`,
      );
      failed = true;
    }
    if (minP !== null && report.overall.precision < minP) {
      process.stderr.write(
        `hadath eval: ${path}: overall precision ${report.overall.precision.toFixed(3)} is below --min-precision ${minP}\n`,
      );
      failed = true;
    }
  }
  if (values.json) process.stdout.write(JSON.stringify(reports, null, 2) + '\n');
  return failed ? 1 : 0;
}
