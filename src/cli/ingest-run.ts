// Reads inputs, extracts each article and saves them to a store in batches: the loop behind
// `ingest` and `demo`. A bad input is a ledger row, never the end of the batch. Extraction
// runs in this thread (an Engine) or on a pool of worker threads; either way the single
// writer here sees the items in input order, so the ledger does not depend on the pool.
import { readAhead, toBatchItem, type Extractor } from '../jobs/batch-item.js';
import { mapOrdered } from '../jobs/ordered-map.js';
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

export async function ingestPaths(
  paths: string[],
  extractor: Extractor,
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
  // Enough read ahead to keep every thread busy while the writer commits a batch, little
  // enough that memory stays flat on any number of inputs.
  const window = readAhead(extractor);
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

export function summaryLine(s: IngestSummary, db: string): string {
  return `ingested ${s.ok} new, ${s.duplicate} duplicate, ${s.skipped} skipped, ${s.failed} failed in ${s.seconds.toFixed(1)} s → ${db}`;
}
