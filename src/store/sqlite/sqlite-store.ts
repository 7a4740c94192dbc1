// The SQLite Store (better-sqlite3): one file or ':memory:', WAL, FTS5 over article title
// and text, every statement prepared once when the store opens.
import Database from 'better-sqlite3';
import { NewsgraphError } from '../../errors.js';
import type { ExtractionRecord } from '../../record/types.js';
import { checkRecord } from '../check-record.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import {
  LEDGER_STATUSES, MIN_ID_PREFIX, clampLimit, type ArticlePage, type ArticleSummary, type BatchItem,
  type BatchResult, type LedgerEntry, type LedgerOptions, type LedgerRow, type LedgerStatus, type ListOptions,
  type Store, type StoreStats,
} from '../store.js';
import type { Query } from '../../query/query.js';
import type { AggregateSpec, PageRequest } from '../../query/types.js';
import type { QueryStore } from '../store.js';
import { ftsQuery } from './fts-query.js';
import { openDatabase } from './open-db.js';
import { SqliteQueries } from './query/sqlite-queries.js';
import { prepareReader, type RecordReader } from './read-record.js';
import { prepareStatements, type Statements } from './statements.js';
import { prepareWriter } from './write-record.js';

export interface SqliteStoreOptions {
  /** A file path (created when missing) or ':memory:'. */
  location: string;
  /** The clock of the ledger; tests pin it. */
  now?: () => Date;
}

/** Opens (creating and migrating when needed) a SQLite store; NG_E030/NG_E031 on failure. */
export function openSqliteStore(opts: SqliteStoreOptions): SqliteStore {
  return new SqliteStore(openDatabase(opts.location), opts.now ?? (() => new Date()));
}

export class SqliteStore implements Store, QueryStore {
  private readonly s: Statements;
  private readonly queries: SqliteQueries;
  private readonly read: RecordReader;
  private readonly writeRecord: (record: ExtractionRecord, addedAt: string) => void;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {
    this.s = prepareStatements(db);
    this.read = prepareReader(db);
    // Called inside the batch transaction, this runs in a SAVEPOINT: a record that fails
    // rolls back alone and the batch goes on.
    this.writeRecord = db.transaction(prepareWriter(db));
    this.queries = new SqliteQueries(db);
  }

  // The query layer lives in ./query/; these delegate to it.
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
    const entries = this.db.transaction(() =>
      items.map((item) => {
        const entry = this.saveItem(item);
        this.s.ledgerInsert.run(entry);
        return entry;
      }),
    )();
    const result: BatchResult = { ok: 0, duplicate: 0, skipped: 0, failed: 0, items: entries };
    for (const e of entries) result[e.status]++;
    return result;
  }

  async getArticle(idOrPrefix: string): Promise<ExtractionRecord | null> {
    const id = this.resolveId(idOrPrefix);
    return id === null ? null : this.read(id);
  }

  async listArticles(opts: ListOptions = {}): Promise<ArticlePage> {
    const limit = clampLimit(opts.limit);
    const match = opts.text === undefined ? null : ftsQuery(opts.text);
    const key = opts.cursor ? decodeCursor(opts.cursor) : null;
    const statement = this.s.list[match === null ? 'all' : 'text'][key === null ? 'first' : 'after'];
    const rows = statement.all({ match, date: key?.date, id: key?.id, limit: limit + 1 }) as ArticleSummary[];
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    const nextCursor = rows.length > limit && last ? encodeCursor({ date: last.date ?? '', id: last.id }) : null;
    return { items, nextCursor };
  }

  async stats(): Promise<StoreStats> {
    const counts = this.s.counts.get() as Omit<StoreStats, 'ledger'>;
    const ledger = Object.fromEntries(LEDGER_STATUSES.map((s) => [s, 0])) as Record<LedgerStatus, number>;
    for (const row of this.s.ledgerCounts.all() as { status: LedgerStatus; n: number }[]) ledger[row.status] = row.n;
    return { ...counts, ledger };
  }

  async ledger(opts: LedgerOptions = {}): Promise<LedgerRow[]> {
    const limit = clampLimit(opts.limit);
    const rows = opts.status ? this.s.ledgerByStatus.all(opts.status, limit) : this.s.ledgerRecent.all(limit);
    return rows as LedgerRow[];
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private saveItem(item: BatchItem): LedgerEntry {
    const at = this.now().toISOString();
    const { origin } = item;
    if (item.kind !== 'record') {
      return { at, status: item.kind, origin, articleId: item.articleId ?? null, code: item.code, reason: item.reason };
    }
    const articleId: string | null = item.record?.article?.id ?? null;
    try {
      checkRecord(item.record);
      if (this.s.exists.get(articleId)) {
        return { at, status: 'duplicate', origin, articleId, code: null, reason: 'article already stored' };
      }
      this.writeRecord(item.record, at);
      return { at, status: 'ok', origin, articleId, code: null, reason: null };
    } catch (e) {
      if (!isRecordFault(e) || !this.db.inTransaction) throw e;
      return { at, status: 'failed', origin, articleId, code: 'NG_E033', reason: faultReason(e, articleId) };
    }
  }

  private resolveId(idOrPrefix: string): string | null {
    if (this.s.exists.get(idOrPrefix)) return idOrPrefix;
    if (idOrPrefix.length < MIN_ID_PREFIX) return null;
    // Ids are ASCII hex: every id that starts with p sorts in [p, p + U+FFFF).
    const ids = (this.s.idsWithPrefix.all(idOrPrefix, `${idOrPrefix}\uffff`) as { id: string }[]).map((r) => r.id);
    if (ids.length <= 1) return ids[0] ?? null;
    throw new NewsgraphError('NG_E034', `id prefix ${idOrPrefix} matches more than one article (${ids.join(', ')}, ...)`, {
      hint: 'give more characters of the id',
    });
  }
}

/** Errors that belong to one record (its shape or its values), not to the database. */
function isRecordFault(e: unknown): boolean {
  if (e instanceof NewsgraphError) return e.code === 'NG_E033';
  if (e instanceof Database.SqliteError) return /^SQLITE_(CONSTRAINT|MISMATCH|TOOBIG)/.test(e.code);
  // A malformed record (a missing array, a value SQLite cannot bind) fails in JS.
  return e instanceof TypeError || e instanceof RangeError;
}

function faultReason(e: unknown, articleId: string | null): string {
  if (e instanceof NewsgraphError) return e.message;
  const code = e instanceof Database.SqliteError ? ` (${e.code})` : '';
  return `record ${articleId ?? '(no id)'} cannot be stored: ${(e as Error).message}${code}`;
}
