// The server over real sockets: it binds loopback by default, answers over HTTP, streams an
// export, and says why when it cannot listen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureRecords } from '../query/testing/fixtures.js';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/sqlite-store.js';
import { isLoopback, startServer, type RunningServer } from './server.js';

let store: SqliteStore;
let server: RunningServer;

beforeAll(async () => {
  store = openSqliteStore({ location: ':memory:' });
  await store.saveBatch(fixtureRecords().map((record) => ({ kind: 'record' as const, origin: 'fixture', record })));
  server = await startServer({ store, port: 0 });
});
afterAll(async () => {
  await server.close();
  await store.close();
});

describe('startServer', () => {
  it('listens on 127.0.0.1 unless told otherwise', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.loopback).toBe(true);
  });

  it('answers over HTTP, with problem+json for errors', async () => {
    const ok = await fetch(`${server.url}/api/events?actor=RUS*`);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { items: unknown[] }).items).toHaveLength(2);
    const bad = await fetch(`${server.url}/api/events?limit=99999`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
  });

  it('streams an export over the socket', async () => {
    const res = await fetch(`${server.url}/api/export?format=ndjson&modality=any&negated=include`);
    expect((await res.text()).trim().split('\n')).toHaveLength(9);
  });

  it('says why it cannot listen on a port in use (NG_E065)', async () => {
    const port = Number(new URL(server.url).port);
    await expect(startServer({ store, port })).rejects.toMatchObject({ code: 'NG_E065', message: expect.stringContaining('EADDRINUSE') });
  });

  it.each([
    ['127.0.0.1', true], ['localhost', true], ['::1', true], ['127.1.2.3', true], ['0.0.0.0', false], ['192.168.1.5', false], ['::', false],
  ])('counts %s as loopback: %s', (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });
});
