// What a queue worker does with one job: validate the payload, extract every article, and
// save the batch once (keyed by the job, so a job run twice is stored once). A malformed
// payload, or a job whose last attempt fails, is written to the ledger as failed.
import { UnrecoverableError } from 'bullmq';
import type { SourceItem } from '../../sources/article.js';
import type { BatchItem, BatchResult, Store } from '../../store/store.js';
import { toBatchItem, readAhead, type Extractor } from '../batch-item.js';
import { mapOrdered } from '../ordered-map.js';
import { withDbRetry, type RetryOptions } from './db-retry.js';
import { payloadProblem, type JobPayload } from './payload.js';

/** The parts of a BullMQ job this needs (tests pass plain objects). */
export interface JobLike {
  id?: string;
  data: unknown;
  timestamp: number;
  attemptsMade: number;
  opts: { attempts?: number };
}

export interface JobContext {
  store: Store;
  extractor: Extractor;
  retry?: RetryOptions;
  /** True when a forced shutdown wants the job given back unfinished. */
  giveBack?: () => boolean;
}

/** Counts of one job; `replayed` when an earlier run of the same job had already saved it. */
export interface JobOutcome {
  ok: number;
  duplicate: number;
  skipped: number;
  failed: number;
  replayed: boolean;
}

/** Thrown between articles when a forced shutdown wants the job back in the queue. */
export class GiveBack extends Error {}

/** A store that can save a batch at most once per key (PostgreSQL). */
interface KeyedStore extends Store {
  saveBatchOnce(key: string, items: readonly BatchItem[]): Promise<BatchResult | null>;
}

const isKeyed = (s: Store): s is KeyedStore => typeof (s as Partial<KeyedStore>).saveBatchOnce === 'function';

/** The key of a job's writes: its id and creation time, unique even if a queue is recreated. */
export const jobKey = (job: JobLike): string => `${job.id ?? '?'}@${job.timestamp}`;

export async function processJob(job: JobLike, ctx: JobContext): Promise<JobOutcome> {
  const problem = payloadProblem(job.data);
  if (problem !== null) {
    const reason = `job ${job.id}: ${problem}; fix the producer (this job is not retried)`;
    await saveOnce(ctx, jobKey(job), [{ kind: 'failed', origin: `job:${job.id}`, code: 'NG_E071', reason }]);
    throw new UnrecoverableError(`NG_E071 ${reason}`);
  }
  const payload = job.data as JobPayload;
  try {
    const items = await extractAll(payload.items, ctx);
    const result = await saveOnce(ctx, jobKey(job), items);
    return result === null
      ? { ok: 0, duplicate: 0, skipped: 0, failed: 0, replayed: true }
      : { ok: result.ok, duplicate: result.duplicate, skipped: result.skipped, failed: result.failed, replayed: false };
  } catch (e) {
    if (!(e instanceof GiveBack) && isLastAttempt(job)) await deadLetter(job, payload, e, ctx).catch(() => undefined);
    throw e;
  }
}

async function extractAll(items: SourceItem[], ctx: JobContext): Promise<BatchItem[]> {
  const out: BatchItem[] = [];
  for await (const item of mapOrdered(items, (i) => toBatchItem(i, ctx.extractor), readAhead(ctx.extractor))) {
    out.push(item);
    // Extraction is synchronous in this thread: let timers run (BullMQ renews the job's
    // lock on one) and signals arrive between articles.
    await new Promise((r) => setImmediate(r));
    if (ctx.giveBack?.()) throw new GiveBack('worker is stopping: the job goes back to the queue');
  }
  return out;
}

function saveOnce(ctx: JobContext, key: string, items: BatchItem[]): Promise<BatchResult | null> {
  const { store } = ctx;
  const stopped = () => ctx.giveBack?.() ?? false;
  return withDbRetry(() => (isKeyed(store) ? store.saveBatchOnce(key, items) : store.saveBatch(items)), { ...ctx.retry, stopped });
}

/** attemptsMade counts the attempts that failed before this one. */
function isLastAttempt(job: JobLike): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/** Ledger rows (failed, NG_E072) for every item of a job that goes to the dead-letter list. */
export async function deadLetter(job: JobLike, payload: JobPayload, error: unknown, ctx: JobContext): Promise<void> {
  const attempts = job.opts.attempts ?? 1;
  const why = error instanceof Error ? error.message : String(error);
  const reason = `job ${job.id} failed ${attempts} time(s), last: ${why}; it is on the dead-letter list ('newsgraph jobs'), retry it with 'newsgraph jobs --retry-failed'`;
  const items: BatchItem[] = payload.items.map((item) => ({
    kind: 'failed', origin: item.origin, code: 'NG_E072', reason,
    ...(item.kind === 'article' ? { articleId: item.article.id } : {}),
  }));
  await saveOnce({ ...ctx, retry: { ...ctx.retry, maxWaitMs: 5000 } }, `${jobKey(job)}:dead:${Date.now()}`, items);
}
