/** Event filters as SQL over `events e`, validated so that a typo is an error rather than an empty result. */
import { PLOVER_TYPES } from '../model.js';
import { normalizeKey } from '../lang/ar/normalize.js';
import { ftsQuery } from './text-keys.js';
import type { EventQuery } from './types.js';

export interface Filter {
  where: string;
  params: (string | number)[];
}

const CODE = /^[A-Z]{3,12}$/;
const ISO3 = /^[A-Z]{3}$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function typeClause(type: string): Filter {
  const t = type.trim().toUpperCase();
  if (/^\d{2,4}$/.test(t)) return { where: 'e.cameo LIKE ?', params: [`${t}%`] };
  if (t === 'STATEMENT') return { where: 'e.type IS NULL', params: [] };
  if ((PLOVER_TYPES as readonly string[]).includes(t)) return { where: 'e.type = ?', params: [t] };
  throw new Error(
    `unknown event type "${type}": a PLOVER type (${PLOVER_TYPES.join(', ')}), STATEMENT, or CAMEO code digits`,
  );
}

function actorClause(actor: string): Filter {
  const a = actor.trim();
  if (CODE.test(a)) {
    // A code matches itself and longer codes (RUS → RUSGOV, RUSMIL), and the actor's country.
    return {
      where: `EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND (x.code LIKE ? OR x.country = ?))`,
      params: [`${a}%`, a],
    };
  }
  const words = normalizeKey(a);
  if (!words) throw new Error('--actor is empty');
  return {
    where: `EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND instr(x.search, ?) > 0)`,
    params: [words],
  };
}

function dateBound(value: string, name: string): string {
  if (!DATE.test(value.trim())) throw new Error(`--${name} "${value}" is not YYYY-MM-DD (or YYYY-MM, YYYY)`);
  return value.trim();
}

export function eventFilter(q: EventQuery): Filter {
  const parts: Filter[] = [];
  if (q.type) parts.push(typeClause(q.type));
  if (q.actor) parts.push(actorClause(q.actor));
  if (q.country) {
    const c = q.country.trim().toUpperCase();
    if (!ISO3.test(c))
      throw new Error(`--country "${q.country}" is not an ISO 3166 alpha-3 code (RUS, EGY ...)`);
    parts.push({
      where: `(e.location_country = ? OR EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.country = ?))`,
      params: [c, c],
    });
  }
  if (q.from) parts.push({ where: 'e.day >= ?', params: [dateBound(q.from, 'from')] });
  // '~' sorts after every digit and '-': --to 2022-05 includes every day of May.
  if (q.to) parts.push({ where: 'e.day <= ?', params: [`${dateBound(q.to, 'to')}~`] });
  if (q.q !== undefined) {
    const match = ftsQuery(q.q);
    if (match === null) throw new Error(`--q "${q.q}" has no words to search for`);
    parts.push({ where: 'e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)', params: [match] });
  }
  if (parts.length === 0) return { where: '1', params: [] };
  return { where: parts.map((p) => p.where).join(' AND '), params: parts.flatMap((p) => p.params) };
}

/** ` LIMIT n` when a positive limit is given. */
export function limitClause(limit: number | undefined): string {
  if (limit === undefined || limit === 0) return '';
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`--limit must be a whole number, not ${limit}`);
  return ` LIMIT ${limit}`;
}
