// npm run bench: throughput of the text layer and of the whole pipeline on ../shared/corpus/news-sample.jsonl,
// peak memory, and the wall-clock time of one `hadath analyze` including start-up. Single process, one core.
// The corpus is streamed line by line, so the peak RSS is the analyser's, not the benchmark's.
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { paragraphSpans } from '../dist/extract/structure.js';
import { textLayer } from '../dist/lang/ar/text.js';
import { Analyzer } from '../dist/pipeline.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusPath =
  process.argv[2] ?? new URL('../../shared/corpus/news-sample.jsonl', import.meta.url).pathname;
if (!existsSync(corpusPath)) {
  console.error(`bench: corpus not found at ${corpusPath} (pass a JSONL path as the first argument)`);
  process.exit(2);
}
let peak = process.memoryUsage().rss;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const mb = (b) => (b / 1024 / 1024).toFixed(0) + ' MB';

async function* articles() {
  for await (const line of createInterface({ input: createReadStream(corpusPath), crlfDelay: Infinity })) {
    if (!line) continue;
    const a = JSON.parse(line);
    yield { ...a, full: `${a.title ?? ''}\n\n${a.text}` };
  }
}

async function run(label, f) {
  let n = 0;
  let busy = 0n;
  let extra = 0;
  for await (const a of articles()) {
    const t0 = process.hrtime.bigint();
    extra += f(a);
    busy += process.hrtime.bigint() - t0;
    if (++n % 250 === 0) sample();
  }
  const s = Number(busy) / 1e9;
  sample();
  return { n, s, extra };
}

const analyzer = new Analyzer();
const segmenter = analyzer.lexicon.segmenter;
const text = await run('text', (a) => {
  let tokens = 0;
  for (const s of textLayer(a.full, paragraphSpans(a.full)).sentences) {
    for (const tok of s.tokens) if (tok.kind === 'arabic') segmenter.best(tok.norm);
    tokens += s.tokens.length;
  }
  return tokens;
});
console.log(`corpus: ${text.n} articles`);
console.log(
  `text layer (normalise, tokenise, segment, sentences): ${(text.n / text.s).toFixed(0)} articles/s, ${(text.extra / text.s / 1e6).toFixed(2)} M tokens/s`,
);
for (let pass = 1; pass <= 3; pass++) {
  const full = await run(
    'full',
    (a) =>
      analyzer.analyze(a.full, { id: a.id, published: a.date_iso?.slice(0, 10) ?? null, title: a.title })
        .events.length,
  );
  console.log(
    `full analysis, pass ${pass}: ${(full.n / full.s).toFixed(0)} articles/s (${full.extra} events)`,
  );
}
console.log(`peak RSS: ${mb(peak)}`);

const file = new URL('../test/fixtures/macron-putin-call.txt', import.meta.url).pathname;
const t0 = Date.now();
execFileSync(process.execPath, [root + 'bin/hadath.js', 'analyze', file, '--date', '2022-05-03'], {
  stdio: 'ignore',
});
console.log(`hadath analyze one file, wall-clock including start-up: ${Date.now() - t0} ms`);
