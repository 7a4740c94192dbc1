// A queue worker process: checks Redis and the database at start-up, takes jobs until told
// to stop, and stops gracefully (SIGTERM: finish the active jobs; a second one: give them
// back to the queue now). A worker killed outright loses nothing: its job's lock expires
// and another worker runs it again, and the job's keyed write makes that harmless.
import { hostname } from 'node:os';
import { Job, Worker, WaitingError, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { createEngine } from '../../engine.js';
import { openStore } from '../../store/open-store.js';
import { redactUrl } from '../../store/postgres/pg-connect.js';
import type { Store } from '../../store/store.js';
import type { Extractor } from '../batch-item.js';
import { ExtractPool } from '../pool/extract-pool.js';
import { checkRedis, queueConnection, sideClient } from './connection.js';
import { openQueue, PREFIX } from './ingest-queue.js';
import { throttled } from './log-throttle.js';
import { GiveBack, deadLetter, processJob, type JobContext, type JobOutcome } from './process-job.js';
import { payloadProblem, type JobPayload } from './payload.js';
import { recordRates } from './rates.js';

export interface WorkerSettings {
  redisUrl: string;
  db: string;
  queue: string;
  /** Jobs at once in this process (they overlap database writes with extraction). */
  concurrency: number;
  /** Extraction threads; 1 extracts in the process itself. */
  threads: number;
  /** How long a job stays locked to a worker that stopped answering (default 30 s). */
  lockMs: number;
  /** How long a job waits for an unreachable database before the attempt fails. */
  dbWaitMs: number;
  log: (line: string) => void;
  verbose: boolean;
}

export interface RunningWorker {
  /** First call: finish active jobs, then close. Second call: give active jobs back now. */
  stop(): void;
  /** Resolves once the worker has closed. */
  closed: Promise<void>;
}

interface Parts {
  store: Store;
  extractor: Extractor;
  side: Redis;
  queue: Queue;
}

/** Starts a worker; throws NG_E070 / NG_E030 at once when Redis or the database cannot be reached. */
export async function startWorker(s: WorkerSettings): Promise<RunningWorker> {
  const { warning } = await checkRedis(s.redisUrl);
  if (warning) s.log(warning);
  const store = await openStore(s.db);
  const extractor = await startExtractor(s.threads).catch(async (e: unknown) => {
    await store.close();
    throw e;
  });
  const parts: Parts = { store, extractor, side: sideClient(s.redisUrl), queue: openQueue(s.redisUrl, s.queue) };
  let giveBack = false;
  const ctx: JobContext = {
    store, extractor, giveBack: () => giveBack,
    retry: { maxWaitMs: s.dbWaitMs, onWait: waitLogger(s) },
  };
  const worker = new Worker(s.queue, (job, token) => run(job, token, ctx, s, parts), {
    connection: queueConnection(s.redisUrl), prefix: PREFIX, name: `${hostname()}:${process.pid}`,
    concurrency: s.concurrency, lockDuration: s.lockMs, stalledInterval: Math.max(500, Math.round(s.lockMs / 2)), maxStalledCount: 2,
  });
  watch(worker, s, parts, ctx);
  await worker.waitUntilReady();
  s.log(`worker ${hostname()}:${process.pid} takes jobs from ${s.queue} at ${redactUrl(s.redisUrl)}, writes to ${redactUrl(s.db)}`);
  let stops = 0;
  let closedNow: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => { closedNow = resolve; });
  const stop = (): void => {
    if (stops++ > 0) {
      giveBack = true;
      s.log('stopping now: active jobs go back to the queue');
      return;
    }
    s.log('stopping: finishing the active jobs (stop again to give them back to the queue now)');
    void worker.close().then(() => shutdown(parts)).finally(closedNow);
  };
  return { stop, closed };
}

async function startExtractor(threads: number): Promise<Extractor> {
  return threads > 1 ? ExtractPool.start({ threads }) : createEngine();
}

async function run(job: Job, token: string | undefined, ctx: JobContext, s: WorkerSettings, parts: Parts): Promise<JobOutcome> {
  const items = Array.isArray((job.data as JobPayload)?.items) ? (job.data as JobPayload).items : [];
  const count = items.length;
  const articles = items.filter((i) => i?.kind === 'article').length;
  if (s.verbose) s.log(`job ${job.id} started (${count} items, attempt ${job.attemptsMade + 1})`);
  try {
    const outcome = await processJob(job, ctx);
    const { ok, duplicate, skipped, failed } = outcome;
    if (s.verbose) s.log(`job ${job.id} done: ${ok} ok, ${duplicate} duplicate, ${skipped} skipped, ${failed} failed${outcome.replayed ? ' (already saved by an earlier run)' : ''}`);
    await recordRates(parts.side, PREFIX, s.queue, { jobs: 1, articles, ok, duplicate, skipped, failed });
    return outcome;
  } catch (e) {
    if (!(e instanceof GiveBack)) throw e;
    await job.moveToWait(token);
    throw new WaitingError();
  }
}

function watch(worker: Worker, s: WorkerSettings, parts: Parts, ctx: JobContext): void {
  const log = throttled(s.log);
  worker.on('error', (e) => log(`NG_E070 ${redactUrl(s.redisUrl)}: job queue connection: ${(e as Error).message}; waiting for Redis to come back`));
  worker.on('failed', (job, e) => {
    if (!job || e instanceof WaitingError || e.name === 'WaitingError') return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1) || e.name === 'UnrecoverableError';
    s.log(`job ${job.id} failed (attempt ${job.attemptsMade}): ${e.message}${final ? ' → dead-letter list' : '; it will be retried'}`);
  });
  // A job whose workers keep dying is failed by BullMQ's stall check, not by a processor:
  // its ledger rows are written here.
  worker.on('stalled', (jobId) => {
    void (async () => {
      const job = await Job.fromId(parts.queue, jobId);
      if (!job || (await job.getState()) !== 'failed' || payloadProblem(job.data) !== null) return;
      s.log(`job ${jobId} stalled too often → dead-letter list`);
      await deadLetter(job, job.data as JobPayload, new Error(job.failedReason || 'stalled'), ctx);
    })().catch(() => undefined);
  });
}

function waitLogger(s: WorkerSettings): (e: unknown, delayMs: number) => void {
  const log = throttled(s.log, 5000);
  return (e, delay) => {
    const cause = (e as { code?: string }).code ?? (e as Error).message;
    log(`database ${redactUrl(s.db)} unreachable (${cause}); the job keeps its lock, retrying every ${Math.round(delay / 1000) || 1} s`);
  };
}

async function shutdown(p: Parts): Promise<void> {
  await p.queue.close().catch(() => undefined);
  p.side.disconnect();
  if (!('pipeline' in p.extractor)) await p.extractor.close();
  await p.store.close();
}
