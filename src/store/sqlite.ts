/**
 * The default Store: one SQLite file (better-sqlite3, WAL). Writes come from one connection (the ingest
 * job's main thread); readers in other processes see committed articles as they land. Reads stream rows
 * with `.iterate()`, so exports never hold the whole database in memory.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { EventActor, EventLocation, PloverType } from '../model.js';
import { actorKey } from '../merge/across.js';
import { normalizeKey } from '../lang/ar/normalize.js';
import { MIGRATIONS } from './sqlite-schema.js';
import { ArticleWriter } from './sqlite-write.js';
import {
  ARTICLE_COLUMNS,
  EVENT_COLUMNS,
  Reader,
  articleRecord,
  type ActorRow,
  type ArticleRow,
  type EventRow,
} from './sqlite-read.js';
import { eventFilter, limitClause } from './sqlite-query.js';
import { updateStories } from './sqlite-stories.js';
import { storeStats } from './sqlite-stats.js';
import { ftsQuery } from './text-keys.js';
import type {
  ArticleInput,
  ArticleQuery,
  ArticleRecord,
  EventQuery,
  EventRecord,
  Store,
  StoreStats,
  StoredAnalysis,
  StoryFlag,
  StoryRecord,
  StoryReport,
  StoryUpdate,
} from './types.js';

export interface SqliteStoreOptions {
  /** Create the file when it does not exist (ingest); query commands want an error instead. */
  create?: boolean;
}

function migrate(db: Database.Database, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new Error(
      `${path} was written by a newer hadath (schema ${version}; this version knows ${MIGRATIONS.length})`,
    );
  }
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

interface StoryRow {
  id: number;
  type: string;
  date: string;
  date_from: string;
  date_to: string;
  flags: string;
}

interface StoryActorRow extends Omit<ActorRow, 'event_id'> {
  entity_type: string | null;
  name: string | null;
  wikidata: string | null;
}

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly writer: ArticleWriter;
  private readonly reader: Reader;
  private readonly hasHash: Database.Statement;

  constructor(
    readonly path: string,
    options: SqliteStoreOptions = {},
  ) {
    if (!options.create && path !== ':memory:' && !existsSync(path)) {
      throw new Error(`no database at ${path} (create one with "hadath ingest ... --db ${path}")`);
    }
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL loses no committed transaction when the process dies, only on power loss.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 10000');
    migrate(this.db, path);
    this.writer = new ArticleWriter(this.db);
    this.reader = new Reader(this.db);
    this.hasHash = this.db.prepare('SELECT 1 FROM articles WHERE hash = ?').pluck();
  }

  async has(hash: string): Promise<boolean> {
    return this.hasHash.get(hash) !== undefined;
  }

  async put(input: ArticleInput): Promise<boolean> {
    return this.writer.put(input);
  }

  async updateStories(force = false): Promise<StoryUpdate | null> {
    return updateStories(this.db, force);
  }

  async *events(query: EventQuery = {}): AsyncIterable<EventRecord> {
    const f = eventFilter(query);
    const stmt = this.db.prepare(
      `SELECT ${EVENT_COLUMNS} FROM events e WHERE ${f.where} ORDER BY e.day, e.article_id, e.idx${limitClause(query.limit)}`,
    );
    const articles = new Map<number, ArticleRecord>();
    for (const r of stmt.iterate(...f.params) as IterableIterator<EventRow>) {
      let article = articles.get(r.article_id);
      if (!article) {
        // Rows come in day order, so an article's events are close together: a small cache is enough.
        if (articles.size > 256) articles.clear();
        article = this.reader.article(r.article_id);
        articles.set(r.article_id, article);
      }
      yield { article, event: this.reader.event(r), evidence: r.evidence, story: r.story_id };
    }
  }

  async *stories(query: EventQuery = {}): AsyncIterable<StoryRecord> {
    const f = eventFilter(query);
    const stmt = this.db.prepare(
      `SELECT s.id, s.type, s.date, s.date_from, s.date_to, s.flags FROM stories s
       WHERE s.id IN (SELECT e.story_id FROM events e WHERE e.story_id IS NOT NULL AND ${f.where})
       ORDER BY s.date, s.id${limitClause(query.limit)}`,
    );
    const reports = this.db.prepare(
      `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.story_id = ?
       ORDER BY e.date, a.published, a.id, e.idx`,
    );
    const actors = this.db.prepare(
      `SELECT role, entity, text, start, "end", country, sector, code, entity_type, name, wikidata FROM event_actors
       WHERE event_id = ? ORDER BY role, idx`,
    );
    for (const s of stmt.iterate(...f.params) as IterableIterator<StoryRow>) {
      const list: StoryReport[] = [];
      const source = new Map<string, EventActor>();
      const target = new Map<string, EventActor>();
      let location: EventLocation | null = null;
      for (const r of reports.all(s.id) as EventRow[]) {
        const event = this.reader.event(r);
        list.push({ article: this.reader.article(r.article_id), event, evidence: r.evidence });
        location ??= event.location;
        for (const a of actors.all(r.id) as StoryActorRow[]) {
          // The same actor as the merging sees it: a known identity, else its codes, else its words.
          const k = actorKey({ ...a, type: a.entity_type });
          const key = k.identity ?? (a.code !== null ? `code:${a.code}` : `text:${normalizeKey(a.text)}`);
          const into = a.role === 'source' ? source : target;
          if (!into.has(key)) {
            into.set(key, {
              entity: a.entity,
              text: a.text,
              start: a.start,
              end: a.end,
              country: a.country,
              sector: a.sector,
              code: a.code,
            });
          }
        }
      }
      const outlets = [...new Set(list.map((r) => r.article.source).filter((x): x is string => x !== null))];
      yield {
        id: s.id,
        type: s.type as PloverType,
        date: s.date,
        dateFrom: s.date_from,
        dateTo: s.date_to,
        source: [...source.values()],
        target: [...target.values()],
        location,
        flags: JSON.parse(s.flags) as StoryFlag[],
        outlets,
        reports: list,
      };
    }
  }

  async *articles(query: ArticleQuery = {}): AsyncIterable<ArticleRecord> {
    const limit = limitClause(query.limit);
    let stmt: Database.Statement;
    let params: string[] = [];
    if (query.q !== undefined) {
      const match = ftsQuery(query.q);
      if (match === null) throw new Error(`--q "${query.q}" has no words to search for`);
      stmt = this.db.prepare(
        `SELECT ${ARTICLE_COLUMNS} FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ? ORDER BY f.rank${limit}`,
      );
      params = [match];
    } else {
      stmt = this.db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a ORDER BY a.published, a.id${limit}`);
    }
    for (const r of stmt.iterate(...params) as IterableIterator<ArticleRow>) yield articleRecord(r);
  }

  async analysis(key: string): Promise<StoredAnalysis | null> {
    const k = key.trim().toLowerCase();
    if (!/^[0-9a-f]{4,64}$/.test(k)) return null;
    const rows = this.db
      .prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.hash >= ? AND a.hash < ? LIMIT 2`)
      .all(k, `${k}g`) as ArticleRow[];
    if (rows.length !== 1) return null;
    return this.reader.analysis(rows[0]!);
  }

  async *analyses(): AsyncIterable<StoredAnalysis> {
    const stmt = this.db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a ORDER BY a.published, a.id`);
    for (const r of stmt.iterate() as IterableIterator<ArticleRow>) yield this.reader.analysis(r);
  }

  async stats(top = 20): Promise<StoreStats> {
    return storeStats(this.db, top);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
