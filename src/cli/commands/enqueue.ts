// `newsgraph enqueue PATH...|--feed URL`: put articles on the job queue for the workers.
import { NewsgraphError } from '../../errors.js';
import { checkRedis, DEFAULT_QUEUE, resolveRedisUrl } from '../../jobs/queue/connection.js';
import { enqueueItems, feedItems } from '../../jobs/queue/enqueue-inputs.js';
import { openQueue } from '../../jobs/queue/ingest-queue.js';
import { MAX_ITEMS } from '../../jobs/queue/payload.js';
import type { SourceItem } from '../../sources/article.js';
import { readInputs } from '../../sources/read-inputs.js';
import { redactUrl } from '../../store/postgres/pg-connect.js';
import { int, isoDate, parse, str } from '../args.js';
import type { Command } from '../command.js';

export const enqueue: Command = {
  name: 'enqueue',
  summary: 'put articles on the job queue (Redis) for workers to extract and store',
  usage: `newsgraph enqueue PATH... | --feed URL [--redis URL] [--queue NAME] [--batch N] [--date YYYY-MM-DD]

Reads files and folders (as 'ingest' does) or fetches a feed, and puts the articles on a
BullMQ queue in Redis, N per job. 'newsgraph worker' processes them. Inputs that are not
articles travel with the jobs, so the workers' ledger lists them too.
  --redis URL   Redis (default: $NEWSGRAPH_REDIS or redis://127.0.0.1:6379)
  --queue NAME  queue name (default: ${DEFAULT_QUEUE})
  --feed URL    fetch an RSS, Atom or JSON feed (repeatable)
  --batch N     articles per job, 1..${MAX_ITEMS} (default 25)
  --date D      publication date for plain-text files that have none
Prints what Redis accepted; an accepted article is never lost while Redis keeps its data.`,
  async run(argv, io) {
    const p = parse('enqueue', argv, {
      redis: { type: 'string' }, queue: { type: 'string' }, feed: { type: 'string', multiple: true },
      batch: { type: 'string' }, date: { type: 'string' },
    });
    const feeds = (p.values.feed as string[] | undefined) ?? [];
    if (p.positionals.length === 0 && feeds.length === 0) {
      throw new NewsgraphError('NG_E001', 'enqueue: no input given', { hint: "name files or folders, or --feed URL, e.g. 'newsgraph enqueue examples/'" });
    }
    const date = isoDate(p, 'date');
    const batch = int(p, 'batch', 25, MAX_ITEMS);
    const url = resolveRedisUrl(str(p, 'redis'));
    const { warning } = await checkRedis(url);
    if (warning) io.err(warning);
    const queue = openQueue(url, str(p, 'queue') ?? DEFAULT_QUEUE);
    try {
      const s = await enqueueItems(queue, inputs(p.positionals, feeds, date), batch);
      io.out(`enqueued ${s.articles} article(s) in ${s.jobs} job(s) (${s.skipped} skipped, ${s.failed} failed inputs travel with them) → ${queue.name} at ${redactUrl(url)}`);
      return 0;
    } finally {
      await queue.close();
    }
  },
};

async function* inputs(paths: string[], feeds: string[], date: string | undefined): AsyncGenerator<SourceItem> {
  if (paths.length > 0) yield* readInputs(paths, { date });
  for (const feed of feeds) yield* feedItems(feed, { date });
}
