// The QueryStore methods of the SQLite store, over one connection: each validates nothing
// (the Query is validated at the boundary) and runs one or two indexed statements.
import type Database from 'better-sqlite3';
import type { Query } from '../../../query/query.js';
import type {
  ActorProfile, ActorRow, AggregateResult, AggregateSpec, EventGroupRow, EventRow, Graph, Page, PageRequest, QuoteRow,
  SearchHit, StoryNames,
} from '../../../query/types.js';
import { checkedPage, type ArticleSummary, type QueryStore } from '../../store.js';
import { actorGraph, actorSummary, coActors, listActors } from './actors.js';
import { aggregateEvents } from './aggregate.js';
import { listQuotes, queryArticles, searchArticles, storyNames } from './articles.js';
import { listEventGroups, listEvents } from './events.js';
import { statementCache, type Prepare } from './statement-cache.js';

export class SqliteQueries implements QueryStore {
  private readonly prepare: Prepare;

  constructor(db: Database.Database) {
    const cached = statementCache(db);
    let analysed = false;
    this.prepare = (sql) => {
      // The planner picks between the event_facts indexes by their statistics, and only full
      // ones (sqlite_stat4) tell it how much a date or code range holds: without them a
      // five-year window looks selective and a dyad aggregate scans every event (measured:
      // 500 ms against 12 ms). SQLite advises this pragma on opening a long-lived connection;
      // it analyses only tables whose statistics are missing or stale (~2 s at 200k events).
      if (!analysed) {
        analysed = true;
        try {
          db.pragma('optimize = 0x10002');
        } catch {
          // A busy or read-only database keeps its old statistics; the query still runs.
        }
      }
      return cached(sql);
    };
  }

  async listEvents(q: Query, page: PageRequest): Promise<Page<EventRow>> {
    return listEvents(this.prepare, q, checkedPage(page));
  }

  async listEventGroups(q: Query, page: PageRequest): Promise<Page<EventGroupRow>> {
    return listEventGroups(this.prepare, q, checkedPage(page));
  }

  async aggregateEvents(q: Query, spec: AggregateSpec): Promise<AggregateResult> {
    return aggregateEvents(this.prepare, q, spec);
  }

  async queryArticles(q: Query, page: PageRequest): Promise<Page<ArticleSummary>> {
    return queryArticles(this.prepare, q, checkedPage(page));
  }

  async searchArticles(q: Query, page: PageRequest): Promise<Page<SearchHit>> {
    return searchArticles(this.prepare, q, checkedPage(page));
  }

  async listActors(q: Query, page: PageRequest): Promise<Page<ActorRow>> {
    return listActors(this.prepare, q, checkedPage(page));
  }

  async actorProfile(code: string, q: Query, opts: { limit: number }): Promise<ActorProfile | null> {
    const actor = actorSummary(this.prepare, q, code);
    if (actor === null) return null;
    const page = checkedPage({ limit: opts.limit });
    return {
      actor,
      coActors: coActors(this.prepare, q, code, opts.limit),
      events: listEvents(this.prepare, { ...q, actor: [code] }, page).items,
      quotes: listQuotes(this.prepare, { ...q, actor: [code], source: [], target: [] }, page).items,
    };
  }

  async listQuotes(q: Query, page: PageRequest): Promise<Page<QuoteRow>> {
    return listQuotes(this.prepare, q, checkedPage(page));
  }

  async actorGraph(q: Query, opts: { limit: number }): Promise<Graph> {
    return actorGraph(this.prepare, q, checkedPage({ limit: opts.limit }).limit);
  }

  async storyNames(articleIds: readonly string[]): Promise<Map<string, StoryNames>> {
    return storyNames(this.prepare, articleIds);
  }
}
