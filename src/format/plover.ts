/**
 * PLOVER JSON records (one per event), with the fields of the PLOVER manual's data chapter: id, date, actor,
 * recipient, event, mode, context, quad_code, event_text, event_loc, text_info, cite_info, coder.
 * Auxiliary modes (negation, future, hypothetical, historical) go into `mode` as the manual proposes.
 */
import type { Analysis, Event, EventActor } from '../model.js';
import type { Codebook } from '../lexicon/codebook.js';

export interface PloverEntity {
  code: string | null;
  sector: string | null;
  entity_text: string;
  identifier_id: string | null;
  identifier_text: string | null;
  office: string | null;
}

export interface PloverRecord {
  id: string;
  date: string | null;
  actor: PloverEntity[];
  recipient: PloverEntity[];
  event: string[];
  mode: string[];
  context: string[];
  quad_code: number;
  cameo: string;
  goldstein: number;
  event_text: string;
  trigger_text: string;
  event_loc: {
    extracted_place: string;
    geonameid: number | null;
    lat: number | null;
    lon: number | null;
    country_code: string | null;
  } | null;
  text_info: { sequence: number; start: number; end: number };
  cite_info: {
    url: string | null;
    title: string | null;
    language: 'ar';
    publication: string | null;
    article_id: string;
  };
  attribution: { text: string; cue: string }[];
  coder: string;
}

function entity(a: Analysis, x: EventActor): PloverEntity {
  const e = x.entity ? a.entities.find((y) => y.id === x.entity) : undefined;
  return {
    code: x.country,
    sector: x.sector,
    entity_text: x.text,
    identifier_id: e?.wikidata ?? null,
    identifier_text: e && e.type !== 'LOCATION' ? e.name : null,
    office: e?.office ?? null,
  };
}

/** `text` is the analysed article text: event_text is the sentence of the event's first mention. */
export function toPlover(a: Analysis, text: string, e: Event, codebook: Codebook): PloverRecord | null {
  if (!e.type) return null;
  const m = e.mentions[0]!;
  const sentence = a.sentences[m.sentence]!;
  const modes = [
    e.mode,
    e.modality === 'asserted' ? null : e.modality === 'negated' ? 'negation' : e.modality,
  ].filter((x): x is string => !!x);
  return {
    id: `${a.article.id || 'article'}-${e.id}`,
    date: e.date.value && e.date.value.length === 10 ? e.date.value : (a.article.published ?? null),
    actor: e.source.map((x) => entity(a, x)),
    recipient: e.target.map((x) => entity(a, x)),
    event: [e.type],
    mode: modes,
    context: codebook.get(e.cameo)?.contexts ?? [],
    quad_code: e.quad,
    cameo: e.cameo,
    goldstein: e.goldstein,
    event_text: text.slice(sentence.start, sentence.end),
    trigger_text: m.trigger.text,
    event_loc: e.location
      ? {
          extracted_place: e.location.text,
          geonameid: e.location.geonameid,
          lat: e.location.lat,
          lon: e.location.lon,
          country_code: e.location.country,
        }
      : null,
    text_info: { sequence: m.sentence, start: m.start, end: m.end },
    cite_info: {
      url: a.article.url,
      title: a.article.title,
      language: 'ar',
      publication: a.article.source,
      article_id: a.article.id,
    },
    attribution: e.attribution.map((x) => ({ text: x.text, cue: x.cue })),
    coder: 'hadath',
  };
}
