// Contract tests of every endpoint, through the real app (app.request), over the fixture
// records: status, content type, shape, paging to the end, caching headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureRecords } from '../query/testing/fixtures.js';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/sqlite-store.js';
import { createApi } from './app.js';

let store: SqliteStore;
let app: ReturnType<typeof createApi>;
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

beforeAll(async () => {
  store = openSqliteStore({ location: ':memory:' });
  await store.saveBatch(fixtureRecords().map((record) => ({ kind: 'record' as const, origin: 'fixture', record })));
  app = createApi({ store });
});
afterAll(async () => { await store.close(); });

async function json(path: string): Promise<any> {
  const res = await get(path);
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
  return res.json();
}

describe('read endpoints', () => {
  it.each([
    ['/api/events', (b: any) => expect(b.items.map((e: any) => e.id)).toEqual([9, 7, 4, 5, 8, 1])],
    ['/api/events?actor=RUS*&modality=any', (b: any) => expect(b.items).toHaveLength(4)],
    ['/api/events/aggregate?interval=month&groupBy=dyad&actor=RUS*', (b: any) => expect(b.buckets[0]).toMatchObject({ key: 'RUSMIL>UKR', count: 2, total: 2 })],
    ['/api/articles?root=19', (b: any) => expect(b.items).toHaveLength(2)],
    ['/api/actors', (b: any) => expect(b.items[0]).toMatchObject({ code: 'UKR', events: 3 })],
    ['/api/actors/ukrgov?modality=any', (b: any) => expect(b).toMatchObject({ actor: { code: 'UKRGOV', events: 3 }, coActors: expect.any(Array) })],
    ['/api/quotes?actor=UKRGOV', (b: any) => expect(b.items.map((q: any) => q.speakerName)).toEqual(['officials', 'Dmytro Kuleba'])],
    // A speaker by name, whatever its code, case-insensitive; the entity's name comes with the quote.
    ['/api/quotes?speaker=dmytro%20kuleba', (b: any) => expect(b.items.map((q: any) => [q.speakerName, q.speaker])).toEqual([['Dmytro Kuleba', 'Dmytro Kuleba']])],
    ['/api/graph?limit=1', (b: any) => expect(b).toMatchObject({ edges: [{ source: 'RUSMIL', target: 'UKR' }], truncated: true })],
    ['/api/search?text=sanctions', (b: any) => expect(b.items[0].snippet).toContain('«sanctions»')],
    ['/api/openapi.json', (b: any) => expect(b.openapi).toBe('3.1.0')],
  ])('GET %s', async (path, check) => {
    check(await json(path));
  });

  it('serves an article with its text and every span layer', async () => {
    const [first] = fixtureRecords();
    const body = await json(`/api/articles/${first!.article.id}`);
    expect(body).toEqual(first);
    expect(await json(`/api/articles/${first!.article.id.slice(0, 8)}`)).toEqual(first);
  });

  it('pages through every event with the next link, to the end', async () => {
    const ids: number[] = [];
    let next: string | null = '/api/events?limit=2&negated=include&modality=any';
    while (next !== null) {
      const body: any = await json(next);
      ids.push(...body.items.map((e: any) => e.id));
      next = body.next;
    }
    expect(ids).toEqual([9, 6, 7, 4, 5, 3, 2, 8, 1]);
  });

  it('serves the aggregate as the CSV table behind a chart', async () => {
    const res = await get('/api/events/aggregate?interval=month&format=csv');
    expect(res.headers.get('Content-Type')).toMatch(/^text\/csv/);
    expect((await res.text()).split('\r\n')).toEqual([
      'bucket,key,count,goldsteinSum,goldsteinMean,total,ratio',
      '2024-01-01,,2,-20,-10,2,1', '2024-02-01,,3,-6.5,-2.1667,3,1', '2024-03-01,,1,3,3,1,1', '',
    ]);
  });

  it('makes reads cacheable: Cache-Control, a weak ETag and 304 when it matches', async () => {
    const res = await get('/api/events?actor=RUS*');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=0, must-revalidate');
    const tag = res.headers.get('ETag');
    expect(tag).toMatch(/^W\//);
    expect((await get('/api/events?actor=RUS*', { 'If-None-Match': tag! })).status).toBe(304);
  });

  it('lists every endpoint in the OpenAPI document with the Query parameters', async () => {
    const doc = await json('/api/openapi.json');
    for (const path of ['/api/events', '/api/events/aggregate', '/api/articles', '/api/articles/{id}', '/api/actors', '/api/actors/{code}', '/api/quotes', '/api/graph', '/api/search', '/api/export', '/api/ingest']) {
      expect(doc.paths[path], path).toBeDefined();
    }
    const names = doc.paths['/api/events'].get.parameters.map((p: any) => p.name);
    expect(names).toEqual(expect.arrayContaining(['actor', 'dyad', 'cameo', 'near', 'time', 'minConfidence', 'text', 'limit', 'cursor']));
    expect(names).not.toContain('speaker');
    expect(doc.paths['/api/quotes'].get.parameters.map((p: any) => p.name)).toContain('speaker');
  });
});

describe('exports over HTTP', () => {
  it.each([
    ['csv', /^text\/csv/, 'newsgraph-events.csv'],
    ['ndjson', /^application\/x-ndjson/, 'newsgraph-events.ndjson'],
    ['geojson', /^application\/geo\+json/, 'newsgraph-events.geojson'],
    ['gexf', /^application\/gexf\+xml/, 'newsgraph-events.gexf'],
    ['gdelt', /^text\/tab-separated-values/, 'newsgraph-events.export.CSV'],
    ['gdelt-mentions', /^text\/tab-separated-values/, 'newsgraph-events.mentions.CSV'],
    ['plover', /^application\/x-ndjson/, 'newsgraph-events.plover.jsonl'],
    ['polecat', /^text\/tab-separated-values/, 'newsgraph-events.polecat.tsv'],
  ])('streams %s as a file with a link to its codebook', async (format, type, file) => {
    const res = await get(`/api/export?format=${format}&actor=RUS*`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(type);
    expect(res.headers.get('Content-Disposition')).toBe(`attachment; filename="${file}"`);
    expect(res.headers.get('Link')).toBe(`</api/export/codebook?format=${format}&actor=RUS*>; rel="describedby"`);
    expect((await res.text()).length).toBeGreaterThan(0);
    const book = await get(`/api/export/codebook?format=${format}&actor=RUS*`);
    expect(book.headers.get('Content-Type')).toMatch(/^text\/markdown/);
    expect(await book.text()).toMatch(/^# Codebook: [^]*Query: `actor=RUS\*`/);
  });
});
