// The ingest queue's one definition: its job options (retries with backoff, completed jobs
// trimmed, failed jobs kept as the dead-letter list) and how a producer opens it.
import { Queue, type JobsOptions } from 'bullmq';
import { queueConnection } from './connection.js';

export const JOB_NAME = 'articles';
/** BullMQ's default key prefix; the rate counters live under it too. */
export const PREFIX = 'bull';

export const JOB_OPTIONS: JobsOptions = {
  // 5 attempts, 2 s, 4 s, 8 s, 16 s apart: rides out a worker crash or a short database
  // outage longer than the worker's own wait (--db-wait).
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { count: 10_000, age: 24 * 3600 },
  // Failed jobs stay: they are the dead-letter list that `newsgraph jobs` shows.
  removeOnFail: false,
};

export function openQueue(redisUrl: string, name: string): Queue {
  return new Queue(name, { connection: queueConnection(redisUrl), prefix: PREFIX, defaultJobOptions: JOB_OPTIONS });
}
