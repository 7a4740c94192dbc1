// Bad input gets a 4xx problem+json with a clear message, never a 500: malformed and unknown
// parameters, huge pages, invalid dates, injection attempts in every string parameter,
// oversized and malformed ingest bodies, missing tokens, foreign hosts and origins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_PARAMS } from '../query/params.js';
import { fixtureRecords } from '../query/testing/fixtures.js';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/sqlite-store.js';
import { createApi } from './app.js';

let store: SqliteStore;
const apps = {} as Record<'open' | 'token' | 'exposed', ReturnType<typeof createApi>>;

beforeAll(async () => {
  store = openSqliteStore({ location: ':memory:' });
  await store.saveBatch(fixtureRecords().map((record) => ({ kind: 'record' as const, origin: 'fixture', record })));
  apps.open = createApi({ store, maxBodyBytes: 4096 });
  apps.token = createApi({ store, token: 's3cret-token' });
  apps.exposed = createApi({ store, loopback: false });
});
afterAll(async () => { await store.close(); });

async function problem(res: Response, status: number, code: string, message: RegExp): Promise<void> {
  const body = await res.text();
  expect(res.status, body).toBe(status);
  expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  const p = JSON.parse(body);
  expect(p).toMatchObject({ status, code, title: expect.any(String), detail: expect.stringMatching(message), type: `urn:newsgraph:error:${code}` });
  expect(body).not.toMatch(/SqliteError|at .*\.js:\d+|SELECT /);
}

const INJECTIONS = ["'; DROP TABLE events; --", '" OR 1=1 --', 'RUS*) OR (1=1', '%00', '\u0000', '<script>alert(1)</script>', '../../etc/passwd', 'NEAR(a b)', 'x'.repeat(5000)];
const STRING_PARAMS = Object.keys(QUERY_PARAMS);

describe('query parameters', () => {
  it.each([
    ['an unknown parameter', '/api/events?colour=red', /unknown query parameter "colour"/],
    ['a parameter of another endpoint', '/api/quotes?cameo=190', /"cameo" does not apply to \/api\/quotes/],
    ['the quote list\'s own parameter elsewhere', '/api/events?speaker=Kuleba', /"speaker" does not apply to \/api\/events/],
    ['a huge page', '/api/events?limit=1000000', /"limit": expected a whole number from 1 to 1000/],
    ['a negative page', '/api/actors?limit=-1', /"limit"/],
    ['a cursor not issued', '/api/events?cursor=abc', /"cursor": expected the nextCursor of a previous events page/],
    ['a cursor of another list', `/api/events?cursor=${Buffer.from('["actors",3,"USA"]').toString('base64url')}`, /"cursor"/],
    ['an invalid date', '/api/events?time=2024-02-30', /"time": expected dates/],
    ['an inverted window', '/api/events/aggregate?time=2024-12/2024-01', /"time": the end of the interval comes before its start/],
    ['an unknown interval', '/api/events/aggregate?interval=fortnight', /"interval": expected one of day, week, month/],
    ['an unknown grouping', '/api/events/aggregate?groupBy=colour', /"groupBy": expected one of/],
    ['an unknown export format', '/api/export?format=xlsx', /"format": expected one of csv, ndjson/],
    ['no export format', '/api/export', /"format"/],
    ['a search without words', '/api/search', /"text": expected words/],
    ['a bad article id', '/api/articles/xyz', /path parameter "id"/],
    ['a bad actor code', '/api/actors/R$S', /path parameter "code"/],
    ['a single value twice', '/api/events?negated=only&negated=include', /expected one value, found 2/],
  ])('refuses %s with 400 NG_E060', async (_, path, message) => {
    await problem(await apps.open.request(path), 400, 'NG_E060', message);
  });

  it.each(STRING_PARAMS.flatMap((p) => INJECTIONS.map((v) => [p, v] as const)))('answers %s=%j with 200 or a 400, never a 500', async (param, value) => {
    const url = `/api/events?${new URLSearchParams({ [param]: value })}`;
    const res = await apps.open.request(url);
    expect([200, 400], await res.clone().text()).toContain(res.status);
    if (res.status === 400) expect(((await res.json()) as { code: string }).code).toBe('NG_E060');
  });

  it.each(INJECTIONS)('answers speaker=%j on the quote list with 200 or a 400, never a 500', async (value) => {
    const res = await apps.open.request(`/api/quotes?${new URLSearchParams({ speaker: value })}`);
    expect([200, 400], await res.clone().text()).toContain(res.status);
  });

  it('leaves the tables intact after the injection attempts', async () => {
    expect((await store.stats()).events).toBe(9);
  });

  it.each([
    ['an unknown endpoint', '/api/nothing', 404, 'NG_E064', /no endpoint GET \/api\/nothing/],
    ['an unknown article', '/api/articles/ffffffffffffffff', 404, 'NG_E032', /no stored article/],
    ['an actor without events', '/api/actors/ZZZ', 404, 'NG_E032', /no event matching the query involves actor ZZZ/],
  ])('answers %s with %i', async (_, path, status, code, message) => {
    await problem(await apps.open.request(path), status, code, message);
  });

  it('refuses a Host that is not this machine when bound to loopback (DNS rebinding)', async () => {
    await problem(await apps.open.request('/api/events', { headers: { Host: 'evil.example' } }), 421, 'NG_E064', /answers only to localhost/);
    expect((await apps.open.request('/api/events', { headers: { Host: '127.0.0.1:8787' } })).status).toBe(200);
  });
});

describe('POST /api/ingest', () => {
  const wire = 'date 2024-05-17 Ministers agree grain corridor\n\nForeign ministers from three countries agreed on Tuesday to open a grain corridor, officials said.\n';
  const post = (app: keyof typeof apps, body: string | Uint8Array, headers: Record<string, string> = {}, query = '') =>
    apps[app].request(`/api/ingest${query}`, { method: 'POST', body, headers });

  it('stores a wire article named by ?name= and reports it in the ledger', async () => {
    const res = await post('open', wire, { 'Content-Type': 'text/plain' }, '?name=story.txt&outlet=Test%20Wire');
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ ok: 1, failed: 0, items: [{ status: 'ok', origin: 'story.txt' }] });
    const again = await post('open', JSON.stringify({ items: [{ name: 'story.txt', text: wire }] }), { 'Content-Type': 'application/json' });
    expect(await again.json()).toMatchObject({ ok: 0, duplicate: 1 });
  });

  it.each([
    ['an empty body', '', { 'Content-Type': 'text/plain' }, 400, 'NG_E062', /body is empty/],
    ['malformed JSON', '{"items": [', { 'Content-Type': 'application/json' }, 400, 'NG_E062', /JSON body does not parse/],
    ['JSON of the wrong shape', '{"items": "story"}', { 'Content-Type': 'application/json' }, 400, 'NG_E062', /expected \{"items"/],
    ['a body whose format cannot be told', 'some bytes', { 'Content-Type': 'application/octet-stream' }, 400, 'NG_E062', /cannot tell the format/],
    ['an oversized body', 'x'.repeat(5000), { 'Content-Type': 'text/plain' }, 413, 'NG_E061', /larger than 4096 bytes/],
    ['an HTML page without article text', '<html><body><nav><a href="/">Home</a></nav></body></html>', { 'Content-Type': 'text/html' }, 422, 'NG_E062', /no article could be read: NG_E015/],
    ['an unknown ingest parameter', 'x', { 'Content-Type': 'text/plain' }, 400, 'NG_E060', /ingest takes name, outlet, date/],
    ['binary bytes', new Uint8Array([0, 1, 2, 255, 0]), { 'Content-Type': 'text/plain' }, 422, 'NG_E062', /NG_E013/],
  ])('refuses %s', async (_, body, headers, status, code, message) => {
    const query = _.includes('ingest parameter') ? '?colour=red' : '';
    await problem(await post('open', body as string | Uint8Array, headers as Record<string, string>, query), status, code, message);
  });

  it('refuses an invalid date option with NG_E020', async () => {
    await problem(await post('open', wire, { 'Content-Type': 'text/plain' }, '?name=a.txt&date=2024-99-01'), 400, 'NG_E020', /date/);
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { Authorization: 'Bearer nope' }],
    ['a token without the Bearer scheme', { Authorization: 's3cret-token' }],
  ])('needs the token when one is set: refuses %s with 401', async (_, headers) => {
    await problem(await post('token', wire, { 'Content-Type': 'text/plain', ...headers }, '?name=a.txt'), 401, 'NG_E063', /token/);
  });

  it('accepts the right token', async () => {
    const res = await post('token', wire.replace('Tuesday', 'Wednesday'), { 'Content-Type': 'text/plain', Authorization: 'Bearer s3cret-token' }, '?name=b.txt');
    expect(res.status).toBe(200);
  });

  it('disables ingest beyond loopback without a token (403), while reads still work', async () => {
    await problem(await post('exposed', wire, { 'Content-Type': 'text/plain' }, '?name=a.txt'), 403, 'NG_E063', /NEWSGRAPH_TOKEN is not set/);
    expect((await apps.exposed.request('/api/events')).status).toBe(200);
  });

  it('refuses a POST from a web page of another origin', async () => {
    await problem(await post('open', wire, { 'Content-Type': 'text/plain', Origin: 'https://evil.example' }, '?name=c.txt'), 403, 'NG_E063', /web page/);
  });
});
