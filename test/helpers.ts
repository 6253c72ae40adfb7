/** Shared test helpers: the fixture paths, the shared corpus (when present) and one analyzer for all tests. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Analyzer } from '../src/pipeline.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** ../shared beside the repository: present in development and CI, absent in a user's fresh clone. */
export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
export const CORPUS = SHARED + 'corpus/news-sample.jsonl';
export const hasCorpus = existsSync(CORPUS);

export interface CorpusArticle {
  id: string;
  source: string;
  title: string;
  date_iso: string;
  text: string;
}

export function corpus(limit = Infinity): CorpusArticle[] {
  if (!hasCorpus) return [];
  const out: CorpusArticle[] = [];
  for (const line of readFileSync(CORPUS, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    out.push(JSON.parse(line) as CorpusArticle);
    if (out.length >= limit) break;
  }
  return out;
}

export function fixture(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

let analyzer: Analyzer | null = null;
export function sharedAnalyzer(): Analyzer {
  analyzer ??= new Analyzer();
  return analyzer;
}

/** Every span of an analysis must cite the original text exactly; returns the offending spans. */
export function badSpans(a: import('../src/model.js').Analysis, text: string): string[] {
  const bad: string[] = [];
  const check = (where: string, s: { start: number; end: number; text?: string }) => {
    if (s.start < 0 || s.end > text.length || s.start > s.end)
      bad.push(`${where}: [${s.start},${s.end}) out of range`);
    else if (s.text !== undefined && text.slice(s.start, s.end) !== s.text)
      bad.push(`${where}: "${text.slice(s.start, s.end)}" != "${s.text}"`);
  };
  a.paragraphs.forEach((p, i) => check(`paragraph ${i}`, p));
  a.sentences.forEach((s, i) => check(`sentence ${i}`, s));
  for (const e of a.entities) for (const m of e.mentions) check(`entity ${e.id}`, m);
  a.times.forEach((t, i) => check(`time ${i}`, t));
  a.quotes.forEach((q, i) => check(`quote ${i}`, q));
  for (const e of a.events) {
    for (const m of e.mentions) {
      check(`event ${e.id} mention`, m);
      check(`event ${e.id} trigger`, m.trigger);
    }
    for (const x of [...e.source, ...e.target]) check(`event ${e.id} actor`, x);
    if (e.location) check(`event ${e.id} location`, e.location);
  }
  return bad;
}
