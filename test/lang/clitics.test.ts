import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sharedAnalyzer } from '../helpers.js';
import { normalizeKey } from '../../src/lang/ar/normalize.js';

const segmenter = () => sharedAnalyzer().lexicon.segmenter;

/** The best segmentation as the word's parts joined by "+". */
function seg(word: string): string {
  const w = normalizeKey(word);
  const a = segmenter().best(w);
  return a.parts.map((p) => w.slice(p.from, p.to)).join('+');
}

describe('clitic segmentation', () => {
  it('keeps words and names that only look like clitic + word whole', () => {
    for (const w of ['وزير', 'بوتين', 'لبنان', 'فرنسا', 'كييف', 'بكين', 'كما', 'الذي'])
      expect(seg(w)).toBe(normalizeKey(w));
  });

  it('splits proclitics, the article and pronoun suffixes', () => {
    expect(seg('وأجرى')).toBe('و+اجري');
    expect(seg('لماكرون')).toBe('ل+ماكرون');
    expect(seg('بتعزيز')).toBe('ب+تعزيز');
    expect(seg('اتصاله')).toBe('اتصال+ه');
    expect(seg('والرئيسين')).toBe('و+ال+رءيسين');
    expect(seg('للرئيس')).toBe('ل+ل+رءيس');
    expect(seg('بالعراق')).toBe('ب+ال+عراق');
  });

  it('restores the taa marbuta before a pronoun', () => {
    const a = segmenter().analyses(normalizeKey('حكومته'));
    expect(a.some((x) => x.pronoun === 'ه' && x.keys.includes(normalizeKey('حكومة')))).toBe(true);
  });

  it('never treats the ة of a noun as a pronoun', () => {
    const a = segmenter().analyses(normalizeKey('حكومة'), true);
    expect(a.some((x) => x.pronoun === 'ه')).toBe(false);
  });

  it('gives parts that join back into the word (property)', () => {
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءة'.split('');
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...letters, 'و', 'ب', 'ل', 'ال'), minLength: 1, maxLength: 12 }),
        (s) => {
          const w = normalizeKey(s);
          if (!w) return;
          for (const a of segmenter().analyses(w)) {
            expect(a.parts.map((p) => w.slice(p.from, p.to)).join('')).toBe(w);
            expect(a.parts[0]!.from).toBe(0);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
