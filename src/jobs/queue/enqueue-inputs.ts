// The producer side: reads files, folders or a feed URL into articles and puts them on the
// queue in batches. An article counts as accepted once Redis has acknowledged its job.
import { randomBytes } from 'node:crypto';
import type { Queue } from 'bullmq';
import { NewsgraphError } from '../../errors.js';
import type { SourceItem } from '../../sources/article.js';
import { isKnownExtension } from '../../sources/detect.js';
import { contextFor, resolveOptions } from '../../sources/options.js';
import { readBytesWith } from '../../sources/read-buffer.js';
import type { ReadOptions } from '../../sources/types.js';
import { JOB_NAME } from './ingest-queue.js';
import { makePayload, MAX_ITEMS } from './payload.js';

export interface EnqueueSummary {
  jobs: number;
  articles: number;
  skipped: number;
  failed: number;
}

// Jobs per round trip to Redis, and characters per job: a job stays well under Redis's
// comfortable value size even when a batch holds a few very long articles.
const JOBS_PER_ADD = 20;
const MAX_JOB_CHARS = 4_000_000;
const FETCH_TIMEOUT_MS = 30_000;

/** Puts `items` on `queue` in jobs of up to `batch` items; returns what was accepted. */
export async function enqueueItems(queue: Queue, items: AsyncIterable<SourceItem>, batch: number): Promise<EnqueueSummary> {
  const size = Math.min(Math.max(1, batch), MAX_ITEMS);
  const run = randomBytes(5).toString('hex');
  const sum: EnqueueSummary = { jobs: 0, articles: 0, skipped: 0, failed: 0 };
  const accepted: EnqueueSummary = { ...sum };
  let pending: SourceItem[] = [];
  let chars = 0;
  let bulk: { name: string; data: unknown; opts: { jobId: string } }[] = [];
  const flushBulk = async (): Promise<void> => {
    if (bulk.length > 0) await queue.addBulk(bulk);
    bulk = [];
    Object.assign(accepted, sum);
  };
  const closeJob = (): void => {
    if (pending.length === 0) return;
    bulk.push({ name: JOB_NAME, data: makePayload(pending), opts: { jobId: `${run}-${String(++sum.jobs).padStart(7, '0')}` } });
    pending = [];
    chars = 0;
  };
  for await (const item of items) {
    pending.push(item);
    if (item.kind === 'article') sum.articles++;
    else sum[item.kind]++;
    chars += item.kind === 'article' ? item.article.text.length : 0;
    if (pending.length >= size || chars >= MAX_JOB_CHARS) closeJob();
    if (bulk.length >= JOBS_PER_ADD) await flushBulk();
  }
  closeJob();
  await flushBulk();
  return accepted;
}

/** The articles of a feed (RSS, Atom, JSON Feed) or page at `url`; NG_E074 when it cannot be fetched. */
export async function* feedItems(url: string, opts: ReadOptions = {}): AsyncGenerator<SourceItem> {
  const settings = resolveOptions(opts);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml, text/html;q=0.5' } });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message;
    throw new NewsgraphError('NG_E074', `${url}: expected a feed, could not fetch it (${cause})`, { hint: 'check the URL and that this machine can reach it' });
  }
  if (!response.ok) {
    throw new NewsgraphError('NG_E074', `${url}: expected a feed, the server answered ${response.status} ${response.statusText}`, { hint: 'check the URL' });
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const name = nameFor(url, response.headers.get('content-type') ?? '');
  yield* readBytesWith(bytes, { ...contextFor(url, settings), name });
}

/** A file name whose extension tells the readers the format: the URL's own, else the content type's. */
function nameFor(url: string, contentType: string): string {
  const base = new URL(url).pathname.split('/').pop() ?? '';
  if (isKnownExtension(base)) return base;
  if (/json/i.test(contentType)) return 'feed.json';
  if (/html/i.test(contentType)) return 'page.html';
  return 'feed.xml';
}
