// The flat event exports: CSV (RFC 4180), NDJSON and GeoJSON, with the same field names in
// each (the EventRow fields) and one codebook that explains them.
import type { QueryableStore } from '../../store/store.js';
import type { Query } from '../query.js';
import type { EventRow } from '../types.js';
import { col, type Codebook, type CodebookColumn } from './codebook.js';
import { eventPages } from './rows.js';

export const EVENT_COLUMNS: CodebookColumn[] = [
  col('id', 'Id of this event mention (one article reporting one event); stable', 'event mention'),
  col('eventId', 'Id of the coded event row', 'events.seq'),
  col('globalEventId', 'Smallest eventId with the same signature: the event as GDELT counts it', 'events'),
  col('signature', 'Hash of date, source, target and CAMEO code: mentions that share it describe one event', 'events.signature'),
  col('day', 'Effective day YYYY-MM-DD: the event date (first day of its week, month or year), else the publication date', 'computed'),
  col('eventDate', 'The event date as coded: YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY or an interval A/B; empty when the text gives none', 'record event.date'),
  col('dateText', 'The words the event date was read from', 'record event.dateText'),
  col('sourceCode', 'CAMEO actor code of the source (who acts)', 'record event.source.code'),
  col('sourceCountry', 'Country or region of the source (ISO 3166 alpha-3, or WST, EUR, ...)', 'record event.source.country'),
  col('sourceName', 'Source actor as written in the article', 'record event.source.text'),
  col('sourceStart', 'Character offset of the source text in the article (UTF-16, from 0)', 'record'),
  col('sourceEnd', 'End offset (exclusive) of the source text', 'record'),
  col('targetCode', 'CAMEO actor code of the target', 'record event.target.code'),
  col('targetCountry', 'Country or region of the target', 'record event.target.country'),
  col('targetName', 'Target actor as written', 'record event.target.text'),
  col('targetStart', 'Character offset of the target text', 'record'),
  col('targetEnd', 'End offset (exclusive) of the target text', 'record'),
  col('cameo', 'CAMEO event code (a string: leading zeros kept)', 'record event.cameo'),
  col('root', 'CAMEO root code, 01 to 20', 'record event.root'),
  col('quadClass', '1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict', 'record event.quadClass'),
  col('goldstein', 'Goldstein scale value of the CAMEO code, -10 to +10', 'record event.goldstein'),
  col('plover', 'PLOVER event type; empty for CAMEO codes PLOVER dropped (01x, 02x)', 'record event.plover'),
  col('placeName', 'Where the event happened, as named', 'record event.location.name'),
  col('placeCountry', 'Country of the place (ISO 3166 alpha-3)', 'record event.location.country'),
  col('lat', 'Latitude of the place (WGS 84)', 'record event.location.lat'),
  col('lon', 'Longitude of the place (WGS 84)', 'record event.location.lon'),
  col('modality', 'asserted, reported, hypothetical or future', 'record event.modality'),
  col('negated', 'true when the text says the event did not happen', 'record event.negated'),
  col('confidence', 'Coder confidence, 0 to 1', 'record event.confidence'),
  col('rule', 'The coding rule or pattern that fired', 'record event.rule'),
  col('articleId', 'newsgraph article id (sha256 of the normalised text, 16 hex)', 'article.id'),
  col('title', 'Article title', 'article.title'),
  col('outlet', 'Outlet, feed or file the article came from', 'article.source'),
  col('url', 'Article URL', 'article.url'),
  col('lang', 'Article language (ISO 639-1)', 'article.lang'),
  col('published', 'Publication date', 'article.date'),
  col('sentence', 'Index of the sentence (from 0) the event was coded from', 'record event.sentence'),
  col('sentenceStart', 'Character offset of that sentence', 'record sentences'),
  col('sentenceEnd', 'End offset (exclusive) of that sentence', 'record sentences'),
  col('sentenceText', 'The sentence itself', 'article.text'),
  col('triggerStart', 'Character offset of the words that name the event', 'record event.trigger'),
  col('triggerEnd', 'End offset (exclusive) of the trigger', 'record event.trigger'),
  col('triggerText', 'The trigger words', 'record event.trigger.text'),
  col('docLength', 'Length of the article text in characters', 'article.text'),
  col('addedAt', 'When newsgraph stored the article (UTC ISO 8601)', 'ingest'),
  col('eventAddedAt', 'When newsgraph stored the first mention of this signature (UTC)', 'ingest'),
];

const KEYS = EVENT_COLUMNS.map((c) => c.name as keyof EventRow);

const FLAT_ABOUT = [
  'One row per event mention: one article reporting one coded event, with the article it came from and the',
  'character offsets (UTF-16, end exclusive) of the trigger and actors in that article. Rows are ordered newest',
  'effective day first. Mentions that share a signature describe the same event (see globalEventId).',
];

export const FLAT_CODEBOOK = (format: string, extra: string[]): Codebook => ({
  format, title: `newsgraph events (${format})`, about: [...FLAT_ABOUT, ...extra], columns: EVENT_COLUMNS,
});

// Spreadsheet programs run cells that start with these as formulas (CSV injection).
const FORMULA = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  let s = String(v);
  if (FORMULA.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export async function* writeCsv(store: QueryableStore, q: Query): AsyncGenerator<string> {
  yield `${KEYS.join(',')}\r\n`;
  for await (const rows of eventPages(store, q)) {
    yield rows.map((r) => `${KEYS.map((k) => csvField(r[k])).join(',')}\r\n`).join('');
  }
}

export async function* writeNdjson(store: QueryableStore, q: Query): AsyncGenerator<string> {
  for await (const rows of eventPages(store, q)) yield rows.map((r) => `${JSON.stringify(r, KEYS)}\n`).join('');
}

/** A FeatureCollection of the events that have coordinates (RFC 7946: [lon, lat]). */
export async function* writeGeoJson(store: QueryableStore, q: Query): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const rows of eventPages(store, q)) {
    const features = rows.filter((r) => r.lat !== null && r.lon !== null).map((r) =>
      JSON.stringify({ type: 'Feature', id: r.id, geometry: { type: 'Point', coordinates: [r.lon, r.lat] }, properties: r }, replacer));
    if (features.length === 0) continue;
    yield `${first ? '' : ','}\n${features.join(',\n')}`;
    first = false;
  }
  yield '\n]}\n';
}

// Properties keep the codebook's order and fields.
function replacer(this: unknown, key: string, value: unknown): unknown {
  if (key === 'properties' && value && typeof value === 'object') {
    return Object.fromEntries(KEYS.map((k) => [k, (value as EventRow)[k]]));
  }
  return value;
}
