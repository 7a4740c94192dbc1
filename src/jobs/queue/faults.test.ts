// Fault tests on loopback, with real worker processes: a worker killed with SIGKILL in the
// middle of a batch, and Redis or PostgreSQL stopped for a few seconds. Every article must
// end up stored exactly once, with one ledger row, and nothing on the dead-letter list.
// Outages use private servers on their own ports; the shared ones are never stopped.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../sources/read-inputs.js';
import { openPgStore } from '../../store/postgres/pg-store.js';
import { createTestDatabase, testPgAvailable, type TestDatabase } from '../../store/postgres/pg-test-db.js';
import { ensureBuilt } from '../testing/built.js';
import { findInitdb, privatePostgres, privateRedis, type PrivateServer } from '../testing/private-services.js';
import { drained, spawnWorker, storedCounts, writeCorpus, type WorkerProcess } from '../testing/worker-process.js';
import { checkRedis, DEFAULT_REDIS } from './connection.js';
import { enqueueItems } from './enqueue-inputs.js';
import { openQueue } from './ingest-queue.js';

const REDIS = process.env.NEWSGRAPH_TEST_REDIS || DEFAULT_REDIS;
const available = (await checkRedis(REDIS).then(() => true, () => false)) && (await testPgAvailable());
if (!available && process.env.CI) throw new Error(`fault tests need Redis at ${REDIS} and PostgreSQL; .ci/run should start them`);
const canInitdb = findInitdb() !== null;

const ARTICLES = 600;
const BATCH = 10;
const JOBS = ARTICLES / BATCH;
const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-faults-'));
let shared: TestDatabase;

beforeAll(async () => {
  if (!available) return;
  ensureBuilt();
  shared = await createTestDatabase();
  await (await openPgStore({ url: shared.url })).close();
});
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await shared?.drop();
});

/** Enqueues ARTICLES fresh articles on a new queue at `redis`; returns the queue name. */
async function fill(redis: string): Promise<string> {
  const name = `newsgraph-fault-${randomBytes(4).toString('hex')}`;
  const corpus = await writeCorpus(join(tmp, `${name}.ndjson`), ARTICLES);
  const queue = openQueue(redis, name);
  const s = await enqueueItems(queue, readInputs([corpus]), BATCH);
  await queue.close();
  expect(s).toMatchObject({ articles: ARTICLES, jobs: JOBS });
  return name;
}

const workerArgs = (redis: string, queue: string, db: string) =>
  ['--redis', redis, '--queue', queue, '--db', db, '--concurrency', '1', '--lock-ms', '2000', '--db-wait', '120'];

/** Waits until the workers have drained the queue, stops them, and checks exactly-once storage. */
async function expectExactlyOnce(redis: string, queue: string, db: string, workers: WorkerProcess[], before: Awaited<ReturnType<typeof storedCounts>>) {
  const q = openQueue(redis, queue);
  try {
    const counts = await drained(q, JOBS, 150_000);
    expect(counts).toMatchObject({ completed: JOBS, failed: 0 });
    await q.obliterate({ force: true });
  } finally {
    await q.close();
  }
  for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGTERM');
  const after = await storedCounts(db);
  expect(after.articles.n - before.articles.n).toBe(ARTICLES);
  expect(after.articles.d).toBe(after.articles.n);
  expect((after.ledger.ok ?? 0) - (before.ledger.ok ?? 0)).toBe(ARTICLES);
  expect(after.ledgerOkIds - before.ledgerOkIds).toBe(ARTICLES);
  expect(after.ledger.duplicate ?? 0).toBe(before.ledger.duplicate ?? 0);
  expect(after.ledger.failed ?? 0).toBe(before.ledger.failed ?? 0);
  for (const w of workers) expect([0, null]).toContain(await w.exited);
}

/** Resolves once `w` has finished `n` jobs: the outage then hits the middle of the run. */
async function midRun(w: WorkerProcess, n = 3): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (w.lines.filter((l) => /^job \S+ done/.test(l)).length < n) {
    if (Date.now() > deadline || w.child.exitCode !== null) throw new Error(`worker did not finish ${n} jobs:\n${w.lines.join('\n')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.runIf(available)('faults on loopback', () => {
  it('loses nothing and stores nothing twice when a worker is killed with SIGKILL in the middle of a batch', async () => {
    const queue = await fill(REDIS);
    const before = await storedCounts(shared.url);
    const a = spawnWorker(workerArgs(REDIS, queue, shared.url));
    const b = spawnWorker(workerArgs(REDIS, queue, shared.url));
    await midRun(a, 2);
    const from = a.lines.length;
    const started = await a.waitFor(/^job \S+ started/, 60_000, from);
    a.child.kill('SIGKILL');
    expect(await a.exited).toBeNull();
    const killedJob = started.split(' ')[1]!;
    // The killed job's lock expires (2 s) and b (or a fresh worker) runs it again.
    const c = spawnWorker(workerArgs(REDIS, queue, shared.url));
    await expectExactlyOnce(REDIS, queue, shared.url, [b, c], before);
    expect([...b.lines, ...c.lines].some((l) => l.startsWith(`job ${killedJob} done`))).toBe(true);
  }, 240_000);

  it('waits while Redis is stopped for a few seconds, then resumes without loss', async () => {
    const redis = await privateRedis();
    try {
      const queue = await fill(redis.url);
      const before = await storedCounts(shared.url);
      const w = spawnWorker(workerArgs(redis.url, queue, shared.url));
      await midRun(w);
      await redis.stop();
      await new Promise((r) => setTimeout(r, 3000));
      await redis.start();
      await expectExactlyOnce(redis.url, queue, shared.url, [w], before);
      expect(w.lines.some((l) => /NG_E070 .*waiting for Redis to come back/.test(l))).toBe(true);
    } finally {
      await redis.destroy();
    }
  }, 240_000);

  // Failed once in six full-suite runs: 1 job stayed active and 56 waited for 150 s after the
  // restart. Suspected cause: a query on a half-open socket that never returned; the pool now has
  // a client-side query timeout (pg-connect.ts), which turns that into a retried transient error.
  // Not proven by a reproduction, so the one retry stays.
  it.runIf(canInitdb)('waits while PostgreSQL is stopped for a few seconds, then resumes without loss', { retry: 1, timeout: 240_000 }, async () => {
    let server: PrivateServer | null = null;
    try {
      server = await privatePostgres();
      const db = server.url.replace(/\/postgres$/, '/newsgraph');
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      await admin.query('CREATE DATABASE newsgraph');
      await admin.end();
      await (await openPgStore({ url: db })).close();
      const queue = await fill(REDIS);
      const before = await storedCounts(db);
      const w = spawnWorker(workerArgs(REDIS, queue, db));
      await midRun(w);
      await server.stop();
      await new Promise((r) => setTimeout(r, 3000));
      await server.start();
      await expectExactlyOnce(REDIS, queue, db, [w], before);
      expect(w.lines.some((l) => /database .* unreachable .*retrying/.test(l))).toBe(true);
    } finally {
      await server?.destroy();
    }
  });
});
