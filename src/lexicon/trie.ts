/**
 * A trie over normalised words for longest-match lookup of multiword dictionary entries.
 * The first word of a match may be any of several keys (one per clitic analysis of the text token);
 * later words must match a token's normalised text exactly.
 */

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values: V[];
}

function node<V>(): TrieNode<V> {
  return { next: new Map(), values: [] };
}

export interface TrieMatch<V, K> {
  /** Number of words matched. */
  length: number;
  values: V[];
  /** The first-word key that led to this match. */
  first: K;
}

export class WordTrie<V> {
  private readonly root: TrieNode<V> = node();
  private count = 0;

  add(words: readonly string[], value: V): void {
    let n = this.root;
    for (const w of words) {
      let child = n.next.get(w);
      if (!child) {
        child = node();
        n.next.set(w, child);
      }
      n = child;
    }
    n.values.push(value);
    this.count++;
  }

  get size(): number {
    return this.count;
  }

  /** Values stored under exactly these words. */
  get(words: readonly string[]): V[] {
    let n: TrieNode<V> | undefined = this.root;
    for (const w of words) {
      n = n.next.get(w);
      if (!n) return [];
    }
    return n.values;
  }

  /** Calls f for every stored key with its values. */
  forEach(f: (words: string[], values: V[]) => void): void {
    const walk = (n: TrieNode<V>, path: string[]) => {
      if (n.values.length) f(path, n.values);
      for (const [w, child] of n.next) walk(child, [...path, w]);
    };
    walk(this.root, []);
  }

  /** Every word that starts some entry. */
  firstWords(): IterableIterator<string> {
    return this.root.next.keys();
  }

  /** True when some entry starts with this word. */
  hasFirst(word: string): boolean {
    return this.root.next.has(word);
  }

  /**
   * The longest entry whose first word is one of `firsts` (tried in order; earlier keys win ties) and whose
   * following words are `wordAt(1)`, `wordAt(2)`, ...
   */
  longest<K extends { key: string }>(
    firsts: readonly K[],
    wordAt: (offset: number) => string | undefined,
  ): TrieMatch<V, K> | null {
    let best: TrieMatch<V, K> | null = null;
    for (const first of firsts) {
      let n = this.root.next.get(first.key);
      let length = 1;
      while (n) {
        if (n.values.length > 0 && (!best || length > best.length))
          best = { length, values: n.values, first };
        const w = wordAt(length);
        if (w === undefined) break;
        n = n.next.get(w);
        length++;
      }
    }
    return best;
  }
}
