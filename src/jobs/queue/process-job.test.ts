// processJob on its own (no Redis): payload validation, keyed saves, the wait for a
// database that is away, and dead-letter ledger rows on the last attempt.
import { UnrecoverableError } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine.js';
import { makeArticle } from '../../sources/article.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { BatchItem, BatchResult, Store } from '../../store/store.js';
import { makePayload } from './payload.js';
import { processJob, type JobLike } from './process-job.js';

const engine = createEngine();
const article = (k: number) =>
  makeArticle({ title: `Talks ${k}`, date: '2024-05-17', source: 'wire', text: `Ministers from France and Germany met in Paris on Friday for talks number ${k}.` });
const job = (data: unknown, over: Partial<JobLike> = {}): JobLike => ({ id: 'j1', data, timestamp: 1, attemptsMade: 0, opts: { attempts: 3 }, ...over });
const good = makePayload([
  { kind: 'article', origin: 'a.txt', article: article(1) },
  { kind: 'skipped', origin: 'b.jpg', code: 'NG_E018', reason: 'not text' },
  { kind: 'article', origin: 'c.txt', article: article(2) },
]);

/** A SQLite store with PostgreSQL's saveBatchOnce, and a switch that makes saves fail. */
function keyedStore(failures: unknown[] = []) {
  const inner = openSqliteStore({ location: ':memory:' });
  const keys = new Set<string>();
  const store = Object.assign(inner, {
    calls: 0,
    async saveBatchOnce(key: string, items: readonly BatchItem[]): Promise<BatchResult | null> {
      store.calls++;
      if (failures.length > 0) throw failures.shift();
      if (keys.has(key)) return null;
      keys.add(key);
      return inner.saveBatch(items);
    },
  });
  return store;
}

const ctx = (store: Store) => ({ store, extractor: engine, retry: { maxWaitMs: 2000 } });

describe('processJob', () => {
  it('extracts every article and saves the batch with its ledger rows', async () => {
    const store = keyedStore();
    expect(await processJob(job(good), ctx(store))).toEqual({ ok: 2, duplicate: 0, skipped: 1, failed: 0, replayed: false });
    expect((await store.ledger()).map((r) => [r.origin, r.status])).toEqual([['c.txt', 'ok'], ['b.jpg', 'skipped'], ['a.txt', 'ok']]);
  });

  it('does nothing the second time the same job runs (a retry after a crash)', async () => {
    const store = keyedStore();
    await processJob(job(good), ctx(store));
    expect(await processJob(job(good, { attemptsMade: 1 }), ctx(store))).toMatchObject({ replayed: true, ok: 0 });
    expect((await store.stats()).ledger).toEqual({ ok: 2, duplicate: 0, skipped: 1, failed: 0 });
  });

  it.each([
    ['not an object', 'hello', /expected \{v: 1/],
    ['no items', { v: 1, items: [] }, /items/],
    ['a newer version', { v: 2, items: good.items }, /v:/],
    ['an article without text', { v: 1, items: [{ kind: 'article', origin: 'x', article: { ...article(3), text: undefined } }] }, /items\.0\.article\.text/],
    ['an unknown kind', { v: 1, items: [{ kind: 'video', origin: 'x' }] }, /items\.0/],
  ])('dead-letters a payload that is %s, with its reason in the ledger', async (_, data, reason) => {
    const store = keyedStore();
    const error = await processJob(job(data), ctx(store)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnrecoverableError);
    expect((error as Error).message).toMatch(/^NG_E071 job j1: /);
    const [row] = await store.ledger({ status: 'failed' });
    expect(row).toMatchObject({ origin: 'job:j1', code: 'NG_E071', reason: expect.stringMatching(reason) });
  });

  it('waits for a database that is away and then saves', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const store = keyedStore([refused, refused]);
    expect(await processJob(job(good), ctx(store))).toMatchObject({ ok: 2 });
    expect(store.calls).toBe(3);
  });

  it('fails an attempt that is not the last without ledger rows, so that it is retried', async () => {
    const store = keyedStore([new Error('disk full')]);
    await expect(processJob(job(good), ctx(store))).rejects.toThrow('disk full');
    expect((await store.stats()).ledger.failed).toBe(0);
  });

  it('writes a failed ledger row (NG_E072) for every item when the last attempt fails', async () => {
    const store = keyedStore([new Error('disk full')]);
    await expect(processJob(job(good, { attemptsMade: 2 }), ctx(store))).rejects.toThrow('disk full');
    const rows = await store.ledger({ status: 'failed' });
    expect(rows.map((r) => [r.origin, r.code, r.articleId])).toEqual([
      ['c.txt', 'NG_E072', article(2).id], ['b.jpg', 'NG_E072', null], ['a.txt', 'NG_E072', article(1).id],
    ]);
    expect(rows[0]!.reason).toMatch(/job j1 failed 3 time\(s\), last: disk full; it is on the dead-letter list/);
  });
});
