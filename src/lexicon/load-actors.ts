/**
 * Loads places and actors (countries, cities, regions, organisations, people, agents, titles) into tries
 * keyed by normalised words. Problems are collected, not thrown, so `hadath dict check` can list them all.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normalize, normalizeKey } from '../lang/ar/normalize.js';
import { tokenize } from '../lang/ar/tokenize.js';
import { nisbaForms } from './inflect.js';
import { WordTrie } from './trie.js';
import { readTsv, splitList, type TsvRow } from './tsv.js';
import type { AdjectiveEntry, AgentEntry, NameEntry, Role, TitleEntry } from './entries.js';
import type { EntityType } from '../model.js';

export interface Problem {
  rule: string;
  message: string;
}

export interface ActorDictionaries {
  names: WordTrie<NameEntry>;
  agents: WordTrie<AgentEntry>;
  adjectives: WordTrie<AdjectiveEntry>;
  titles: WordTrie<TitleEntry>;
  countries: Map<string, NameEntry>;
  people: Map<string, NameEntry>;
  orgs: Map<string, NameEntry>;
  /** Words that appear inside some name: the segmenter keeps them whole. */
  nameWords: Set<string>;
  /** Every word that starts a name, agent, adjective or title: tokens starting none are skipped fast. */
  firstWords: Set<string>;
  /** First words of people's full names: an unknown name after a role must start with one. */
  givenNames: Set<string>;
  counts: Map<string, number>;
  problems: Problem[];
}

const ROLE = /^([A-Z_]+)(?:@([\w-]+))?\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)?\.\.(\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/;

/** Partial dates widened to the first or last day they can mean, so intervals compare as strings. */
export function dateBound(d: string, end: boolean): string {
  if (!d) return end ? '9999-12-31' : '0000-01-01';
  if (d.length === 4) return end ? `${d}-12-31` : `${d}-01-01`;
  if (d.length === 7) return end ? `${d}-31` : `${d}-01`;
  return d;
}

export function parseRoles(cell: string, country: string | null, rule: string, problems: Problem[]): Role[] {
  const roles: Role[] = [];
  for (const raw of cell.split(';')) {
    const text = raw.trim();
    if (!text) continue;
    const m = ROLE.exec(text);
    if (!m) {
      problems.push({ rule, message: `bad role "${text}" (expected OFFICE[@where] FROM..TO)` });
      continue;
    }
    const where = m[2] ?? country;
    if (!where) {
      problems.push({ rule, message: `role "${text}" has no country` });
      continue;
    }
    roles.push({ office: m[1]!, where, from: dateBound(m[3] ?? '', false), to: dateBound(m[4] ?? '', true) });
  }
  return roles;
}

function emptyToNull(s: string): string | null {
  return s === '' ? null : s;
}

function tsvFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => join(dir, f));
}

export function loadActorDictionaries(dataDir: string): ActorDictionaries {
  const d: ActorDictionaries = {
    names: new WordTrie(),
    agents: new WordTrie(),
    adjectives: new WordTrie(),
    titles: new WordTrie(),
    countries: new Map(),
    people: new Map(),
    orgs: new Map(),
    nameWords: new Set(),
    givenNames: new Set(),
    firstWords: new Set(),
    counts: new Map(),
    problems: [],
  };
  const rel = (path: string) => path.slice(dataDir.length + 1);
  const rows = (path: string, required: string[]): TsvRow[] => {
    const r = readTsv(path, 'data/' + rel(path), required);
    d.counts.set('data/' + rel(path), r.length);
    return r;
  };
  const addName = (arCell: string, entry: NameEntry) => {
    const names = splitList(arCell);
    if (names.length === 0) d.problems.push({ rule: entry.rule, message: 'no Arabic name' });
    for (const n of names) {
      const words = entryWords(n);
      d.names.add(words, entry);
      for (const w of words) d.nameWords.add(w);
    }
  };
  const base = (r: TsvRow, kind: NameEntry['kind'], type: EntityType): NameEntry => ({
    kind,
    id: r.get('id'),
    name: r.get('name'),
    nameAr: splitList(r.get('ar'))[0] ?? '',
    type,
    country: emptyToNull(r.get('country')),
    sector: emptyToNull(r.get('sector')),
    code: emptyToNull(r.get('code')),
    wikidata: emptyToNull(r.get('wikidata')),
    roles: [],
    geonameid: null,
    lat: null,
    lon: null,
    rule: `${r.file}:${r.line}`,
  });

  const countriesPath = join(dataDir, 'places/countries.tsv');
  if (existsSync(countriesPath)) {
    for (const r of rows(countriesPath, ['iso3', 'name', 'ar', 'adj', 'capital'])) {
      const iso3 = r.get('iso3');
      const entry: NameEntry = { ...base(r, 'country', 'LOCATION'), id: iso3, country: iso3 };
      d.countries.set(iso3, entry);
      addName(r.get('ar'), entry);
      for (const cap of splitList(r.get('capital'))) {
        addName(cap, { ...entry, kind: 'capital', id: `${iso3}-capital`, nameAr: cap, sector: 'GOV' });
      }
      for (const adj of splitList(r.get('adj'))) {
        const key = normalizeKey(adj);
        const forms = key.endsWith('ي') ? nisbaForms(key) : [key];
        forms.forEach((f, k) => {
          const value: AdjectiveEntry = {
            country: iso3,
            plural: !key.endsWith('ي') || k >= 4,
            rule: entry.rule,
          };
          const words = f.split(' ');
          d.adjectives.add(words, value);
          d.adjectives.add(['ال' + words[0], ...words.slice(1)], value);
        });
      }
    }
  }

  const citiesPath = join(dataDir, 'places/cities.tsv');
  if (existsSync(citiesPath)) {
    for (const r of rows(citiesPath, ['geonameid', 'name', 'ar', 'country'])) {
      const entry: NameEntry = {
        ...base(r, 'city', 'LOCATION'),
        id: `geonames:${r.get('geonameid')}`,
        geonameid: Number(r.get('geonameid')) || null,
        lat: Number(r.get('lat')) || null,
        lon: Number(r.get('lon')) || null,
      };
      addName(r.get('ar'), entry);
    }
  }
  const regionsPath = join(dataDir, 'places/regions.tsv');
  if (existsSync(regionsPath)) {
    for (const r of rows(regionsPath, ['id', 'name', 'ar', 'country'])) {
      const entry: NameEntry = {
        ...base(r, 'region', 'LOCATION'),
        geonameid: Number(r.get('geonameid')) || null,
        lat: Number(r.get('lat')) || null,
        lon: Number(r.get('lon')) || null,
      };
      addName(r.get('ar'), entry);
    }
  }

  for (const path of tsvFiles(join(dataDir, 'actors/orgs'))) {
    for (const r of rows(path, ['id', 'name', 'ar', 'country', 'sector'])) {
      const entry = base(r, 'org', 'ORG');
      if (d.orgs.has(entry.id))
        d.problems.push({ rule: entry.rule, message: `duplicate org id "${entry.id}"` });
      d.orgs.set(entry.id, entry);
      addName(r.get('ar'), entry);
    }
  }
  for (const path of tsvFiles(join(dataDir, 'actors/people'))) {
    for (const r of rows(path, ['id', 'name', 'ar', 'country', 'sector', 'roles'])) {
      const entry = base(r, 'person', 'PERSON');
      entry.roles = parseRoles(r.get('roles'), entry.country, entry.rule, d.problems);
      if (d.people.has(entry.id))
        d.problems.push({ rule: entry.rule, message: `duplicate person id "${entry.id}"` });
      d.people.set(entry.id, entry);
      addName(r.get('ar'), entry);
      for (const n of splitList(r.get('ar'))) {
        const words = normalizeKey(n).split(' ');
        if (words.length >= 2) d.givenNames.add(words[0]!);
      }
    }
  }

  const agentsPath = join(dataDir, 'actors/agents.tsv');
  if (existsSync(agentsPath)) {
    for (const r of rows(agentsPath, ['ar', 'sector', 'office', 'type'])) {
      const rule = `${r.file}:${r.line}`;
      const type = (r.get('type') || 'ORG') as EntityType;
      const forms = splitList(r.get('ar'));
      const head = forms[0] ? entryWords(forms[0])[0]! : '';
      forms.forEach((form, k) => {
        const words = entryWords(form);
        const entry: AgentEntry = {
          nameAr: form,
          sector: emptyToNull(r.get('sector')),
          office: emptyToNull(r.get('office')),
          country: emptyToNull(r.get('country')),
          type,
          number: agentNumber(words[0]!, k === 0 || words[0] === head),
          rule,
        };
        addArticleOptional(d.agents, words, entry);
        if (type === 'PERSON' && entry.number === 'singular') {
          // The dual of a one-person role names two people: الرئيسين الفرنسي والروسي.
          const stem = words[0]!.endsWith('ه') ? words[0]!.slice(0, -1) + 'ت' : words[0]!;
          for (const dual of [stem + 'ين', stem + 'ان']) {
            if (d.agents.get([dual, ...words.slice(1)]).length === 0) {
              addArticleOptional(d.agents, [dual, ...words.slice(1)], { ...entry, number: 'dual' });
            }
          }
        }
      });
    }
  }
  const titlesPath = join(dataDir, 'actors/titles.tsv');
  if (existsSync(titlesPath)) {
    for (const r of rows(titlesPath, ['ar', 'sector'])) {
      const entry: TitleEntry = { sector: emptyToNull(r.get('sector')), rule: `${r.file}:${r.line}` };
      for (const form of splitList(r.get('ar')))
        addArticleOptional(d.titles, normalizeKey(form).split(' '), entry);
    }
  }
  for (const trie of [d.names, d.agents, d.adjectives, d.titles])
    for (const w of trie.firstWords()) d.firstWords.add(w);
  return d;
}

/** A name split into words the way the tokenizer splits text (كيم جونغ-اون → كيم، جونغ، -، اون). */
export function entryWords(name: string): string[] {
  return tokenize(normalize(name.trim())).map((t) => t.norm);
}

function addArticleOptional<V>(trie: WordTrie<V>, words: string[], value: V): void {
  const first = words[0]!;
  const bare = first.startsWith('ال') && first.length > 3 ? first.slice(2) : first;
  trie.add([bare, ...words.slice(1)], value);
  trie.add(['ال' + bare, ...words.slice(1)], value);
}

/**
 * Number of an agent form. A row lists the singular first; later forms are its feminine (…ة), its sound
 * plurals (…ون، …ين، …ات) or a broken plural (وزراء، قادة). Forms sharing the first form's head word are
 * compounds of the singular.
 */
function agentNumber(word: string, singularHead: boolean): AgentEntry['number'] {
  if (singularHead) return 'singular';
  if (/(?:ون|ين|ات|وا)$/.test(word)) return 'plural';
  if (word.endsWith('ه')) return 'singular';
  return 'plural';
}
