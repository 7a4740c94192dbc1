// The Store contract against PostgreSQL (a fresh database per run, emptied before each
// case), and what only PostgreSQL has: concurrent writers, schema versions, bad URLs.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../engine.js';
import { readText } from '../../sources/read-buffer.js';
import { runQueryContract } from '../../query/testing/query-contract.js';
import { runStoreContract } from '../store-contract.js';
import { fullRecord, minimalRecord } from '../store-fixtures.js';
import type { BatchItem } from '../store.js';
import { PG_SCHEMA_VERSION } from './pg-schema.js';
import { openPgStore, type PgStore } from './pg-store.js';
import { createTestDatabase, testPgAvailable, TEST_PG_ADMIN, type TestDatabase } from './pg-test-db.js';

const available = await testPgAvailable();
if (!available && process.env.CI) throw new Error(`PostgreSQL does not answer at ${TEST_PG_ADMIN}; .ci/run should start it`);
if (!available) console.warn(`skipping PostgreSQL tests: nothing answers at ${TEST_PG_ADMIN} (see docs/scale-out.md)`);

const TABLES = 'articles, sentences, entities, mentions, events, event_mentions, event_facts, quotes, dates, amounts, claims, ingest_ledger, ingest_jobs';
let db: TestDatabase;

beforeAll(async () => { if (available) db = await createTestDatabase(); });
afterAll(async () => { await db?.drop(); });

async function freshStore(opts: { now?: () => Date } = {}): Promise<PgStore> {
  const store = await openPgStore({ url: db.url, ...opts });
  await raw((c) => c.query(`TRUNCATE ${TABLES} RESTART IDENTITY CASCADE`));
  return store;
}

async function raw<T>(fn: (c: pg.Client) => Promise<T>, url = db.url): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const rec = (record = fullRecord(), origin = 'a.txt'): BatchItem => ({ kind: 'record', origin, record });

describe.runIf(available)('PostgreSQL store', () => {
  runStoreContract('postgres', () => freshStore());
  runQueryContract('postgres', () => freshStore());

  it('reads back each example record exactly as the engine extracted it', async () => {
    const examples = resolve(import.meta.dirname, '../../../examples');
    const engine = createEngine();
    const records = readdirSync(examples).sort().flatMap((f) =>
      readText(f, readFileSync(join(examples, f), 'utf8')).flatMap((item) => (item.kind === 'article' ? [engine.extract(item.article)] : [])),
    );
    const store = await freshStore();
    expect((await store.saveBatch(records.map((record) => rec(record, record.article.source)))).ok).toBe(records.length);
    for (const record of records) {
      // JSON drops undefined fields on both sides; nulls must survive as nulls.
      expect(JSON.parse(JSON.stringify(await store.getArticle(record.article.id)))).toEqual(JSON.parse(JSON.stringify(record)));
    }
    await store.close();
  });

  it('stores an article once when many writers save it at the same moment', async () => {
    const stores = await Promise.all([1, 2, 3, 4].map(() => freshStore()));
    const records = Array.from({ length: 30 }, (_, k) => minimalRecord({ text: `Concurrent dispatch ${k}.` }));
    // Each writer saves all 30 in its own order: ON CONFLICT must not duplicate, and a
    // deadlock between opposite orders must be retried, not surface.
    const results = await Promise.all(stores.map((s, w) => s.saveBatch((w % 2 ? [...records].reverse() : records).map((r) => rec(r)))));
    expect(results.reduce((n, r) => n + r.ok, 0)).toBe(30);
    expect(results.reduce((n, r) => n + r.duplicate, 0)).toBe(90);
    expect((await stores[0]!.stats()).articles).toBe(30);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('writes a keyed batch once: the same key again returns null and changes nothing', async () => {
    const store = await freshStore();
    expect(await store.saveBatchOnce('job-1', [rec()])).toMatchObject({ ok: 1 });
    expect(await store.saveBatchOnce('job-1', [rec()])).toBeNull();
    expect((await store.stats()).ledger).toEqual({ ok: 1, duplicate: 0, skipped: 0, failed: 0 });
    await store.close();
  });

  it('stamps ledger rows with the clock it is given, and keeps the batch order', async () => {
    const store = await freshStore({ now: () => new Date('2024-05-17T12:00:00Z') });
    const items = ['zz', 'aa', 'mm'].map((t) => rec(minimalRecord({ text: `Order ${t}.` }), t));
    const r = await store.saveBatch(items);
    expect(r.items.map((i) => [i.origin, i.at])).toEqual(['zz', 'aa', 'mm'].map((o) => [o, '2024-05-17T12:00:00.000Z']));
    expect((await store.ledger()).map((row) => row.origin)).toEqual(['mm', 'aa', 'zz']);
    await store.close();
  });

  it('keeps full-text search in a tsvector with a GIN index', async () => {
    const store = await freshStore();
    await store.saveBatch([rec()]);
    const plan = await raw((c) => c.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'articles_fts'`));
    expect(plan.rows[0].indexdef).toMatch(/USING gin \(tsv\)/);
    await store.close();
  });

  it('refuses a database whose schema is newer with NG_E031', async () => {
    const other = await createTestDatabase();
    try {
      await (await openPgStore({ url: other.url })).close();
      await raw((c) => c.query('UPDATE newsgraph_schema SET version = $1', [PG_SCHEMA_VERSION + 1]), other.url);
      await expect(openPgStore({ url: other.url })).rejects.toMatchObject({ code: 'NG_E031' });
    } finally {
      await other.drop();
    }
  });

  it('refuses a database with tables of another application with NG_E030', async () => {
    const other = await createTestDatabase();
    try {
      await raw((c) => c.query('CREATE TABLE recipes (name text)'), other.url);
      await expect(openPgStore({ url: other.url })).rejects.toMatchObject({ code: 'NG_E030', message: expect.stringMatching(/not a newsgraph one/) });
    } finally {
      await other.drop();
    }
  });

  it.each([
    ['a port where nothing listens', 'postgres://u:secret@127.0.0.1:1/news', /ECONNREFUSED/],
    ['a database that does not exist', () => `${TEST_PG_ADMIN.replace(/\/[^/]*$/, '')}/newsgraph_no_such_db`, /does not exist/],
  ])('fails at once with NG_E030 for %s, hiding the password', async (_, url, message) => {
    const location = typeof url === 'function' ? url() : url;
    const started = Date.now();
    const error = await openPgStore({ url: location }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NG_E030', message: expect.stringMatching(message), hint: expect.any(String) });
    expect((error as Error).message).not.toContain('secret');
    expect(Date.now() - started).toBeLessThan(6000);
  });
});
