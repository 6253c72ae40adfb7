/**
 * `hadath dict check`: validates every dictionary. Errors fail the check (CI runs it); warnings are listed
 * for review.
 *  - parse problems (bad roles, unknown CAMEO codes, trigger types that disagree with the codebook)
 *  - unknown country, sector and office codes; role @where that is neither a country nor an org id
 *  - inverted role dates, overlapping terms of one office for one person
 *  - one name with conflicting codes within a kind (two orgs or two people spelled alike)
 *  - names that are particles (they would match everywhere)
 *  - malformed Wikidata ids
 */
import { FUNCTION_WORDS } from '../lang/ar/function-words.js';
import { INTERNATIONAL_CODES, OFFICES, SECTORS, type NameEntry } from './entries.js';
import type { Lexicon } from './index.js';

export interface CheckReport {
  errors: string[];
  warnings: string[];
  counts: Map<string, number>;
}

export function checkLexicon(lexicon: Lexicon): CheckReport {
  const errors = lexicon.problems.map((p) => `${p.rule}: ${p.message}`);
  const warnings: string[] = [];
  const { actors } = lexicon;
  const countries = new Set([...actors.countries.keys(), ...INTERNATIONAL_CODES]);

  const entries: NameEntry[] = [
    ...actors.countries.values(),
    ...actors.orgs.values(),
    ...actors.people.values(),
  ];
  for (const e of entries) {
    if (e.country && !countries.has(e.country)) errors.push(`${e.rule}: unknown country code "${e.country}"`);
    if (e.sector && !SECTORS.has(e.sector)) errors.push(`${e.rule}: unknown sector "${e.sector}"`);
    if (e.wikidata && !/^Q\d+$/.test(e.wikidata))
      errors.push(`${e.rule}: malformed Wikidata id "${e.wikidata}"`);
    const byOffice = new Map<string, { from: string; to: string }[]>();
    for (const r of e.roles) {
      if (!OFFICES.has(r.office)) errors.push(`${e.rule}: unknown office "${r.office}"`);
      if (!countries.has(r.where) && !actors.orgs.has(r.where))
        errors.push(
          `${e.rule}: role ${r.office}@${r.where}: "${r.where}" is neither a country code nor an org id`,
        );
      if (r.from > r.to)
        errors.push(`${e.rule}: role ${r.office} ends (${r.to}) before it starts (${r.from})`);
      const key = `${r.office}@${r.where}`;
      const list = byOffice.get(key) ?? [];
      for (const other of list) {
        if (r.from < other.to && other.from < r.to)
          errors.push(
            `${e.rule}: overlapping terms of ${key}: ${other.from}..${other.to} and ${r.from}..${r.to}`,
          );
      }
      list.push(r);
      byOffice.set(key, list);
    }
  }

  // One spelling, several entries of the same kind with different codes: resolution would be a guess.
  const seen = new Map<string, NameEntry>();
  const visit = (key: string, e: NameEntry) => {
    const k = `${e.kind === 'capital' ? 'country' : e.kind}|${key}`;
    const prev = seen.get(k);
    if (!prev) {
      seen.set(k, e);
      return;
    }
    if (prev.id === e.id) return;
    if (prev.country !== e.country || prev.sector !== e.sector) {
      const line = `"${key}" names ${prev.id} (${prev.country ?? '-'} ${prev.sector ?? '-'}, ${prev.rule}) and ${e.id} (${e.country ?? '-'} ${e.sector ?? '-'}, ${e.rule})`;
      if (e.kind === 'city' || e.kind === 'region') warnings.push(line);
      else errors.push(`conflicting codes: ${line}`);
    }
  };
  forEachName(lexicon, visit);

  // Entries that text can never produce: the tokenizer splits them otherwise, or they are particles.
  forEachName(lexicon, (key, e) => {
    if (!key.includes(' ') && FUNCTION_WORDS.has(key))
      errors.push(`${e.rule}: the name "${key}" is a function word`);
  });
  return { errors, warnings, counts: lexicon.counts };
}

function forEachName(lexicon: Lexicon, f: (key: string, e: NameEntry) => void): void {
  lexicon.actors.names.forEach((words, values) => {
    for (const v of values) f(words.join(' '), v);
  });
}
