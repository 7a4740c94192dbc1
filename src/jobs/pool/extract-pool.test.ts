// The worker-thread pool: the same store contents and the same ledger as a one-thread run,
// for any number of threads; a thread that dies fails only its own articles.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../cli/ingest-run.js';
import { createEngine } from '../../engine.js';
import type { Article } from '../../sources/article.js';
import { readInputs } from '../../sources/read-inputs.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { Store } from '../../store/store.js';
import { ensureBuilt } from '../testing/built.js';
import { ExtractPool } from './extract-pool.js';

const EXAMPLES = resolve(import.meta.dirname, '../../../examples');
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-pool-'));
const dbDir = mkdtempSync(join(tmpdir(), 'newsgraph-pool-db-'));
let inputs: string[];

async function exampleArticles(): Promise<Article[]> {
  const out: Article[] = [];
  for await (const item of readInputs([EXAMPLES])) if (item.kind === 'article') out.push(item.article);
  return out;
}

beforeAll(async () => {
  ensureBuilt();
  const base = await exampleArticles();
  // 450 articles (more than two writer batches of 200), a repeat, a bad line, bad files.
  const lines = Array.from({ length: 450 }, (_, k) => {
    const a = base[k % base.length]!;
    return JSON.stringify({ title: a.title, date: a.date, text: `${a.text}\n\nDispatch number ${k}.` });
  });
  lines.splice(100, 0, lines[3]!, '{"title": "no text"}');
  writeFileSync(join(dir, 'many.ndjson'), `${lines.join('\n')}\n`);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'photo.jpg'), 'not a picture');
  inputs = [EXAMPLES, dir, join(dir, 'missing.txt')];
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(dbDir, { recursive: true, force: true });
});

async function snapshot(store: Store) {
  const ledger = (await store.ledger({ limit: 1000 })).map(({ at: _at, seq: _seq, ...row }) => row);
  const ids: string[] = [];
  for (let cursor: string | null = null; ; ) {
    const page = await store.listArticles({ limit: 1000, cursor });
    ids.push(...page.items.map((a) => a.id));
    if (!(cursor = page.nextCursor)) break;
  }
  const records = await Promise.all(ids.map((id) => store.getArticle(id)));
  return { ledger, stats: await store.stats(), records };
}

async function ingestWith(threads: number | 'inline') {
  const store = openSqliteStore({ location: join(dbDir, `db-${threads}.sqlite`) });
  const failures: string[] = [];
  const pool = threads === 'inline' ? null : await ExtractPool.start({ threads });
  try {
    const summary = await ingestPaths(inputs, pool ?? createEngine(), store, { onFailure: (l) => failures.push(l) });
    return { summary: { ...summary, seconds: 0 }, failures, ...(await snapshot(store)) };
  } finally {
    await pool?.close();
    await store.close();
  }
}

describe('ingest on a pool of worker threads', () => {
  let inline: Awaited<ReturnType<typeof ingestWith>>;
  beforeAll(async () => { inline = await ingestWith('inline'); });

  it('stores the inputs (sanity check of the one-thread run)', () => {
    expect(inline.summary).toMatchObject({ ok: 464, duplicate: 1 });
    expect(inline.summary.failed).toBeGreaterThanOrEqual(3);
    expect(inline.ledger).toHaveLength(inline.summary.ok + inline.summary.duplicate + inline.summary.skipped + inline.summary.failed);
  });

  it.each([1, 2, 3])('gives records, stats and a ledger identical to the one-thread run with %i threads', async (threads) => {
    const pooled = await ingestWith(threads);
    expect(pooled.summary).toEqual(inline.summary);
    expect(pooled.failures).toEqual(inline.failures);
    expect(pooled.stats).toEqual(inline.stats);
    expect(pooled.ledger).toEqual(inline.ledger);
    expect(pooled.records).toEqual(inline.records);
  });
});

describe('ExtractPool', () => {
  it('fails a malformed article alone and goes on', async () => {
    const [good] = await exampleArticles();
    const pool = await ExtractPool.start({ threads: 2 });
    try {
      const bad = { ...good!, text: undefined } as unknown as Article;
      const [a, b, c] = await Promise.all([pool.extract(good!), pool.extract(bad), pool.extract(good!)]);
      expect(a).toMatchObject({ ok: true, record: { article: { id: good!.id } } });
      expect(b).toMatchObject({ ok: false, message: expect.any(String) });
      expect(c).toEqual(a);
    } finally {
      await pool.close();
    }
  });

  it('replaces a thread that dies: its articles fail, the rest are extracted', async () => {
    const articles = await exampleArticles();
    const pool = await ExtractPool.start({ threads: 1 });
    try {
      const results = articles.map((a) => pool.extract(a));
      await (pool as unknown as { slots: { worker: { terminate(): Promise<number> } }[] }).slots[0]!.worker.terminate();
      const settled = await Promise.all(results);
      const failed = settled.filter((r) => !r.ok);
      expect(failed.length).toBeGreaterThanOrEqual(1);
      expect(failed.length).toBeLessThanOrEqual(2);
      expect(failed[0]).toMatchObject({ message: expect.stringMatching(/extraction thread stopped/) });
      expect(settled.filter((r) => r.ok)).toHaveLength(articles.length - failed.length);
    } finally {
      await pool.close();
    }
  });

  it('refuses an unknown component at start-up with NG_E041', async () => {
    await expect(ExtractPool.start({ threads: 2, components: ['entities', 'no-such-component'] })).rejects.toMatchObject({ code: 'NG_E041' });
  });
});
