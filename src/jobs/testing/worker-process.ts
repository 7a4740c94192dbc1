// Worker processes for tests (`node bin/newsgraph.js worker ...`), their log lines, and the
// checks the fault tests share: wait for the queue to drain, count what was stored.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Queue } from 'bullmq';
import pg from 'pg';
import { readInputs } from '../../sources/read-inputs.js';
import { CLI, REPO } from './built.js';

export interface WorkerProcess {
  child: ChildProcess;
  lines: string[];
  /** Resolves with the first line (from now on, or already seen after `from`) matching `re`. */
  waitFor(re: RegExp, timeoutMs?: number, from?: number): Promise<string>;
  exited: Promise<number | null>;
}

export function spawnWorker(args: string[]): WorkerProcess {
  const child = spawn(process.execPath, [CLI, 'worker', '--verbose', ...args], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
  const lines: string[] = [];
  const waiters: { re: RegExp; from: number; resolve: (l: string) => void }[] = [];
  let rest = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString('utf8')).split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const w of [...waiters]) if (w.re.test(line)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(line); }
    }
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return {
    child, lines, exited,
    waitFor(re, timeoutMs = 60_000, from = lines.length) {
      const seen = lines.slice(from).find((l) => re.test(l));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no line matching ${re} within ${timeoutMs} ms; log:\n${lines.slice(-30).join('\n')}`)), timeoutMs);
        waiters.push({ re, from, resolve: (l) => { clearTimeout(timer); resolve(l); } });
      });
    },
  };
}

/** Writes `count` distinct articles (the examples, numbered and salted) as NDJSON; returns the path. */
export async function writeCorpus(path: string, count: number, salt = Math.random().toString(36).slice(2, 8)): Promise<string> {
  const base: { title: string; date: string | null; text: string }[] = [];
  for await (const item of readInputs([`${REPO}examples`])) if (item.kind === 'article') base.push(item.article);
  const lines = Array.from({ length: count }, (_, k) => {
    const a = base[k % base.length]!;
    return JSON.stringify({ title: a.title, date: a.date, text: `${a.text}\n\nDispatch ${k} of test run ${salt}.` });
  });
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** Polls until no job is waiting, delayed or active and `completed + failed` reaches `jobs`. */
export async function drained(queue: Queue, jobs: number, timeoutMs = 120_000): Promise<Record<string, number>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const c = await queue.getJobCounts('waiting', 'delayed', 'active', 'prioritized', 'completed', 'failed').catch(() => null);
    if (c && c.waiting + c.delayed + c.active + c.prioritized === 0 && c.completed + c.failed >= jobs) return c;
    if (Date.now() > deadline) throw new Error(`queue not drained after ${timeoutMs} ms: ${JSON.stringify(c)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** What the database holds: articles (and distinct ids), ledger rows by status, duplicate article ids in the ledger. */
export async function storedCounts(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql)).rows[0];
    return {
      articles: (await q('SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM articles')) as { n: number; d: number },
      ledger: Object.fromEntries((await client.query('SELECT status, count(*)::int AS n FROM ingest_ledger GROUP BY status')).rows.map((r) => [r.status, r.n])),
      ledgerOkIds: (await q(`SELECT count(DISTINCT article_id)::int AS n FROM ingest_ledger WHERE status = 'ok'`)).n as number,
    };
  } finally {
    await client.end();
  }
}
