/**
 * Story-level events in SQLite: recomputed from all mergeable events at once, in (date, article hash, event)
 * order, so the stories depend only on what is stored and never on the order articles arrived in (a
 * resumed ingest ends with the same stories as a clean one).
 */
import type Database from 'better-sqlite3';
import {
  actorKey,
  placeKey,
  StoryBuilder,
  type ActorKey,
  type MergeCandidate,
  type MergedStory,
} from '../merge/across.js';
import type { EventLocation } from '../model.js';
import type { StoryUpdate } from './types.js';

interface CandidateRow {
  id: number;
  article_id: number;
  type: string;
  date: string;
  location: string | null;
}

interface ActorFactRow {
  role: 'source' | 'target';
  country: string | null;
  sector: string | null;
  entity_type: string | null;
  name: string | null;
  wikidata: string | null;
}

const BUILT = 'stories_upto_event';

export function updateStories(db: Database.Database, force: boolean): StoryUpdate | null {
  const latest = String(
    db.prepare('SELECT coalesce(max(id), 0) FROM events WHERE mergeable = 1').pluck().get(),
  );
  const built = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(BUILT) as string | undefined;
  if (!force && built === latest) return null;

  const candidates = db.prepare(
    `SELECT e.id, e.article_id, e.type, e.date, e.location FROM events e JOIN articles a ON a.id = e.article_id
     WHERE e.mergeable = 1 ORDER BY e.date, a.hash, e.idx`,
  );
  const actorsOf = db.prepare(
    `SELECT role, country, sector, entity_type, name, wikidata FROM event_actors WHERE event_id = ? ORDER BY role, idx`,
  );
  const builder = new StoryBuilder();
  const stories: MergedStory[] = [];
  for (const r of candidates.iterate() as IterableIterator<CandidateRow>) {
    const source: ActorKey[] = [];
    const target: ActorKey[] = [];
    for (const a of actorsOf.all(r.id) as ActorFactRow[])
      (a.role === 'source' ? source : target).push(actorKey({ ...a, type: a.entity_type }));
    const location = r.location === null ? null : (JSON.parse(r.location) as EventLocation);
    const c: MergeCandidate = {
      event: r.id,
      article: r.article_id,
      type: r.type,
      date: r.date,
      source,
      target,
      place: placeKey(location),
    };
    stories.push(...builder.add(c));
  }
  stories.push(...builder.finish());

  const insertStory = db.prepare(
    'INSERT INTO stories (id, type, date, date_from, date_to, reports, flags) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const assign = db.prepare('UPDATE events SET story_id = ? WHERE id = ?');
  const result: StoryUpdate = { stories: stories.length, merged: 0, events: 0 };
  db.transaction(() => {
    db.prepare('UPDATE events SET story_id = NULL WHERE story_id IS NOT NULL').run();
    db.prepare('DELETE FROM stories').run();
    stories.forEach((s, i) => {
      insertStory.run(i + 1, s.type, s.date, s.dateFrom, s.dateTo, s.reports.length, JSON.stringify(s.flags));
      for (const r of s.reports) assign.run(i + 1, r.event);
      result.events += s.reports.length;
      if (s.reports.length > 1) result.merged++;
    });
    db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(BUILT, latest);
  })();
  return result;
}
