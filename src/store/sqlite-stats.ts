/** Counts over the whole database: totals, and events by type, actor code, day, outlet and modality. */
import type Database from 'better-sqlite3';
import type { Count, StoreStats } from './types.js';

export function storeStats(db: Database.Database, top: number): StoreStats {
  const one = (sql: string): number => (db.prepare(sql).pluck().get() as number | null) ?? 0;
  const counts = (sql: string, ...params: (string | number)[]): Count[] =>
    (db.prepare(sql).all(...params) as { key: string; count: number }[]).map((r) => ({
      key: r.key,
      count: r.count,
    }));
  return {
    articles: one('SELECT count(*) FROM articles'),
    events: one('SELECT count(*) FROM events'),
    mergeable: one('SELECT count(*) FROM events WHERE mergeable = 1'),
    stories: one('SELECT count(*) FROM stories'),
    multiReportStories: one('SELECT count(*) FROM stories WHERE reports > 1'),
    entities: one('SELECT count(*) FROM entities'),
    byType: counts(
      `SELECT coalesce(type, 'STATEMENT') AS key, count(*) AS count FROM events GROUP BY key ORDER BY count DESC, key`,
    ),
    // An event with two actors of the same code counts once for it.
    byActor: counts(
      `SELECT code AS key, count(DISTINCT event_id) AS count FROM event_actors WHERE code IS NOT NULL
       GROUP BY code ORDER BY count DESC, key LIMIT ?`,
      top,
    ),
    byDay: counts(
      `SELECT day AS key, count(*) AS count FROM events WHERE day IS NOT NULL GROUP BY day ORDER BY day`,
    ),
    byOutlet: counts(
      `SELECT coalesce(outlet, '(unknown)') AS key, count(*) AS count FROM articles GROUP BY key ORDER BY count DESC, key LIMIT ?`,
      top,
    ),
    byModality: counts(
      `SELECT modality AS key, count(*) AS count FROM events GROUP BY modality ORDER BY count DESC, key`,
    ),
  };
}
