import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize } from '../../src/lang/ar/normalize.js';
import { tokenize } from '../../src/lang/ar/tokenize.js';

const kinds = (s: string) => tokenize(normalize(s)).map((t) => `${t.kind}:${s.slice(t.start, t.end)}`);

describe('tokenize', () => {
  it('separates Arabic words from Arabic punctuation', () => {
    expect(kinds('قال، «نعم»؛ لماذا؟')).toEqual([
      'arabic:قال',
      'punct:،',
      'punct:«',
      'arabic:نعم',
      'punct:»',
      'punct:؛',
      'arabic:لماذا',
      'punct:؟',
    ]);
  });

  it('keeps numbers with separators, percentages and Arabic-Indic digits whole', () => {
    expect(kinds('ارتفع 2.5% إلى ١٬٥٠٠ دولار')).toEqual([
      'arabic:ارتفع',
      'number:2.5%',
      'arabic:إلى',
      'number:١٬٥٠٠',
      'arabic:دولار',
    ]);
  });

  it('recognises URLs, hashtags and handles', () => {
    expect(kinds('انظر https://example.com/a?b=1. و#غزة مع @AFP')).toEqual([
      'arabic:انظر',
      'url:https://example.com/a?b=1',
      'punct:.',
      'arabic:و',
      'hashtag:#غزة',
      'arabic:مع',
      'handle:@AFP',
    ]);
  });

  it('splits mixed scripts and keeps harakat inside their word', () => {
    expect(kinds('هاتفيّة iPhone')).toEqual(['arabic:هاتفيّة', 'latin:iPhone']);
  });

  it('gives spans whose original text normalises to the token (property)', () => {
    const arabicish = fc.string({
      unit: fc.constantFrom(
        ...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي أإآةىئؤءًٌٍَُِّْـ،؛؟«»".!0123456789٠١٢٣ \nabc'.split(''),
      ),
      maxLength: 120,
    });
    fc.assert(
      fc.property(fc.oneof(arabicish, fc.string({ unit: 'binary', maxLength: 120 })), (s) => {
        const norm = normalize(s);
        let last = 0;
        for (const t of tokenize(norm)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(normalize(s.slice(t.start, t.end)).text).toBe(t.norm);
          last = t.end;
        }
      }),
      { numRuns: 500, seed: 20261129 },
    );
  });
});
