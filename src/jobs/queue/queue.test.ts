// The queue end to end on the shared Redis (a queue of its own per run) and a fresh
// PostgreSQL database: enqueue, work, status, dead letters, start-up errors, SIGTERM.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import { createTestDatabase, testPgAvailable, type TestDatabase } from '../../store/postgres/pg-test-db.js';
import { openPgStore } from '../../store/postgres/pg-store.js';
import { ensureBuilt, REPO } from '../testing/built.js';
import { drained, spawnWorker, storedCounts, writeCorpus } from '../testing/worker-process.js';
import { checkRedis, DEFAULT_REDIS, sideClient } from './connection.js';
import { JOB_NAME, openQueue } from './ingest-queue.js';
import { queueStatus } from './queue-status.js';
import { startWorker, type RunningWorker } from './run-worker.js';

const REDIS = process.env.NEWSGRAPH_TEST_REDIS || DEFAULT_REDIS;
const redisUp = await checkRedis(REDIS).then(() => true, () => false);
const pgUp = await testPgAvailable();
const available = redisUp && pgUp;
if (!available && process.env.CI) throw new Error(`queue tests need Redis at ${REDIS} and PostgreSQL; .ci/run should start them`);
if (!available) console.warn('skipping queue tests: Redis or PostgreSQL is not running (see docs/scale-out.md)');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false });
  return { code, out, err };
}

const newQueue = () => `newsgraph-test-${randomBytes(4).toString('hex')}`;
const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-q-'));
let db: TestDatabase;
let feedServer: Server;
let feedUrl: string;

beforeAll(async () => {
  if (!available) return;
  ensureBuilt();
  db = await createTestDatabase();
  await (await openPgStore({ url: db.url })).close();
  const rss = readFileSync(join(REPO, 'src/sources/fixtures/gull-times.rss'));
  feedServer = createServer((req, res) => {
    if (req.url === '/news/rss') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => feedServer.listen(0, '127.0.0.1', () => r()));
  feedUrl = `http://127.0.0.1:${(feedServer.address() as { port: number }).port}/news/rss`;
});

afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  feedServer?.close();
  await db?.drop();
});

async function withQueue<T>(fn: (name: string) => Promise<T>): Promise<T> {
  const name = newQueue();
  try {
    return await fn(name);
  } finally {
    const q = openQueue(REDIS, name);
    await q.obliterate({ force: true }).catch(() => undefined);
    await q.close();
  }
}

async function inProcessWorker(queue: string, log: string[] = []): Promise<RunningWorker> {
  return startWorker({ redisUrl: REDIS, db: db.url, queue, concurrency: 2, threads: 1, lockMs: 30_000, dbWaitMs: 5000, log: (l) => log.push(l), verbose: true });
}

describe.runIf(available)('the job queue', () => {
  it('stores every enqueued article once and reports the queue with `jobs`', async () => {
    await withQueue(async (queue) => {
      const corpus = await writeCorpus(join(tmp, 'a.ndjson'), 60);
      const enq = await run('enqueue', corpus, join(REPO, 'examples'), '--redis', REDIS, '--queue', queue, '--batch', '7', '--feed', feedUrl);
      expect(enq.code).toBe(0);
      expect(enq.out[0]).toMatch(/^enqueued 76 article\(s\) in 11 job\(s\)/);
      const before = await storedCounts(db.url);
      const worker = await inProcessWorker(queue);
      const q = openQueue(REDIS, queue);
      await drained(q, 11);
      await q.close();
      worker.stop();
      await worker.closed;
      const after = await storedCounts(db.url);
      expect(after.articles.n - before.articles.n).toBe(76);
      const status = JSON.parse((await run('jobs', '--redis', REDIS, '--queue', queue, '--format', 'json')).out[0]!);
      expect(status).toMatchObject({ depth: 0, counts: { completed: 11, failed: 0 }, rates: { '1m': { jobs: 11, articles: 76, ok: 76 } } });
      const text = await run('jobs', '--redis', REDIS, '--queue', queue);
      expect(text.out.join('\n')).toMatch(/0 job\(s\) to do .* 11 completed/s);
    });
  });

  it('dead-letters a malformed job with its reason, visible in `jobs` and in the ledger', async () => {
    await withQueue(async (queue) => {
      const q = openQueue(REDIS, queue);
      await q.add(JOB_NAME, { items: 'not a list' }, { jobId: 'bad-1' });
      const worker = await inProcessWorker(queue);
      await drained(q, 1);
      worker.stop();
      await worker.closed;
      const side = sideClient(REDIS);
      const status = await queueStatus(q, side, 10);
      side.disconnect();
      await q.close();
      expect(status.counts.failed).toBe(1);
      expect(status.deadLetters[0]).toMatchObject({ id: 'bad-1', attempts: 1, reason: expect.stringMatching(/^NG_E071 job bad-1: expected \{v: 1/) });
      const store = await openPgStore({ url: db.url });
      const rows = await store.ledger({ status: 'failed' });
      await store.close();
      expect(rows.find((r) => r.origin === 'job:bad-1')).toMatchObject({ code: 'NG_E071', reason: expect.stringContaining('fix the producer') });
    });
  });

  it('finishes the active job on SIGTERM, then exits 0', async () => {
    await withQueue(async (queue) => {
      const corpus = await writeCorpus(join(tmp, 'a.ndjson'), 200);
      expect((await run('enqueue', corpus, '--redis', REDIS, '--queue', queue, '--batch', '100')).code).toBe(0);
      const w = spawnWorker(['--redis', REDIS, '--queue', queue, '--db', db.url, '--concurrency', '1']);
      const started = await w.waitFor(/^job \S+ started/, 45_000);
      w.child.kill('SIGTERM');
      await w.waitFor(/^stopping: finishing/, 10_000);
      expect(await w.exited).toBe(0);
      const jobId = started.split(' ')[1];
      expect(w.lines, w.lines.join('\n')).toContain(`job ${jobId} done: 100 ok, 0 duplicate, 0 skipped, 0 failed`);
      const q = openQueue(REDIS, queue);
      expect(await q.getJobState(jobId!)).toBe('completed');
      expect(await q.getJobCounts('waiting', 'active')).toEqual({ waiting: 1, active: 0 });
      await q.close();
    });
  }, 120_000);

  it('gives the active job back to the queue on a second SIGTERM, without counting an attempt', async () => {
    await withQueue(async (queue) => {
      const corpus = await writeCorpus(join(tmp, 'a.ndjson'), 200);
      expect((await run('enqueue', corpus, '--redis', REDIS, '--queue', queue, '--batch', '200')).code).toBe(0);
      const w = spawnWorker(['--redis', REDIS, '--queue', queue, '--db', db.url, '--concurrency', '1']);
      const started = await w.waitFor(/^job \S+ started/, 45_000);
      w.child.kill('SIGTERM');
      await w.waitFor(/^stopping: finishing/, 10_000);
      w.child.kill('SIGTERM');
      expect(await w.exited).toBe(0);
      expect(w.lines).toContain('stopping now: active jobs go back to the queue');
      const q = openQueue(REDIS, queue);
      const job = await q.getJob(started.split(' ')[1]!);
      expect(await job!.getState()).toBe('waiting');
      expect(job!.attemptsMade).toBe(0);
      await q.close();
    });
  }, 120_000);

  it.each([
    ['an unreachable Redis (worker)', () => ['worker', '--redis', 'redis://127.0.0.1:1', '--db', db.url], 4, /^NG_E070 redis:\/\/127\.0\.0\.1:1: cannot reach Redis/],
    ['an unreachable Redis (enqueue)', () => ['enqueue', 'examples', '--redis', 'redis://:pw@127.0.0.1:1'], 4, /^NG_E070 redis:\/\/:\*\*\*@127\.0\.0\.1:1/],
    ['a Redis URL that is not one', () => ['jobs', '--redis', 'localhost:6379'], 4, /^NG_E070 --redis expects a URL/],
    ['an unreachable PostgreSQL', () => ['worker', '--redis', REDIS, '--db', 'postgres://u:secret@127.0.0.1:1/news'], 4, /^NG_E030 postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/news: cannot open/],
    ['no input', () => ['enqueue', '--redis', REDIS], 2, /^NG_E001 enqueue: no input/],
    ['a feed that cannot be fetched', () => ['enqueue', '--feed', 'http://127.0.0.1:1/rss.xml', '--redis', REDIS, '--queue', newQueue()], 3, /^NG_E074 http:\/\/127\.0\.0\.1:1\/rss\.xml: expected a feed/],
  ])('fails at start-up, at once and clearly, on %s', async (_, argv, code, message) => {
    const started = Date.now();
    const r = await run(...argv());
    expect(r.code).toBe(code);
    expect(r.err.at(-1)).toMatch(message);
    expect(r.err.join('\n')).not.toContain('secret');
    expect(Date.now() - started).toBeLessThan(8000);
  });
});
