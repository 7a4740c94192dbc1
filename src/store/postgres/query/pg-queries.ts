// The QueryStore methods of the PostgreSQL store: the same queries as the SQLite store's,
// over event_facts, each one or two statements on the pool.
import type pg from 'pg';
import type { Query } from '../../../query/query.js';
import type {
  ActorProfile, ActorRow, AggregateResult, AggregateSpec, EventGroupRow, EventRow, Graph, Page, PageRequest, QuoteRow,
  SearchHit, StoryNames,
} from '../../../query/types.js';
import { checkedPage, type ArticleSummary, type QueryStore } from '../../store.js';
import { actorGraph, actorSummary, coActors, listActors } from './pg-actors.js';
import { aggregateEvents } from './pg-aggregate.js';
import { listQuotes, queryArticles, searchArticles, storyNames } from './pg-articles.js';
import { listEventGroups, listEvents, type Run } from './pg-events.js';
import { toPg } from './pg-where.js';

export class PgQueries implements QueryStore {
  private readonly run: Run;

  constructor(pool: pg.Pool) {
    this.run = async <T>(sql: string, params: unknown[]) => (await pool.query(toPg(sql), params)).rows as T[];
  }

  listEvents(q: Query, page: PageRequest): Promise<Page<EventRow>> {
    return listEvents(this.run, q, checkedPage(page));
  }

  listEventGroups(q: Query, page: PageRequest): Promise<Page<EventGroupRow>> {
    return listEventGroups(this.run, q, checkedPage(page));
  }

  aggregateEvents(q: Query, spec: AggregateSpec): Promise<AggregateResult> {
    return aggregateEvents(this.run, q, spec);
  }

  queryArticles(q: Query, page: PageRequest): Promise<Page<ArticleSummary>> {
    return queryArticles(this.run, q, checkedPage(page));
  }

  searchArticles(q: Query, page: PageRequest): Promise<Page<SearchHit>> {
    return searchArticles(this.run, q, checkedPage(page));
  }

  listActors(q: Query, page: PageRequest): Promise<Page<ActorRow>> {
    return listActors(this.run, q, checkedPage(page));
  }

  async actorProfile(code: string, q: Query, opts: { limit: number }): Promise<ActorProfile | null> {
    const actor = await actorSummary(this.run, q, code);
    if (actor === null) return null;
    const page = checkedPage({ limit: opts.limit });
    return {
      actor,
      coActors: await coActors(this.run, q, code, opts.limit),
      events: (await listEvents(this.run, { ...q, actor: [code] }, page)).items,
      quotes: (await listQuotes(this.run, { ...q, actor: [code], source: [], target: [] }, page)).items,
    };
  }

  listQuotes(q: Query, page: PageRequest): Promise<Page<QuoteRow>> {
    return listQuotes(this.run, q, checkedPage(page));
  }

  actorGraph(q: Query, opts: { limit: number }): Promise<Graph> {
    return actorGraph(this.run, q, checkedPage({ limit: opts.limit }).limit);
  }

  storyNames(articleIds: readonly string[]): Promise<Map<string, StoryNames>> {
    return storyNames(this.run, articleIds);
  }
}
