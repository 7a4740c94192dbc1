// The PostgreSQL Store (node-postgres): the same contract as the SQLite store, for shared
// deployments where many workers on many machines write at once.
import type pg from 'pg';
import { NewsgraphError, isNewsgraphError } from '../../errors.js';
import type { Query } from '../../query/query.js';
import type { AggregateSpec, PageRequest } from '../../query/types.js';
import type { ExtractionRecord } from '../../record/types.js';
import { checkRecord } from '../check-record.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import {
  LEDGER_STATUSES, MIN_ID_PREFIX, clampLimit, type ArticlePage, type ArticleSummary, type BatchItem,
  type BatchResult, type LedgerEntry, type LedgerOptions, type LedgerRow, type LedgerStatus, type ListOptions,
  type QueryStore, type Store, type StoreStats,
} from '../store.js';
import { cannotOpenPg, createPool, redactUrl } from './pg-connect.js';
import { readRecord } from './pg-read.js';
import { migratePg } from './pg-schema.js';
import { recordParams, writeRecord } from './pg-write.js';
import { PgQueries } from './query/pg-queries.js';

export interface PgStoreOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  /** The clock of the ledger; tests pin it. */
  now?: () => Date;
  /** Connections in the pool (default 4). */
  poolSize?: number;
}

/** Opens (migrating when needed) a PostgreSQL store; NG_E030/NG_E031 when it cannot. */
export async function openPgStore(opts: PgStoreOptions): Promise<PgStore> {
  const pool = createPool(opts.url, opts.poolSize);
  try {
    const client = await pool.connect();
    try {
      await migratePg(client, redactUrl(opts.url));
    } finally {
      client.release();
    }
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw cannotOpenPg(opts.url, e);
  }
  return new PgStore(pool, opts.now ?? (() => new Date()));
}

const LEDGER_COLUMNS = 'seq, at, status, origin, article_id AS "articleId", code, reason';
const COUNTED = ['articles', 'sentences', 'entities', 'mentions', 'events', 'event_mentions', 'quotes', 'dates', 'amounts', 'claims'];
const COUNTS = `SELECT ${COUNTED.map((t) => `(SELECT count(*)::int FROM ${t}) AS "${t === 'event_mentions' ? 'eventMentions' : t}"`).join(', ')}`;

const MAX_DEADLOCK_RETRIES = 5;

/** A record fault in an unguarded pass: the batch is redone with a savepoint per record. */
class RetryGuarded extends Error {}

export class PgStore implements Store, QueryStore {
  private readonly queries: PgQueries;

  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => Date,
  ) {
    this.queries = new PgQueries(pool);
  }

  listEvents(q: Query, p: PageRequest) { return this.queries.listEvents(q, p); }
  listEventGroups(q: Query, p: PageRequest) { return this.queries.listEventGroups(q, p); }
  aggregateEvents(q: Query, spec: AggregateSpec) { return this.queries.aggregateEvents(q, spec); }
  queryArticles(q: Query, p: PageRequest) { return this.queries.queryArticles(q, p); }
  searchArticles(q: Query, p: PageRequest) { return this.queries.searchArticles(q, p); }
  listActors(q: Query, p: PageRequest) { return this.queries.listActors(q, p); }
  actorProfile(code: string, q: Query, opts: { limit: number }) { return this.queries.actorProfile(code, q, opts); }
  listQuotes(q: Query, p: PageRequest) { return this.queries.listQuotes(q, p); }
  actorGraph(q: Query, opts: { limit: number }) { return this.queries.actorGraph(q, opts); }
  storyNames(ids: readonly string[]) { return this.queries.storyNames(ids); }

  async saveBatch(items: readonly BatchItem[]): Promise<BatchResult> {
    return (await this.save(null, items))!;
  }

  /**
   * Like saveBatch, but at most once per `key` (a queue job id): when a batch with this key
   * was committed before, writes nothing and returns null. Makes a retried job harmless.
   */
  async saveBatchOnce(key: string, items: readonly BatchItem[]): Promise<BatchResult | null> {
    return this.save(key, items);
  }

  async getArticle(idOrPrefix: string): Promise<ExtractionRecord | null> {
    const id = await this.resolveId(idOrPrefix);
    return id === null ? null : readRecord(this.pool, id);
  }

  async listArticles(opts: ListOptions = {}): Promise<ArticlePage> {
    const limit = clampLimit(opts.limit);
    const text = opts.text?.replace(/\u0000/g, ' ').trim() || null;
    const key = opts.cursor ? decodeCursor(opts.cursor) : null;
    const params: unknown[] = [limit + 1];
    const where: string[] = [];
    if (text !== null) where.push(`tsv @@ plainto_tsquery('english', $${params.push(text)})`);
    if (key !== null) where.push(`(sort_date, id) < ($${params.push(key.date)}, $${params.push(key.id)})`);
    const { rows } = await this.pool.query(
      `SELECT id, title, date, source, url, lang, added_at AS "addedAt" FROM articles
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY sort_date DESC, id DESC LIMIT $1`,
      params,
    );
    const items = (rows as ArticleSummary[]).slice(0, limit);
    const last = items.at(-1);
    const nextCursor = rows.length > limit && last ? encodeCursor({ date: last.date ?? '', id: last.id }) : null;
    return { items, nextCursor };
  }

  async stats(): Promise<StoreStats> {
    const counts = (await this.pool.query(COUNTS)).rows[0] as Omit<StoreStats, 'ledger'>;
    const ledger = Object.fromEntries(LEDGER_STATUSES.map((s) => [s, 0])) as Record<LedgerStatus, number>;
    const rows = (await this.pool.query('SELECT status, count(*)::int AS n FROM ingest_ledger GROUP BY status')).rows;
    for (const row of rows as { status: LedgerStatus; n: number }[]) ledger[row.status] = row.n;
    return { ...counts, ledger };
  }

  async ledger(opts: LedgerOptions = {}): Promise<LedgerRow[]> {
    const limit = clampLimit(opts.limit);
    const { rows } = opts.status
      ? await this.pool.query(`SELECT ${LEDGER_COLUMNS} FROM ingest_ledger WHERE status = $1 ORDER BY seq DESC LIMIT $2`, [opts.status, limit])
      : await this.pool.query(`SELECT ${LEDGER_COLUMNS} FROM ingest_ledger ORDER BY seq DESC LIMIT $1`, [limit]);
    return rows as LedgerRow[];
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }

  /**
   * One transaction; without savepoints first, and again with one per record on a fault.
   * A deadlock or serialization failure (which the id locks of saveItems should prevent)
   * is retried after a short random pause.
   */
  private async save(key: string | null, items: readonly BatchItem[]): Promise<BatchResult | null> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.saveGuardedOnFault(key, items);
      } catch (e) {
        const code = (e as { code?: unknown })?.code;
        if ((code !== '40P01' && code !== '40001') || attempt >= MAX_DEADLOCK_RETRIES) throw e;
        await new Promise((r) => setTimeout(r, 10 + Math.random() * 90 * attempt));
      }
    }
  }

  private async saveGuardedOnFault(key: string | null, items: readonly BatchItem[]): Promise<BatchResult | null> {
    try {
      return await this.transaction((c) => this.saveItems(c, key, items, false));
    } catch (e) {
      if (!(e instanceof RetryGuarded)) throw e;
      return this.transaction((c) => this.saveItems(c, key, items, true));
    }
  }

  private async transaction<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  private async saveItems(c: pg.PoolClient, key: string | null, items: readonly BatchItem[], guarded: boolean): Promise<BatchResult | null> {
    if (key !== null) {
      const fresh = await c.query('INSERT INTO ingest_jobs (key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING key', [key]);
      if (fresh.rows.length === 0) return null;
    }
    await lockArticles(c, items);
    const entries: LedgerEntry[] = [];
    for (const item of items) entries.push(await this.saveItem(c, item, guarded));
    await c.query(
      `INSERT INTO ingest_ledger (at, status, origin, article_id, code, reason)
       SELECT at, status, origin, article_id, code, reason FROM jsonb_to_recordset($1::jsonb)
         AS x(at timestamptz, status text, origin text, article_id text, code text, reason text, n int) ORDER BY n`,
      [JSON.stringify(entries.map((e, n) => ({ ...e, article_id: e.articleId, n })))],
    );
    const result: BatchResult = { ok: 0, duplicate: 0, skipped: 0, failed: 0, items: entries };
    for (const e of entries) result[e.status]++;
    return result;
  }

  private async saveItem(c: pg.PoolClient, item: BatchItem, guarded: boolean): Promise<LedgerEntry> {
    const at = this.now().toISOString();
    const { origin } = item;
    if (item.kind !== 'record') {
      return { at, status: item.kind, origin, articleId: item.articleId ?? null, code: item.code, reason: item.reason };
    }
    const articleId: string | null = item.record?.article?.id ?? null;
    const failed = (e: unknown): LedgerEntry => ({ at, status: 'failed', origin, articleId, code: 'NG_E033', reason: faultReason(e, articleId) });
    let params: unknown[];
    try {
      checkRecord(item.record);
      params = recordParams(item.record, at);
    } catch (e) {
      if (isRecordFault(e)) return failed(e);
      throw e;
    }
    if (guarded) await c.query('SAVEPOINT record');
    try {
      const inserted = await writeRecord(c, params);
      if (guarded) await c.query('RELEASE SAVEPOINT record');
      return inserted
        ? { at, status: 'ok', origin, articleId, code: null, reason: null }
        : { at, status: 'duplicate', origin, articleId, code: null, reason: 'article already stored' };
    } catch (e) {
      if (!isRecordFault(e)) throw e;
      if (!guarded) throw new RetryGuarded();
      await c.query('ROLLBACK TO SAVEPOINT record');
      return failed(e);
    }
  }

  private async resolveId(idOrPrefix: string): Promise<string | null> {
    if (idOrPrefix.includes('\u0000')) return null;
    if ((await this.pool.query('SELECT 1 FROM articles WHERE id = $1', [idOrPrefix])).rows.length > 0) return idOrPrefix;
    if (idOrPrefix.length < MIN_ID_PREFIX) return null;
    const pattern = `${idOrPrefix.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    const { rows } = await this.pool.query('SELECT id FROM articles WHERE id LIKE $1 ORDER BY id LIMIT 2', [pattern]);
    const ids = rows.map((r: { id: string }) => r.id);
    if (ids.length <= 1) return ids[0] ?? null;
    throw new NewsgraphError('NG_E034', `id prefix ${idOrPrefix} matches more than one article (${ids.join(', ')}, ...)`, {
      hint: 'give more characters of the id',
    });
  }
}

/**
 * Takes a transaction lock on every article id of the batch, in id order, in one statement.
 * Records are then written in batch order (mention ids follow it, as in SQLite) and two
 * batches that hold the same new articles wait for each other instead of deadlocking.
 */
async function lockArticles(c: pg.PoolClient, items: readonly BatchItem[]): Promise<void> {
  const ids = items.flatMap((i) => (i.kind === 'record' && typeof i.record?.article?.id === 'string' ? [i.record.article.id] : []));
  if (ids.length === 0) return;
  await c.query('SELECT pg_advisory_xact_lock(hashtextextended(id, 7)) FROM (SELECT DISTINCT unnest($1::text[]) AS id ORDER BY 1) x', [ids]);
}

/** Errors that belong to one record (its shape or its values), not to the database. */
function isRecordFault(e: unknown): boolean {
  if (isNewsgraphError(e)) return e.code === 'NG_E033';
  const code = (e as { code?: unknown })?.code;
  // SQLSTATE class 22 (data exception) and 23 (integrity constraint violation).
  if (typeof code === 'string' && /^2[23][0-9A-Z]{3}$/.test(code)) return true;
  return e instanceof TypeError || e instanceof RangeError;
}

function faultReason(e: unknown, articleId: string | null): string {
  if (isNewsgraphError(e)) return e.message;
  const code = (e as { code?: unknown })?.code;
  return `record ${articleId ?? '(no id)'} cannot be stored: ${(e as Error).message}${typeof code === 'string' ? ` (${code})` : ''}`;
}
