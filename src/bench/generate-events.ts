// Synthetic extraction records for the API load test (bench only, not shipped data): invented
// one-line reports with plausible CAMEO codes, Goldstein values, actors, places and dates,
// skewed so that some dyads are busy and most are rare, as in real event data.
import { createHash } from 'node:crypto';
import { SCHEMA_ID, type ExtractionRecord, type RecordEntity, type RecordEvent } from '../record/types.js';

/** A small, seeded PRNG (mulberry32): the same store every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['USA', 'RUS', 'UKR', 'CHN', 'IRN', 'ISR', 'PSE', 'TUR', 'SYR', 'IND', 'PAK', 'GBR', 'FRA', 'DEU', 'SAU',
  'EGY', 'NGA', 'KEN', 'ETH', 'SDN', 'BRA', 'MEX', 'VEN', 'COL', 'JPN', 'KOR', 'PRK', 'TWN', 'AFG', 'IRQ', 'LBN', 'YEM',
  'POL', 'BLR', 'ARM', 'AZE', 'GEO', 'MLI', 'NER', 'ZAF'];
const ROLES = ['', 'GOV', 'MIL', 'REB', 'OPP', 'MED', 'BUS', 'CVL', 'JUD', 'LEG'];
// CAMEO code, Goldstein (CAMEO.goldsteinscale), PLOVER type (CAMEO2PLOVER) or null.
const CODES: [string, number, string | null][] = [
  ['010', 0, null], ['013', 0.4, null], ['020', 3, null], ['036', 4, 'AGREE'], ['040', 1, 'CONSULT'], ['042', 1.9, 'CONSULT'],
  ['043', 2.8, 'CONSULT'], ['046', 7, 'CONSULT'], ['051', 3.4, 'SUPPORT'], ['057', 8, 'SUPPORT'], ['061', 6.4, 'COOPERATE'],
  ['071', 7.4, 'AID'], ['073', 7.4, 'AID'], ['081', 5, 'CONCEDE'], ['090', -2, 'REQUEST'], ['111', -2, 'ACCUSE'],
  ['112', -2, 'ACCUSE'], ['120', -4, 'REJECT'], ['130', -4.4, 'THREATEN'], ['141', -6.5, 'PROTEST'], ['163', -8, 'COERCE'],
  ['173', -5, 'COERCE'], ['180', -9, 'ASSAULT'], ['190', -10, 'ASSAULT'], ['193', -10, 'ASSAULT'], ['195', -10, 'ASSAULT'],
];
const PLACES: [string, string, number, number][] = [
  ['Kyiv', 'UKR', 50.45, 30.52], ['Kharkiv', 'UKR', 49.99, 36.23], ['Moscow', 'RUS', 55.76, 37.62], ['Washington', 'USA', 38.9, -77.04],
  ['Beijing', 'CHN', 39.9, 116.4], ['Tehran', 'IRN', 35.69, 51.39], ['Gaza', 'PSE', 31.5, 34.47], ['Jerusalem', 'ISR', 31.77, 35.21],
  ['Ankara', 'TUR', 39.93, 32.86], ['Damascus', 'SYR', 33.51, 36.29], ['New Delhi', 'IND', 28.61, 77.21], ['Islamabad', 'PAK', 33.68, 73.05],
  ['London', 'GBR', 51.51, -0.13], ['Paris', 'FRA', 48.86, 2.35], ['Berlin', 'DEU', 52.52, 13.4], ['Riyadh', 'SAU', 24.71, 46.68],
  ['Cairo', 'EGY', 30.04, 31.24], ['Abuja', 'NGA', 9.08, 7.4], ['Nairobi', 'KEN', -1.29, 36.82], ['Khartoum', 'SDN', 15.5, 32.56],
];
const OUTLETS = ['Wire A', 'Wire B', 'Daily C', 'Gazette D', 'Herald E', 'Times F', 'Post G', 'Radio H', 'TV I', 'Blog J'];
const DAYS = 5 * 366;
const START = Date.UTC(2020, 0, 1);

/** A skewed pick: low indexes much more often (busy actors, busy codes). */
const skewed = (r: () => number, n: number) => Math.min(n - 1, Math.floor(n * r() ** 2.2));

function actorCode(r: () => number): string {
  return COUNTRIES[skewed(r, COUNTRIES.length)]! + ROLES[skewed(r, ROLES.length)]!;
}

/** Sentence `i` of article `k`, starting at offset `start`: its text, its event and the event's two entities. */
function syntheticEvent(r: () => number, k: number, i: number, start: number, pub: string, entities: RecordEntity[]) {
  const [src, tgt] = [actorCode(r), actorCode(r)];
  const [cameo, goldstein, plover] = CODES[skewed(r, CODES.length)]!;
  const place = r() < 0.6 ? PLACES[skewed(r, PLACES.length)]! : null;
  const sentence = `${src} officials said ${tgt} was involved in event ${cameo} number ${k}-${i}${place ? ` near ${place[0]}` : ''}.`;
  const actor = (code: string, off: number) => {
    const span = { start: start + off, end: start + off + code.length, text: code };
    entities.push({ id: `E${entities.length + 1}`, name: code, type: 'ORG', code, country: code.slice(0, 3), mentions: [span] });
    return { entity: entities.at(-1)!.id, code, country: code.slice(0, 3), text: code, start: span.start, end: span.end };
  };
  const trigOff = sentence.indexOf('event');
  const dayOffset = Math.floor(r() * 4);
  const event: RecordEvent = {
    id: `V${i + 1}`, sentence: i, cameo, root: cameo.slice(0, 2), goldstein, plover,
    quadClass: cameo < '06' ? 1 : cameo < '09' ? 2 : cameo < '14' ? 3 : 4,
    source: actor(src, 0), target: actor(tgt, sentence.indexOf(tgt, src.length + 14)),
    trigger: { start: start + trigOff, end: start + trigOff + 5, text: 'event' },
    date: new Date(Date.parse(pub) - dayOffset * 86_400_000).toISOString().slice(0, 10), dateText: null,
    location: place ? { name: place[0], country: place[1], lat: place[2], lon: place[3] } : null,
    negated: r() < 0.03, modality: r() < 0.85 ? 'asserted' : 'reported', confidence: Math.round((0.5 + r() * 0.5) * 100) / 100,
  };
  return { sentence, event };
}

/** Article `k` of the synthetic corpus: `perArticle` events, each its own sentence. */
export function syntheticRecord(k: number, perArticle: number, seed = 17): ExtractionRecord {
  const r = rng(seed * 1_000_003 + k);
  const pub = new Date(START + Math.floor(r() * DAYS) * 86_400_000).toISOString().slice(0, 10);
  const sentences: ExtractionRecord['sentences'] = [];
  const parts: string[] = [];
  const entities: RecordEntity[] = [];
  const events: RecordEvent[] = [];
  let at = 0;
  for (let i = 0; i < perArticle; i++) {
    const { sentence, event } = syntheticEvent(r, k, i, at, pub, entities);
    sentences.push({ i, start: at, end: at + sentence.length });
    parts.push(sentence);
    events.push(event);
    at += sentence.length + 1;
  }
  return {
    schema: SCHEMA_ID,
    article: {
      id: createHash('sha256').update(`${seed}:${k}`).digest('hex').slice(0, 16), title: `Synthetic report ${k}`, date: pub,
      source: OUTLETS[skewed(r, OUTLETS.length)]!, url: `https://bench.example/${k}`, lang: 'en', text: parts.join(' '),
    },
    sentences, entities, events, quotes: [], dates: [], amounts: [], claims: [],
  };
}
