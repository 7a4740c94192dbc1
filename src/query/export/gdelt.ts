// The GDELT 2.0 event table (61 columns, one row per event = signature) and mentions table
// (16 columns, one row per article mention), tab-separated with no header, in FORMATS.md's
// order. Columns newsgraph has no value for are empty, and the codebook says why.
import type { QueryableStore } from '../../store/store.js';
import type { Query } from '../query.js';
import type { EventGroupRow, EventRow } from '../types.js';
import { col, empty, type Codebook, type CodebookColumn } from './codebook.js';
import { eventPages, groupPages, splitActorCode } from './rows.js';

type Value = string | number | null | undefined;
type Column<R> = [CodebookColumn, (r: R) => Value];

const NO_FIPS = 'newsgraph keeps ISO 3166 alpha-3 (placeCountry in the CSV export) and has no FIPS 10-4 table yet';
const NO_TONE = 'newsgraph does not score tone';

/** YYYYMMDD of a day, '' when none. */
const ymd = (day: string | null) => (day ? day.replace(/-/g, '') : '');
/** YYYYMMDDHHMMSS (UTC) of an ISO instant. */
export const stamp = (iso: string | null) => (iso ? new Date(iso).toISOString().replace(/[-:T]/g, '').slice(0, 14) : '');

/** GDELT's FractionDate: year + day of year / 365, four decimals. */
export function fractionDate(day: string | null): string {
  if (!day) return '';
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const doy = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 0)) / 86_400_000;
  return (y + doy / 365).toFixed(4);
}

/** Country, known group and type codes of one side, as GDELT splits an actor code. */
function sideCodes(code: string | null, country: string | null) {
  const { head, roles } = splitActorCode(code, country);
  if (!code) return { known: '', types: [] as string[] };
  if (country && head === country) return { known: '', types: roles.slice(0, 3) };
  if (['IGO', 'NGO', 'IMG', 'MNC'].includes(head)) return { known: roles[0] ?? '', types: [head] };
  return { known: '', types: [head, ...roles].slice(0, 3) };
}

function actorColumns(n: 1 | 2): Column<EventRow>[] {
  const side = n === 1 ? 'source' : 'target';
  const pick = (r: EventRow) => (n === 1
    ? { code: r.sourceCode, country: r.sourceCountry, name: r.sourceName }
    : { code: r.targetCode, country: r.targetCountry, name: r.targetName });
  const a = `Actor${n}`;
  return [
    [col(`${a}Code`, `Full CAMEO code of the ${side} actor`, `${side}Code`), (r) => pick(r).code],
    [col(`${a}Name`, `${side} actor as written in the article (GDELT writes a normalised upper-case name)`, `${side}Name`), (r) => pick(r).name],
    [col(`${a}CountryCode`, `CAMEO country code of the ${side} actor`, `${side}Country`), (r) => pick(r).country],
    [col(`${a}KnownGroupCode`, 'Known group (IGO, NGO, ...) code', `${side}Code after IGO/NGO/IMG/MNC`), (r) => sideCodes(pick(r).code, pick(r).country).known],
    [empty(`${a}EthnicCode`, 'Ethnic code', 'newsgraph actor codes carry no ethnic segment'), () => ''],
    [empty(`${a}Religion1Code`, 'Religion code', 'newsgraph actor codes carry no religion segment'), () => ''],
    [empty(`${a}Religion2Code`, 'Second religion code', 'newsgraph actor codes carry no religion segment'), () => ''],
    ...([1, 2, 3] as const).map((t): Column<EventRow> => [
      col(`${a}Type${t}Code`, `Role code ${t} (GOV, MIL, REB, ...)`, `${side}Code, three letters after the country`),
      (r) => sideCodes(pick(r).code, pick(r).country).types[t - 1],
    ]),
  ];
}

function geoColumns(prefix: string, filled: boolean): Column<EventRow>[] {
  const why = 'newsgraph places events, not actors';
  const g = (name: string, d: string, source: string, f: (r: EventRow) => Value): Column<EventRow> =>
    filled ? [col(`${prefix}_${name}`, d, source), f] : [empty(`${prefix}_${name}`, d, why), () => ''];
  return [
    filled ? [empty(`${prefix}_Type`, 'Geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state', 'newsgraph does not record the kind of place yet'), () => '']
      : [empty(`${prefix}_Type`, 'Geo type', why), () => ''],
    g('FullName', 'Place name', 'placeName', (r) => r.placeName),
    filled ? [empty(`${prefix}_CountryCode`, 'FIPS 10-4 country code of the place', NO_FIPS), () => ''] : [empty(`${prefix}_CountryCode`, 'FIPS country code', why), () => ''],
    filled ? [empty(`${prefix}_ADM1Code`, 'FIPS country + ADM1 code', NO_FIPS), () => ''] : [empty(`${prefix}_ADM1Code`, 'ADM1 code', why), () => ''],
    filled ? [empty(`${prefix}_ADM2Code`, 'GAUL ADM2 code', 'newsgraph has no GAUL table'), () => ''] : [empty(`${prefix}_ADM2Code`, 'ADM2 code', why), () => ''],
    g('Lat', 'Latitude', 'lat', (r) => r.lat),
    g('Long', 'Longitude', 'lon', (r) => r.lon),
    filled ? [empty(`${prefix}_FeatureID`, 'GeoNames id', 'newsgraph does not keep GeoNames ids yet'), () => ''] : [empty(`${prefix}_FeatureID`, 'GeoNames id', why), () => ''],
  ];
}

const G = (r: EventRow) => r as EventGroupRow;

export const GDELT_EVENT_COLUMNS: Column<EventRow>[] = [
  [col('GLOBALEVENTID', 'Event id: the smallest newsgraph events id of the signature (same in the mentions table)', 'globalEventId'), (r) => r.globalEventId],
  [col('SQLDATE', 'Event date YYYYMMDD', 'day'), (r) => ymd(r.day)],
  [col('MonthYear', 'YYYYMM', 'day'), (r) => ymd(r.day).slice(0, 6)],
  [col('Year', 'YYYY', 'day'), (r) => ymd(r.day).slice(0, 4)],
  [col('FractionDate', 'year + day of year / 365', 'day'), (r) => fractionDate(r.day)],
  ...actorColumns(1),
  ...actorColumns(2),
  [col('IsRootEvent', '1 when coded from the lead of the article', 'sentence = 0'), (r) => (r.sentence === 0 ? 1 : 0)],
  [col('EventCode', 'CAMEO code (string, leading zero kept)', 'cameo'), (r) => r.cameo],
  [col('EventBaseCode', 'First three digits of the CAMEO code', 'cameo'), (r) => r.cameo.slice(0, 3)],
  [col('EventRootCode', 'CAMEO root code', 'root'), (r) => r.root],
  [col('QuadClass', '1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict', 'quadClass'), (r) => r.quadClass],
  [col('GoldsteinScale', 'Goldstein value of the CAMEO code, -10 to +10', 'goldstein'), (r) => r.goldstein],
  [col('NumMentions', 'Mentions of this event among the rows the query matched', 'count of mentions per signature'), (r) => G(r).numMentions],
  [col('NumSources', 'Distinct outlets among those mentions', 'count of outlets per signature'), (r) => G(r).numSources],
  [col('NumArticles', 'Distinct articles among those mentions', 'count of articles per signature'), (r) => G(r).numArticles],
  [empty('AvgTone', 'Average tone of the mentioning articles', NO_TONE), () => ''],
  ...geoColumns('Actor1Geo', false),
  ...geoColumns('Actor2Geo', false),
  ...geoColumns('ActionGeo', true),
  [col('DATEADDED', 'When newsgraph first stored a mention of the event, YYYYMMDDHHMMSS UTC', 'eventAddedAt'), (r) => stamp(r.eventAddedAt)],
  [col('SOURCEURL', 'URL of the first matching mention (empty when the article has none)', 'url'), (r) => r.url],
];

export const GDELT_MENTION_COLUMNS: Column<EventRow>[] = [
  [col('GLOBALEVENTID', 'Event id, as in the event table', 'globalEventId'), (r) => r.globalEventId],
  [col('EventTimeDate', 'When newsgraph first stored the event, YYYYMMDDHHMMSS UTC (as DATEADDED)', 'eventAddedAt'), (r) => stamp(r.eventAddedAt)],
  [col('MentionTimeDate', 'When newsgraph stored this article, YYYYMMDDHHMMSS UTC', 'addedAt'), (r) => stamp(r.addedAt)],
  [col('MentionType', '1 = web', 'always 1'), () => 1],
  [col('MentionSourceName', 'Outlet', 'outlet'), (r) => r.outlet],
  [col('MentionIdentifier', 'URL of the article, else newsgraph:ARTICLE_ID', 'url'), (r) => r.url ?? `newsgraph:${r.articleId}`],
  [col('SentenceID', 'Sentence of the article, from 1', 'sentence + 1'), (r) => r.sentence + 1],
  [col('Actor1CharOffset', 'Character offset of the source actor, -1 when not in the text', 'sourceStart'), (r) => r.sourceStart ?? -1],
  [col('Actor2CharOffset', 'Character offset of the target actor, -1 when not in the text', 'targetStart'), (r) => r.targetStart ?? -1],
  [col('ActionCharOffset', 'Character offset of the event trigger', 'triggerStart'), (r) => r.triggerStart],
  [col('InRawText', '1 when the event was found in the text as written', 'always 1'), () => 1],
  [col('Confidence', 'Coder confidence, 0 to 100', 'confidence × 100'), (r) => Math.round(r.confidence * 100)],
  [col('MentionDocLen', 'Length of the article in characters', 'docLength'), (r) => r.docLength],
  [empty('MentionDocTone', 'Tone of the article', NO_TONE), () => ''],
  [empty('MentionDocTranslationInfo', 'Machine translation provenance', 'newsgraph reads articles as written and does not translate'), () => ''],
  [empty('Extras', 'Reserved', 'GDELT leaves it empty too'), () => ''],
];

/** One tab-separated line; GDELT has no quoting, so tabs and line breaks in values become spaces. */
export function tsvLine<R>(columns: Column<R>[], r: R): string {
  return `${columns.map(([, f]) => { const v = f(r); return v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '); }).join('\t')}\n`;
}

export async function* writeGdeltEvents(store: QueryableStore, q: Query): AsyncGenerator<string> {
  for await (const rows of groupPages(store, q)) yield rows.map((r) => tsvLine(GDELT_EVENT_COLUMNS, r)).join('');
}

export async function* writeGdeltMentions(store: QueryableStore, q: Query): AsyncGenerator<string> {
  for await (const rows of eventPages(store, q)) yield rows.map((r) => tsvLine(GDELT_MENTION_COLUMNS, r)).join('');
}

const ABOUT = 'Tab-separated, no header line, UTF-8; GDELT names these files .CSV although the separator is a tab.';

export const GDELT_EVENTS_CODEBOOK: Codebook = {
  format: 'gdelt', title: 'GDELT 2.0 event table (61 columns)',
  about: [
    'One row per event: the matching mentions that share a signature (date, source, target, CAMEO code), in signature order.',
    ABOUT, 'Join the mentions table (format gdelt-mentions) on GLOBALEVENTID for every article that reported the event.',
  ],
  columns: GDELT_EVENT_COLUMNS.map(([c]) => c),
};

export const GDELT_MENTIONS_CODEBOOK: Codebook = {
  format: 'gdelt-mentions', title: 'GDELT 2.0 mentions table (16 columns)',
  about: ['One row per article mention of an event, with the character offsets it was coded from.', ABOUT],
  columns: GDELT_MENTION_COLUMNS.map(([c]) => c),
};
