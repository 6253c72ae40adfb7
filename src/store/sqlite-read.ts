/** Reading rows back into the data model: articles, events, and whole analyses. */
import type Database from 'better-sqlite3';
import type {
  Analysis,
  Attribution,
  Entity,
  EntityType,
  Event,
  EventActor,
  EventLocation,
  EventMention,
  Mention,
  MentionKind,
  Modality,
  Paragraph,
  ParagraphRole,
  PloverType,
  Quote,
  Sentence,
  TimeExpression,
  TimeKind,
} from '../model.js';
import type { ArticleRecord, StoredAnalysis } from './types.js';

export interface ArticleRow {
  id: number;
  hash: string;
  doc_id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  origin: string;
  ingested_at: string;
  n_events: number;
}

/** The columns of ArticleRow, for SELECTs over `articles a`. */
export const ARTICLE_COLUMNS = `a.id, a.hash, a.doc_id, a.title, a.published, a.outlet, a.url, a.origin, a.ingested_at,
  (SELECT count(*) FROM events x WHERE x.article_id = a.id) AS n_events`;

export interface EventRow {
  id: number;
  article_id: number;
  local_id: string;
  type: string | null;
  mode: string | null;
  cameo: string;
  quad: number;
  goldstein: number;
  date: string | null;
  date_text: string | null;
  date_resolved: number;
  location: string | null;
  modality: string;
  rule: string;
  confidence: number;
  flags: string;
  evidence: string;
  story_id: number | null;
}

export const EVENT_COLUMNS = `e.id, e.article_id, e.local_id, e.type, e.mode, e.cameo, e.quad, e.goldstein, e.date, e.date_text,
  e.date_resolved, e.location, e.modality, e.rule, e.confidence, e.flags, e.evidence, e.story_id`;

export interface ActorRow extends EventActor {
  event_id: number;
  role: 'source' | 'target';
}

interface EventMentionRow {
  event_id: number;
  sentence: number;
  start: number;
  end: number;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
}

interface AttributionRow {
  event_id: number;
  entity: string | null;
  text: string;
  cue: string;
}

interface EntityRow {
  id: number;
  local_id: string;
  type: string;
  name: string;
  name_ar: string;
  wikidata: string | null;
  country: string | null;
  sector: string | null;
  code: string | null;
  office: string | null;
}

interface MentionRow {
  entity_id: number;
  start: number;
  end: number;
  text: string;
  sentence: number;
  kind: string | null;
}

interface TimeRow {
  start: number;
  end: number;
  text: string;
  kind: string;
  value: string | null;
  mod: string | null;
}

interface QuoteRow {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  cue: string | null;
  direct: number;
}

export function articleRecord(r: ArticleRow): ArticleRecord {
  return {
    key: r.hash,
    id: r.doc_id,
    title: r.title,
    published: r.published,
    source: r.outlet,
    url: r.url,
    origin: r.origin,
    events: r.n_events,
    ingested: r.ingested_at,
  };
}

function groupBy<T extends { event_id: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.event_id);
    if (list) list.push(r);
    else out.set(r.event_id, [r]);
  }
  return out;
}

const toActor = (r: ActorRow): EventActor => ({
  entity: r.entity,
  text: r.text,
  start: r.start,
  end: r.end,
  country: r.country,
  sector: r.sector,
  code: r.code,
});

function toEvent(
  r: EventRow,
  actors: ActorRow[],
  mentions: EventMentionRow[],
  attribution: AttributionRow[],
): Event {
  return {
    id: r.local_id,
    type: r.type as PloverType | null,
    mode: r.mode,
    cameo: r.cameo,
    quad: r.quad,
    goldstein: r.goldstein,
    source: actors.filter((a) => a.role === 'source').map(toActor),
    target: actors.filter((a) => a.role === 'target').map(toActor),
    date: { value: r.date, text: r.date_text, resolved: r.date_resolved === 1 },
    location: r.location === null ? null : (JSON.parse(r.location) as EventLocation),
    modality: r.modality as Modality,
    attribution: attribution.map((a): Attribution => ({ entity: a.entity, text: a.text, cue: a.cue })),
    mentions: mentions.map((m): EventMention => ({
      sentence: m.sentence,
      start: m.start,
      end: m.end,
      trigger: { start: m.trigger_start, end: m.trigger_end, text: m.trigger_text },
    })),
    rule: r.rule,
    confidence: r.confidence,
    flags: JSON.parse(r.flags) as string[],
  };
}

/** Prepared reads; they may run while an `.iterate()` is open on the same connection (writes may not). */
export class Reader {
  private readonly actorsOf: Database.Statement;
  private readonly mentionsOf: Database.Statement;
  private readonly attributionOf: Database.Statement;
  private readonly actorsOfArticle: Database.Statement;
  private readonly mentionsOfArticle: Database.Statement;
  private readonly attributionOfArticle: Database.Statement;
  private readonly eventsOfArticle: Database.Statement;
  private readonly paragraphsOf: Database.Statement;
  private readonly sentencesOf: Database.Statement;
  private readonly entitiesOf: Database.Statement;
  private readonly entityMentionsOf: Database.Statement;
  private readonly timesOf: Database.Statement;
  private readonly quotesOf: Database.Statement;
  private readonly textOf: Database.Statement;
  private readonly articleById: Database.Statement;

  constructor(db: Database.Database) {
    const actorCols = `a.event_id, a.role, a.entity, a.text, a.start, a."end", a.country, a.sector, a.code`;
    const mentionCols = `m.event_id, m.sentence, m.start, m."end", m.trigger_start, m.trigger_end, m.trigger_text`;
    this.actorsOf = db.prepare(
      `SELECT ${actorCols} FROM event_actors a WHERE a.event_id = ? ORDER BY a.role, a.idx`,
    );
    this.mentionsOf = db.prepare(
      `SELECT ${mentionCols} FROM event_mentions m WHERE m.event_id = ? ORDER BY m.idx`,
    );
    this.attributionOf = db.prepare(
      `SELECT t.event_id, t.entity, t.text, t.cue FROM event_attributions t WHERE t.event_id = ? ORDER BY t.idx`,
    );
    this.actorsOfArticle = db.prepare(
      `SELECT ${actorCols} FROM events e JOIN event_actors a ON a.event_id = e.id WHERE e.article_id = ? ORDER BY a.event_id, a.role, a.idx`,
    );
    this.mentionsOfArticle = db.prepare(
      `SELECT ${mentionCols} FROM events e JOIN event_mentions m ON m.event_id = e.id WHERE e.article_id = ? ORDER BY m.event_id, m.idx`,
    );
    this.attributionOfArticle = db.prepare(
      `SELECT t.event_id, t.entity, t.text, t.cue FROM events e JOIN event_attributions t ON t.event_id = e.id
       WHERE e.article_id = ? ORDER BY t.event_id, t.idx`,
    );
    this.eventsOfArticle = db.prepare(
      `SELECT ${EVENT_COLUMNS} FROM events e WHERE e.article_id = ? ORDER BY e.idx`,
    );
    this.paragraphsOf = db.prepare(
      `SELECT idx, start, "end", role, duplicate_of FROM paragraphs WHERE article_id = ? ORDER BY idx`,
    );
    this.sentencesOf = db.prepare(
      `SELECT idx, start, "end", paragraph FROM sentences WHERE article_id = ? ORDER BY idx`,
    );
    this.entitiesOf = db.prepare(
      `SELECT id, local_id, type, name, name_ar, wikidata, country, sector, code, office FROM entities WHERE article_id = ? ORDER BY id`,
    );
    this.entityMentionsOf = db.prepare(
      `SELECT m.entity_id, m.start, m."end", m.text, m.sentence, m.kind FROM entities n JOIN mentions m ON m.entity_id = n.id
       WHERE n.article_id = ? ORDER BY m.entity_id, m.idx`,
    );
    this.timesOf = db.prepare(
      `SELECT start, "end", text, kind, value, mod FROM times WHERE article_id = ? ORDER BY idx`,
    );
    this.quotesOf = db.prepare(
      `SELECT start, "end", text, speaker, cue, direct FROM quotes WHERE article_id = ? ORDER BY idx`,
    );
    this.textOf = db.prepare(`SELECT text FROM articles WHERE id = ?`).pluck();
    this.articleById = db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?`);
  }

  article(id: number): ArticleRecord {
    return articleRecord(this.articleById.get(id) as ArticleRow);
  }

  event(r: EventRow): Event {
    return toEvent(
      r,
      this.actorsOf.all(r.id) as ActorRow[],
      this.mentionsOf.all(r.id) as EventMentionRow[],
      this.attributionOf.all(r.id) as AttributionRow[],
    );
  }

  analysis(row: ArticleRow): StoredAnalysis {
    const id = row.id;
    const article = articleRecord(row);
    const entityMentions = new Map<number, Mention[]>();
    for (const m of this.entityMentionsOf.all(id) as MentionRow[]) {
      const mention: Mention = { start: m.start, end: m.end, text: m.text, sentence: m.sentence };
      if (m.kind !== null) mention.kind = m.kind as MentionKind;
      const list = entityMentions.get(m.entity_id);
      if (list) list.push(mention);
      else entityMentions.set(m.entity_id, [mention]);
    }
    const entities = (this.entitiesOf.all(id) as EntityRow[]).map((e): Entity => {
      const entity: Entity = {
        id: e.local_id,
        type: e.type as EntityType,
        name: e.name,
        nameAr: e.name_ar,
        wikidata: e.wikidata,
        country: e.country,
        sector: e.sector,
        code: e.code,
        mentions: entityMentions.get(e.id) ?? [],
      };
      if (e.office !== null) entity.office = e.office;
      return entity;
    });
    const actors = groupBy(this.actorsOfArticle.all(id) as ActorRow[]);
    const mentions = groupBy(this.mentionsOfArticle.all(id) as EventMentionRow[]);
    const attribution = groupBy(this.attributionOfArticle.all(id) as AttributionRow[]);
    const stories: Record<string, number> = {};
    const events = (this.eventsOfArticle.all(id) as EventRow[]).map((r) => {
      if (r.story_id !== null) stories[r.local_id] = r.story_id;
      return toEvent(r, actors.get(r.id) ?? [], mentions.get(r.id) ?? [], attribution.get(r.id) ?? []);
    });
    const paragraphs = (
      this.paragraphsOf.all(id) as {
        idx: number;
        start: number;
        end: number;
        role: string;
        duplicate_of: number | null;
      }[]
    ).map((p): Paragraph => ({
      index: p.idx,
      start: p.start,
      end: p.end,
      role: p.role as ParagraphRole,
      duplicateOf: p.duplicate_of,
    }));
    const sentences = (
      this.sentencesOf.all(id) as { idx: number; start: number; end: number; paragraph: number }[]
    ).map((s): Sentence => ({ index: s.idx, start: s.start, end: s.end, paragraph: s.paragraph }));
    const times = (this.timesOf.all(id) as TimeRow[]).map((t): TimeExpression => {
      const time: TimeExpression = {
        start: t.start,
        end: t.end,
        text: t.text,
        kind: t.kind as TimeKind,
        value: t.value,
      };
      if (t.mod !== null) time.mod = t.mod;
      return time;
    });
    const quotes = (this.quotesOf.all(id) as QuoteRow[]).map((q): Quote => ({
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker,
      cue: q.cue,
      direct: q.direct === 1,
    }));
    const analysis: Analysis = {
      article: {
        id: row.doc_id,
        title: row.title,
        published: row.published,
        source: row.outlet,
        url: row.url,
        lang: 'ar',
      },
      paragraphs,
      sentences,
      entities,
      times,
      quotes,
      events,
    };
    return { article, text: this.textOf.get(id) as string, analysis, stories };
  }
}
