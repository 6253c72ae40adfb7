import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/lang/ar/numbers.js';
import { normalizeKey } from '../../src/lang/ar/normalize.js';

const num = (s: string) => parseNumber(normalizeKey(s).split(' '), 0);

describe('number words', () => {
  it('reads units, tens, compounds and scales', () => {
    expect(num('خمسة وعشرين شخصا')?.value).toBe(25);
    expect(num('ثلاثة آلاف متظاهر')?.value).toBe(3000);
    expect(num('مئتي قتيل')?.value).toBe(200);
    expect(num('ثلاثمئة جندي')?.value).toBe(300);
    expect(num('ثلاثة عشر')?.value).toBe(13);
    expect(num('2.5 مليون')?.value).toBe(2_500_000);
    expect(num('1,500 لاجئ')?.value).toBe(1500);
    expect(num('ألفين')?.value).toBe(2000);
  });

  it('marks vague quantities', () => {
    expect(num('عشرات القتلى')).toMatchObject({ value: 20, approx: true });
    expect(num('آلاف المتظاهرين')).toMatchObject({ approx: true });
  });

  it('returns null for words that are not numbers', () => {
    expect(num('الرئيس')).toBeNull();
  });
});
