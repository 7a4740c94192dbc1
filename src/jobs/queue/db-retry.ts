// Waiting out a database outage inside a job: the job keeps its lock (BullMQ renews it)
// and the write is retried with backoff, so a PostgreSQL restart costs time, not attempts.
import { isTransientPgError } from '../../store/postgres/pg-connect.js';

export interface RetryOptions {
  /** Give up (and let the job fail this attempt) after this long; default 10 minutes. */
  maxWaitMs?: number;
  /** Told once per failed try, with the delay before the next. */
  onWait?: (error: unknown, delayMs: number) => void;
  /** Stops waiting early (shutdown): the last error is thrown. */
  stopped?: () => boolean;
}

const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 5000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `fn`, retrying while it fails with a transient database error. */
export async function withDbRetry<T>(fn: () => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const maxWait = opts.maxWaitMs ?? 600_000;
  const started = Date.now();
  for (let delay = FIRST_DELAY_MS; ; delay = Math.min(delay * 2, MAX_DELAY_MS)) {
    try {
      return await fn();
    } catch (e) {
      if (!isTransientPgError(e) || Date.now() - started + delay > maxWait || opts.stopped?.()) throw e;
      opts.onWait?.(e, delay);
      await sleep(delay);
    }
  }
}
