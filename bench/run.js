// npm run bench: throughput of the text layer and of the whole pipeline on ../shared/corpus/news-sample.jsonl,
// peak memory, and the wall-clock time of one `hadath analyze` including start-up. Single process, one core.
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { normalize } from '../dist/lang/ar/normalize.js';
import { paragraphSpans } from '../dist/extract/structure.js';
import { textLayer } from '../dist/lang/ar/text.js';
import { Analyzer } from '../dist/pipeline.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusPath = process.argv[2] ?? new URL('../../shared/corpus/news-sample.jsonl', import.meta.url).pathname;
if (!existsSync(corpusPath)) {
  console.error(`bench: corpus not found at ${corpusPath} (pass a JSONL path as the first argument)`);
  process.exit(2);
}
const articles = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const texts = articles.map((a) => `${a.title ?? ''}\n\n${a.text}`);
let peak = process.memoryUsage().rss;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const mb = (b) => (b / 1024 / 1024).toFixed(0) + ' MB';

function run(label, f) {
  const t0 = process.hrtime.bigint();
  const extra = f();
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  sample();
  console.log(`${label.padEnd(34)} ${(texts.length / s).toFixed(0).padStart(6)} articles/s${extra ? '  ' + extra(s) : ''}  (${s.toFixed(2)} s)`);
}

const analyzer = new Analyzer();
const segmenter = analyzer.lexicon.segmenter;
console.log(`corpus: ${texts.length} articles, ${(texts.reduce((n, t) => n + t.length, 0) / 1e6).toFixed(1)} M characters`);

run('text layer (normalise+tokenise+', () => {
  let tokens = 0;
  for (const t of texts) {
    const layer = textLayer(t, paragraphSpans(t));
    for (const s of layer.sentences) {
      for (const tok of s.tokens) if (tok.kind === 'arabic') segmenter.best(tok.norm);
      tokens += s.tokens.length;
    }
  }
  return (s) => `${(tokens / s / 1e6).toFixed(2)} M tokens/s`;
});
console.log('  segment+sentences)');
for (let i = 0; i < 3; i++) run('full analysis, pass ' + (i + 1), () => {
  let events = 0;
  articles.forEach((a, k) => {
    events += analyzer.analyze(texts[k], { id: a.id, published: a.date_iso?.slice(0, 10) ?? null, title: a.title }).events.length;
    if (k % 500 === 0) sample();
  });
  return () => `${events} events`;
});
console.log(`peak RSS (this process): ${mb(peak)}`);

const file = new URL('../test/fixtures/macron-putin-call.txt', import.meta.url).pathname;
const t0 = Date.now();
execFileSync(process.execPath, [root + 'bin/hadath.js', 'analyze', file, '--date', '2022-05-03'], { stdio: 'ignore' });
console.log(`hadath analyze one file, wall-clock incl. start-up: ${Date.now() - t0} ms`);
