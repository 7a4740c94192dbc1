// The entry of one extraction worker thread: builds its own engine once (lexicons load
// here, ~0.2-0.5 s), then extracts the articles the pool sends, one reply per article.
import { parentPort, workerData } from 'node:worker_threads';
import { createEngine, type Engine } from '../../engine.js';
import { isNewsgraphError } from '../../errors.js';
import type { ExtractRequest, ThreadData, ThreadMessage } from './messages.js';

const port = parentPort;
if (!port) throw new Error('extract-thread.js runs as a worker thread of the extraction pool, not on its own');

const send = (message: ThreadMessage): void => port.postMessage(message);

let engine: Engine | null = null;
try {
  const data = (workerData ?? {}) as ThreadData;
  engine = createEngine(data.components ? { components: data.components } : {});
  send({ type: 'ready' });
} catch (e) {
  const code = isNewsgraphError(e) ? e.code : 'NG_E073';
  send({ type: 'fatal', code, message: (e as Error).message, hint: isNewsgraphError(e) ? e.hint : undefined });
}

port.on('message', (req: ExtractRequest) => {
  if (!engine) return;
  try {
    send({ type: 'done', seq: req.seq, ok: true, record: engine.extract(req.article) });
  } catch (e) {
    send({ type: 'done', seq: req.seq, ok: false, message: (e as Error).message });
  }
});
