/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no local time zone shifts a day. */

export function parseIso(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function formatIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = parseIso(date);
  d.setUTCDate(d.getUTCDate() + days);
  return formatIso(d);
}

/** Shifts by whole months; returns YYYY-MM. */
export function addMonths(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

export function weekday(date: string): number {
  return parseIso(date).getUTCDay();
}

/** Days from a to b (b - a), both YYYY-MM-DD or shorter (a month counts from its first day). */
export function daysBetween(a: string, b: string): number {
  const pad = (s: string) => (s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);
  return Math.round((parseIso(pad(b)).getTime() - parseIso(pad(a)).getTime()) / 86_400_000);
}
