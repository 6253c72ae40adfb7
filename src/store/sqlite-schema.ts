/**
 * The SQLite schema as an ordered list of migrations; `PRAGMA user_version` counts the ones applied, so an
 * older database is brought forward on open and a newer one is refused rather than misread.
 *
 * Offsets (start, "end") are UTF-16 offsets into articles.text, as in the analysis output. The full-text
 * tables are contentless and index *normalised* text (harakat removed, أإآ→ا, ة→ه, ى→ي): FTS5's tokenizer
 * would otherwise split words at harakat and never match a variant spelling.
 */

const V1 = `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  doc_id TEXT NOT NULL,
  title TEXT,
  published TEXT,
  outlet TEXT,
  url TEXT,
  origin TEXT NOT NULL,
  lang TEXT NOT NULL DEFAULT 'ar',
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE paragraphs (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  role TEXT NOT NULL,
  duplicate_of INTEGER,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE sentences (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  name_ar TEXT NOT NULL,
  wikidata TEXT,
  country TEXT,
  sector TEXT,
  code TEXT,
  office TEXT,
  UNIQUE (article_id, local_id)
);
CREATE INDEX entities_wikidata ON entities (wikidata) WHERE wikidata IS NOT NULL;

CREATE TABLE mentions (
  entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  kind TEXT,
  PRIMARY KEY (entity_id, idx)
) WITHOUT ROWID;

CREATE TABLE times (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  value TEXT,
  mod TEXT,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE quotes (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker TEXT,
  cue TEXT,
  direct INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  date TEXT NOT NULL,
  date_from TEXT NOT NULL,
  date_to TEXT NOT NULL,
  reports INTEGER NOT NULL,
  flags TEXT NOT NULL
);
CREATE INDEX stories_date ON stories (date);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  type TEXT,
  mode TEXT,
  cameo TEXT NOT NULL,
  quad INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  date TEXT,
  date_text TEXT,
  date_resolved INTEGER NOT NULL,
  -- The event's day when it has one, else the article's publication day: what --from/--to and stats use.
  day TEXT,
  location TEXT,
  location_country TEXT,
  modality TEXT NOT NULL,
  rule TEXT NOT NULL,
  confidence REAL NOT NULL,
  flags TEXT NOT NULL,
  evidence TEXT NOT NULL,
  mergeable INTEGER NOT NULL,
  story_id INTEGER,
  UNIQUE (article_id, idx)
);
CREATE INDEX events_day ON events (day);
CREATE INDEX events_type_day ON events (type, day);
CREATE INDEX events_story ON events (story_id) WHERE story_id IS NOT NULL;
CREATE INDEX events_mergeable ON events (date) WHERE mergeable = 1;

CREATE TABLE event_actors (
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('source', 'target')),
  idx INTEGER NOT NULL,
  entity TEXT,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  country TEXT,
  sector TEXT,
  code TEXT,
  -- Copied from the entity: its type, canonical name and Wikidata id identify the actor across articles.
  entity_type TEXT,
  name TEXT,
  wikidata TEXT,
  -- Normalised actor text, canonical and Arabic names, for --actor TEXT.
  search TEXT NOT NULL,
  PRIMARY KEY (event_id, role, idx)
) WITHOUT ROWID;
CREATE INDEX event_actors_code ON event_actors (code);
CREATE INDEX event_actors_country ON event_actors (country);

CREATE TABLE event_mentions (
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  trigger_text TEXT NOT NULL,
  PRIMARY KEY (event_id, idx)
) WITHOUT ROWID;

CREATE TABLE event_attributions (
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  entity TEXT,
  text TEXT NOT NULL,
  cue TEXT NOT NULL,
  PRIMARY KEY (event_id, idx)
) WITHOUT ROWID;

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
  body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE events_fts USING fts5 (
  evidence, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
);
`;

/** Migration i brings a database from user_version i to i + 1. Append; never edit a released one. */
export const MIGRATIONS: readonly string[] = [V1];
