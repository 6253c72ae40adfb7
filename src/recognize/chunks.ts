/**
 * Dictionary chunks of a sentence: the longest name, agent, adjective or title match at each position,
 * left to right. Later stages compose chunks into actor phrases.
 */
import type { Token } from '../lang/ar/tokenize.js';
import type { AdjectiveEntry, AgentEntry, NameEntry, TitleEntry } from '../lexicon/entries.js';
import type { Lexicon } from '../lexicon/index.js';
import type { WordTrie } from '../lexicon/trie.js';
import type { TokenKey } from './keys.js';

export type Chunk =
  | { kind: 'name'; from: number; to: number; first: TokenKey; values: NameEntry[] }
  | { kind: 'agent'; from: number; to: number; first: TokenKey; values: AgentEntry[] }
  | { kind: 'adj'; from: number; to: number; first: TokenKey; values: AdjectiveEntry[] }
  | { kind: 'title'; from: number; to: number; first: TokenKey; values: TitleEntry[] };

/** Keys of the sentence's tokens (computed once per sentence by the caller). */
export type SentenceKeys = TokenKey[][];

// Names may carry proclitics but not pronoun suffixes; agents may carry a 3rd-person possessive (حكومته،
// نظيره) but not ي, which is mostly a nisba ending (التجاري is not تجار + ي).
const AGENT_PRONOUNS = new Set(['ه', 'ها', 'هم', 'هما', 'هن']);
function firstKeys(keys: TokenKey[], allowPronoun: boolean): TokenKey[] {
  return keys.filter(
    (k) => k.analysis.pronoun === null || (allowPronoun && AGENT_PRONOUNS.has(k.analysis.pronoun)),
  );
}

export function findChunks(lexicon: Lexicon, tokens: Token[], keys: SentenceKeys): Chunk[] {
  const { names, agents, adjectives, titles, firstWords } = lexicon.actors;
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind !== 'arabic' && t.kind !== 'latin') {
      i++;
      continue;
    }
    // Later words of an entry are tokens as the tokenizer makes them (a hyphenated name has its hyphen).
    const wordAt = (offset: number) => tokens[i + offset]?.norm;
    const k = keys[i]!;
    if (!k.some((x) => firstWords.has(x.key))) {
      i++;
      continue;
    }
    const plain = firstKeys(k, false);
    const candidates: Chunk[] = [];
    const tryTrie = <V>(trie: WordTrie<V>, kind: Chunk['kind'], firsts: TokenKey[]) => {
      const m = trie.longest(firsts, wordAt);
      if (m) candidates.push({ kind, from: i, to: i + m.length, first: m.first, values: m.values } as Chunk);
    };
    tryTrie(names, 'name', plain);
    tryTrie(agents, 'agent', firstKeys(k, true));
    tryTrie(adjectives, 'adj', plain);
    tryTrie(titles, 'title', plain);
    // Longest wins; on equal length the order above decides (a name beats an agent reading).
    let best: Chunk | null = null;
    for (const c of candidates) if (!best || c.to > best.to) best = c;
    if (best) {
      chunks.push(best);
      i = best.to;
    } else i++;
  }
  return chunks;
}
