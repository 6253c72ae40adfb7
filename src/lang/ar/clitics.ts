/**
 * Clitic segmentation. The segmenter proposes every analysis of a word as proclitics + stem + enclitic and
 * lets a lexicon decide: dictionaries try all analyses, and `best()` picks one with word frequencies.
 * Parts are substrings of the normalised word, so joining them gives the word back.
 */
import { BoundedCache } from './cache.js';

export type PartRole = 'conj' | 'prep' | 'future' | 'article' | 'stem' | 'pronoun';

export interface Part {
  /** Offsets relative to the start of the normalised word. */
  from: number;
  to: number;
  role: PartRole;
}

export interface WordAnalysis {
  parts: Part[];
  /** The stem's lookup keys: its surface form first, then restored forms (ت→ه before a pronoun, ...). */
  keys: string[];
  /** Proclitic and article keys in order, e.g. ['و', 'ال']. */
  prefixes: string[];
  article: boolean;
  /** Enclitic pronoun, e.g. 'ه' in اتصاله. */
  pronoun: string | null;
  stemFrom: number;
  stemTo: number;
}

export interface Lexicon {
  /** How often the clitic-free word occurs; 0 when unknown. */
  frequency(key: string): number;
  /** A word that a dictionary lists as it stands (بكين, لبنان, وزير): never segmented by `best()`. */
  isEntry(key: string): boolean;
}

const CONJ = ['و', 'ف'];
const PREP = ['ب', 'ل', 'ك'];
// Longest first so that هما is tried before هم and ه.
const PRONOUNS = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ني', 'ه', 'ك', 'ي'];
const MIN_STEM = 2;
// Number and gender endings: a stem like رئيسين is plausible when رئيس is a word.
const INFLECTIONS = ['ين', 'ان', 'ون', 'ات', 'تين', 'تان', 'ه'];

/**
 * Function words that look like clitic + word (كما = ك + ما, الذي = ال + ذي) and must stay whole. These
 * are closed-class words, so a list is the right tool.
 */
const WHOLE = new Set(
  [
    'كما',
    'لما',
    'بما',
    'فيما',
    'مما',
    'لكن',
    'لكي',
    'كي',
    'لدي',
    'لدى',
    'لذا',
    'لذلك',
    'كذلك',
    'بل',
    'لعل',
    'لولا',
    'لو',
    'لن',
    'لم',
    'لا',
    'له',
    'لها',
    'لهم',
    'لهما',
    'لي',
    'لنا',
    'لك',
    'لكم',
    'به',
    'بها',
    'بهم',
    'بي',
    'بنا',
    'بك',
    'وهو',
    'وهي',
    'فهو',
    'فهي',
    'الذي',
    'التي',
    'الذين',
    'اللذين',
    'اللتين',
    'اللذان',
    'اللتان',
    'اللاتي',
    'اللواتي',
    'الله',
    'اللهم',
    'الا',
    'الي',
    'اليه',
    'اليها',
    'اليهم',
    'الان',
    'بين',
    'بعد',
    'بعض',
    'بسبب',
    'بدون',
    'بشان',
    'كان',
    'كانت',
    'كانوا',
    'كل',
    'كلا',
    'كلما',
    'فقط',
    'فوق',
    'في',
    'فيه',
    'فيها',
    'فيهم',
  ].map((w) => w.replace(/ى/g, 'ي').replace(/[أإآ]/g, 'ا')),
);

interface Prefix {
  text: string;
  parts: { len: number; role: PartRole; key: string }[];
}

/** Every proclitic sequence: (و|ف)? (ب|ل|ك|س)? (ال)?, with ل+ال written لل. */
function buildPrefixes(): Prefix[] {
  const out: Prefix[] = [{ text: '', parts: [] }];
  for (const conj of ['', ...CONJ]) {
    for (const prep of ['', ...PREP, 'س']) {
      for (const art of [false, true]) {
        if (prep === 'س' && art) continue;
        const parts: Prefix['parts'] = [];
        let text = '';
        if (conj) {
          parts.push({ len: 1, role: 'conj', key: conj });
          text += conj;
        }
        if (prep) {
          parts.push({ len: 1, role: prep === 'س' ? 'future' : 'prep', key: prep });
          text += prep;
        }
        if (art) {
          // ل + ال drops the alef: للرئيس.
          const articleText = prep === 'ل' ? 'ل' : 'ال';
          parts.push({ len: articleText.length, role: 'article', key: 'ال' });
          text += articleText;
        }
        if (text) out.push({ text, parts });
      }
    }
  }
  return out;
}

const PREFIXES = buildPrefixes();

/** Restored lookup keys for a stem that lost letters to a following pronoun. */
function stemKeys(stem: string, hasPronoun: boolean): string[] {
  const keys = [stem];
  if (!hasPronoun) return keys;
  const last = stem[stem.length - 1];
  const body = stem.slice(0, -1);
  if (last === 'ت') keys.push(body + 'ه'); // حكومته → حكومة
  if (last === 'ا') keys.push(body + 'ي'); // أجراها → أجرى
  if (last === 'و') keys.push(stem + 'ا'); // قتلوه → قتلوا
  return keys;
}

export class Segmenter {
  private readonly cache = new BoundedCache<WordAnalysis[]>(12_000);
  private readonly bestCache = new BoundedCache<WordAnalysis>(12_000);

  constructor(private readonly lexicon: Lexicon) {}

  /**
   * All analyses of a normalised word, the unsegmented one first. `taMarbuta` says the original word ended
   * in ة, which normalisation folds to ه: such a ه is never a pronoun.
   */
  analyses(word: string, taMarbuta = false): WordAnalysis[] {
    const cacheKey = taMarbuta ? word + '\u0001' : word;
    let found = this.cache.get(cacheKey);
    if (found) return found;
    found = WHOLE.has(word) ? [whole(word)] : enumerate(word, taMarbuta);
    this.cache.set(cacheKey, found);
    return found;
  }

  /**
   * The most likely analysis: among the segmentations whose stem is at least a quarter as frequent as the
   * whole word (وأجرى → و + أجرى, but وزير stays whole because زير is rare), the most frequent stem wins,
   * and on a tie the deeper segmentation. A lone article is always split off a known stem. Pronoun suffixes
   * count for less, the 1st person ي least (news rarely says "my").
   */
  best(word: string, taMarbuta = false): WordAnalysis {
    const cacheKey = taMarbuta ? word + '\u0001' : word;
    const cached = this.bestCache.get(cacheKey);
    if (cached) return cached;
    const found = this.decide(word, taMarbuta);
    this.bestCache.set(cacheKey, found);
    return found;
  }

  private decide(word: string, taMarbuta: boolean): WordAnalysis {
    const all = this.analyses(word, taMarbuta);
    if (this.lexicon.isEntry(word)) return all[0]!;
    const wholeFrequency = this.lexicon.frequency(word);
    let best = all[0]!;
    let bestScore = wholeFrequency;
    for (let i = 1; i < all.length; i++) {
      const a = all[i]!;
      const s = this.score(a);
      if (s === 0) continue;
      const articleOnly = a.article && a.prefixes.length === 1 && !a.pronoun;
      if (!articleOnly && s * 4 < wholeFrequency) continue;
      const weighted = s * (a.pronoun === null ? 1 : a.pronoun === 'ي' || a.pronoun === 'ني' ? 0.25 : 0.5);
      if (weighted > bestScore || (weighted === bestScore && a.parts.length > best.parts.length)) {
        best = a;
        bestScore = weighted;
      }
    }
    return best;
  }

  /** How plausible the stem is as a word: its own frequency, or its base's when it carries an inflection. */
  private score(a: WordAnalysis): number {
    let s = 0;
    for (const k of a.keys) {
      s = Math.max(s, this.frequency(k));
      for (const suffix of INFLECTIONS) {
        if (k.length - suffix.length >= MIN_STEM + 1 && k.endsWith(suffix)) {
          s = Math.max(s, this.frequency(k.slice(0, -suffix.length)) / 2);
        }
      }
    }
    return s;
  }

  private frequency(key: string): number {
    return Math.max(this.lexicon.frequency(key), this.lexicon.frequency('ال' + key));
  }
}

function whole(word: string): WordAnalysis {
  return {
    parts: [{ from: 0, to: word.length, role: 'stem' }],
    keys: [word],
    prefixes: [],
    article: false,
    pronoun: null,
    stemFrom: 0,
    stemTo: word.length,
  };
}

function enumerate(word: string, taMarbuta: boolean): WordAnalysis[] {
  const out: WordAnalysis[] = [whole(word)];
  for (const prefix of PREFIXES) {
    if (!word.startsWith(prefix.text)) continue;
    const rest = word.length - prefix.text.length;
    for (const pronoun of ['', ...PRONOUNS]) {
      if (!prefix.text && !pronoun) continue; // the whole word, already first
      if (pronoun && !word.endsWith(pronoun)) continue;
      if (taMarbuta && pronoun.endsWith('ه')) continue;
      const stemLen = rest - pronoun.length;
      if (stemLen < MIN_STEM) continue;
      const parts: Part[] = [];
      let at = 0;
      for (const p of prefix.parts) {
        parts.push({ from: at, to: at + p.len, role: p.role });
        at += p.len;
      }
      const stemFrom = at;
      const stemTo = at + stemLen;
      parts.push({ from: stemFrom, to: stemTo, role: 'stem' });
      if (pronoun) parts.push({ from: stemTo, to: word.length, role: 'pronoun' });
      out.push({
        parts,
        keys: stemKeys(word.slice(stemFrom, stemTo), pronoun !== ''),
        prefixes: prefix.parts.map((p) => p.key),
        article: prefix.parts.some((p) => p.role === 'article'),
        pronoun: pronoun || null,
        stemFrom,
        stemTo,
      });
    }
  }
  return out;
}
