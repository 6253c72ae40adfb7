/**
 * Loads the sentence frames (data/frames/): reporting verbs and prepositions (attribution), modality cues,
 * and occurrence evidence for nominal events.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeKey } from '../lang/ar/normalize.js';
import type { Modality } from '../model.js';
import { verbForms } from './inflect.js';
import type { Problem } from './load-actors.js';
import { WordTrie } from './trie.js';
import { readTsv, splitList } from './tsv.js';

export interface ReportingVerb {
  role: 'speaker' | 'denial';
  /** وأضاف، وتابع: without a subject of its own, the previous speaker goes on. */
  continues: boolean;
  rule: string;
}

export interface ModalityCue {
  modality: Exclude<Modality, 'asserted' | 'historical'>;
  window: number;
  rule: string;
}

export interface Frames {
  reportingVerbs: Map<string, ReportingVerb>;
  reportingPreps: WordTrie<string>;
  modalityCues: WordTrie<ModalityCue>;
  /** Proclitics that mark a modality on the trigger itself (س → future). */
  modalityPrefixes: Map<string, ModalityCue>;
  occurrenceVerbs: Map<string, string>;
  occurrencePreps: Map<string, string>;
  /** Nouns of occurrence right before an event noun (اندلاع اشتباكات): the event happened, actor or not. */
  occurrenceNouns: Map<string, string>;
  /** Verbs that take a masdar as object with their subject as its agent (قرر طرد، بدأ انسحاب). */
  controlVerbs: Map<string, string>;
  /** Words that veto some event types anywhere in their sentence (sports, accidents): word sequence → types. */
  vetoes: WordTrie<{ types: Set<string>; rule: string }>;
  counts: Map<string, number>;
  problems: Problem[];
}

function verbKeys(pattern: string): string[] | null {
  const [perfect, imperfect] = pattern.split('/').map(normalizeKey);
  if (!perfect || !imperfect) return null;
  return verbForms(perfect, imperfect).map((f) => f.form);
}

export function loadFrames(dataDir: string): Frames {
  const f: Frames = {
    reportingVerbs: new Map(),
    reportingPreps: new WordTrie(),
    modalityCues: new WordTrie(),
    modalityPrefixes: new Map(),
    occurrenceVerbs: new Map(),
    occurrencePreps: new Map(),
    occurrenceNouns: new Map(),
    controlVerbs: new Map(),
    vetoes: new WordTrie(),
    counts: new Map(),
    problems: [],
  };
  const read = (file: string, required: string[]) => {
    const path = join(dataDir, 'frames', file);
    if (!existsSync(path)) return [];
    const rows = readTsv(path, `data/frames/${file}`, required);
    f.counts.set(`data/frames/${file}`, rows.length);
    return rows;
  };
  for (const r of read('reporting.tsv', ['kind', 'pattern', 'role'])) {
    const rule = `${r.file}:${r.line}`;
    const kind = r.get('kind');
    const role = r.get('role') === 'denial' ? 'denial' : 'speaker';
    if (kind === 'prep') {
      f.reportingPreps.add(normalizeKey(r.get('pattern')).split(' '), rule);
      continue;
    }
    const forms = verbKeys(r.get('pattern'));
    if (!forms || (kind !== 'verb' && kind !== 'continue')) {
      f.problems.push({ rule, message: `bad reporting frame "${kind} ${r.get('pattern')}"` });
      continue;
    }
    for (const form of forms) {
      const existing = f.reportingVerbs.get(form);
      f.reportingVerbs.set(form, {
        role,
        continues: kind === 'continue' || !!existing?.continues,
        rule: existing?.rule ?? rule,
      });
    }
  }
  for (const r of read('modality.tsv', ['kind', 'pattern', 'modality'])) {
    const rule = `${r.file}:${r.line}`;
    const modality = r.get('modality') as ModalityCue['modality'];
    if (!['negated', 'future', 'hypothetical'].includes(modality)) {
      f.problems.push({ rule, message: `unknown modality "${modality}"` });
      continue;
    }
    const cue: ModalityCue = { modality, window: Number(r.get('window')) || 1, rule };
    for (const p of splitList(r.get('pattern'))) {
      if (r.get('kind') === 'prefix') f.modalityPrefixes.set(normalizeKey(p), cue);
      else f.modalityCues.add(normalizeKey(p).split(' '), cue);
    }
  }
  for (const r of read('occurrence.tsv', ['kind', 'pattern'])) {
    const rule = `${r.file}:${r.line}`;
    if (r.get('kind') === 'prep' || r.get('kind') === 'noun') {
      const table = r.get('kind') === 'prep' ? f.occurrencePreps : f.occurrenceNouns;
      for (const p of splitList(r.get('pattern'))) table.set(normalizeKey(p), rule);
      continue;
    }
    const forms = verbKeys(r.get('pattern'));
    const table = r.get('kind') === 'control' ? f.controlVerbs : f.occurrenceVerbs;
    if (!forms) f.problems.push({ rule, message: `bad occurrence verb "${r.get('pattern')}"` });
    else for (const form of forms) table.set(form, rule);
  }
  for (const r of read('vetoes.tsv', ['types', 'words'])) {
    const rule = `${r.file}:${r.line}`;
    const types = new Set(splitList(r.get('types')));
    for (const w of splitList(r.get('words'))) f.vetoes.add(normalizeKey(w).split(' '), { types, rule });
  }
  return f;
}
