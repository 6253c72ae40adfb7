/** Writing one analysed article into SQLite: every row of it in one transaction, or nothing. */
import type Database from 'better-sqlite3';
import type { Analysis, Entity, Event, EventActor } from '../model.js';
import { isMergeable } from '../merge/across.js';
import { normalizeKey } from '../lang/ar/normalize.js';
import { searchText } from './text-keys.js';
import { eventEvidence } from './evidence.js';
import type { ArticleInput } from './types.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const bool = (b: boolean): number => (b ? 1 : 0);

export class ArticleWriter {
  private readonly insertArticle: Database.Statement;
  private readonly insertParagraph: Database.Statement;
  private readonly insertSentence: Database.Statement;
  private readonly insertEntity: Database.Statement;
  private readonly insertMention: Database.Statement;
  private readonly insertTime: Database.Statement;
  private readonly insertQuote: Database.Statement;
  private readonly insertEvent: Database.Statement;
  private readonly insertActor: Database.Statement;
  private readonly insertEventMention: Database.Statement;
  private readonly insertAttribution: Database.Statement;
  private readonly insertArticleText: Database.Statement;
  private readonly insertEventText: Database.Statement;
  private readonly tx: (input: ArticleInput, now: string) => boolean;

  constructor(db: Database.Database) {
    this.insertArticle = db.prepare(
      `INSERT OR IGNORE INTO articles (hash, doc_id, title, published, outlet, url, origin, lang, text, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertParagraph = db.prepare(
      `INSERT INTO paragraphs (article_id, idx, start, "end", role, duplicate_of) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.insertSentence = db.prepare(
      `INSERT INTO sentences (article_id, idx, start, "end", paragraph) VALUES (?, ?, ?, ?, ?)`,
    );
    this.insertEntity = db.prepare(
      `INSERT INTO entities (article_id, local_id, type, name, name_ar, wikidata, country, sector, code, office)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertMention = db.prepare(
      `INSERT INTO mentions (entity_id, idx, start, "end", text, sentence, kind) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertTime = db.prepare(
      `INSERT INTO times (article_id, idx, start, "end", text, kind, value, mod) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertQuote = db.prepare(
      `INSERT INTO quotes (article_id, idx, start, "end", text, speaker, cue, direct) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertEvent = db.prepare(
      `INSERT INTO events (article_id, idx, local_id, type, mode, cameo, quad, goldstein, date, date_text, date_resolved,
         day, location, location_country, modality, rule, confidence, flags, evidence, mergeable)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertActor = db.prepare(
      `INSERT INTO event_actors (event_id, role, idx, entity, text, start, "end", country, sector, code, entity_type, name, wikidata, search)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertEventMention = db.prepare(
      `INSERT INTO event_mentions (event_id, idx, sentence, start, "end", trigger_start, trigger_end, trigger_text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertAttribution = db.prepare(
      `INSERT INTO event_attributions (event_id, idx, entity, text, cue) VALUES (?, ?, ?, ?, ?)`,
    );
    this.insertArticleText = db.prepare(`INSERT INTO articles_fts (rowid, body) VALUES (?, ?)`);
    this.insertEventText = db.prepare(`INSERT INTO events_fts (rowid, evidence) VALUES (?, ?)`);
    this.tx = db.transaction((input: ArticleInput, now: string) => this.write(input, now));
  }

  /** False when an article with the same hash is already stored (nothing is written then). */
  put(input: ArticleInput): boolean {
    return this.tx(input, new Date().toISOString());
  }

  private write(input: ArticleInput, now: string): boolean {
    const { analysis: a, text } = input;
    const m = a.article;
    const info = this.insertArticle.run(
      input.hash,
      input.docId,
      m.title,
      m.published,
      m.source,
      m.url,
      input.origin,
      m.lang,
      text,
      now,
    );
    if (info.changes === 0) return false;
    const articleId = Number(info.lastInsertRowid);
    const indexed = m.title && !text.startsWith(m.title) ? `${m.title}\n${text}` : text;
    this.insertArticleText.run(articleId, searchText(indexed));
    for (const p of a.paragraphs)
      this.insertParagraph.run(articleId, p.index, p.start, p.end, p.role, p.duplicateOf);
    for (const s of a.sentences) this.insertSentence.run(articleId, s.index, s.start, s.end, s.paragraph);
    const entities = new Map<string, Entity>();
    for (const e of a.entities) {
      entities.set(e.id, e);
      const row = this.insertEntity.run(
        articleId,
        e.id,
        e.type,
        e.name,
        e.nameAr,
        e.wikidata,
        e.country,
        e.sector,
        e.code,
        e.office ?? null,
      );
      const entityId = Number(row.lastInsertRowid);
      e.mentions.forEach((x, i) =>
        this.insertMention.run(entityId, i, x.start, x.end, x.text, x.sentence, x.kind ?? null),
      );
    }
    a.times.forEach((t, i) =>
      this.insertTime.run(articleId, i, t.start, t.end, t.text, t.kind, t.value, t.mod ?? null),
    );
    a.quotes.forEach((q, i) =>
      this.insertQuote.run(articleId, i, q.start, q.end, q.text, q.speaker, q.cue, bool(q.direct)),
    );
    a.events.forEach((e, i) => this.writeEvent(articleId, i, text, a, e, entities));
    return true;
  }

  private writeEvent(
    articleId: number,
    idx: number,
    text: string,
    a: Analysis,
    e: Event,
    entities: Map<string, Entity>,
  ): void {
    const evidence = eventEvidence(text, a, e);
    const full = e.date.value !== null && DAY.test(e.date.value);
    const row = this.insertEvent.run(
      articleId,
      idx,
      e.id,
      e.type,
      e.mode,
      e.cameo,
      e.quad,
      e.goldstein,
      e.date.value,
      e.date.text,
      bool(e.date.resolved),
      full ? e.date.value : a.article.published,
      e.location ? JSON.stringify(e.location) : null,
      e.location?.country ?? null,
      e.modality,
      e.rule,
      e.confidence,
      JSON.stringify(e.flags),
      evidence,
      bool(isMergeable(e)),
    );
    const eventId = Number(row.lastInsertRowid);
    const actor = (role: 'source' | 'target', x: EventActor, i: number) => {
      const ent = x.entity ? entities.get(x.entity) : undefined;
      const search = normalizeKey(
        [x.text, ent?.name, ent?.nameAr].filter((s): s is string => !!s).join(' | '),
      );
      this.insertActor.run(
        eventId,
        role,
        i,
        x.entity,
        x.text,
        x.start,
        x.end,
        x.country,
        x.sector,
        x.code,
        ent?.type ?? null,
        ent?.name ?? null,
        ent?.wikidata ?? null,
        search,
      );
    };
    e.source.forEach((x, i) => actor('source', x, i));
    e.target.forEach((x, i) => actor('target', x, i));
    e.mentions.forEach((x, i) =>
      this.insertEventMention.run(
        eventId,
        i,
        x.sentence,
        x.start,
        x.end,
        x.trigger.start,
        x.trigger.end,
        x.trigger.text,
      ),
    );
    e.attribution.forEach((x, i) => this.insertAttribution.run(eventId, i, x.entity, x.text, x.cue));
    this.insertEventText.run(eventId, searchText(evidence));
  }
}
