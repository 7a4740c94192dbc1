// PLOVER records (JSON lines) and the POLECAT weekly TSV layout (40 columns, header line),
// as far as newsgraph has their fields (FORMATS.md). Both are PLOVER-typed: events whose
// CAMEO code PLOVER dropped (01x, 02x) or that have no day are left out, as the codebooks say.
import type { QueryableStore } from '../../store/store.js';
import type { Query } from '../query.js';
import type { EventRow, StoryNames } from '../types.js';
import { col, empty, type Codebook, type CodebookColumn } from './codebook.js';
import { eventPages, splitActorCode } from './rows.js';
import { tsvLine } from './gdelt.js';

export const CODER = 'newsgraph 0.1.0';

const keep = (r: EventRow) => r.plover !== null && r.day !== null;
const eventId = (r: EventRow) => `${r.articleId}-${r.sentence}-${r.id}`;

function ploverActor(code: string | null, country: string | null, text: string | null) {
  if (!code && !text) return [];
  const { head, roles } = splitActorCode(code, country);
  return [{ code: head, sector: roles[0] ?? '', entity_text: text ?? '', identifier_id: code ?? '', office: '' }];
}

/** One PLOVER record for an event mention; absent strings are "", absent objects null. */
export function ploverRecord(r: EventRow) {
  return {
    id: eventId(r), date: r.day, actor: ploverActor(r.sourceCode, r.sourceCountry, r.sourceName),
    recipient: ploverActor(r.targetCode, r.targetCountry, r.targetName), event: [r.plover], mode: '', context: '',
    quad_code: r.quadClass, event_text: r.triggerText,
    event_loc: r.placeName === null ? null : {
      extracted_place: r.placeName, resolved_place: r.placeName, geonameid: '', lat: r.lat, lon: r.lon,
      city: '', province: '', country: '', country_code: r.placeCountry ?? '', feature_code: '',
    },
    time: '', enddate: '', text: r.sentenceText,
    text_info: { sequence: r.sentence, start: r.sentenceStart, end: r.sentenceEnd, text_story: '' },
    size: null,
    cite_info: { corpus: 'newsgraph', citation: r.articleId, url: r.url ?? '', title: r.title, language: r.lang, publication: r.outlet, license: '' },
    coder: CODER, coded_date: r.addedAt.slice(0, 10),
    comment: `cameo=${r.cameo}; goldstein=${r.goldstein}; modality=${r.modality}; negated=${r.negated}; confidence=${r.confidence}`,
  };
}

export async function* writePlover(store: QueryableStore, q: Query): AsyncGenerator<string> {
  for await (const rows of eventPages(store, q)) {
    const lines = rows.filter(keep).map((r) => `${JSON.stringify(ploverRecord(r))}\n`);
    if (lines.length > 0) yield lines.join('');
  }
}

export const PLOVER_CODEBOOK: Codebook = {
  format: 'plover', title: 'PLOVER event records (JSON lines)',
  about: [
    'One JSON object per line per event mention, in the PLOVER data format. Events without a PLOVER type (CAMEO 01x and 02x,',
    'which PLOVER dropped) or without any date are left out. Absent string fields are "", absent objects null.',
  ],
  columns: [
    col('id', 'ARTICLE-SENTENCE-MENTION', 'articleId, sentence, id'), col('date', 'Event date YYYY-MM-DD', 'day'),
    col('actor', 'List of {code (country or region), sector, entity_text, identifier_id (full CAMEO code), office}', 'source'),
    col('recipient', 'As actor, for the target', 'target'), col('event', 'List with the PLOVER type', 'plover'),
    empty('mode', 'PLOVER mode', 'newsgraph codes CAMEO and maps to the PLOVER type only'),
    empty('context', 'PLOVER contexts', 'newsgraph does not code contexts yet'),
    col('quad_code', '1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict', 'quadClass'),
    col('event_text', 'The words that name the event', 'triggerText'),
    col('event_loc', '{extracted_place, resolved_place, lat, lon, country_code (ISO-3)}; geonameid, city, province, country, feature_code empty', 'place'),
    empty('time', 'Time of day', 'newsgraph keeps days'), empty('enddate', 'End date', 'newsgraph keeps one day per event'),
    col('text', 'The sentence the event was coded from', 'sentenceText'),
    col('text_info', '{sequence (sentence from 0), start, end (offsets in the article), text_story ""}', 'sentence'),
    empty('size', 'dead, injured, arrested', 'newsgraph does not tie amounts to events yet (null)'),
    col('cite_info', '{corpus "newsgraph", citation (article id), url, title, language, publication (outlet), license ""}', 'article'),
    col('coder', 'Coder name and version', CODER), col('coded_date', 'Day newsgraph stored the article', 'addedAt'),
    col('comment', 'CAMEO code, Goldstein value, modality, negation and confidence', 'event'),
  ],
};

type Column = [CodebookColumn, (r: EventRow & { story?: StoryNames }) => string | number | null];

function polecatSide(label: 'Actor' | 'Recipient', n: 'source' | 'target'): Column[] {
  const get = (r: EventRow) => (n === 'source' ? [r.sourceCode, r.sourceCountry, r.sourceName] : [r.targetCode, r.targetCountry, r.targetName]) as [string | null, string | null, string | null];
  const roles = (r: EventRow) => splitActorCode(get(r)[0], get(r)[1]).roles;
  const none = 'newsgraph has no such actor attribute';
  return [
    [col(`${label} Name`, `${n} actor as written`, `${n}Name`), (r) => get(r)[2]],
    [col(`${label} Country`, 'Country or region code (ISO-3)', `${n}Country`), (r) => get(r)[1]],
    [empty(`${label} COW`, 'Correlates of War country code', 'newsgraph has no COW table'), () => ''],
    [col(`Primary ${label} Sector`, 'First role code (GOV, MIL, ...)', `${n}Code`), (r) => roles(r)[0] ?? ''],
    [col(`${label} Sectors`, 'All role codes, ;-separated', `${n}Code`), (r) => roles(r).join(';')],
    [empty(`${label} Title`, 'Title or office', none), () => ''],
    [col(`${label} Name Raw`, 'Actor text in the article', `${n}Name`), (r) => get(r)[2]],
    [empty(`Wikipedia ${label} ID`, 'Wikidata/Wikipedia id', 'newsgraph does not link actors to Wikipedia'), () => ''],
  ];
}

const noGeo = (name: string, d: string): Column => [empty(name, d, 'newsgraph records a place name and point, not its hierarchy'), () => ''];
const joinNames = (xs: string[] | undefined) => (xs ?? []).join(';');

export const POLECAT_COLUMNS: Column[] = [
  [col('Event ID', 'ARTICLE-SENTENCE-MENTION', 'articleId, sentence, id'), (r) => eventId(r)],
  [col('Event Date', 'YYYY-MM-DD', 'day'), (r) => r.day],
  [col('Event Type', 'PLOVER type', 'plover'), (r) => r.plover],
  [empty('Event Mode', 'PLOVER mode', 'newsgraph maps CAMEO to the PLOVER type only'), () => ''],
  [empty('Event Intensity', 'POLECAT intensity', 'POLECAT computes it from its own model; see GoldsteinScale in the other exports'), () => ''],
  [col('Quad Code', 'Quad class 1–4', 'quadClass'), (r) => r.quadClass],
  [empty('Contexts', 'PLOVER contexts', 'newsgraph does not code contexts yet'), () => ''],
  ...polecatSide('Actor', 'source'),
  ...polecatSide('Recipient', 'target'),
  [col('Placename', 'Place name', 'placeName'), (r) => r.placeName],
  noGeo('City', 'City'), noGeo('District', 'District'), noGeo('Province', 'Province'),
  [col('Country', 'Country of the place (ISO-3)', 'placeCountry'), (r) => r.placeCountry],
  [col('Latitude', 'Latitude', 'lat'), (r) => r.lat],
  [col('Longitude', 'Longitude', 'lon'), (r) => r.lon],
  [empty('GeoNames ID', 'GeoNames id', 'newsgraph does not keep GeoNames ids yet'), () => ''],
  [col('Raw Placename', 'Place as written', 'placeName'), (r) => r.placeName],
  noGeo('Feature Type', 'GeoNames feature type'),
  [col('Source', 'Outlet', 'outlet'), (r) => r.outlet],
  [col('Publication Date', 'YYYY-MM-DD', 'published'), (r) => r.published],
  [col('Story People', 'People named in the article, ;-separated', 'entities PERSON'), (r) => joinNames(r.story?.people)],
  [col('Story Organizations', 'Organisations named in the article', 'entities ORG, GROUP'), (r) => joinNames(r.story?.organizations)],
  [col('Story Locations', 'Places named in the article', 'entities GPE, LOC, FAC'), (r) => joinNames(r.story?.locations)],
  [col('Language', 'ISO 639-1', 'lang'), (r) => r.lang],
  [col('Version', 'Coder and version', CODER), () => CODER],
];

export async function* writePolecat(store: QueryableStore, q: Query): AsyncGenerator<string> {
  yield `${POLECAT_COLUMNS.map(([c]) => c.name).join('\t')}\n`;
  for await (const rows of eventPages(store, q)) {
    const kept = rows.filter(keep);
    const names = await store.storyNames(kept.map((r) => r.articleId));
    if (kept.length > 0) yield kept.map((r) => tsvLine(POLECAT_COLUMNS, { ...r, story: names.get(r.articleId) })).join('');
  }
}

export const POLECAT_CODEBOOK: Codebook = {
  format: 'polecat', title: 'POLECAT weekly TSV layout (40 columns)',
  about: [
    'Tab-separated with a header line, one row per event mention; events without a PLOVER type or a date are left out.',
    'Tabs and line breaks inside values become spaces.',
  ],
  columns: POLECAT_COLUMNS.map(([c]) => c),
};
