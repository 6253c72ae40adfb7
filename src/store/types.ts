/**
 * The Store: what the rest of hadath knows about persistence. Every method is asynchronous and speaks the
 * data model's types only, so a PostgreSQL (or any networked) implementation can replace SQLite without
 * touching callers; nothing from a driver leaks through.
 */
import type { Analysis, Event, EventActor, EventLocation, PloverType } from '../model.js';
import type { StoryFlag } from '../merge/across.js';

export type { StoryFlag };

/** One analysed article as the ingest job hands it over. */
export interface ArticleInput {
  /** Content hash (see contentHash): the identity that makes ingest idempotent. */
  hash: string;
  /** The document id the reader gave it (path, JSONL id, feed guid). */
  docId: string;
  /** Where it was read (path, `path:line`, `path#item-n`, `-`). */
  origin: string;
  /** The analysed text: every offset in `analysis` points into it. */
  text: string;
  analysis: Analysis;
}

export interface ArticleRecord {
  /** The content hash, the article's stable key across databases. */
  key: string;
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  origin: string;
  events: number;
  /** ISO timestamp of when it was stored. */
  ingested: string;
}

export interface EventRecord {
  article: ArticleRecord;
  event: Event;
  /** The sentences of the event's mentions, as written. */
  evidence: string;
  /** The story-level event this report belongs to, when it was merged across articles. */
  story: number | null;
}

export interface StoryReport {
  article: ArticleRecord;
  event: Event;
  evidence: string;
}

/** One real event as several articles (or one) report it. */
export interface StoryRecord {
  id: number;
  type: PloverType;
  /** The date most reports give (the earliest among ties); `dateFrom`..`dateTo` spans all reports. */
  date: string;
  dateFrom: string;
  dateTo: string;
  /** Distinct actors over all reports, first report first. */
  source: EventActor[];
  target: EventActor[];
  location: EventLocation | null;
  flags: StoryFlag[];
  outlets: string[];
  reports: StoryReport[];
}

export interface EventQuery {
  /** A PLOVER type, a CAMEO code prefix (digits), or STATEMENT for CAMEO-only events. */
  type?: string;
  /** An actor code (RUS, RUSGOV) or text matched against the actor's words and canonical names. */
  actor?: string;
  /** ISO 3166 alpha-3: an actor's country or the event's location. */
  country?: string;
  /** Inclusive bounds on the event's day, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** Words of the evidence sentences (full-text, orthographic variants folded). */
  q?: string;
  /** 0 or absent: no limit. */
  limit?: number;
}

export interface ArticleQuery {
  /** Words of the title or text (full-text, orthographic variants folded). */
  q?: string;
  limit?: number;
}

/** A stored article with everything needed to reproduce its analysis output. */
export interface StoredAnalysis {
  article: ArticleRecord;
  text: string;
  analysis: Analysis;
  /** Event id (v1, v2 ...) → story id, for the events merged into stories. */
  stories: Record<string, number>;
}

export interface Count {
  key: string;
  count: number;
}

export interface StoreStats {
  articles: number;
  events: number;
  /** Events asserted with a resolved day: the ones eligible for stories. */
  mergeable: number;
  stories: number;
  /** Stories reported by more than one article. */
  multiReportStories: number;
  entities: number;
  byType: Count[];
  byActor: Count[];
  byDay: Count[];
  byOutlet: Count[];
  byModality: Count[];
}

export interface StoryUpdate {
  stories: number;
  /** Stories reported by more than one article. */
  merged: number;
  /** Events placed in those stories. */
  events: number;
}

export interface Store {
  /** Whether an article with this content hash is stored. */
  has(hash: string): Promise<boolean>;
  /** Stores the article and everything in its analysis atomically; false when the hash was already stored. */
  put(input: ArticleInput): Promise<boolean>;
  /**
   * Recomputes the story-level events (cross-article merging) when articles were added since the last
   * computation, or always with `force`. Returns null when nothing needed doing.
   */
  updateStories(force?: boolean): Promise<StoryUpdate | null>;
  events(query?: EventQuery): AsyncIterable<EventRecord>;
  stories(query?: EventQuery): AsyncIterable<StoryRecord>;
  articles(query?: ArticleQuery): AsyncIterable<ArticleRecord>;
  /** One article by content hash (or a unique prefix of it). */
  analysis(key: string): Promise<StoredAnalysis | null>;
  /** Every stored article, in publication order, one at a time. */
  analyses(): AsyncIterable<StoredAnalysis>;
  stats(top?: number): Promise<StoreStats>;
  close(): Promise<void>;
}
