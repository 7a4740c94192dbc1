// What `newsgraph jobs` shows: queue depth by state, connected workers, rates over the last
// 1/5/15 minutes, and the dead-letter list (failed jobs, with their reasons).
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { PREFIX } from './ingest-queue.js';
import { readRates, type Counts } from './rates.js';

const STATES = ['waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed'] as const;

export interface DeadLetter {
  id: string;
  attempts: number;
  items: number;
  failedAt: string | null;
  reason: string;
}

export interface QueueStatus {
  queue: string;
  counts: Record<(typeof STATES)[number], number>;
  /** Jobs not yet done: waiting, prioritized, delayed and active. */
  depth: number;
  workers: number;
  /** Counts over the last 1, 5 and 15 whole minutes plus the current one, and the seconds
   * they span. */
  rates: Record<'1m' | '5m' | '15m', Counts & { seconds: number }>;
  deadLetters: DeadLetter[];
}

export async function queueStatus(queue: Queue, side: Redis, deadLimit: number): Promise<QueueStatus> {
  const counts = (await queue.getJobCounts(...STATES)) as QueueStatus['counts'];
  const failed = deadLimit > 0 ? await queue.getFailed(0, deadLimit - 1) : [];
  const now = Date.now();
  // "Last m minutes" is m whole minutes plus the current one, so that it always covers at
  // least the last m minutes: just after a minute turns, the current bucket alone is empty.
  const seconds = (m: number) => m * 60 + (now % 60_000) / 1000;
  const [m1, m5, m15] = await Promise.all(
    [1, 5, 15].map(async (m) => ({ ...(await readRates(side, PREFIX, queue.name, m, now)), seconds: seconds(m) })),
  );
  return {
    queue: queue.name,
    counts,
    depth: counts.waiting + counts.prioritized + counts.delayed + counts.active,
    workers: await queue.getWorkersCount(),
    rates: { '1m': m1!, '5m': m5!, '15m': m15! },
    deadLetters: failed.filter(Boolean).map((j) => ({
      id: String(j.id),
      attempts: j.attemptsMade,
      items: Array.isArray((j.data as { items?: unknown[] })?.items) ? (j.data as { items: unknown[] }).items.length : 0,
      failedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
      reason: j.failedReason ?? '',
    })),
  };
}

/** Puts every job of the dead-letter list back in the queue; returns how many. */
export async function retryFailed(queue: Queue): Promise<number> {
  let n = 0;
  for (;;) {
    const jobs = (await queue.getFailed(0, 99)).filter(Boolean);
    if (jobs.length === 0) return n;
    for (const job of jobs) await job.retry('failed');
    n += jobs.length;
  }
}

/** The status as lines for a terminal. */
export function formatStatus(s: QueueStatus): string[] {
  const c = s.counts;
  const rate = (label: '1m' | '5m' | '15m') => {
    const r = s.rates[label];
    const perSecond = (n: number) => (n / Math.max(1, r.seconds)).toFixed(1);
    return `  last ${label.padEnd(3)}  ${perSecond(r.articles).padStart(7)} articles/s  ${perSecond(r.jobs).padStart(6)} jobs/s  (${r.ok} new, ${r.duplicate} duplicate, ${r.failed} failed)`;
  };
  return [
    `queue ${s.queue}: ${s.depth} job(s) to do (${c.waiting} waiting, ${c.prioritized} prioritized, ${c.delayed} delayed for retry, ${c.active} active), ${s.workers} worker connection(s)`,
    `done: ${c.completed} completed (recent ones kept), ${c.failed} on the dead-letter list`,
    rate('1m'), rate('5m'), rate('15m'),
    ...(s.deadLetters.length > 0 ? ['dead-letter list (newest first; retry with --retry-failed):'] : []),
    ...s.deadLetters.map((d) => `  job ${d.id}  ${d.items} item(s)  ${d.attempts} attempt(s)  ${d.failedAt ?? ''}  ${d.reason}`),
  ];
}
