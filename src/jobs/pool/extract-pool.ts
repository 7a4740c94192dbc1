// A pool of worker threads that extract articles: one engine per thread, a couple of
// articles queued per thread so none waits for the main thread, and a replacement thread
// when one dies (its articles fail alone, as a bad article does).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { NewsgraphError, type ErrorCode } from '../../errors.js';
import type { Article } from '../../sources/article.js';
import type { Extraction, ThreadData, ThreadMessage } from './messages.js';

export interface PoolOptions {
  threads: number;
  /** Component names for each thread's engine; the default pipeline when absent. */
  components?: string[];
}

interface Slot {
  worker: Worker;
  ready: boolean;
  inFlight: Map<number, (x: Extraction) => void>;
}

// Two queued per thread hide the round trip to the main thread; more only costs memory.
const PER_THREAD = 2;
const MAX_RESTARTS = 8;

/** The compiled thread entry; from src/ (under vitest) it is the copy in dist/. */
export function threadEntry(): URL {
  const here = new URL('./extract-thread.js', import.meta.url);
  if (existsSync(here)) return here;
  const built = new URL(here.href.replace(/\/src\/jobs\/pool\//, '/dist/jobs/pool/'));
  if (existsSync(built)) return built;
  throw new NewsgraphError('NG_E073', `worker threads need compiled code, found no ${fileURLToPath(built)}`, {
    hint: "run 'npm run build' first: worker threads run the compiled JavaScript in dist/",
  });
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly queue: { seq: number; article: Article; resolve: (x: Extraction) => void }[] = [];
  private seq = 0;
  private restarts = 0;
  private closing = false;

  private constructor(private readonly opts: PoolOptions) {}

  /** Starts `threads` threads and waits until every engine is built; a bad configuration throws. */
  static async start(opts: PoolOptions): Promise<ExtractPool> {
    const pool = new ExtractPool(opts);
    try {
      await Promise.all(Array.from({ length: Math.max(1, opts.threads) }, () => pool.spawn()));
    } catch (e) {
      await pool.close();
      throw e;
    }
    return pool;
  }

  /** Threads asked for (the read-ahead of the caller is sized on it). */
  get threads(): number {
    return Math.max(1, this.opts.threads);
  }

  /** Extracts one article on some thread; never rejects (a failure is `{ ok: false }`). */
  extract(article: Article): Promise<Extraction> {
    return new Promise((resolve) => {
      this.queue.push({ seq: this.seq++, article, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
    for (const job of this.queue.splice(0)) job.resolve({ ok: false, message: 'the extraction pool was closed' });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.ready && slot.inFlight.size < PER_THREAD && this.queue.length > 0) {
        const job = this.queue.shift()!;
        slot.inFlight.set(job.seq, job.resolve);
        slot.worker.postMessage({ seq: job.seq, article: job.article });
      }
    }
  }

  private spawn(): Promise<void> {
    const data: ThreadData = { components: this.opts.components };
    const slot: Slot = { worker: new Worker(threadEntry(), { workerData: data }), ready: false, inFlight: new Map() };
    this.slots.push(slot);
    return new Promise((resolve, reject) => {
      slot.worker.on('message', (m: ThreadMessage) => {
        if (m.type === 'ready') {
          slot.ready = true;
          resolve();
          this.dispatch();
        } else if (m.type === 'fatal') {
          reject(new NewsgraphError(m.code as ErrorCode, m.message, { hint: m.hint }));
          this.closing = true;
          void slot.worker.terminate();
        } else {
          const done = slot.inFlight.get(m.seq);
          slot.inFlight.delete(m.seq);
          done?.(m.ok ? { ok: true, record: m.record } : { ok: false, message: m.message });
          this.dispatch();
        }
      });
      slot.worker.on('error', (e) => this.lost(slot, e.message, reject));
      slot.worker.on('exit', (code) => this.lost(slot, `exit code ${code}`, reject));
    });
  }

  /** A thread died: its articles fail, and a new thread takes its place (a few times). */
  private lost(slot: Slot, why: string, rejectStart: (e: Error) => void): void {
    const k = this.slots.indexOf(slot);
    if (k >= 0) this.slots.splice(k, 1);
    for (const done of slot.inFlight.values()) done({ ok: false, message: `the extraction thread stopped (${why})` });
    slot.inFlight.clear();
    rejectStart(new NewsgraphError('NG_E073', `an extraction thread stopped while starting (${why})`, { hint: 'run with NEWSGRAPH_DEBUG=1 and report it' }));
    if (k < 0) return;
    if (!this.closing && this.restarts++ < MAX_RESTARTS) {
      this.spawn().catch(() => undefined);
    } else if (!this.slots.some((s) => s.ready)) {
      for (const job of this.queue.splice(0)) job.resolve({ ok: false, message: `every extraction thread stopped (${why})` });
    }
  }
}
