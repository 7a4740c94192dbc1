// `newsgraph jobs`: the queue's depth, workers, rates and dead-letter list.
import { DEFAULT_QUEUE, checkRedis, resolveRedisUrl, sideClient } from '../../jobs/queue/connection.js';
import { openQueue } from '../../jobs/queue/ingest-queue.js';
import { formatStatus, queueStatus, retryFailed } from '../../jobs/queue/queue-status.js';
import { int, oneOf, parse, str } from '../args.js';
import type { Command } from '../command.js';

export const jobs: Command = {
  name: 'jobs',
  summary: 'show the job queue: depth, workers, rates, failures',
  usage: `newsgraph jobs [--redis URL] [--queue NAME] [--failed N] [--format text|json] [--retry-failed]

Shows how many jobs wait, run or wait for a retry, how many worker connections there are,
articles and jobs per second over the last 1, 5 and 15 minutes, and the newest N jobs of
the dead-letter list with their reasons (their articles are also 'failed' in the ledger).
  --failed N       dead-letter jobs to list (default 10, 0 for none)
  --retry-failed   put every dead-letter job back in the queue`,
  async run(argv, io) {
    const p = parse('jobs', argv, {
      redis: { type: 'string' }, queue: { type: 'string' }, failed: { type: 'string' }, format: { type: 'string' },
      'retry-failed': { type: 'boolean' },
    });
    const format = oneOf(p, 'format', ['text', 'json'] as const, 'text');
    const deadLimit = str(p, 'failed') === '0' ? 0 : int(p, 'failed', 10, 1000);
    const url = resolveRedisUrl(str(p, 'redis'));
    await checkRedis(url);
    const queue = openQueue(url, str(p, 'queue') ?? DEFAULT_QUEUE);
    const side = sideClient(url);
    try {
      if (p.values['retry-failed'] === true) io.err(`put ${await retryFailed(queue)} dead-letter job(s) back in the queue`);
      const status = await queueStatus(queue, side, deadLimit);
      if (format === 'json') io.out(JSON.stringify(status));
      else for (const line of formatStatus(status)) io.out(line);
      return 0;
    } finally {
      side.disconnect();
      await queue.close();
    }
  },
};
