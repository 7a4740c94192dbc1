// `npm run bench:api`: load test of the HTTP API on loopback against a store of at least
// 200,000 generated events: p50/p99 latency and requests per second of a filtered event list
// and of a monthly dyad aggregate (autocannon; every run bounded in requests and seconds),
// then the peak RSS of exporting every event as CSV, against a fifth of them (flat memory).
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startServer as listen } from '../api/server.js';
import { pipeChunks } from '../cli/commands/export.js';
import { FORMATS } from '../query/export/formats.js';
import { parseQueryParams, rawFromSearch } from '../query/params.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { BatchItem } from '../store/store.js';
import { syntheticRecord } from './generate-events.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 200_000);
const PER_ARTICLE = 10;
const DB = process.env.BENCH_DB ?? join(tmpdir(), `newsgraph-bench-${EVENTS}.db`);
const SELF = fileURLToPath(import.meta.url);
const MAX_REQUESTS = 20_000;
const MAX_SECONDS = 20;

const CASES: [string, string][] = [
  ['filtered list', '/api/events?actor=RUS*,UKR*&root=18,19&time=2022-01/2023-12&limit=50'],
  ['monthly dyad aggregate', '/api/events/aggregate?dyad=RUS*-UKR*&directed=false&interval=month&groupBy=dyad&time=2020-01/2024-12'],
];

async function buildStore(): Promise<void> {
  const store = openSqliteStore({ location: DB });
  const have = (await store.stats()).events;
  if (have >= EVENTS) return store.close();
  if (have > 0) throw new Error(`${DB} holds ${have} events, fewer than ${EVENTS}: delete it and run again`);
  const t0 = Date.now();
  for (let k = 0; k * PER_ARTICLE < EVENTS; k += 500) {
    const batch: BatchItem[] = [];
    for (let j = k; j < k + 500 && j * PER_ARTICLE < EVENTS; j++) batch.push({ kind: 'record', origin: `bench:${j}`, record: syntheticRecord(j, PER_ARTICLE) });
    const r = await store.saveBatch(batch);
    if (r.failed > 0) throw new Error(`bench records failed to store: ${JSON.stringify(r.items.find((i) => i.status === 'failed'))}`);
  }
  console.log(`built ${DB}: ${(await store.stats()).events} events in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await store.close();
}

/**
 * Starts the server in its own process (one event loop, one core) on a free port: what
 * `newsgraph serve` runs, without the CLI around it (which loads the extraction engine).
 */
function startServer(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [SELF, '--serve'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /at (http:\/\/[^/\s]+)\/api\//.exec(err);
      if (m) resolve({ url: m[1]!, stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
}

function load(url: string, connections: number, amount = MAX_REQUESTS, seconds = MAX_SECONDS): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, amount, timeout: 10 }, (e, r) => (e ? reject(e) : resolve(r)));
    const timer = setTimeout(() => instance.stop(), seconds * 1000);
    instance.on('done', () => clearTimeout(timer));
  });
}

/** Peak RSS (MiB) of a separate export process (as `newsgraph export --format csv`), from /usr/bin/time. */
function exportPeak(search: string, nodeFlags: string[] = []): Promise<{ mib: number; seconds: number; trace: string }> {
  const out = join(tmpdir(), `newsgraph-bench-export-${process.pid}.csv`);
  const t0 = Date.now();
  const args = [...nodeFlags, SELF, '--export', out, search];
  const child = existsSync('/usr/bin/time')
    ? spawn('/usr/bin/time', ['-f', 'maxrss_kb=%M', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
    : spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
  return new Promise((resolve, reject) => child.once('exit', (code) => {
    rmSync(out, { force: true });
    rmSync(`${out}.codebook.md`, { force: true });
    const kb = Number(/maxrss_kb=(\d+)/.exec(err)?.[1] ?? NaN);
    if (code !== 0) reject(new Error(`export failed: ${err}`));
    else resolve({ mib: kb / 1024, seconds: (Date.now() - t0) / 1000, trace: /rss trace: (.*)/.exec(err)?.[1] ?? '' });
  }));
}

const load1 = () => loadavg()[0]!.toFixed(1);

async function main(): Promise<void> {
  await buildStore();
  console.log(`node ${process.version}, ${cpus().length} cores, load average ${load1()} (other processes share these cores)`);
  const server = await startServer();
  try {
    for (const [name, path] of CASES) {
      await load(`${server.url}${path}`, 1, 300, 10); // warm-up: statement cache, page cache, JIT
      // One connection: latency is the service time. Eight: requests queue on the one core.
      for (const connections of [1, 8]) {
        const r = await load(`${server.url}${path}`, connections);
        const errors = r.non2xx + r.errors + r.timeouts;
        console.log(`${name.padEnd(24)} c=${connections}  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  ${Math.round(r.requests.average)} req/s  (${r.requests.total} requests, ${errors} errors)`);
      }
      console.log(`  ${path}`);
    }
  } finally {
    server.stop();
  }
  const all = await exportPeak('modality=any&negated=include');
  const fifth = await exportPeak('modality=any&negated=include&time=2020');
  // V8 lets garbage pile up while memory is plentiful; with its heap capped the same export
  // must fit, which shows what it really keeps.
  const capped = await exportPeak('modality=any&negated=include', ['--max-old-space-size=64']);
  console.log(`CSV export of all ${EVENTS} events: peak RSS ${all.mib.toFixed(0)} MiB in ${all.seconds.toFixed(1)} s; of 2020 only (~1/5): ${fifth.mib.toFixed(0)} MiB`);
  console.log(`  RSS / heap used (MiB) after each fifth of the full export: ${all.trace}`);
  console.log(`  the same with the V8 heap capped at 64 MiB: peak RSS ${capped.mib.toFixed(0)} MiB in ${capped.seconds.toFixed(1)} s; after each fifth: ${capped.trace}`);
  console.log(`load average at the end ${load1()}`);
}

/** Passes the chunks on, noting RSS and heap each time another `every` lines went by. */
async function* traced(chunks: AsyncGenerator<string>, every: number): AsyncGenerator<string> {
  const marks: string[] = [];
  let lines = 0;
  let next = every;
  const mib = (n: number) => (n / 1048576).toFixed(0);
  for await (const chunk of chunks) {
    lines += chunk.split('\n').length - 1;
    if (lines >= next) {
      const m = process.memoryUsage();
      marks.push(`${mib(m.rss)}/${mib(m.heapUsed)}`);
      next += every;
    }
    yield chunk;
  }
  process.stderr.write(`rss trace: ${marks.join(', ')}\n`);
}

/** The child processes: the server, and one CSV export to a file. */
async function child(mode: string, args: string[]): Promise<void> {
  const store = openSqliteStore({ location: DB });
  if (mode === '--serve') {
    const server = await listen({ store, port: 0 });
    process.stderr.write(`serving at ${server.url}/api/\n`);
    process.once('SIGTERM', () => void server.close().then(() => store.close()));
    return;
  }
  const { createWriteStream } = await import('node:fs');
  const out = createWriteStream(args[0]!);
  const q = parseQueryParams(rawFromSearch(new URLSearchParams(args[1]))).query;
  await pipeChunks(traced(FORMATS.csv.write(store, q), EVENTS / 5), out);
  out.end();
  await store.close();
}

if (process.argv[2]?.startsWith('--')) await child(process.argv[2], process.argv.slice(3));
else await main();
