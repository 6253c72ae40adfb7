/**
 * Loads the trigger dictionaries (docs/triggers.md) and compiles them into an index from the first word's
 * normalised form to the patterns that can start there. Verb and noun forms are generated here.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { normalizeKey } from '../lang/ar/normalize.js';
import type { PloverType } from '../model.js';
import type { Codebook } from './codebook.js';
import { nounForms, verbForms, type VerbForm } from './inflect.js';
import type { Problem } from './load-actors.js';
import { readTsv, splitList } from './tsv.js';
import { FUNCTION_WORDS } from '../lang/ar/function-words.js';

export type SlotRole = 'source' | 'target' | 'none';

export type TriggerElement =
  /** A verb (its inflections), possibly alternating with literal words (هدد/يهدد|تهديد). */
  | { kind: 'verb'; forms: Map<string, VerbForm>; literals: Set<string> }
  /**
   * Literal words. `verbal` marks an alternation that lists a verb's inflections by hand (طالب|طالبت|طالبوا):
   * a match on it is a clause, like a generated verb.
   */
  | { kind: 'word'; keys: Set<string>; verbal: boolean }
  /** A preposition written alone (اتصل/يتصل ب): it matches the clitic on the next word without consuming it. */
  | { kind: 'clitic'; letters: Set<string> }
  | { kind: 'gap' };

export interface TriggerEntry {
  cameo: string;
  type: PloverType | null;
  mode: string | null;
  quad: number;
  goldstein: number;
  kind: 'verb' | 'noun' | 'phrase' | 'participle';
  pattern: string;
  /** Argument slots (subj, obj, gen, or a normalised preposition) and the role they fill. */
  args: Map<string, SlotRole>;
  exclude: Set<string>;
  elements: TriggerElement[];
  rule: string;
}

export interface TriggerStart {
  entry: TriggerEntry;
  /** The verb form that matched the first word, when it is a verb. */
  verb: VerbForm | null;
}

export interface TriggerDictionaries {
  entries: TriggerEntry[];
  /** First-word key → patterns starting with it. */
  byFirst: Map<string, TriggerStart[]>;
  /** Light-verb forms → the verb form (their subject is the source of the noun event they govern). */
  supportVerbs: Map<string, VerbForm>;
  counts: Map<string, number>;
  problems: Problem[];
}

const SLOTS = new Set([
  'subj',
  'obj',
  'gen',
  ...['مع', 'ضد', 'على', 'إلى', 'ل', 'ب', 'من', 'عن', 'في', 'بين'].map(normalizeKey),
]);
const ROLES = new Set<SlotRole>(['source', 'target', 'none']);
const FILE_TYPES: Record<string, PloverType | null> = { statement: null };
const CLITIC_PREPOSITIONS = new Set(['ب', 'ل', 'ك']);
const VERB_PREPOSITIONS = new Set(
  ['عن', 'على', 'إلى', 'مع', 'في', 'من', 'ضد', 'حول', 'بين'].map((w) => normalizeKey(w)),
);

/** Bare key: the article is tolerated on literal words, so keys are stored without it. */
export function bare(key: string): string {
  return key.startsWith('ال') && key.length > 3 ? key.slice(2) : key;
}

/**
 * `perfect/imperfect`, or several alternatives joined by `|`: verb pairs (شدد/يشدد|أكد/يؤكد) and, in
 * phrases, literal words beside them (هدد/يهدد|تهديد).
 */
function compileVerb(
  pattern: string,
  allowLiterals = false,
): { forms: Map<string, VerbForm>; literals: Set<string> } | null {
  const forms = new Map<string, VerbForm>();
  const literals = new Set<string>();
  for (const alt of splitList(pattern)) {
    if (!alt.includes('/')) {
      if (!allowLiterals) return null;
      literals.add(bare(normalizeKey(alt)));
      continue;
    }
    const [perfect, imperfect, extra] = alt.split('/').map(normalizeKey);
    if (!perfect || !imperfect || extra !== undefined) return null;
    for (const f of verbForms(perfect, imperfect)) if (!forms.has(f.form)) forms.set(f.form, f);
  }
  return forms.size ? { forms, literals } : null;
}

function compileElements(kind: TriggerEntry['kind'], pattern: string): TriggerElement[] | string {
  if (kind === 'verb') {
    const verb = compileVerb(pattern);
    if (!verb) return `verb pattern "${pattern}" is not perfect/imperfect`;
    // A lone verb form spelled like a particle (قبل "accepted" / "before", عبر "expressed" / "via") would
    // fire on the particle: such forms only count inside phrases.
    for (const form of verb.forms.keys()) if (FUNCTION_WORDS.has(form)) verb.forms.delete(form);
    return [{ kind: 'verb', ...verb }];
  }
  if (kind === 'participle') {
    // Active participles in a circumstantial clause (…، محذرا من): listed forms, read as verbs.
    const keys = new Set(splitList(pattern).map((f) => bare(normalizeKey(f))));
    return keys.size ? [{ kind: 'word', keys, verbal: true }] : `empty participle pattern`;
  }
  if (kind === 'noun') {
    const keys = new Set<string>();
    for (const f of splitList(pattern)) for (const form of nounForms(bare(normalizeKey(f)))) keys.add(form);
    return keys.size ? [{ kind: 'word', keys, verbal: false }] : `empty noun pattern`;
  }
  const elements: TriggerElement[] = [];
  for (const word of pattern.split(/\s+/).filter(Boolean)) {
    if (word === '*') elements.push({ kind: 'gap' });
    else if (word.includes('/')) {
      const verb = compileVerb(word, true);
      if (!verb) return `verb "${word}" in phrase is not perfect/imperfect`;
      elements.push({ kind: 'verb', ...verb });
    } else {
      const keys = new Set(splitList(word).map((w) => bare(normalizeKey(w))));
      if ([...keys].every((k) => CLITIC_PREPOSITIONS.has(k)))
        elements.push({ kind: 'clitic', letters: keys });
      else elements.push({ kind: 'word', keys, verbal: [...keys].some((k) => k.endsWith('وا')) });
    }
  }
  if (elements.length === 0 || elements[0]!.kind === 'gap' || elements[0]!.kind === 'clitic')
    return `phrase "${pattern}" must start with a word`;
  // A verb followed by its preposition (أفرج/يفرج عن) has its subject in between in verb-first sentences
  // (أفرجت السلطات الإيرانية عن): an implicit gap, as before a clitic preposition.
  for (let i = elements.length - 1; i > 0; i--) {
    const prev = elements[i - 1]!;
    const el = elements[i]!;
    if (prev.kind === 'verb' && el.kind === 'word' && [...el.keys].every((k) => VERB_PREPOSITIONS.has(k)))
      elements.splice(i, 0, { kind: 'gap' });
  }
  return elements;
}

function parseArgs(cell: string, kind: TriggerEntry['kind'], rule: string, problems: Problem[]) {
  const args = new Map<string, SlotRole>(
    kind === 'noun'
      ? [['gen', 'source']]
      : kind === 'participle'
        ? [['obj', 'target']]
        : [
            ['subj', 'source'],
            ['obj', 'target'],
          ],
  );
  for (const pair of cell.split(/\s+/).filter(Boolean)) {
    const [slotRaw, role] = pair.split('=');
    const slot = slotRaw && (SLOTS.has(slotRaw) ? slotRaw : normalizeKey(slotRaw));
    if (!slot || !SLOTS.has(slot) || !role || !ROLES.has(role as SlotRole)) {
      problems.push({ rule, message: `bad argument "${pair}"` });
      continue;
    }
    args.set(slot, role as SlotRole);
  }
  return args;
}

export function loadTriggers(dataDir: string, codebook: Codebook): TriggerDictionaries {
  const dir = join(dataDir, 'triggers');
  const t: TriggerDictionaries = {
    entries: [],
    byFirst: new Map(),
    supportVerbs: new Map(),
    counts: new Map(),
    problems: [],
  };
  if (!existsSync(dir)) return t;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()) {
    const path = join(dir, file);
    const name = basename(file, '.tsv');
    const rel = `data/triggers/${file}`;
    if (name === 'support-verbs') {
      const rows = readTsv(path, rel, ['pattern']);
      t.counts.set(rel, rows.length);
      for (const r of rows) {
        const verb = compileVerb(r.get('pattern'));
        if (!verb)
          t.problems.push({ rule: `${rel}:${r.line}`, message: `bad verb pattern "${r.get('pattern')}"` });
        else for (const [k, f] of verb.forms) t.supportVerbs.set(k, f);
      }
      continue;
    }
    const fileType = name in FILE_TYPES ? FILE_TYPES[name]! : (name.toUpperCase() as PloverType);
    const rows = readTsv(path, rel, ['cameo', 'mode', 'kind', 'pattern']);
    t.counts.set(rel, rows.length);
    for (const r of rows) {
      const rule = `${rel}:${r.line}`;
      const cameo = r.get('cameo');
      const code = codebook.get(cameo);
      if (!code) {
        t.problems.push({ rule, message: `unknown CAMEO code "${cameo}"` });
        continue;
      }
      if (code.type !== fileType) {
        t.problems.push({
          rule,
          message: `CAMEO ${cameo} is ${code.type ?? 'dropped by PLOVER'}, not ${fileType ?? 'a statement'}`,
        });
      }
      const kind = r.get('kind') as TriggerEntry['kind'];
      if (kind !== 'verb' && kind !== 'noun' && kind !== 'phrase' && kind !== 'participle') {
        t.problems.push({ rule, message: `unknown kind "${kind}"` });
        continue;
      }
      const elements = compileElements(kind, r.get('pattern'));
      if (typeof elements === 'string') {
        t.problems.push({ rule, message: elements });
        continue;
      }
      const entry: TriggerEntry = {
        cameo,
        type: code.type,
        mode: r.get('mode') || null,
        quad: code.quad,
        goldstein: code.goldstein,
        kind,
        pattern: r.get('pattern'),
        args: parseArgs(r.get('args'), kind, rule, t.problems),
        exclude: new Set(splitList(r.get('exclude')).map((w) => bare(normalizeKey(w)))),
        elements,
        rule,
      };
      t.entries.push(entry);
      const first = elements[0]!;
      const starts =
        first.kind === 'verb'
          ? [
              ...[...first.forms].map(([k, verb]) => [k, verb] as const),
              ...[...first.literals].map((k) => [k, null] as const),
            ]
          : first.kind === 'word'
            ? [...first.keys].map((k) => [k, null] as const)
            : [];
      for (const [key, verb] of starts) {
        let list = t.byFirst.get(key);
        if (!list) t.byFirst.set(key, (list = []));
        list.push({ entry, verb });
      }
    }
  }
  return t;
}
