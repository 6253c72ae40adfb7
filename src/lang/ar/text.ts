/**
 * The Arabic text layer of one document: normalised text with its offset map, paragraphs, sentences and
 * tokens. Everything downstream reads tokens and maps spans back through `norm.map`.
 */
import { normalize, type Normalized } from './normalize.js';
import { tokenize, type Token } from './tokenize.js';
import { splitSentences } from './sentences.js';

export interface TextSentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  tokens: Token[];
}

export interface TextLayer {
  text: string;
  norm: Normalized;
  sentences: TextSentence[];
  /** Normalised text of each paragraph (white space folded), for structure rules. */
  paragraphNorms: string[];
}

/** Splits the given paragraph spans into tokenised sentences. */
export function textLayer(
  text: string,
  paragraphs: { start: number; end: number }[],
  norm: Normalized = normalize(text),
): TextLayer {
  const sentences: TextSentence[] = [];
  const paragraphNorms: string[] = [];
  // Paragraph spans are original offsets; find their normalised bounds by walking the monotonic map.
  let n = 0;
  paragraphs.forEach((p, pi) => {
    while (n < norm.text.length && norm.map[n]! < p.start) n++;
    const nFrom = n;
    while (n < norm.text.length && norm.map[n]! < p.end) n++;
    paragraphNorms.push(norm.text.slice(nFrom, n).replace(/\s+/g, ' ').trim());
    const tokens = tokenize(norm, nFrom, n);
    for (const r of splitSentences(tokens)) {
      const ts = tokens.slice(r.from, r.to);
      if (ts.length === 0) continue;
      sentences.push({
        index: sentences.length,
        paragraph: pi,
        start: ts[0]!.start,
        end: ts[ts.length - 1]!.end,
        tokens: ts,
      });
    }
  });
  return { text, norm, sentences, paragraphNorms };
}
