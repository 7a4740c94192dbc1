// The read endpoints: every one a GET over one Query (events, aggregates, articles, actors,
// quotes, graph, search) or one item (an article with its span layers, an actor's profile).
import type { Context, Hono } from 'hono';
import { NewsgraphError } from '../../errors.js';
import { pageLimit, pickOne } from '../../query/params.js';
import type { Query } from '../../query/query.js';
import { GROUP_BYS, INTERVALS, type AggregateResult, type Page } from '../../query/types.js';
import type { QueryableStore } from '../../store/store.js';
import { nextLink, readParams } from '../request.js';

const PAGE = ['limit', 'cursor'] as const;
const ARTICLE_FIELDS: (keyof Query)[] = ['outlet', 'time', 'dateField', 'text'];
const QUOTE_FIELDS: (keyof Query)[] = ['actor', 'source', 'target', 'speaker', ...ARTICLE_FIELDS];
const DEFAULT_EDGES = 100;

function pageBody<T>(c: Context, page: Page<T>) {
  return { items: page.items, nextCursor: page.nextCursor, next: nextLink(c, page.nextCursor) };
}

function badPath(field: string, expected: string, found: string): NewsgraphError {
  return new NewsgraphError('NG_E060', `path parameter "${field}": expected ${expected}, found "${found.slice(0, 40)}"`, {
    hint: `fix the ${field} in the URL`, detail: { field },
  });
}

/** Counts as a CSV table (the table behind a chart), one row per bucket and key. */
export function aggregateCsv(r: AggregateResult): string {
  const head = 'bucket,key,count,goldsteinSum,goldsteinMean,total,ratio\r\n';
  const esc = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return head + r.buckets.map((b) => `${b.bucket},${esc(b.key)},${b.count},${b.goldsteinSum},${b.goldsteinMean},${b.total},${b.ratio}\r\n`).join('');
}

export function registerReadRoutes(app: Hono, store: QueryableStore): void {
  registerEventRoutes(app, store);
  registerCatalogueRoutes(app, store);
}

/** Events, their aggregates and the actor network. */
function registerEventRoutes(app: Hono, store: QueryableStore): void {
  app.get('/api/events', async (c) => {
    const { query, extra } = readParams(c, { extra: PAGE });
    return c.json(pageBody(c, await store.listEvents(query, { limit: pageLimit(extra.limit), cursor: extra.cursor })));
  });

  app.get('/api/events/aggregate', async (c) => {
    const { query, extra } = readParams(c, { extra: ['interval', 'groupBy', 'format'] });
    const spec = {
      interval: pickOne('interval', extra.interval, INTERVALS, 'month'),
      groupBy: pickOne('groupBy', extra.groupBy, GROUP_BYS, 'none'),
    };
    const format = pickOne('format', extra.format, ['json', 'csv'] as const, 'json');
    const result = await store.aggregateEvents(query, spec);
    if (format === 'csv') return c.body(aggregateCsv(result), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    return c.json(result);
  });

  app.get('/api/graph', async (c) => {
    const { query, extra } = readParams(c, { extra: ['limit'] });
    return c.json(await store.actorGraph(query, { limit: pageLimit(extra.limit, DEFAULT_EDGES) }));
  });
}

/** Articles, actors, quotes and search. */
function registerCatalogueRoutes(app: Hono, store: QueryableStore): void {
  app.get('/api/articles', async (c) => {
    const { query, extra } = readParams(c, { extra: PAGE });
    return c.json(pageBody(c, await store.queryArticles(query, { limit: pageLimit(extra.limit), cursor: extra.cursor })));
  });

  app.get('/api/articles/:id', async (c) => {
    readParams(c, { extra: [], fields: [] });
    const id = c.req.param('id');
    if (!/^[0-9a-f]{6,64}$/i.test(id)) throw badPath('id', 'an article id or a prefix of at least 6 hex digits', id);
    const record = await store.getArticle(id.toLowerCase());
    if (!record) throw new NewsgraphError('NG_E032', `no stored article has the id "${id}"`, { hint: 'find ids with GET /api/articles or /api/search' });
    return c.json(record);
  });

  app.get('/api/actors', async (c) => {
    const { query, extra } = readParams(c, { extra: PAGE });
    return c.json(pageBody(c, await store.listActors(query, { limit: pageLimit(extra.limit), cursor: extra.cursor })));
  });

  app.get('/api/actors/:code', async (c) => {
    const { query, extra } = readParams(c, { extra: ['limit'] });
    const code = c.req.param('code').toUpperCase();
    if (!/^[A-Z0-9]{2,20}$/.test(code)) throw badPath('code', 'an actor code of 2–20 letters or digits (RUSGOV)', code);
    const profile = await store.actorProfile(code, query, { limit: pageLimit(extra.limit, 20) });
    if (!profile) throw new NewsgraphError('NG_E032', `no event matching the query involves actor ${code}`, { hint: 'list actors with GET /api/actors' });
    return c.json(profile);
  });

  app.get('/api/quotes', async (c) => {
    const { query, extra } = readParams(c, { extra: PAGE, fields: QUOTE_FIELDS });
    return c.json(pageBody(c, await store.listQuotes(query, { limit: pageLimit(extra.limit), cursor: extra.cursor })));
  });

  app.get('/api/search', async (c) => {
    const { query, extra } = readParams(c, { extra: PAGE, fields: ARTICLE_FIELDS });
    if (query.text === null) throw new NewsgraphError('NG_E060', 'query parameter "text": expected words to search for, found none', { hint: 'add ?text=words', detail: { field: 'text' } });
    return c.json(pageBody(c, await store.searchArticles(query, { limit: pageLimit(extra.limit), cursor: extra.cursor })));
  });
}
