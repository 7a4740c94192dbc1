// Reads inputs, extracts each article and saves them to a store in batches: the loop behind
// `ingest` and `demo`. A bad input is a ledger row, never the end of the batch. Extraction
// runs in this thread (an Engine) or on a pool of worker threads; either way the single
// writer here sees the items in input order, so the ledger does not depend on the pool.
import type { Engine } from '../engine.js';
import { mapOrdered } from '../jobs/ordered-map.js';
import type { ExtractPool } from '../jobs/pool/extract-pool.js';
import type { Article, SourceItem } from '../sources/article.js';
import type { Extraction } from '../jobs/pool/messages.js';
import { readInputs } from '../sources/read-inputs.js';
import type { BatchItem, Store } from '../store/store.js';
import { progress } from './progress.js';

export interface IngestSummary {
  ok: number;
  duplicate: number;
  skipped: number;
  failed: number;
  seconds: number;
}

const BATCH = 200;
// Articles read ahead per thread: enough to keep every thread busy while the writer
// commits a batch, few enough that memory stays flat on any number of inputs.
const AHEAD_PER_THREAD = 16;

export async function ingestPaths(
  paths: string[],
  extractor: Engine | ExtractPool,
  store: Store,
  opts: { date?: string; onFailure?: (line: string) => void } = {},
): Promise<IngestSummary> {
  const started = Date.now();
  const sum: IngestSummary = { ok: 0, duplicate: 0, skipped: 0, failed: 0, seconds: 0 };
  const bar = progress(null, 'inputs');
  let batch: BatchItem[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const r = await store.saveBatch(batch);
    for (const k of ['ok', 'duplicate', 'skipped', 'failed'] as const) sum[k] += r[k];
    batch = [];
  };
  const window = 'pipeline' in extractor ? 1 : extractor.threads * AHEAD_PER_THREAD;
  for await (const item of mapOrdered(readInputs(paths, { date: opts.date }), (i) => toBatchItem(i, extractor), window)) {
    bar.tick();
    if (item.kind === 'failed') opts.onFailure?.(`${item.code} ${item.origin}: ${item.reason}`);
    batch.push(item);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  bar.done();
  sum.seconds = (Date.now() - started) / 1000;
  return sum;
}

async function toBatchItem(item: SourceItem, extractor: Engine | ExtractPool): Promise<BatchItem> {
  if (item.kind !== 'article') return { kind: item.kind, origin: item.origin, code: item.code, reason: item.reason };
  const extraction = 'pipeline' in extractor ? extractInline(extractor, item.article) : await extractor.extract(item.article);
  if (extraction.ok) return { kind: 'record', origin: item.origin, record: extraction.record };
  return { kind: 'failed', origin: item.origin, code: 'NG_E099', reason: `extraction failed: ${extraction.message}` };
}

function extractInline(engine: Engine, article: Article): Extraction {
  try {
    return { ok: true, record: engine.extract(article) };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}

export function summaryLine(s: IngestSummary, db: string): string {
  return `ingested ${s.ok} new, ${s.duplicate} duplicate, ${s.skipped} skipped, ${s.failed} failed in ${s.seconds.toFixed(1)} s → ${db}`;
}
