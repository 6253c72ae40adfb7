/**
 * Time expressions of Arabic news, relative to the publication date:
 *   dates       اليوم الثلاثاء، أمس، مساء الأربعاء، 14 مارس 2024، نهاية آذار/مارس الماضي، الشهر المقبل، عام 2003
 *   relative    قبل أيام، منذ يومين، في وقت سابق
 *   durations   ساعتين و10 دقائق → PT2H10M، لأكثر من ساعتين → PT2H (MORE_THAN)
 * Calendar dates with a day or a year go through chrono-node's Arabic parser (with Maghrebi month names
 * added); weekdays, relative words, month-only phrases and durations are parsed here on tokens, because
 * chrono resolves "مساء الأربعاء" to the reference day and misses بالأمس and Maghrebi months.
 */
// Only the Arabic locale: importing chrono-node whole loads every language (about 3× the start-up time).
import * as chrono from 'chrono-node/ar';
import type { TimeExpression } from '../../model.js';
import { addDays, addMonths, weekday } from './dates.js';
import { normalizeKey } from './normalize.js';
import { isNumberWord, parseNumber } from './numbers.js';
import type { Token } from './tokenize.js';

export interface FoundTime extends TimeExpression {
  sentence: number;
  /** Token range within the sentence. */
  from: number;
  to: number;
}

export interface TimeSentence {
  index: number;
  tokens: Token[];
  /** Clitic-free forms of each token (و، ب، ل، ال stripped), most likely first. */
  stems: string[][];
}

const n = normalizeKey;

const WEEKDAYS = new Map<string, number>([
  [n('الأحد'), 0],
  [n('الاثنين'), 1],
  [n('الإثنين'), 1],
  [n('الثلاثاء'), 2],
  [n('الأربعاء'), 3],
  [n('الخميس'), 4],
  [n('الجمعة'), 5],
  [n('السبت'), 6],
]);

const MONTHS = new Map<string, number>();
[
  ['يناير كانون_الثاني جانفي', 1],
  ['فبراير شباط فيفري', 2],
  ['مارس آذار', 3],
  ['أبريل إبريل نيسان أفريل', 4],
  ['مايو أيار ماي', 5],
  ['يونيو يونية حزيران جوان', 6],
  ['يوليو يولية تموز جويلية جويلة', 7],
  ['أغسطس آب أوت', 8],
  ['سبتمبر أيلول', 9],
  ['أكتوبر تشرين_الأول', 10],
  ['نوفمبر تشرين_الثاني', 11],
  ['ديسمبر كانون_الأول', 12],
].forEach(([names, m]) => {
  for (const name of (names as string).split(' ')) MONTHS.set(n(name.replace('_', ' ')), m as number);
});
// Month names that are also common words need a date context (a day, a year, a slash pair, شهر before).
const AMBIGUOUS_MONTHS = new Set([n('آب'), n('ماي'), n('أيار')].filter(Boolean));

const UNITS = new Map<string, { unit: 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN'; count: number }>();
for (const [forms, unit] of [
  ['عام أعوام سنة سنوات سنين', 'Y'],
  ['شهر أشهر شهور', 'M'],
  ['أسبوع أسابيع', 'W'],
  ['يوم أيام', 'D'],
  ['ساعة ساعات', 'H'],
  ['دقيقة دقائق', 'MIN'],
] as const) {
  for (const f of forms.split(' ')) UNITS.set(n(f), { unit, count: 1 });
}
for (const [forms, unit] of [
  ['عامين عامان سنتين سنتان', 'Y'],
  ['شهرين شهران', 'M'],
  ['أسبوعين أسبوعان', 'W'],
  ['يومين يومان', 'D'],
  ['ساعتين ساعتان', 'H'],
  ['دقيقتين دقيقتان', 'MIN'],
] as const) {
  for (const f of forms.split(' ')) UNITS.set(n(f), { unit, count: 2 });
}

const PERIODS = new Map([
  [n('الشهر'), 'M'],
  [n('الأسبوع'), 'W'],
  [n('العام'), 'Y'],
  [n('السنة'), 'Y'],
] as const);
const PAST = new Set([n('الماضي'), n('الماضية'), n('المنصرم'), n('المنصرمة'), n('الفائت'), n('الفائتة')]);
const FUTURE = new Set([n('المقبل'), n('المقبلة'), n('القادم'), n('القادمة')]);
const CURRENT = new Set([n('الجاري'), n('الجارية'), n('الحالي'), n('الحالية')]);
const PARTS_OF_DAY = new Set(['صباح', 'مساء', 'ليله', 'فجر', 'ظهر', 'عصر', 'ظهيره', 'صبيحه'].map(n));
const EDGES = new Map([
  [n('نهاية'), 'END'],
  [n('أواخر'), 'END'],
  [n('مطلع'), 'START'],
  [n('بداية'), 'START'],
  [n('أوائل'), 'START'],
  [n('منتصف'), 'MID'],
]);
const VAGUE_PLURALS = new Set(
  ['أيام', 'سنوات', 'أسابيع', 'أشهر', 'شهور', 'ساعات', 'أعوام', 'سنين', 'دقائق'].map(n),
);
const MORE = new Set([n('أكثر'), n('اكثر')]);
const LESS = new Set([n('أقل')]);
const ABOUT = new Set([n('نحو'), n('حوالي'), n('قرابة'), n('زهاء')]);
const TODAY = n('اليوم');
// Words that can anchor a time expression (besides numbers).
const YESTERDAY = new Set([n('أمس'), n('البارحة')]);
const TOMORROW = new Set([n('غدا'), n('غد')]);
const MONTH_WORDS = new Set([...MONTHS.keys()].map((k) => k.split(' ')[0]!));
const TIME_WORDS = new Set<string>([
  ...WEEKDAYS.keys(),
  ...MONTH_WORDS,
  ...UNITS.keys(),
  ...PERIODS.keys(),
  ...VAGUE_PLURALS,
  TODAY,
  ...YESTERDAY,
  ...TOMORROW,
  n('وقت'),
  n('عام'),
  n('سنة'),
  n('العام'),
]);

function has(stems: string[] | undefined, word: string): boolean {
  return !!stems && stems.includes(word);
}

function hasAny(
  stems: string[] | undefined,
  set: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): string | null {
  if (!stems) return null;
  for (const s of stems) if (set.has(s)) return s;
  return null;
}

const chronoParser = buildChrono();

function buildChrono(): chrono.Chrono {
  const c = new chrono.Chrono(chrono.createCasualConfiguration(true));
  // Maghrebi month names, which chrono.ar does not know (جانفي، فيفري، أفريل، جوان، جويلية، أوت).
  const maghrebi: Record<string, number> = {
    جانفي: 1,
    فيفري: 2,
    أفريل: 4,
    افريل: 4,
    جوان: 6,
    جويلية: 7,
    جويلة: 7,
    أوت: 8,
    اوت: 8,
  };
  c.parsers.push({
    pattern: () =>
      new RegExp(`(\\d{1,2})\\s+(${Object.keys(maghrebi).join('|')})(?:\\s+(\\d{4}))?(?=[^\\p{L}]|$)`, 'u'),
    extract: (_ctx, match) => {
      const out: Partial<Record<'day' | 'month' | 'year', number>> = {
        day: Number(match[1]),
        month: maghrebi[match[2]!]!,
      };
      if (match[3]) out.year = Number(match[3]);
      return out;
    },
  });
  return c;
}

function isoOf(year: number, month?: number, day?: number): string {
  let s = String(year).padStart(4, '0');
  if (month) s += '-' + String(month).padStart(2, '0');
  if (month && day) s += '-' + String(day).padStart(2, '0');
  return s;
}

/** Year of a month mentioned without one: the latest such month not after the article (news looks back). */
function yearForMonth(
  month: number,
  published: string,
  direction: 'past' | 'future' | 'current' | null,
): number {
  const [y, m] = published.split('-').map(Number) as [number, number];
  if (direction === 'future') return month > m ? y : y + 1;
  if (direction === 'current') return y;
  if (direction === 'past') return month < m ? y : y - 1;
  return month <= m ? y : y - 1;
}

function durationValue(parts: { unit: string; count: number }[]): string {
  const date = parts.filter((p) => ['Y', 'M', 'W', 'D'].includes(p.unit));
  const time = parts.filter((p) => p.unit === 'H' || p.unit === 'MIN');
  let s = 'P' + date.map((p) => `${p.count}${p.unit}`).join('');
  if (time.length) s += 'T' + time.map((p) => `${p.count}${p.unit === 'MIN' ? 'M' : 'H'}`).join('');
  return s;
}

export function findTimes(sentence: TimeSentence, original: string, published: string | null): FoundTime[] {
  const { tokens, stems } = sentence;
  const found: FoundTime[] = [];
  const push = (from: number, to: number, t: Omit<TimeExpression, 'start' | 'end' | 'text'>) => {
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    found.push({ ...t, start, end, text: original.slice(start, end), sentence: sentence.index, from, to });
  };
  const words = stems.map((s) => s[0] ?? '');
  // Every rule below starts within three words of a time word or a number: skip the rest cheaply.
  const relevant = tokens.map(
    (t, i) => t.kind === 'number' || stems[i]!.some((x) => TIME_WORDS.has(x) || isNumberWord(x)),
  );
  const near = (i: number) => relevant[i] || relevant[i + 1] || relevant[i + 2] || relevant[i + 3];

  for (let i = 0; i < tokens.length; i++) {
    if (!near(i)) continue;
    const st = stems[i];
    // Part of day: مساء الأربعاء، صباح اليوم.
    let from = i;
    let j = i;
    if (hasAny(st, PARTS_OF_DAY)) j = i + 1;
    const dayWord = stems[j];
    // اليوم [الثلاثاء] / أمس [الأحد] / غدا
    if (has(dayWord, TODAY) || hasAny(dayWord, YESTERDAY) || hasAny(dayWord, TOMORROW)) {
      const before = stems[from - 1];
      const dayBeforeYesterday = hasAny(dayWord, YESTERDAY) && has(before, n('أول'));
      if (dayBeforeYesterday) from--;
      const offset = has(dayWord, TODAY)
        ? 0
        : hasAny(dayWord, YESTERDAY)
          ? dayBeforeYesterday
            ? -2
            : -1
          : 1;
      let to = j + 1;
      if (hasAny(stems[to], WEEKDAYS)) to++;
      push(from, to, {
        kind: 'date',
        value: published ? addDays(published, offset) : null,
        ...(published ? {} : { mod: offset < 0 ? 'PAST_REF' : offset > 0 ? 'FUTURE_REF' : 'PRESENT_REF' }),
      });
      i = to - 1;
      continue;
    }
    // [يوم] الثلاثاء [الماضي|المقبل]
    if (has(st, n('يوم')) && hasAny(stems[i + 1], WEEKDAYS)) j = i + 1;
    const wd = hasAny(stems[j], WEEKDAYS);
    if (wd !== null) {
      let to = j + 1;
      const dir = hasAny(stems[to], PAST) ? 'past' : hasAny(stems[to], FUTURE) ? 'future' : null;
      if (dir) to++;
      let value: string | null = null;
      if (published) {
        const target = WEEKDAYS.get(wd)!;
        const diff = (weekday(published) - target + 7) % 7;
        value =
          dir === 'future'
            ? addDays(published, diff === 0 ? 7 : 7 - diff)
            : addDays(published, dir === 'past' && diff === 0 ? -7 : -diff);
      }
      push(from, to, { kind: 'date', value });
      i = to - 1;
      continue;
    }
    // الشهر الماضي / العام المقبل / الأسبوع الجاري
    const period = hasAny(st, PERIODS);
    if (period) {
      const rel = stems[i + 1];
      const dir = hasAny(rel, PAST) ? -1 : hasAny(rel, FUTURE) ? 1 : hasAny(rel, CURRENT) ? 0 : null;
      if (dir !== null) {
        const unit = PERIODS.get(period)!;
        let value: string | null = null;
        if (published) {
          if (unit === 'M') value = addMonths(published, dir);
          else if (unit === 'Y') value = String(Number(published.slice(0, 4)) + dir);
          else value = addDays(published, 7 * dir);
        }
        push(i, i + 2, {
          kind: unit === 'W' ? 'relative' : 'date',
          value: unit === 'W' ? null : value,
          ...(unit === 'W' ? { mod: dir < 0 ? 'PAST_REF' : dir > 0 ? 'FUTURE_REF' : 'PRESENT_REF' } : {}),
        });
        i++;
        continue;
      }
    }
    // في وقت سابق / في وقت لاحق
    if (has(st, n('وقت')) && (has(stems[i + 1], n('سابق')) || has(stems[i + 1], n('لاحق')))) {
      const past = has(stems[i + 1], n('سابق'));
      push(i - (has(stems[i - 1], n('في')) ? 1 : 0), i + 2, {
        kind: 'relative',
        value: null,
        mod: past ? 'PAST_REF' : 'FUTURE_REF',
      });
      i++;
      continue;
    }
    // Durations and "ago": [قبل|منذ|بعد|لمدة] [أكثر|أقل من|نحو] NUMBER UNIT (و NUMBER UNIT)*
    const dur = parseDuration(words, stems, i);
    if (dur) {
      let start = i;
      let anchor: 'ago' | 'later' | null = null;
      const prev = stems[i - 1];
      if (has(prev, n('قبل')) || has(prev, n('منذ'))) {
        anchor = 'ago';
        start = i - 1;
      } else if (has(prev, n('بعد')) && !dur.mod) {
        anchor = 'later';
        start = i - 1;
      }
      if (anchor) {
        const single = dur.parts.length === 1 ? dur.parts[0]! : null;
        const exact = single && !dur.vague && published && single.unit === 'D';
        const value = exact ? addDays(published!, (anchor === 'ago' ? -1 : 1) * single.count) : null;
        push(
          start,
          dur.to,
          value
            ? { kind: 'date', value }
            : { kind: 'relative', value: null, mod: anchor === 'ago' ? 'PAST_REF' : 'FUTURE_REF' },
        );
      } else if (!dur.vague) {
        push(start, dur.to, {
          kind: 'duration',
          value: durationValue(dur.parts),
          ...(dur.mod ? { mod: dur.mod } : {}),
        });
      }
      i = dur.to - 1;
      continue;
    }
    // Month phrases without a day: [نهاية] آذار/مارس [الماضي|2022]
    const month = monthAt(tokens, stems, i);
    if (month && month.day === null) {
      let start = i;
      const edge = hasAny(stems[i - 1], EDGES);
      if (edge) start = i - 1;
      let to = month.to;
      let year: number | null = null;
      let dir: 'past' | 'future' | 'current' | null = null;
      const yearWord = tokens[to];
      if (yearWord?.kind === 'number' && /^(19|20)\d\d$/.test(yearWord.norm)) {
        year = Number(yearWord.norm);
        to++;
      } else {
        dir = hasAny(stems[to], PAST)
          ? 'past'
          : hasAny(stems[to], FUTURE)
            ? 'future'
            : hasAny(stems[to], CURRENT)
              ? 'current'
              : null;
        if (dir) to++;
      }
      if (month.ambiguous && year === null && dir === null && !has(stems[i - 1], n('شهر'))) continue;
      if (year === null && published) year = yearForMonth(month.month, published, dir);
      const value = year !== null ? isoOf(year, month.month) : null;
      push(start, to, { kind: 'date', value, ...(edge ? { mod: EDGES.get(edge)! } : {}) });
      i = to - 1;
      continue;
    }
    // عام 2003 / في 2003
    if (
      (has(st, n('عام')) || has(st, n('سنة')) || has(st, n('العام'))) &&
      /^(19|20)\d\d$/.test(tokens[i + 1]?.norm ?? '')
    ) {
      push(i, i + 2, { kind: 'date', value: tokens[i + 1]!.norm });
      i++;
    }
  }
  return mergeChrono(found, chronoDates(sentence, original, published), original);
}

function parseDuration(
  words: string[],
  stems: string[][],
  i: number,
): { parts: { unit: string; count: number }[]; to: number; mod?: string; vague: boolean } | null {
  let j = i;
  let mod: string | undefined;
  if (hasAny(stems[j], MORE) && has(stems[j + 1], n('من'))) {
    mod = 'MORE_THAN';
    j += 2;
  } else if (hasAny(stems[j], LESS) && has(stems[j + 1], n('من'))) {
    mod = 'LESS_THAN';
    j += 2;
  } else if (hasAny(stems[j], ABOUT)) {
    mod = 'APPROX';
    j++;
  }
  const parts: { unit: string; count: number }[] = [];
  let vague = false;
  for (;;) {
    // Later parts are joined by و, alone (و10) or on the word (وعشر دقائق).
    let k = j;
    const local = [...words];
    if (parts.length > 0) {
      if (words[k] === 'و') k++;
      else if (words[k]?.startsWith('و') && words[k]!.length > 1) local[k] = words[k]!.slice(1);
      else break;
    }
    const w = local[k];
    const unitWord = w !== undefined ? UNITS.get(w) : undefined;
    if (unitWord?.count === 2) {
      parts.push({ unit: unitWord.unit, count: 2 });
      j = k + 1;
      continue;
    }
    const num = parseNumber(local, k);
    const unit = num && local[num.next] !== undefined ? UNITS.get(local[num.next]!) : undefined;
    if (num && unit?.count === 1) {
      parts.push({ unit: unit.unit, count: num.value });
      vague ||= num.approx;
      j = num.next + 1;
      continue;
    }
    // A bare plural unit is vague: قبل أيام، منذ سنوات.
    if (parts.length === 0 && unitWord?.count === 1 && VAGUE_PLURALS.has(w!)) {
      parts.push({ unit: unitWord.unit, count: 0 });
      vague = true;
      j = k + 1;
    }
    break;
  }
  if (parts.length === 0) return null;
  return { parts, to: j, ...(mod ? { mod } : {}), vague };
}

function monthAt(
  tokens: Token[],
  stems: string[][],
  i: number,
): { month: number; to: number; day: number | null; ambiguous: boolean } | null {
  const two = stems[i] && tokens[i + 1] ? stems[i]!.map((s) => s + ' ' + tokens[i + 1]!.norm) : [];
  let month: number | undefined;
  let to = i + 1;
  let ambiguous = false;
  for (const s of two) {
    if (MONTHS.has(s)) {
      month = MONTHS.get(s);
      to = i + 2;
    }
  }
  if (month === undefined) {
    const s = hasAny(stems[i], MONTHS);
    if (!s) return null;
    month = MONTHS.get(s);
    ambiguous = AMBIGUOUS_MONTHS.has(s);
  }
  // آذار/مارس: the second name of a pair belongs to the same expression.
  if (tokens[to]?.norm === '/' && hasAny(stems[to + 1], MONTHS)) {
    to += 2;
    ambiguous = false;
  }
  const prev = tokens[i - 1];
  const day = prev?.kind === 'number' && /^\d{1,2}$/.test(prev.norm) ? Number(prev.norm) : null;
  return { month: month!, to, day, ambiguous };
}

const NEEDS_CHRONO = /[0-9\u0660-\u0669\u06f0-\u06f9]/;
const NUMERIC_DATE =
  /[0-9\u0660-\u0669]{1,4}\s*[/.-]\s*[0-9\u0660-\u0669]{1,2}\s*[/.-]\s*[0-9\u0660-\u0669]{2,4}/;

/** Calendar dates with a day and/or a year, from chrono-node on the sentence's original text. */
function chronoDates(sentence: TimeSentence, original: string, published: string | null): FoundTime[] {
  const first = sentence.tokens[0];
  const last = sentence.tokens[sentence.tokens.length - 1];
  if (!first || !last) return [];
  const text = original.slice(first.start, last.end);
  // chrono only adds calendar dates: a month name or a numeric date must be present.
  if (
    !NEEDS_CHRONO.test(text) ||
    !(sentence.stems.some((st) => st.some((x) => MONTH_WORDS.has(x))) || NUMERIC_DATE.test(text))
  )
    return [];
  const ref = published ? new Date(`${published}T12:00:00Z`) : new Date('2000-01-01T12:00:00Z');
  const out: FoundTime[] = [];
  for (const r of chronoParser.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const known = r.start;
    if (!known.isCertain('month') || !(known.isCertain('day') || known.isCertain('year'))) continue;
    const year = known.isCertain('year') ? known.get('year')! : published ? known.get('year')! : null;
    if (year === null) continue;
    // chrono includes a leading preposition ("في 14 مارس"); the expression starts after it.
    const lead = /^(?:في|يوم|منذ|خلال|بتاريخ|حتى)\s+/.exec(r.text)?.[0].length ?? 0;
    const start = first.start + r.index + lead;
    const end = first.start + r.index + r.text.length;
    const from = sentence.tokens.findIndex((t) => t.end > start);
    let to = sentence.tokens.findIndex((t) => t.start >= end);
    if (to < 0) to = sentence.tokens.length;
    out.push({
      start,
      end,
      text: original.slice(start, end),
      kind: 'date',
      value: isoOf(year, known.get('month')!, known.isCertain('day') ? known.get('day')! : undefined),
      sentence: sentence.index,
      from,
      to,
    });
  }
  return out;
}

/** Chrono's calendar dates win over token rules where they overlap (they carry the day and year). */
function mergeChrono(own: FoundTime[], fromChrono: FoundTime[], original: string): FoundTime[] {
  let kept = own.filter((t) => !fromChrono.some((c) => c.start < t.end && t.start < c.end));
  // A weekday right before a calendar date is part of it: "الأربعاء 3 يونيو 2020".
  for (const c of fromChrono) {
    const before = kept.find(
      (t) => t.kind === 'date' && t.end <= c.start && /^[\s،,]*$/.test(original.slice(t.end, c.start)),
    );
    if (!before) continue;
    c.start = before.start;
    c.from = before.from;
    c.text = original.slice(c.start, c.end);
    kept = kept.filter((t) => t !== before);
  }
  return [...kept, ...fromChrono].sort((a, b) => a.start - b.start);
}
