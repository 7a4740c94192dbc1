// Reads inputs, extracts each article and saves them to a store in batches: the loop behind
// `ingest` and `demo`. A bad input is a ledger row, never the end of the batch.
import type { Engine } from '../engine.js';
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
  engine: Engine,
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
  for await (const item of readInputs(paths, { date: opts.date })) {
    bar.tick();
    if (item.kind !== 'article') {
      if (item.kind === 'failed') opts.onFailure?.(`${item.code} ${item.origin}: ${item.reason}`);
      batch.push({ kind: item.kind, origin: item.origin, code: item.code, reason: item.reason });
    } else {
      try {
        batch.push({ kind: 'record', origin: item.origin, record: engine.extract(item.article) });
      } catch (e) {
        const reason = `extraction failed: ${(e as Error).message}`;
        opts.onFailure?.(`NG_E099 ${item.origin}: ${reason}`);
        batch.push({ kind: 'failed', origin: item.origin, code: 'NG_E099', reason });
      }
    }
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
