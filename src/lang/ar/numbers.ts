/**
 * Arabic number words (normalised spelling: ة→ه, ئ→ء, أ→ا), for counts and durations:
 * "خمسة وعشرين" → 25, "ثلاثة آلاف" → 3000, "مئتي" → 200, "2.5 مليون" → 2,500,000.
 */

const UNITS: Record<string, number> = {};
function units(value: number, ...forms: string[]): void {
  for (const f of forms) UNITS[f] = value;
}
units(1, 'واحد', 'واحده', 'احد', 'احدي');
units(2, 'اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي');
units(3, 'ثلاث', 'ثلاثه');
units(4, 'اربع', 'اربعه');
units(5, 'خمس', 'خمسه');
units(6, 'ست', 'سته');
units(7, 'سبع', 'سبعه');
units(8, 'ثمان', 'ثماني', 'ثمانيه');
units(9, 'تسع', 'تسعه');
units(10, 'عشر', 'عشره');

const TENS: Record<string, number> = {};
for (const [stem, v] of [
  ['عشر', 20],
  ['ثلاث', 30],
  ['اربع', 40],
  ['خمس', 50],
  ['ست', 60],
  ['سبع', 70],
  ['ثمان', 80],
  ['تسع', 90],
] as const) {
  TENS[stem + 'ون'] = v;
  TENS[stem + 'ين'] = v;
}

const HUNDRED = new Set(['مءه', 'ماءه', 'مءات', 'ماءات']);
const TWO_HUNDRED = new Set(['مءتان', 'مءتين', 'مءتي', 'ماءتان', 'ماءتين', 'ماءتي']);
const SCALES: Record<string, number> = {
  الف: 1e3,
  الاف: 1e3,
  مليون: 1e6,
  ملايين: 1e6,
  مليار: 1e9,
  مليارات: 1e9,
};
const DUAL_SCALES: Record<string, number> = {
  الفين: 2e3,
  الفان: 2e3,
  الفي: 2e3,
  مليونين: 2e6,
  مليونان: 2e6,
  ملياري: 2e9,
  مليارين: 2e9,
};
/** Vague quantities: "بضعة" a few, "عشرات" dozens. Reported as their lower bound with `approx`. */
const VAGUE: Record<string, number> = {
  بضع: 3,
  بضعه: 3,
  عشرات: 20,
  مءات: 200,
  ماءات: 200,
  الاف: 1000,
  ملايين: 1e6,
};

export interface NumberMatch {
  value: number;
  /** Index of the first word after the number. */
  next: number;
  approx: boolean;
}

function stripConj(w: string): string {
  return w.length > 2 && w.startsWith('و') ? w.slice(1) : w;
}

/** Every number word except the compound hundreds (ثلاثمئة), for a quick membership test. */
const NUMBER_WORDS = new Set([
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...HUNDRED,
  ...TWO_HUNDRED,
  ...Object.keys(SCALES),
  ...Object.keys(DUAL_SCALES),
  ...Object.keys(VAGUE),
]);

export function isNumberWord(word: string): boolean {
  return (
    NUMBER_WORDS.has(word) ||
    ((word.endsWith('مءه') || word.endsWith('ماءه')) && numberWordValue(word) !== null)
  );
}

/** Value of a single number word (units, tens, hundreds, compounds like ثلاثمئة); null if not one. */
export function numberWordValue(word: string): number | null {
  if (word in UNITS) return UNITS[word]!;
  if (word in TENS) return TENS[word]!;
  if (HUNDRED.has(word)) return 100;
  if (TWO_HUNDRED.has(word)) return 200;
  if (word in DUAL_SCALES) return DUAL_SCALES[word]!;
  if (word in SCALES) return SCALES[word]!;
  for (const h of ['مءه', 'ماءه']) {
    if (word.endsWith(h)) {
      const u = UNITS[word.slice(0, -h.length)];
      if (u !== undefined && u >= 3) return u * 100;
    }
  }
  return null;
}

function parseDigits(word: string): number | null {
  if (!/^\d+(?:[.,]\d+)*$/.test(word)) return null;
  // "1,500" is a thousands separator; "2.5" and "2,5" with one group of 1-2 digits are decimals.
  if (/^\d+[.,]\d{1,2}$/.test(word)) return Number(word.replace(',', '.'));
  return Number(word.replace(/[.,]/g, ''));
}

/**
 * Parses the number that starts at `words[i]` (normalised words, conjunction و allowed inside compounds).
 */
export function parseNumber(words: readonly string[], i: number): NumberMatch | null {
  const first = words[i];
  if (first === undefined) return null;
  if (first in VAGUE) return { value: VAGUE[first]!, next: i + 1, approx: true };
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  const digits = parseDigits(first);
  if (digits !== null) {
    current = digits;
    j = i + 1;
    any = true;
  }
  while (j < words.length) {
    const raw = words[j]!;
    const w = any ? stripConj(raw) : raw;
    if (any && raw !== w && !(w in UNITS || w in TENS)) break; // "و" joins only units and tens
    const scale = SCALES[w];
    if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
      j++;
      any = true;
      continue;
    }
    const v = numberWordValue(w);
    if (v === null) break;
    if (v >= 1000) total += v;
    else if (v === 10 && current > 0 && current < 10 && raw === w)
      current += 10; // ثلاثة عشر
    else current += v;
    any = true;
    j++;
  }
  if (!any) return null;
  return { value: total + current, next: j, approx: false };
}
