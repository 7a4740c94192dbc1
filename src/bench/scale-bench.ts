// `npm run bench:scale`: articles per second and peak memory of `ingest` with 1, 2 and N
// worker threads (SQLite, one writer), and of 1 and 2 queue worker processes (PostgreSQL +
// Redis), on the examples repeated to 20,000+ distinct articles; ratios against one worker.
// Each configuration runs in a fresh process so that its peak RSS is its own.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../cli/ingest-run.js';
import { ExtractPool } from '../jobs/pool/extract-pool.js';
import { DEFAULT_REDIS } from '../jobs/queue/connection.js';
import { enqueueItems } from '../jobs/queue/enqueue-inputs.js';
import { openQueue } from '../jobs/queue/ingest-queue.js';
import { readInputs } from '../sources/read-inputs.js';
import { openPgStore } from '../store/postgres/pg-store.js';
import { createTestDatabase } from '../store/postgres/pg-test-db.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const TARGET = Number(process.env.BENCH_ARTICLES ?? 20_000);
const REDIS = process.env.NEWSGRAPH_BENCH_REDIS || DEFAULT_REDIS;
const BATCH = 25;

interface Run {
  label: string;
  workers: number;
  seconds: number;
  articles: number;
  peakMb: number;
}

async function writeCorpus(path: string): Promise<number> {
  const base: { title: string; date: string | null; text: string }[] = [];
  for await (const item of readInputs([join(ROOT, 'examples')])) if (item.kind === 'article') base.push(item.article);
  const count = Math.ceil(TARGET / base.length) * base.length;
  const lines = Array.from({ length: count }, (_, k) => {
    const a = base[k % base.length]!;
    return JSON.stringify({ title: a.title, date: a.date, text: `${a.text}\n\nDispatch ${k}.` });
  });
  writeFileSync(path, `${lines.join('\n')}\n`);
  return count;
}

/** Child mode: one `ingest` with `threads` threads into a new SQLite file; prints JSON. */
async function childSqlite(threads: number, corpus: string, db: string): Promise<void> {
  const store = openSqliteStore({ location: db });
  const pool = await ExtractPool.start({ threads });
  const started = performance.now();
  const s = await ingestPaths([corpus], pool, store);
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  await store.close();
  console.log(JSON.stringify({ seconds, articles: s.ok, peakMb: process.resourceUsage().maxRSS / 1024 }));
}

function runSqlite(threads: number, corpus: string, dir: string): Run {
  const db = join(dir, `bench-${threads}.db`);
  const out = execFileSync(process.execPath, [SELF, '--child', String(threads), corpus, db], { encoding: 'utf8', maxBuffer: 1 << 20 });
  rmSync(db, { force: true });
  const r = JSON.parse(out.trim().split('\n').pop()!) as Omit<Run, 'label' | 'workers'>;
  return { label: `${threads} thread${threads > 1 ? 's' : ''}`, workers: threads, ...r };
}

/** Peak RSS of a process so far (VmHWM), in MB. */
function peakOf(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

async function runQueue(processes: number, corpus: string): Promise<Run> {
  const db = await createTestDatabase();
  const name = `newsgraph-bench-${process.pid}-${processes}`;
  const queue = openQueue(REDIS, name);
  try {
    await (await openPgStore({ url: db.url })).close();
    const { jobs, articles } = await enqueueItems(queue, readInputs([corpus]), BATCH);
    const started = performance.now();
    const workers = Array.from({ length: processes }, () =>
      spawn(process.execPath, [join(ROOT, 'bin/newsgraph.js'), 'worker', '--db', db.url, '--redis', REDIS, '--queue', name], { stdio: 'ignore' }));
    let peaks = workers.map(() => 0);
    for (;;) {
      const c = await queue.getJobCounts('completed', 'failed');
      peaks = workers.map((w, k) => Math.max(peaks[k]!, peakOf(w.pid!)));
      if (c.completed + c.failed >= jobs) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const seconds = (performance.now() - started) / 1000;
    await Promise.all(workers.map((w) => new Promise((r) => { w.once('exit', r); w.kill('SIGTERM'); })));
    const store = await openPgStore({ url: db.url });
    const stored = (await store.stats()).articles;
    await store.close();
    if (stored !== articles) throw new Error(`expected ${articles} articles stored, found ${stored}`);
    return { label: `${processes} process${processes > 1 ? 'es' : ''}`, workers: processes, seconds, articles, peakMb: Math.max(...peaks) };
  } finally {
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    await db.drop();
  }
}

function print(title: string, runs: Run[], memo: string): void {
  console.log(title);
  const base = runs[0]!.articles / runs[0]!.seconds;
  for (const r of runs) {
    const rate = r.articles / r.seconds;
    console.log(`  ${r.label.padEnd(12)} ${rate.toFixed(0).padStart(6)} articles/s  ${r.seconds.toFixed(1).padStart(6)} s  ${memo} ${r.peakMb.toFixed(0).padStart(5)} MB  scaling ×${(rate / base).toFixed(2)} vs 1`);
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-scale-'));
  const corpus = join(dir, 'corpus.ndjson');
  try {
    const count = await writeCorpus(corpus);
    const cores = availableParallelism();
    console.log(`scale benchmark: ${count.toLocaleString('en')} distinct articles (examples repeated), ${(statSync(corpus).size / 1e6).toFixed(1)} MB NDJSON;`);
    console.log(`${cores} cores; load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    const threads = [...new Set([1, 2, cores])];
    print('SQLite, `ingest --workers N` (N extraction threads, one writer):', threads.map((t) => runSqlite(t, corpus, dir)), 'peak RSS');
    if (cores === 2) console.log('  (N = cores = 2 here, so the N-thread run is the 2-thread run)');
    const queueRuns: Run[] = [];
    for (const p of [1, 2]) queueRuns.push(await runQueue(p, corpus));
    print(`PostgreSQL + Redis, \`newsgraph worker\` processes (jobs of ${BATCH}; enqueue not timed):`, queueRuns, 'peak RSS per worker');
    console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await childSqlite(Number(process.argv[3]), process.argv[4]!, process.argv[5]!);
else await main();
