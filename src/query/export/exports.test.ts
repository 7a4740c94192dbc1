// Every export format over the fixture records, checked column by column against the
// layouts of FORMATS.md (copied below; cross-checked with the file when it is present) and
// the CAMEO Goldstein table of the peers folder.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { emptyQuery, PLOVER_TYPES, type Query } from '../query.js';
import { fixtureRecords } from '../testing/fixtures.js';
import { renderCodebook } from './codebook.js';
import { EXPORT_FORMATS, FORMATS, type ExportFormatName } from './formats.js';

const SHARED = resolve(import.meta.dirname, '../../../../shared');
const GDELT_EVENTS = `GLOBALEVENTID, SQLDATE, MonthYear, Year, FractionDate,
Actor1Code, Actor1Name, Actor1CountryCode, Actor1KnownGroupCode, Actor1EthnicCode, Actor1Religion1Code, Actor1Religion2Code, Actor1Type1Code, Actor1Type2Code, Actor1Type3Code,
Actor2Code, Actor2Name, Actor2CountryCode, Actor2KnownGroupCode, Actor2EthnicCode, Actor2Religion1Code, Actor2Religion2Code, Actor2Type1Code, Actor2Type2Code, Actor2Type3Code,
IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale, NumMentions, NumSources, NumArticles, AvgTone,
Actor1Geo_Type, Actor1Geo_FullName, Actor1Geo_CountryCode, Actor1Geo_ADM1Code, Actor1Geo_ADM2Code, Actor1Geo_Lat, Actor1Geo_Long, Actor1Geo_FeatureID,
Actor2Geo_Type, Actor2Geo_FullName, Actor2Geo_CountryCode, Actor2Geo_ADM1Code, Actor2Geo_ADM2Code, Actor2Geo_Lat, Actor2Geo_Long, Actor2Geo_FeatureID,
ActionGeo_Type, ActionGeo_FullName, ActionGeo_CountryCode, ActionGeo_ADM1Code, ActionGeo_ADM2Code, ActionGeo_Lat, ActionGeo_Long, ActionGeo_FeatureID,
DATEADDED, SOURCEURL`;
const GDELT_MENTIONS = 'GLOBALEVENTID, EventTimeDate, MentionTimeDate, MentionType, MentionSourceName, MentionIdentifier, SentenceID, Actor1CharOffset, Actor2CharOffset, ActionCharOffset, InRawText, Confidence, MentionDocLen, MentionDocTone, MentionDocTranslationInfo, Extras';
const POLECAT = 'Event ID, Event Date, Event Type, Event Mode, Event Intensity, Quad Code, Contexts, Actor Name, Actor Country, Actor COW, Primary Actor Sector, Actor Sectors, Actor Title, Actor Name Raw, Wikipedia Actor ID, Recipient Name, Recipient Country, Recipient COW, Primary Recipient Sector, Recipient Sectors, Recipient Title, Recipient Name Raw, Wikipedia Recipient ID, Placename, City, District, Province, Country, Latitude, Longitude, GeoNames ID, Raw Placename, Feature Type, Source, Publication Date, Story People, Story Organizations, Story Locations, Language, Version';
const names = (s: string) => s.split(',').map((x) => x.trim());

let store: SqliteStore;
beforeAll(async () => {
  store = openSqliteStore({ location: ':memory:', now: () => new Date('2024-04-01T12:30:45Z') });
  await store.saveBatch(fixtureRecords().map((record) => ({ kind: 'record' as const, origin: 'fixture', record })));
});
afterAll(async () => { await store.close(); });

async function exported(format: ExportFormatName, q: Query = emptyQuery()): Promise<string> {
  let out = '';
  for await (const chunk of FORMATS[format].write(store, q)) out += chunk;
  return out;
}

/** Rows of a tab-separated export as objects keyed by the column names. */
function table(text: string, columns: string[], header: boolean): Record<string, string>[] {
  const lines = text.split('\n').filter((l) => l.length > 0);
  if (header) expect(lines.shift()!.split('\t')).toEqual(columns);
  return lines.map((l) => {
    const cells = l.split('\t');
    expect(cells).toHaveLength(columns.length);
    return Object.fromEntries(columns.map((c, i) => [c, cells[i]!]));
  });
}

describe('the layouts match FORMATS.md', () => {
  it.each([
    ['gdelt', GDELT_EVENTS, 61],
    ['gdelt-mentions', GDELT_MENTIONS, 16],
    ['polecat', POLECAT, 40],
  ] as const)('%s has the published columns in order', (format, list, count) => {
    expect(FORMATS[format].codebook.columns.map((c) => c.name)).toEqual(names(list));
    expect(names(list)).toHaveLength(count);
  });

  it.skipIf(!existsSync(`${SHARED}/design/FORMATS.md`))('FORMATS.md still lists the same columns', () => {
    const doc = readFileSync(`${SHARED}/design/FORMATS.md`, 'utf8').replace(/\s+/g, ' ');
    for (const list of [GDELT_EVENTS, GDELT_MENTIONS, POLECAT]) expect(doc).toContain(names(list).join(', '));
  });
});

describe('GDELT 2.0 event table', () => {
  it('writes one row per signature, column by column', async () => {
    const rows = table(await exported('gdelt'), names(GDELT_EVENTS), false);
    expect(rows).toHaveLength(5);
    const shelling = rows.find((r) => r.EventCode === '190')!;
    expect(shelling).toMatchObject({
      GLOBALEVENTID: '1', SQLDATE: '20240108', MonthYear: '202401', Year: '2024', FractionDate: '2024.0219',
      Actor1Code: 'RUSMIL', Actor1Name: 'Invading forces', Actor1CountryCode: 'RUS', Actor1Type1Code: 'MIL', Actor1Type2Code: '',
      Actor2Code: 'UKR', Actor2CountryCode: 'UKR', Actor2Type1Code: '', IsRootEvent: '1', EventBaseCode: '190', EventRootCode: '19',
      QuadClass: '4', GoldsteinScale: '-10', NumMentions: '2', NumSources: '2', NumArticles: '2', AvgTone: '',
      Actor1Geo_FullName: '', ActionGeo_FullName: 'Kharkiv', ActionGeo_CountryCode: '', ActionGeo_Lat: '49.99', ActionGeo_Long: '36.23',
      DATEADDED: '20240401123045', SOURCEURL: 'https://wire-a.example/kharkiv',
    });
    const sanctions = rows.find((r) => r.EventCode === '163')!;
    expect(sanctions).toMatchObject({ SQLDATE: '20240201', Actor1Code: 'USAGOV', Actor1Type1Code: 'GOV', Actor2Code: 'IRN', IsRootEvent: '0', QuadClass: '4' });
  });

  it('keeps leading zeros of event codes', async () => {
    const q = { ...emptyQuery(), modality: ['hypothetical' as const] };
    const [row] = table(await exported('gdelt', q), names(GDELT_EVENTS), false);
    expect(row).toMatchObject({ EventCode: '036', EventBaseCode: '036', EventRootCode: '03', QuadClass: '1' });
  });

  it.skipIf(!existsSync(`${SHARED}/peers/cameo/CAMEO.goldsteinscale.txt`))('writes the Goldstein value of every event code as the CAMEO table has it', async () => {
    const scale = new Map(readFileSync(`${SHARED}/peers/cameo/CAMEO.goldsteinscale.txt`, 'utf8').trim().split('\n').slice(1)
      .map((l) => l.split('\t') as [string, string]).map(([c, g]) => [c, Number(g)]));
    const rows = table(await exported('gdelt', { ...emptyQuery(), modality: ['asserted', 'reported', 'hypothetical', 'future'], negated: 'include' }), names(GDELT_EVENTS), false);
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) expect(Number(r.GoldsteinScale), r.EventCode).toBe(scale.get(r.EventCode!));
  });
});

describe('GDELT 2.0 mentions table', () => {
  it('writes one row per mention with the offsets it was coded from', async () => {
    const rows = table(await exported('gdelt-mentions'), names(GDELT_MENTIONS), false);
    expect(rows).toHaveLength(6);
    const records = fixtureRecords();
    for (const r of rows) {
      const record = records.find((x) => r.MentionIdentifier === x.article.url)!;
      const event = record.events.find((e) => e.trigger.start === Number(r.ActionCharOffset))!;
      expect(r).toMatchObject({ MentionType: '1', InRawText: '1', SentenceID: String(event.sentence + 1), MentionSourceName: record.article.source });
      expect(Number(r.Actor1CharOffset)).toBe(event.source?.start ?? -1);
      expect(Number(r.MentionDocLen)).toBe(record.article.text.length);
      expect(r.MentionTimeDate).toBe('20240401123045');
    }
    const events = table(await exported('gdelt'), names(GDELT_EVENTS), false).map((e) => e.GLOBALEVENTID);
    expect(new Set(rows.map((r) => r.GLOBALEVENTID))).toEqual(new Set(events));
  });
});

describe('PLOVER and POLECAT', () => {
  it('writes PLOVER records with the required fields and PLOVER types only', async () => {
    const records = (await exported('plover')).trim().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(5); // the 020 event has no PLOVER type
    for (const r of records) {
      expect(r).toMatchObject({ id: expect.any(String), date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/), actor: expect.any(Array), event: [expect.any(String)] });
      expect(PLOVER_TYPES).toContain(r.event[0]);
      expect(r.quad_code).toBeGreaterThanOrEqual(1);
    }
    const protest = records.find((r) => r.event[0] === 'PROTEST');
    expect(protest).toMatchObject({
      date: '2024-02-26', actor: [{ code: 'UKR', sector: 'CVL', entity_text: 'Protesters', identifier_id: 'UKRCVL' }],
      recipient: [{ code: 'UKR', sector: 'GOV' }], event_loc: { extracted_place: 'Kyiv', country_code: 'UKR', lat: 50.45 },
      text: 'Protesters rallied against the government in Kyiv.', text_info: { sequence: 1 },
      cite_info: { corpus: 'newsgraph', publication: 'Daily C', language: 'en' }, coded_date: '2024-04-01',
    });
  });

  it('writes the POLECAT layout with a header, sectors and the story names', async () => {
    const rows = table(await exported('polecat'), names(POLECAT), true);
    expect(rows).toHaveLength(5);
    expect(rows.find((r) => r['Event Type'] === 'PROTEST')).toMatchObject({
      'Event Date': '2024-02-26', 'Quad Code': '4', 'Actor Name': 'Protesters', 'Actor Country': 'UKR', 'Primary Actor Sector': 'CVL',
      'Recipient Sectors': 'GOV', Placename: 'Kyiv', Country: 'UKR', Latitude: '50.45', Source: 'Daily C', 'Publication Date': '2024-03-03',
      'Story People': 'officials', 'Story Locations': 'Belgorod', Language: 'en', 'Event Intensity': '',
    });
  });
});

describe('CSV, NDJSON, GeoJSON and GEXF', () => {
  it('writes CSV with the codebook columns as header and RFC 4180 quoting', async () => {
    const lines = (await exported('csv')).split('\r\n');
    expect(lines[0]!.split(',')).toEqual(FORMATS.csv.codebook.columns.map((c) => c.name));
    expect(lines.filter((l) => l.length > 0)).toHaveLength(7);
    expect(lines.some((l) => l.includes('"In January invading forces shelled Kharkiv, killing four."'))).toBe(true);
  });

  it('writes NDJSON objects with the same fields', async () => {
    const rows = (await exported('ndjson')).trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(6);
    expect(Object.keys(rows[0])).toEqual(FORMATS.ndjson.codebook.columns.map((c) => c.name));
  });

  it('writes a GeoJSON FeatureCollection of the events that have a place', async () => {
    const doc = JSON.parse(await exported('geojson'));
    expect(doc.type).toBe('FeatureCollection');
    expect(doc.features).toHaveLength(4);
    expect(doc.features[0]).toMatchObject({ type: 'Feature', geometry: { type: 'Point', coordinates: [30.52, 50.45] }, properties: { placeName: 'Kyiv' } });
    expect(JSON.parse(await exported('geojson', { ...emptyQuery(), actor: ['ZZZ'] }))).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('writes well-formed GEXF with every actor as a node and time-stamped edges', async () => {
    const xml = await exported('gexf');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.match(/<node /g)).toHaveLength(7);
    expect(xml.match(/<edge /g)).toHaveLength(5);
    expect(xml).toContain('source="RUSMIL" target="UKR" start="2024-01-08" end="2024-01-08"');
  });

  it('escapes CSV cells that a spreadsheet would run as formulas', async () => {
    const { csvField } = await import('./flat.js');
    expect([csvField('=HYPERLINK("x")'), csvField('-10'), csvField(-10), csvField('+1 day'), csvField('a,b')])
      .toEqual(['"\'=HYPERLINK(""x"")"', '-10', '-10', "'+1 day", '"a,b"']);
  });
});

describe('codebooks', () => {
  it.each(EXPORT_FORMATS.map((f) => [f]))('%s: every column named, and every empty one says why', (format) => {
    const book = FORMATS[format].codebook;
    const text = renderCodebook(book, 'actor=RUS*');
    for (const c of book.columns) expect(text).toContain(`| ${c.name.replace(/\|/g, '\\|')} |`);
    for (const c of book.columns.filter((x) => x.source.startsWith('EMPTY'))) expect(c.source.length).toBeGreaterThan('EMPTY: '.length + 5);
    expect(text).toContain('Query: `actor=RUS*`');
  });
});
