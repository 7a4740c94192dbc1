// `newsgraph worker`: take jobs from the queue, extract, and write to the database, until
// SIGTERM or SIGINT (the first finishes the active jobs, a second gives them back).
import { availableParallelism } from 'node:os';
import { DEFAULT_QUEUE, resolveRedisUrl } from '../../jobs/queue/connection.js';
import { startWorker } from '../../jobs/queue/run-worker.js';
import { resolveDbLocation } from '../../store/open-store.js';
import { int, parse, str } from '../args.js';
import type { Command } from '../command.js';

export const worker: Command = {
  name: 'worker',
  summary: 'process queued articles (run one per core, on any number of machines)',
  usage: `newsgraph worker [--db URL] [--redis URL] [--queue NAME] [--concurrency N] [--threads N]
                 [--lock-ms MS] [--db-wait S] [--verbose]

Takes jobs from the queue that 'newsgraph enqueue' fills, extracts their articles and writes
them to the database, each job once. Run as many as you like, on as many machines; each
uses one core (or --threads). Stops on SIGTERM/SIGINT after finishing its active jobs; a
second signal gives them back to the queue at once. A failing job is retried with backoff
and after 5 attempts goes to the dead-letter list ('newsgraph jobs') and the ledger.
  --db URL         postgres://user@host:port/db (default: $NEWSGRAPH_DB; SQLite works on one machine)
  --redis URL      Redis (default: $NEWSGRAPH_REDIS or redis://127.0.0.1:6379)
  --queue NAME     queue name (default: ${DEFAULT_QUEUE})
  --concurrency N  jobs at once, overlapping database writes with extraction (default 2)
  --threads N      extraction threads in this process (default 1; here ${availableParallelism()} cores)
  --lock-ms MS     after this long without a sign of life, a job goes to another worker (default 30000)
  --db-wait S      seconds a job waits for an unreachable database before its attempt fails (default 600)
  --verbose        a line per job`,
  async run(argv, io) {
    const p = parse('worker', argv, {
      db: { type: 'string' }, redis: { type: 'string' }, queue: { type: 'string' }, concurrency: { type: 'string' },
      threads: { type: 'string' }, 'lock-ms': { type: 'string' }, 'db-wait': { type: 'string' }, verbose: { type: 'boolean' },
    });
    const running = await startWorker({
      redisUrl: resolveRedisUrl(str(p, 'redis')),
      db: resolveDbLocation(str(p, 'db')),
      queue: str(p, 'queue') ?? DEFAULT_QUEUE,
      concurrency: int(p, 'concurrency', 2, 64),
      threads: int(p, 'threads', 1, 256),
      lockMs: int(p, 'lock-ms', 30_000, 3_600_000),
      dbWaitMs: int(p, 'db-wait', 600, 86_400) * 1000,
      log: io.err,
      verbose: p.values.verbose === true,
    });
    const onSignal = () => running.stop();
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    try {
      await running.closed;
    } finally {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
    }
    io.err('worker stopped');
    return 0;
  },
};
