// The Store interface: where extraction records, their per-kind rows and the ingest ledger
// live. Every method is async so that SQLite and PostgreSQL share one contract test suite.
import { NewsgraphError } from '../errors.js';
import type { Query } from '../query/query.js';
import type {
  ActorProfile, ActorRow, AggregateResult, AggregateSpec, EventGroupRow, EventRow, Graph, Page, PageRequest, QuoteRow,
  SearchHit, StoryNames,
} from '../query/types.js';
import type { ExtractionRecord } from '../record/types.js';

/** What happened to one ingested item; one ledger row per item. */
export type LedgerStatus = 'ok' | 'duplicate' | 'skipped' | 'failed';

export const LEDGER_STATUSES: readonly LedgerStatus[] = ['ok', 'duplicate', 'skipped', 'failed'];

/** One item of a batch: a record to store, or an input that produced no record. */
export type BatchItem =
  | { kind: 'record'; origin: string; record: ExtractionRecord }
  | { kind: 'skipped' | 'failed'; origin: string; code: string; reason: string; articleId?: string };

/** One row of the ingest ledger. `at` is UTC ISO 8601. */
export interface LedgerEntry {
  at: string;
  status: LedgerStatus;
  origin: string;
  articleId: string | null;
  code: string | null;
  reason: string | null;
}

export interface LedgerRow extends LedgerEntry {
  /** Monotonic position in the ledger (larger is newer). */
  seq: number;
}

/** Counts per status, and the ledger entry of every item in the order given. */
export interface BatchResult extends Record<LedgerStatus, number> {
  items: LedgerEntry[];
}

export interface ArticleSummary {
  id: string;
  title: string;
  date: string | null;
  source: string;
  url: string | null;
  lang: string;
  addedAt: string;
}

export interface ListOptions {
  /** Page size, 1..1000; default 50. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string | null;
  /** Words to find in title or text (all of them, stemmed); user syntax is not interpreted. */
  text?: string;
}

/** Newest first (by publication date, then id); `nextCursor` is null on the last page. */
export interface ArticlePage {
  items: ArticleSummary[];
  nextCursor: string | null;
}

export interface LedgerOptions {
  /** How many rows, newest first, 1..1000; default 50. */
  limit?: number;
  status?: LedgerStatus;
}

export interface StoreStats {
  articles: number;
  sentences: number;
  entities: number;
  mentions: number;
  events: number;
  eventMentions: number;
  quotes: number;
  dates: number;
  amounts: number;
  claims: number;
  ledger: Record<LedgerStatus, number>;
}

/**
 * Where records live. Ingesting the same article twice changes nothing but the ledger.
 *
 * @example
 * const store = await openStore(resolveDbLocation(flags.db));
 * const result = await store.saveBatch([{ kind: 'record', origin: 'a.txt', record }]);
 * await store.close();
 */
export interface Store {
  /**
   * Stores a batch in one transaction; writes one ledger row per item. A record the store
   * rejects (NG_E033) is recorded as `failed` and the rest of the batch is still stored.
   */
  saveBatch(items: readonly BatchItem[]): Promise<BatchResult>;
  /** The stored record by id, or by a unique id prefix of at least 6 characters; null if none. */
  getArticle(idOrPrefix: string): Promise<ExtractionRecord | null>;
  listArticles(opts?: ListOptions): Promise<ArticlePage>;
  stats(): Promise<StoreStats>;
  /** Ledger rows, newest first. */
  ledger(opts?: LedgerOptions): Promise<LedgerRow[]>;
  close(): Promise<void>;
}

/**
 * The query layer (docs/query-and-api.md): one validated Query served as keyset pages,
 * aggregates and, page by page, exports. Page limits are 1..MAX_QUERY_PAGE. A backend that
 * serves the API and the `query`/`export` commands implements it beside `Store`; it is a
 * separate interface so that a backend can be built (and pass its Store contract) first.
 */
export interface QueryStore {
  /** Event mentions matching the query, newest effective day first. */
  listEvents(query: Query, page: PageRequest): Promise<Page<EventRow>>;
  /** Matching mentions grouped by event signature, in signature order (the GDELT event table). */
  listEventGroups(query: Query, page: PageRequest): Promise<Page<EventGroupRow>>;
  /** Counts and Goldstein sums per time bucket and group, with each bucket's total. */
  aggregateEvents(query: Query, spec: AggregateSpec): Promise<AggregateResult>;
  /** Articles (newest first) with a matching event when the query has event conditions. */
  queryArticles(query: Query, page: PageRequest): Promise<Page<ArticleSummary>>;
  /** Full-text hits for `query.text`, best first, with snippets. */
  searchArticles(query: Query, page: PageRequest): Promise<Page<SearchHit>>;
  /** Actors of the matching events, most events first. */
  listActors(query: Query, page: PageRequest): Promise<Page<ActorRow>>;
  /** One actor (exact code): counts, co-actors, latest events and quotes; null when it has no events. */
  actorProfile(code: string, query: Query, opts: { limit: number }): Promise<ActorProfile | null>;
  /** Quotes of matching articles; actor codes select the speaker. */
  listQuotes(query: Query, page: PageRequest): Promise<Page<QuoteRow>>;
  /** The `limit` busiest dyads of the matching events and their actors. */
  actorGraph(query: Query, opts: { limit: number }): Promise<Graph>;
  /** Person, organisation and place names of each article (for the POLECAT export). */
  storyNames(articleIds: readonly string[]): Promise<Map<string, StoryNames>>;
}

export type QueryableStore = Store & QueryStore;

/** Largest page a QueryStore returns at once (exports read in pages of this size). */
export const MAX_QUERY_PAGE = 5000;

/** A page request within 1..MAX_QUERY_PAGE; outside it is a caller's bug, said plainly. */
export function checkedPage(page: PageRequest): PageRequest {
  if (!Number.isInteger(page.limit) || page.limit < 1 || page.limit > MAX_QUERY_PAGE) {
    throw new NewsgraphError('NG_E060', `page limit: expected 1 to ${MAX_QUERY_PAGE}, found ${page.limit}`, {
      hint: 'ask for a smaller page and follow nextCursor',
    });
  }
  return page;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;
/** Shortest id prefix that `getArticle` resolves. */
export const MIN_ID_PREFIX = 6;

/** A page size within 1..MAX_LIMIT; non-numbers fall back to the default. */
export function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}
