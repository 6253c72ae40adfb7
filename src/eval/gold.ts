/** The gold set format (test/gold/*.jsonl, see docs/annotation.md) and its loader. */
import { readFileSync } from 'node:fs';

export interface GoldActor {
  text: string | null;
  country: string | null;
  sector: string | null;
}

export interface GoldEvent {
  type: string;
  mode: string | null;
  cameo: string | null;
  trigger: string | null;
  source: GoldActor | GoldActor[] | null;
  target: GoldActor | GoldActor[] | null;
  modality: string | null;
  attribution: GoldActor[];
}

export interface GoldItem {
  id: string;
  text: string;
  published: string | null;
  events: GoldEvent[];
  comment?: string | null;
}

export function actorList(a: GoldActor | GoldActor[] | null | undefined): GoldActor[] {
  if (!a) return [];
  return Array.isArray(a) ? a : [a];
}

export function loadGold(path: string): GoldItem[] {
  const items: GoldItem[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let item: GoldItem;
      try {
        item = JSON.parse(line) as GoldItem;
      } catch (err) {
        throw new Error(`${path}:${i + 1}: invalid JSON (${(err as Error).message})`);
      }
      if (typeof item.id !== 'string' || typeof item.text !== 'string' || !Array.isArray(item.events)) {
        throw new Error(`${path}:${i + 1}: a gold item needs "id", "text" and "events"`);
      }
      items.push(item);
    });
  return items;
}
