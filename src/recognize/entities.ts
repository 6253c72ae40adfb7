/**
 * The entities of one article: created on first mention, keyed so that every spelling and every
 * resolved role of one person or body lands on the same entity.
 */
import type { Entity, Mention, MentionKind } from '../model.js';
import type { NameEntry } from '../lexicon/entries.js';

/** What creates an entity: its fields without id and mentions, the key that unifies its mentions, its entry. */
export type EntitySeed = Omit<Entity, 'id' | 'mentions'> & {
  key: string;
  /** The dictionary entry behind it, when there is one. */
  entry?: NameEntry;
};

export interface RegisteredEntity extends Entity {
  key: string;
  entry: NameEntry | null;
}

export function actorCode(
  country: string | null,
  sector: string | null,
  explicit: string | null = null,
): string | null {
  if (explicit) return explicit;
  if (!country) return sector;
  return country + (sector ?? '');
}

export class EntityRegistry {
  private readonly byKey = new Map<string, RegisteredEntity>();
  readonly list: RegisteredEntity[] = [];

  get(key: string): RegisteredEntity | undefined {
    return this.byKey.get(key);
  }

  ensure(seed: EntitySeed): RegisteredEntity {
    let e = this.byKey.get(seed.key);
    if (!e) {
      e = {
        id: `e${this.list.length + 1}`,
        key: seed.key,
        type: seed.type,
        name: seed.name,
        nameAr: seed.nameAr,
        wikidata: seed.wikidata,
        country: seed.country,
        sector: seed.sector,
        code: actorCode(seed.country, seed.sector, seed.code),
        office: seed.office ?? null,
        mentions: [],
        entry: seed.entry ?? null,
      };
      this.byKey.set(seed.key, e);
      this.list.push(e);
    }
    return e;
  }

  mention(entity: RegisteredEntity, m: Mention, kind: MentionKind): void {
    if (entity.mentions.some((x) => x.start === m.start && x.end === m.end)) return;
    entity.mentions.push({ ...m, kind });
  }

  /** Entities in first-mention order, as the output lists them. */
  toEntities(): Entity[] {
    return this.list
      .filter((e) => e.mentions.length > 0)
      .map((e) => {
        const mentions = [...e.mentions].sort((a, b) => a.start - b.start);
        const out: Entity = {
          id: e.id,
          type: e.type,
          name: e.name,
          nameAr: e.nameAr,
          wikidata: e.wikidata,
          country: e.country,
          sector: e.sector,
          code: e.code,
          mentions,
        };
        if (e.office) out.office = e.office;
        return out;
      });
  }
}
