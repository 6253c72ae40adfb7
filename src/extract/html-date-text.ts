/**
 * Calendar dates written out in page text and metadata: Arabic bylines ("الأربعاء 03 يونيو 2020",
 * "24 نيسان / أبريل 2020", "٣ حزيران ٢٠٢٠", "5 جويلية 2021"), English ones ("November 9, 2020", RFC 822
 * feed dates) and numeric ones (ISO, 17.03.2020, 2024/03/14).
 *
 * Dates are returned as written, YYYY-MM-DD, without time-zone conversion: the publisher's local
 * calendar date is what a reader of the page sees, and converting "01:59+02:00" to UTC would move it to
 * the previous day.
 */
import { foldForMatching } from './html-fold.js';

// Month names after foldForMatching. Egyptian/Gulf (from English), Levantine/Iraqi (Syriac),
// Algerian/Tunisian (from French) and Moroccan spellings all appear in real corpora.
const MONTH_NAMES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['يناير', 'كانون الثاني', 'كانون ثاني', 'جانفي', 'ينير', 'january', 'jan']],
  [2, ['فبراير', 'شباط', 'فيفري', 'فبرير', 'february', 'feb']],
  [3, ['مارس', 'اذار', 'march', 'mar']],
  [4, ['ابريل', 'افريل', 'نيسان', 'april', 'apr']],
  [5, ['مايو', 'ايار', 'ماي', 'may']],
  [6, ['يونيو', 'يونيه', 'حزيران', 'جوان', 'june', 'jun']],
  [7, ['يوليو', 'يوليه', 'يوليوز', 'تموز', 'جويليه', 'july', 'jul']],
  [8, ['اغسطس', 'اغشت', 'غشت', 'اوت', 'اب', 'august', 'aug']],
  [9, ['سبتمبر', 'شتنبر', 'ايلول', 'september', 'sept', 'sep']],
  [10, ['اكتوبر', 'تشرين الاول', 'تشرين اول', 'october', 'oct']],
  [11, ['نوفمبر', 'نونبر', 'تشرين الثاني', 'تشرين ثاني', 'november', 'nov']],
  [12, ['ديسمبر', 'دجنبر', 'كانون الاول', 'كانون اول', 'december', 'dec']],
];

const MONTH_BY_NAME = new Map<string, number>();
for (const [month, names] of MONTH_NAMES) for (const name of names) MONTH_BY_NAME.set(name, month);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MONTH_ALT = [...MONTH_BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => escape(n).replace(/ /g, '\\s+'))
  .join('|');
// A month, optionally paired with its other-calendar name: "نيسان / ابريل", "مارس/ اذار", "ابريل (نيسان)".
const MONTH = `(?<![\\p{L}])(${MONTH_ALT})(?![\\p{L}])(?:\\s*[/\\-]\\s*(?:${MONTH_ALT})(?![\\p{L}])|\\s*\\(\\s*(?:${MONTH_ALT})\\s*\\))?`;

const DAY_MONTH_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:من\\s+)?(?:شهر\\s+)?${MONTH}\\s*[,،.]?\\s*(?:من\\s+)?(?:عام|سنه)?\\s*(\\d{4})(?!\\d)`,
  'gu',
);
const MONTH_DAY_YEAR = new RegExp(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*[,،]?\\s*(\\d{4})(?!\\d)`, 'gu');
// Bylines space the separators out ("الثلاثاء ١ / ١٢ / ٢٠٢٠"); the repeated separator keeps "3 - 4 2020" out.
const YEAR_MONTH_DAY = /(?<!\d)(\d{4}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{1,2})(?!\d)/g;
const DAY_MONTH_YEAR_NUMERIC = /(?<!\d)(\d{1,2}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{4})(?!\d)/g;

export interface DateMatch {
  /** YYYY-MM-DD */
  date: string;
  /** Span in foldForMatching(text), which can be shorter than the text (harakat are dropped). */
  start: number;
  end: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** YYYY-MM-DD for a real calendar day in 1900–2100, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthOf(name: string | undefined): number {
  return name === undefined ? 0 : (MONTH_BY_NAME.get(name.replace(/\s+/g, ' ')) ?? 0);
}

/** Every calendar date in `text`, in order of appearance, spans relative to foldForMatching(text). */
export function findDates(text: string): DateMatch[] {
  const s = foldForMatching(text);
  const found: DateMatch[] = [];
  const add = (date: string | null, m: RegExpExecArray): void => {
    if (date === null) return;
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => start < f.end && end > f.start)) return;
    found.push({ date, start, end });
  };
  for (const m of s.matchAll(DAY_MONTH_YEAR)) add(isoDate(Number(m[3]), monthOf(m[2]), Number(m[1])), m);
  for (const m of s.matchAll(MONTH_DAY_YEAR)) add(isoDate(Number(m[3]), monthOf(m[1]), Number(m[2])), m);
  for (const m of s.matchAll(YEAR_MONTH_DAY)) add(isoDate(Number(m[1]), Number(m[3]), Number(m[4])), m);
  for (const m of s.matchAll(DAY_MONTH_YEAR_NUMERIC)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    // Day first, as Arabic and European pages write it; a second field above 12 can only be a US-style day.
    add(b > 12 && a <= 12 ? isoDate(Number(m[4]), a, b) : isoDate(Number(m[4]), b, a), m);
  }
  return found.sort((x, y) => x.start - y.start);
}

export interface Timestamp {
  /** The calendar date as written. */
  date: string;
  /** Milliseconds since the epoch when the string carries a time and a zone, else null. */
  instant: number | null;
  /** Offset from UTC in minutes when written, else null. */
  offset: number | null;
}

const ISO_TIMESTAMP =
  /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|GMT|UTC|[+-]\d{2}:?\d{2})?)?/i;
const RFC822_ZONE = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|UT|Z|[+-]\d{4})\b/i;

function offsetMinutes(zone: string | undefined): number | null {
  if (zone === undefined) return null;
  if (/^(z|gmt|utc|ut)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return null;
  const sign = m[1] === '-' ? -1 : 1;
  return sign * (Number(m[2]) * 60 + Number(m[3]));
}

function instantOf(date: string, h: number, min: number, sec: number, offset: number | null): number | null {
  if (offset === null) return null;
  const [y, mo, d] = date.split('-').map(Number);
  if (y === undefined || mo === undefined || d === undefined) return null;
  return Date.UTC(y, mo - 1, d, h, min, sec) - offset * 60_000;
}

/**
 * A metadata or feed date value: ISO 8601 ("2020-12-25T01:59:50+02:00"), RFC 822 ("Fri, 16 Mar 2018
 * 10:36:29 GMT") or any text findDates understands ("الأربعاء، 07 أكتوبر 2020 - 12:09 م").
 */
export function parseTimestamp(value: string): Timestamp | null {
  const iso = ISO_TIMESTAMP.exec(value);
  if (iso) {
    const date = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (date === null) return null;
    const offset = iso[4] === undefined ? null : offsetMinutes(iso[7]);
    const instant = instantOf(date, Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0), offset);
    return { date, instant, offset };
  }
  // Compact stamps ("20190709", "20190709T101500") appear in meta tags; in running text they would be ids.
  const compact = /^\s*(\d{4})(\d{2})(\d{2})(?:T\d{4,6}Z?)?\s*$/.exec(value);
  if (compact) {
    const date = isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
    return date ? { date, instant: null, offset: null } : null;
  }
  const first = findDates(value)[0];
  if (!first) return null;
  const zone = RFC822_ZONE.exec(value);
  const offset = zone ? offsetMinutes(zone[4]) : null;
  const instant = zone
    ? instantOf(first.date, Number(zone[1]), Number(zone[2]), Number(zone[3] ?? 0), offset)
    : null;
  return { date: first.date, instant, offset };
}
