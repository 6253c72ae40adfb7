/**
 * Generates the surface forms that dictionaries write only once: nisba adjectives, nouns and verbs.
 * Everything works on normalised spelling (ة→ه, ى→ي, أ→ا, ئ/ؤ→ء, no harakat); clitics (و، ب، ال، pronouns)
 * are left to the segmenter, so these are the clitic-free word forms.
 */

/** روسي → روسي، روسيه، روسيان، روسيتان، روسيين، روسيون، روسيات، روسيتين (normalised). */
export function nisbaForms(base: string): string[] {
  if (!base.endsWith('ي')) return [base];
  return [base, base + 'ه', base + 'ان', base + 'ين', base + 'ون', base + 'ات', base + 'تان', base + 'تين'];
}

/**
 * Noun forms from a listed singular or plural: the dual (غارتان، غارتين), the accusative tanween alif
 * (هجوما، اتصالا) and, for a feminine singular, its construct stem is left to the segmenter (غارته).
 */
export function nounForms(form: string): string[] {
  const out = new Set([form]);
  if (form.endsWith('ه')) {
    const stem = form.slice(0, -1) + 'ت';
    out.add(stem + 'ان');
    out.add(stem + 'ين');
  } else if (!form.endsWith('ات') && !form.endsWith('ون') && !form.endsWith('ين')) {
    out.add(form + 'ان');
    out.add(form + 'ين');
    out.add(form + 'ا');
  }
  return [...out];
}

export type VerbAspect = 'perfect' | 'imperfect';

export interface VerbForm {
  form: string;
  aspect: VerbAspect;
  /** Grammatical number of the subject the form agrees with, where the form shows it. */
  number: 'singular' | 'dual' | 'plural';
  /** Feminine 3rd person (قالت، تقول) where the form shows it. */
  feminine: boolean;
}

const IMPERFECT_PREFIXES = ['ي', 'ت', 'ن', 'ا'];
const JUSSIVE_PREFIXES = ['ي', 'ت'];

/**
 * Inflected forms of a verb given its 3ms perfect and imperfect (normalised): أجرى/يجري, قتل/يقتل,
 * دعا/يدعو, قال/يقول, شن/يشن. Covers the persons and numbers news uses: 3rd person singular, dual and
 * plural, 1st person (أجرينا، نجري), and the jussive/subjunctive after لم/لن (لم يقل، لن يجروا).
 * Passive perfect and imperfect are spelled like the active forms once harakat are gone (قُتل = قتل); the
 * hollow passive قيل is generated.
 */
export function verbForms(perfect: string, imperfect: string): VerbForm[] {
  const out = new Map<string, VerbForm>();
  const add = (form: string, aspect: VerbAspect, number: VerbForm['number'], feminine = false) => {
    if (form.length >= 2 && !out.has(form)) out.set(form, { form, aspect, number, feminine });
  };

  // Perfect.
  const p = perfect;
  const last = p[p.length - 1];
  if (last === 'ي' || last === 'ا') {
    // Defective: أجرى (اجري) → اجرت، اجروا، اجريا، اجرتا، اجرينا، اجريت; دعا → دعت، دعوا، دعوتم.
    const base = p.slice(0, -1);
    const glide = last === 'ا' ? 'و' : 'ي';
    add(p, 'perfect', 'singular');
    add(base + 'ت', 'perfect', 'singular', true);
    add(base + 'وا', 'perfect', 'plural');
    add(base + glide + 'ا', 'perfect', 'dual');
    add(base + 'تا', 'perfect', 'dual', true);
    add(base + glide + 'ن', 'perfect', 'plural', true);
    add(base + glide + 'نا', 'perfect', 'plural');
    add(base + glide + 'ت', 'perfect', 'singular');
    add(base + 'ي', 'perfect', 'singular'); // passive دُعي
    add(base + 'يت', 'perfect', 'singular', true); // passive أُجريت
  } else {
    add(p, 'perfect', 'singular');
    add(p + 'ت', 'perfect', 'singular', true);
    add(p + 'وا', 'perfect', 'plural');
    add(p + 'ا', 'perfect', 'dual');
    add(p + 'تا', 'perfect', 'dual', true);
    add(p + 'ن', 'perfect', 'plural', true);
    add(p + 'نا', 'perfect', 'plural');
    add(p + 'تم', 'perfect', 'plural');
    if (p.length === 3 && p[1] === 'ا') {
      // Hollow: قال → قلت، قلنا، قلن; passive قيل.
      const short = p[0]! + p[2]!;
      add(short + 'ت', 'perfect', 'singular');
      add(short + 'نا', 'perfect', 'plural');
      add(short + 'ن', 'perfect', 'plural', true);
      add(p[0]! + 'ي' + p[2]!, 'perfect', 'singular');
    }
  }

  // Imperfect: the stem after the 3ms prefix ي.
  if (!imperfect.startsWith('ي') || imperfect.length < 3) return [...out.values()];
  const stem = imperfect.slice(1);
  const end = stem[stem.length - 1];
  const weakEnd = end === 'ي' || end === 'و' || end === 'ا';
  const body = weakEnd ? stem.slice(0, -1) : stem;
  for (const prefix of IMPERFECT_PREFIXES) add(prefix + stem, 'imperfect', 'singular', prefix === 'ت');
  // Plural and dual: يقتلون/يقتلوا، يجرون/يجروا، يدعون/يدعوا، يقتلان/تقتلان، يقتلن.
  add('ي' + body + 'ون', 'imperfect', 'plural');
  add('ي' + body + 'وا', 'imperfect', 'plural');
  add('ن' + body + 'ون', 'imperfect', 'plural');
  add('ت' + body + 'ون', 'imperfect', 'plural');
  const dualStem = end === 'ا' ? body + 'ي' : stem;
  add('ي' + dualStem + 'ان', 'imperfect', 'dual');
  add('ت' + dualStem + 'ان', 'imperfect', 'dual', true);
  add('ي' + dualStem + 'ا', 'imperfect', 'dual');
  add('ت' + dualStem + 'ا', 'imperfect', 'dual', true);
  add('ي' + (weakEnd ? body + (end === 'و' ? 'ون' : 'ين') : stem + 'ن'), 'imperfect', 'plural', true);
  if (weakEnd) {
    // Jussive drops the weak final letter: لم يجر، لم يدع. Only 3rd person: أجر would be the noun "wage".
    for (const prefix of JUSSIVE_PREFIXES) add(prefix + body, 'imperfect', 'singular', prefix === 'ت');
  } else if (stem.length === 3 && (stem[1] === 'و' || stem[1] === 'ي' || stem[1] === 'ا')) {
    // Hollow jussive: لم يقل، لم تكن.
    for (const prefix of JUSSIVE_PREFIXES)
      add(prefix + stem[0] + stem[2], 'imperfect', 'singular', prefix === 'ت');
  }
  return [...out.values()];
}
