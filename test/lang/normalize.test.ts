import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, normalizeKey } from '../../src/lang/ar/normalize.js';

describe('normalize', () => {
  it('strips harakat and tatweel and folds letter variants', () => {
    expect(normalize('هاتفيّة').text).toBe('هاتفيه');
    expect(normalize('أُجريت').text).toBe('اجريت');
    expect(normalize('إسرائيل').text).toBe('اسراءيل');
    expect(normalize('آذار').text).toBe('اذار');
    expect(normalize('مصطفى').text).toBe('مصطفي');
    expect(normalize('العـــربية').text).toBe('العربيه');
    expect(normalize('مسؤول').text).toBe(normalize('مسئول').text);
  });

  it('folds Arabic-Indic and Persian digits to ASCII', () => {
    expect(normalize('٢٠٢٢').text).toBe('2022');
    expect(normalize('۱۴').text).toBe('14');
    expect(normalize('٣٫٥').text).toBe('3.5');
  });

  it('composes Latin combining marks (NFC) and lowercases', () => {
    expect(normalize('Cafe\u0301').text).toBe('café');
    expect(normalizeKey('  BFM  TV ')).toBe('bfm tv');
  });

  it('maps every normalised character back to its original offset', () => {
    const original = 'أَجْرَى الرَّئِيسُ';
    const { text, map } = normalize(original);
    expect(text).toBe('اجري الرءيس');
    const space = text.indexOf(' ');
    expect(original.slice(map[0], map[space])).toBe('أَجْرَى');
    expect(original.slice(map[space + 1], map[text.length])).toBe('الرَّئِيسُ');
  });

  it('keeps a monotonic map that ends at the original length (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const { text, map } = normalize(s);
        expect(map.length).toBe(text.length + 1);
        expect(map[text.length]).toBe(s.length);
        for (let i = 1; i <= text.length; i++) expect(map[i]!).toBeGreaterThanOrEqual(map[i - 1]!);
      }),
      { numRuns: 500, seed: 20261129 },
    );
  });
});
