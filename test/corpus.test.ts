/**
 * Robustness on the 6,000 real articles of ../shared/corpus/news-sample.jsonl (skipped when ../shared is
 * absent, as in a user's fresh clone): the text layer on every article, the whole pipeline on a sample.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/lang/ar/normalize.js';
import { tokenize } from '../src/lang/ar/tokenize.js';
import { paragraphSpans, assignRoles } from '../src/extract/structure.js';
import { textLayer } from '../src/lang/ar/text.js';
import { badSpans, corpus, hasCorpus, sharedAnalyzer } from './helpers.js';

describe.skipIf(!hasCorpus)('corpus (needs ../shared/corpus/news-sample.jsonl)', () => {
  const articles = corpus();

  it('runs the text layer on every article with exact spans', () => {
    expect(articles.length).toBe(6000);
    const segmenter = sharedAnalyzer().lexicon.segmenter;
    // Problems are collected rather than asserted one by one: millions of checks.
    const problems: string[] = [];
    for (const a of articles) {
      const text = `${a.title}\n\n${a.text}`;
      const spans = paragraphSpans(text);
      const paragraphs = assignRoles(text, spans, { title: a.title });
      if (a.title.trim() && paragraphs[0]?.role !== 'title') problems.push(`${a.id}: title not recognised`);
      const layer = textLayer(text, spans);
      let count = 0;
      for (const s of layer.sentences) {
        const p = spans[s.paragraph]!;
        if (s.start < p.start || s.end > p.end)
          problems.push(`${a.id}: sentence ${s.index} outside its paragraph`);
        for (const t of s.tokens) {
          count++;
          if (normalize(text.slice(t.start, t.end)).text !== t.norm)
            problems.push(`${a.id}: token "${t.norm}" at ${t.start}`);
          if (t.kind !== 'arabic') continue;
          for (const an of segmenter.analyses(t.norm)) {
            if (an.parts.map((x) => t.norm.slice(x.from, x.to)).join('') !== t.norm)
              problems.push(`${a.id}: segmentation of "${t.norm}"`);
          }
        }
      }
      // Tokenising the whole text at once agrees with the per-paragraph tokens.
      if (tokenize(normalize(text)).length !== count) problems.push(`${a.id}: token count differs`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('analyses a sample of 300 articles without errors and with exact offsets everywhere', () => {
    const analyzer = sharedAnalyzer();
    for (const a of articles.filter((_, i) => i % 20 === 0)) {
      const text = `${a.title}\n\n${a.text}`;
      const result = analyzer.analyze(text, { id: a.id, published: a.date_iso.slice(0, 10), title: a.title });
      expect(badSpans(result, text), a.id).toEqual([]);
    }
  });
});
