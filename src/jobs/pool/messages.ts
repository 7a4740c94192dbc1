// The messages between the extraction pool (main thread) and its worker threads.
import type { ExtractionRecord } from '../../record/types.js';
import type { Article } from '../../sources/article.js';

/** What a worker thread is started with (must survive structured cloning). */
export interface ThreadData {
  /** Component names for createEngine; the default pipeline when absent. */
  components?: string[];
}

/** Main → thread: extract one article. */
export interface ExtractRequest {
  seq: number;
  article: Article;
}

/** The result of extracting one article: a record, or why there is none. */
export type Extraction = { ok: true; record: ExtractionRecord } | { ok: false; message: string };

/** Thread → main. */
export type ThreadMessage =
  | { type: 'ready' }
  | { type: 'fatal'; code: string; message: string; hint?: string }
  | ({ type: 'done'; seq: number } & Extraction);
