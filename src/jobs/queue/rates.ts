// Per-minute counters of what the workers did, kept in Redis for an hour, so that
// `newsgraph jobs` can show rates over the last 1, 5 and 15 minutes from any machine.
import type { Redis } from 'ioredis';

export const RATE_FIELDS = ['jobs', 'articles', 'ok', 'duplicate', 'skipped', 'failed'] as const;
export type RateField = (typeof RATE_FIELDS)[number];
export type Counts = Record<RateField, number>;

const KEEP_SECONDS = 3600;

const minuteOf = (ms: number): number => Math.floor(ms / 60_000);
const keyOf = (prefix: string, queue: string, minute: number): string => `${prefix}:${queue}:newsgraph:rate:${minute}`;

/** Adds `counts` to the current minute's bucket. Best effort: a Redis outage loses a count, never a job. */
export async function recordRates(redis: Redis, prefix: string, queue: string, counts: Partial<Counts>, now = Date.now()): Promise<void> {
  const key = keyOf(prefix, queue, minuteOf(now));
  const multi = redis.multi();
  for (const [field, n] of Object.entries(counts)) if (n) multi.hincrby(key, field, n);
  multi.expire(key, KEEP_SECONDS);
  await multi.exec().catch(() => undefined);
}

/** Totals over the last `minutes` whole minutes plus the current one. */
export async function readRates(redis: Redis, prefix: string, queue: string, minutes: number, now = Date.now()): Promise<Counts> {
  const current = minuteOf(now);
  const pipeline = redis.pipeline();
  for (let m = current - minutes; m <= current; m++) pipeline.hgetall(keyOf(prefix, queue, m));
  const sum = Object.fromEntries(RATE_FIELDS.map((f) => [f, 0])) as Counts;
  for (const [, bucket] of (await pipeline.exec()) ?? []) {
    for (const f of RATE_FIELDS) sum[f] += Number((bucket as Record<string, string> | null)?.[f] ?? 0);
  }
  return sum;
}
