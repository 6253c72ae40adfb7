/**
 * All dictionaries loaded once into an immutable `Lexicon`: tries for names, agents, adjectives and titles,
 * the trigger index, the codebook, the dated-office index, and the segmenter that uses them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Segmenter } from '../lang/ar/clitics.js';
import { loadCodebook, type Codebook } from './codebook.js';
import { loadActorDictionaries, type ActorDictionaries, type Problem } from './load-actors.js';
import { loadTriggers, type TriggerDictionaries } from './load-triggers.js';
import { loadFrames, type Frames } from './load-frames.js';
import type { NameEntry } from './entries.js';

export interface OfficeHolder {
  person: NameEntry;
  from: string;
  to: string;
}

export interface Lexicon {
  dataDir: string;
  actors: ActorDictionaries;
  triggers: TriggerDictionaries;
  frames: Frames;
  codebook: Codebook;
  segmenter: Segmenter;
  frequency: Map<string, number>;
  /** `${office}@${where}` → holders in date order. */
  offices: Map<string, OfficeHolder[]>;
  problems: Problem[];
  counts: Map<string, number>;
}

/** data/ beside src/ or dist/. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

function loadFrequencies(dataDir: string): Map<string, number> {
  const freq = new Map<string, number>();
  const path = join(dataDir, 'lexicon/word-freq.tsv');
  if (!existsSync(path)) return freq;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    const n = Number(line.slice(tab + 1));
    if (tab > 0 && n > 0) freq.set(line.slice(0, tab), n);
  }
  return freq;
}

function officeIndex(people: Iterable<NameEntry>): Map<string, OfficeHolder[]> {
  const index = new Map<string, OfficeHolder[]>();
  for (const person of people) {
    for (const role of person.roles) {
      const key = `${role.office}@${role.where}`;
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push({ person, from: role.from, to: role.to });
    }
  }
  for (const list of index.values()) list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return index;
}

/** The person holding `office` in `where` on `date` (YYYY-MM-DD); the latest to take office wins overlaps. */
export function officeHolder(
  lexicon: Lexicon,
  office: string,
  where: string,
  date: string,
): NameEntry | null {
  const holders = lexicon.offices.get(`${office}@${where}`);
  if (!holders) return null;
  let found: NameEntry | null = null;
  for (const h of holders) if (h.from <= date && date <= h.to) found = h.person;
  return found;
}

export function loadLexicon(dataDir: string = DEFAULT_DATA_DIR): Lexicon {
  const codebook = loadCodebook(dataDir);
  const actors = loadActorDictionaries(dataDir);
  const triggers = loadTriggers(dataDir, codebook);
  const frames = loadFrames(dataDir);
  const frequency = loadFrequencies(dataDir);
  const segmenter = new Segmenter({
    frequency: (key) => frequency.get(key) ?? 0,
    isEntry: (key) => actors.nameWords.has(key),
  });
  return {
    dataDir,
    actors,
    triggers,
    frames,
    codebook,
    segmenter,
    frequency,
    offices: officeIndex(actors.people.values()),
    problems: [...actors.problems, ...triggers.problems, ...frames.problems],
    counts: new Map([...actors.counts, ...triggers.counts, ...frames.counts]),
  };
}
