/**
 * The one place that wires the stages together:
 *   structure → text layer → actors → times → quotes & attribution → events → merge
 * Each stage is a function of the previous stages' data; the Analyzer only holds the immutable lexicon and
 * bounded caches.
 */
import type { Analysis } from './model.js';
import { assignRoles, paragraphSpans } from './extract/structure.js';
import { textLayer } from './lang/ar/text.js';
import { loadLexicon, type Lexicon } from './lexicon/index.js';
import { findChunks } from './recognize/chunks.js';
import { findActors, withCounterparts, type ActorPhrase, type ArticleContext } from './recognize/actors.js';
import { EntityRegistry } from './recognize/entities.js';
import { endsWithTaMarbuta, KeyCache, type TokenKey } from './recognize/keys.js';
import type { Token } from './lang/ar/tokenize.js';
import { findTimes, type FoundTime } from './lang/ar/times.js';

export interface AnalyzeOptions {
  id?: string;
  /** Publication date, YYYY-MM-DD: resolves relative dates and dated roles. */
  published?: string | null;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  /** Receives one line per decision for `--explain`. */
  explain?: (line: string) => void;
}

/** One sentence with everything the later stages read. */
export interface SentenceData {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  tokens: Token[];
  keys: TokenKey[][];
  /** Clitic-free forms of each token, with and without the article. */
  stems: string[][];
  actors: ActorPhrase[];
  times: FoundTime[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function stemsOf(keys: TokenKey[]): string[] {
  const out: string[] = [];
  for (const k of keys) {
    if (k.analysis.pronoun) continue;
    if (!out.includes(k.key)) out.push(k.key);
    if (!out.includes(k.bare)) out.push(k.bare);
  }
  return out;
}

export class Analyzer {
  private readonly keyCache: KeyCache;

  constructor(readonly lexicon: Lexicon = loadLexicon()) {
    this.keyCache = new KeyCache(lexicon.segmenter);
  }

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    if (typeof text !== 'string') throw new TypeError('analyze: text must be a string');
    const published = options.published ?? null;
    if (published !== null && !DATE.test(published)) {
      throw new RangeError(`analyze: published date "${published}" is not YYYY-MM-DD`);
    }
    const spans = paragraphSpans(text);
    const paragraphs = assignRoles(text, spans, { title: options.title ?? null });
    const layer = textLayer(text, spans);

    const ctx: ArticleContext = {
      lexicon: this.lexicon,
      original: text,
      date: published,
      registry: new EntityRegistry(),
      aliases: new Map(),
      persons: [],
      countryCounts: new Map(),
      givenNames: this.lexicon.actors.givenNames,
    };
    const sentences: SentenceData[] = layer.sentences.map((s) => {
      const keys = s.tokens.map((t) => this.keyCache.keys(t.norm, endsWithTaMarbuta(text, t)));
      const skip = paragraphs[s.paragraph]!.role === 'boilerplate';
      const chunks = skip ? [] : withCounterparts({ keys, chunks: findChunks(this.lexicon, s.tokens, keys) });
      const actors = skip ? [] : findActors(ctx, { index: s.index, tokens: s.tokens, keys, chunks, norm: layer.norm });
      const stems = keys.map(stemsOf);
      const times = skip ? [] : findTimes({ index: s.index, tokens: s.tokens, stems }, text, published);
      return { ...s, keys, stems, actors, times };
    });

    const firstTitle = paragraphs.find((p) => p.role === 'title');
    return {
      article: {
        id: options.id ?? '',
        title: options.title ?? (firstTitle ? text.slice(firstTitle.start, firstTitle.end) : null),
        published,
        source: options.source ?? null,
        url: options.url ?? null,
        lang: 'ar',
      },
      paragraphs,
      sentences: sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, paragraph: s.paragraph })),
      entities: ctx.registry.toEntities(),
      times: sentences.flatMap((s) => s.times.map(({ sentence: _s, from: _f, to: _t, ...t }) => t)),
      quotes: [],
      events: [],
    };
  }
}
