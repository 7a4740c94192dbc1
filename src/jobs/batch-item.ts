// One input to one store item: the extraction step shared by `ingest` (threads) and the
// queue workers, so both write the same ledger for the same input.
import type { Engine } from '../engine.js';
import type { Article, SourceItem } from '../sources/article.js';
import type { BatchItem } from '../store/store.js';
import type { ExtractPool } from './pool/extract-pool.js';
import type { Extraction } from './pool/messages.js';

/** Extraction in this thread (an Engine) or on worker threads (an ExtractPool). */
export type Extractor = Engine | ExtractPool;

/** Articles in flight at once for an extractor: 1 in this thread, more for a pool. */
export function readAhead(extractor: Extractor, perThread = 16): number {
  return 'pipeline' in extractor ? 1 : extractor.threads * perThread;
}

/** The store item for a source item; an extraction that throws is a `failed` item (NG_E099). */
export async function toBatchItem(item: SourceItem, extractor: Extractor): Promise<BatchItem> {
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
