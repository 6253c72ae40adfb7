/**
 * The data model of one article's analysis (see README "Output"). Offsets are UTF-16 code-unit offsets
 * into the original input text, so `text.slice(start, end)` returns the cited characters exactly.
 */

export type ParagraphRole = 'title' | 'lede' | 'body' | 'caption' | 'boilerplate';
export type EntityType = 'PERSON' | 'ORG' | 'LOCATION';
export type Modality = 'asserted' | 'negated' | 'future' | 'hypothetical' | 'historical';
export type TimeKind = 'date' | 'duration' | 'relative';

export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface ArticleMeta {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  lang: 'ar';
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  role: ParagraphRole;
  duplicateOf: number | null;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
}

/** name: the entity's name (the NER view); nominal: a role or description (نظيره الفرنسي); pronoun: a clitic. */
export type MentionKind = 'name' | 'nominal' | 'pronoun';

export interface Mention extends Span {
  sentence: number;
  kind?: MentionKind;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  nameAr: string;
  wikidata: string | null;
  country: string | null;
  sector: string | null;
  code: string | null;
  /** The office held on the article's date when it was resolved from a dated role. */
  office?: string | null;
  mentions: Mention[];
}

export interface TimeExpression extends Span {
  kind: TimeKind;
  /** ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD), duration (PT2H10M) or null when only relative. */
  value: string | null;
  /** TIMEX-style modifier: END, START, MORE_THAN, LESS_THAN, APPROX, PAST_REF, FUTURE_REF. */
  mod?: string;
}

export interface Quote extends Span {
  speaker: string | null;
  cue: string | null;
  direct: boolean;
}

export interface EventActor {
  entity: string | null;
  text: string;
  start: number;
  end: number;
  country: string | null;
  sector: string | null;
  code: string | null;
}

export interface Attribution {
  entity: string | null;
  text: string;
  cue: string;
}

export interface EventMention {
  sentence: number;
  start: number;
  end: number;
  trigger: Span;
}

export interface EventLocation extends Span {
  entity: string | null;
  country: string | null;
  geonameid: number | null;
  lat: number | null;
  lon: number | null;
}

export interface Event {
  id: string;
  type: PloverType | null;
  mode: string | null;
  cameo: string;
  quad: number;
  goldstein: number;
  source: EventActor[];
  target: EventActor[];
  date: { value: string | null; text: string | null; resolved: boolean };
  location: EventLocation | null;
  modality: Modality;
  attribution: Attribution[];
  mentions: EventMention[];
  rule: string;
  confidence: number;
  flags: string[];
}

export interface Analysis {
  article: ArticleMeta;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
  times: TimeExpression[];
  quotes: Quote[];
  events: Event[];
}
