/**
 * The one place that wires the stages together:
 *   structure → text layer → actors → times → quotes & attribution → events → merge
 * Each stage is a function of the previous stages' data; the Analyzer only holds the immutable lexicon and
 * bounded caches.
 */
import type { Analysis, Event, Paragraph } from './model.js';
import { assignRoles, paragraphSpans } from './extract/structure.js';
import { textLayer } from './lang/ar/text.js';
import { loadLexicon, type Lexicon } from './lexicon/index.js';
import { findChunks } from './recognize/chunks.js';
import {
  findActors,
  focusCountry,
  withCounterparts,
  type ActorPhrase,
  type ArticleContext,
} from './recognize/actors.js';
import { EntityRegistry } from './recognize/entities.js';
import { endsWithTaMarbuta, KeyCache, type TokenKey } from './recognize/keys.js';
import type { Token } from './lang/ar/tokenize.js';
import { findTimes, type FoundTime } from './lang/ar/times.js';
import { findTriggers } from './code/triggers.js';
import { clauses } from './code/clauses.js';
import {
  codeSentence,
  isSupportVerb,
  type CodedEvent,
  type CodingContext,
  type CodingSentence,
} from './code/events.js';
import { mergeWithinArticle } from './merge/within.js';
import { toEvents } from './code/output.js';
import {
  findAttribution,
  quoteSpans,
  reportingVerb,
  toQuote,
  type AttributionState,
  type Speaker,
} from './recognize/attribution.js';
import type { Quote } from './model.js';

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
    const layer = textLayer(text, spans);
    const paragraphs = assignRoles(text, spans, { title: options.title ?? null }, layer.paragraphNorms);

    const ctx: ArticleContext = {
      lexicon: this.lexicon,
      original: text,
      date: published,
      registry: new EntityRegistry(),
      aliases: new Map(),
      persons: [],
      countryCounts: new Map(),
      placeCounts: new Map(),
      givenNames: this.lexicon.actors.givenNames,
    };
    const sentences: SentenceData[] = layer.sentences.map((s) => {
      const tm = s.tokens.map((t) => t.kind === 'arabic' && endsWithTaMarbuta(text, t));
      const keys = s.tokens.map((t, i) => this.keyCache.keys(t.norm, tm[i]!));
      const skip = paragraphs[s.paragraph]!.role === 'boilerplate';
      const chunks = skip ? [] : withCounterparts({ keys, chunks: findChunks(this.lexicon, s.tokens, keys) });
      const actors = skip
        ? []
        : findActors(ctx, { index: s.index, tokens: s.tokens, keys, chunks, norm: layer.norm });
      const stems = s.tokens.map((t, i) => this.keyCache.stems(t.norm, tm[i]!));
      const times = skip ? [] : findTimes({ index: s.index, tokens: s.tokens, stems }, text, published);
      return { ...s, keys, stems, actors, times };
    });

    const events = this.codeEvents(
      text,
      published,
      paragraphs,
      sentences,
      options.explain,
      focusCountry(ctx),
    );
    const quotes = events.quotes;
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
      sentences: sentences.map((s) => ({
        index: s.index,
        start: s.start,
        end: s.end,
        paragraph: s.paragraph,
      })),
      entities: ctx.registry.toEntities(),
      times: sentences.flatMap((s) => s.times.map(({ sentence: _s, from: _f, to: _t, ...t }) => t)),
      quotes,
      events: events.events,
    };
  }

  private codeEvents(
    text: string,
    published: string | null,
    paragraphs: Paragraph[],
    sentences: SentenceData[],
    explain: ((line: string) => void) | undefined,
    focus: string | null,
  ): { events: Event[]; quotes: Quote[] } {
    const lexicon = this.lexicon;
    const ctx: CodingContext = { lexicon, original: text, published, explain, topic: [], persons: [], focus };
    const state: AttributionState = { last: null };
    const quotes: Quote[] = [];
    const coded: CodedEvent[] = [];
    let quoteSpansOfParagraph: { start: number; end: number; speaker: Speaker | null }[] = [];
    let paragraph = -1;
    for (const s of sentences) {
      if (s.paragraph !== paragraph) {
        paragraph = s.paragraph;
        ctx.topic = [];
        const p = paragraphs[paragraph]!;
        quoteSpansOfParagraph =
          p.role === 'boilerplate' || p.role === 'caption'
            ? []
            : quoteSpans(text, p.start, p.end).map((q) => ({ ...q, speaker: null }));
      }
      const isVerb = (i: number) =>
        reportingVerb(lexicon, s.keys[i]!) !== null ||
        isSupportVerb(lexicon, s.keys[i]!) ||
        s.keys[i]!.some((k) =>
          lexicon.triggers.byFirst.get(k.bare)?.some((t) => t.verb !== null && !k.analysis.article),
        );
      const clauseView = clauses(s.tokens, s.stems, isVerb);
      const view = {
        tokens: s.tokens,
        stems: s.stems,
        actors: s.actors,
        times: s.times,
        clauses: clauseView,
        keys: s.keys,
      };
      const role = paragraphs[s.paragraph]!.role;
      const skip = role === 'boilerplate' || role === 'caption';
      const inQuote = (i: number) =>
        quoteSpansOfParagraph.some((q) => q.start <= s.tokens[i]!.start && s.tokens[i]!.end <= q.end);
      const attribution = skip ? { scopes: [] } : findAttribution(lexicon, text, view, state, inQuote);
      // A quote's speaker: the frame that opens before it in its sentence, else the running speaker.
      for (const q of quoteSpansOfParagraph) {
        if (q.speaker || q.start < s.start || q.start >= s.end) continue;
        const frame = [...attribution.scopes].reverse().find((sc) => s.tokens[sc.cue]!.start < q.start);
        q.speaker = frame?.speaker ?? state.last;
        quotes.push(toQuote(text, q, q.speaker));
      }
      const quoteSpeaker = s.tokens.map(
        (t) => quoteSpansOfParagraph.find((q) => q.start <= t.start && t.end <= q.end)?.speaker ?? null,
      );
      const { matches, excluded } = skip
        ? { matches: [], excluded: [] }
        : findTriggers(lexicon, s.tokens, s.keys);
      for (const x of excluded) {
        explain?.(
          `  s${s.index} "${text.slice(s.tokens[x.from]!.start, s.tokens[x.to - 1]!.end)}" ${x.entry.rule}: dropped by an exclude word`,
        );
      }
      const cs: CodingSentence = {
        ...view,
        index: s.index,
        paragraph: s.paragraph,
        role,
        triggers: matches,
        attribution,
        quoteSpeaker,
      };
      coded.push(...codeSentence(cs, ctx));
      ctx.persons.push(...s.actors.filter((a) => a.type === 'PERSON' && a.entity));
    }
    const merged = mergeWithinArticle(coded, paragraphs);
    const bySentence = new Map(sentences.map((s) => [s.index, s]));
    const events = toEvents(text, merged, (e) => {
      const s = bySentence.get(e.sentence)!;
      return { start: s.tokens[e.match.from]!.start, end: s.tokens[e.match.to - 1]!.end };
    });
    return { events, quotes };
  }
}
