import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/lang/ar/normalize.js';
import { tokenize } from '../../src/lang/ar/tokenize.js';
import { splitSentences } from '../../src/lang/ar/sentences.js';

function sentences(s: string): string[] {
  const tokens = tokenize(normalize(s));
  return splitSentences(tokens).map((r) => s.slice(tokens[r.from]!.start, tokens[r.to - 1]!.end));
}

describe('splitSentences', () => {
  it('splits at Arabic and Latin stops', () => {
    expect(sentences('وصل الوفد إلى القاهرة. وبدأت المحادثات؟ نعم! انتهى')).toEqual([
      'وصل الوفد إلى القاهرة.',
      'وبدأت المحادثات؟',
      'نعم!',
      'انتهى',
    ]);
  });

  it('keeps a closing quote with the sentence it closes', () => {
    expect(sentences('وقال: "لن نتراجع." وأضاف أن الحوار مستمر.')).toEqual([
      'وقال: "لن نتراجع."',
      'وأضاف أن الحوار مستمر.',
    ]);
    expect(sentences('قال «انتهى الأمر.» ثم غادر.')).toEqual(['قال «انتهى الأمر.»', 'ثم غادر.']);
  });

  it('does not split decimals, abbreviations or initials', () => {
    expect(sentences('نما الاقتصاد 3.5 بالمئة عام 2018 م. حسب د. أحمد و J. Smith.')).toEqual([
      'نما الاقتصاد 3.5 بالمئة عام 2018 م. حسب د. أحمد و J. Smith.',
    ]);
  });

  it('treats a run of stops as one end', () => {
    expect(sentences('انتظروا... ثم عادوا.')).toEqual(['انتظروا...', 'ثم عادوا.']);
  });
});
