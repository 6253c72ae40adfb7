/**
 * hadath analyze: files (each one article) or stdin → analyses. With --jsonl, input lines are
 * {"id","text","published"?,"title"?,"source"?,"url"?} and output lines carry the same id, in order; a bad
 * line gives {"id","error"} and the batch goes on.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { Analyzer, type AnalyzeOptions } from '../pipeline.js';
import type { Analysis } from '../model.js';
import { toPlover } from '../format/plover.js';
import { CAMEO_COLUMNS, cameoRow } from '../format/cameo.js';
import { eventTable } from '../format/table.js';
import { readStdin, write } from './io.js';

const HELP = `hadath analyze [FILE...] [options]
  Analyse articles: each FILE is one article (plain text); no FILE or "-" reads stdin.
  --date YYYY-MM-DD   publication date (resolves "اليوم", "أمس" and dated roles)
  --jsonl             input is JSONL: {"id","text","published"?,"title"?,"source"?,"url"?} per line
  --format F          json (default), plover (PLOVER JSON records), cameo (TSV), table
  --explain           print, per sentence, the triggers considered and why each was coded or dropped (stderr)
  --pretty            indent JSON output`;

type Format = 'json' | 'plover' | 'cameo' | 'table';

interface Job {
  id: string;
  text: string;
  options: AnalyzeOptions;
}

export async function analyzeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      jsonl: { type: 'boolean', default: false },
      format: { type: 'string', default: 'json' },
      explain: { type: 'boolean', default: false },
      pretty: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const format = values.format as Format;
  if (!['json', 'plover', 'cameo', 'table'].includes(format)) throw new Error(`unknown --format "${format}"`);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
    throw new Error(`--date "${values.date}" is not YYYY-MM-DD`);
  const analyzer = new Analyzer();
  const out = process.stdout;
  const explain = values.explain ? (line: string) => process.stderr.write(line + '\n') : undefined;
  let failures = 0;
  if (format === 'cameo') await write(out, CAMEO_COLUMNS.join('\t') + '\n');

  const emit = async (job: Job, result: Analysis | { id: string; error: string }) => {
    if ('error' in result) {
      failures++;
      if (format === 'json' || format === 'plover') await write(out, JSON.stringify(result) + '\n');
      process.stderr.write(`hadath analyze: ${result.id}: ${result.error}\n`);
      return;
    }
    if (format === 'json') {
      await write(out, (values.pretty ? JSON.stringify(result, null, 2) : JSON.stringify(result)) + '\n');
    } else if (format === 'plover') {
      for (const e of result.events) {
        const rec = toPlover(result, job.text, e, analyzer.lexicon.codebook);
        if (rec) await write(out, JSON.stringify(rec) + '\n');
      }
    } else if (format === 'cameo') {
      for (const e of result.events) await write(out, cameoRow(result, e) + '\n');
    } else {
      await write(out, eventTable(result) + '\n');
    }
  };
  const run = async (job: Job) => {
    if (explain) explain(`# ${job.id}`);
    let result: Analysis | { id: string; error: string };
    try {
      result = analyzer.analyze(job.text, { ...job.options, explain });
    } catch (err) {
      result = { id: job.id, error: err instanceof Error ? err.message : String(err) };
    }
    await emit(job, result);
  };

  const inputs = positionals.length ? positionals : ['-'];
  for (const input of inputs) {
    if (values.jsonl) {
      const stream = input === '-' ? process.stdin : createReadStream(input);
      let lineNo = 0;
      for await (const line of createInterface({ input: stream as Readable, crlfDelay: Infinity })) {
        lineNo++;
        if (!line.trim()) continue;
        const job = parseJsonLine(line, `${input}:${lineNo}`, values.date);
        if ('error' in job) await emit({ id: job.id, text: '', options: {} }, job);
        else await run(job);
      }
      continue;
    }
    let text: string;
    try {
      text = input === '-' ? await readStdin() : readFileSync(input, 'utf8');
    } catch (err) {
      await emit(
        { id: input, text: '', options: {} },
        { id: input, error: `cannot read: ${(err as Error).message}` },
      );
      continue;
    }
    await run({
      id: input === '-' ? 'stdin' : input,
      text,
      options: { id: input === '-' ? 'stdin' : input, published: values.date ?? null },
    });
  }
  return failures > 0 ? 1 : 0;
}

function parseJsonLine(
  line: string,
  where: string,
  date: string | undefined,
): Job | { id: string; error: string } {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (err) {
    return { id: where, error: `invalid JSON: ${(err as Error).message}` };
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj))
    return { id: where, error: 'not a JSON object' };
  const o = obj as Record<string, unknown>;
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : where;
  if (typeof o.text !== 'string') return { id, error: 'missing "text" (a string)' };
  const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : null);
  const published = str('published') ?? date ?? null;
  if (published !== null && !/^\d{4}-\d{2}-\d{2}/.test(published))
    return { id, error: `"published" is not a date: ${published}` };
  return {
    id,
    text: o.text,
    options: {
      id,
      published: published?.slice(0, 10) ?? null,
      title: str('title'),
      source: str('source'),
      url: str('url'),
    },
  };
}
