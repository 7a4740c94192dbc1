// `newsgraph query [events|articles|actors|quotes|aggregate|graph|search]`: one page (or an
// aggregate) of a Query whose flags map to its fields, as a table or JSON.
import { NewsgraphError } from '../../errors.js';
import { QUERY_FLAGS, queryFromFlags, queryFlagHelp } from '../../query/cli-flags.js';
import { pageLimit, pickOne } from '../../query/params.js';
import { asQueryable } from '../../query/queryable.js';
import { GROUP_BYS, INTERVALS, type EventRow } from '../../query/types.js';
import { openStore, resolveDbLocation } from '../../store/open-store.js';
import type { QueryableStore } from '../../store/store.js';
import type { Query } from '../../query/query.js';
import { parse, str, type Parsed } from '../args.js';
import type { Command, Io } from '../command.js';

const VIEWS = ['events', 'articles', 'actors', 'quotes', 'aggregate', 'graph', 'search'] as const;
type View = (typeof VIEWS)[number];

const pad = (v: unknown, n: number) => String(v ?? '-').slice(0, n).padEnd(n);

function eventLine(e: EventRow): string {
  return `${pad(e.day, 10)}  ${pad(e.sourceCode, 10)} → ${pad(e.targetCode, 10)}  ${pad(e.cameo, 4)} ${String(e.goldstein).padStart(5)}  ${pad(e.outlet, 16)}  "${e.triggerText}"  ${e.articleId}`;
}

async function runView(view: View, store: QueryableStore, q: Query, p: Parsed): Promise<{ json: unknown; lines: string[] }> {
  const page = { limit: pageLimit(str(p, 'limit'), 20), cursor: str(p, 'cursor') };
  const more = (c: string | null) => (c ? [`more: --cursor ${c}`] : []);
  switch (view) {
    case 'events': {
      const r = await store.listEvents(q, page);
      return { json: r, lines: [...r.items.map(eventLine), ...more(r.nextCursor)] };
    }
    case 'articles': {
      const r = await store.queryArticles(q, page);
      return { json: r, lines: [...r.items.map((a) => `${a.id}  ${pad(a.date, 10)}  ${pad(a.source, 20)}  ${a.title}`), ...more(r.nextCursor)] };
    }
    case 'actors': {
      const r = await store.listActors(q, page);
      return { json: r, lines: [...r.items.map((a) => `${pad(a.code, 12)} ${String(a.events).padStart(7)}  ${pad(a.firstDay, 10)} ${pad(a.lastDay, 10)}  ${a.name ?? ''}`), ...more(r.nextCursor)] };
    }
    case 'quotes': {
      const r = await store.listQuotes(q, page);
      return { json: r, lines: [...r.items.map((x) => `${pad(x.published, 10)}  ${pad(x.speaker ?? x.speakerName, 20)}  "${x.text.slice(0, 90)}"`), ...more(r.nextCursor)] };
    }
    case 'search': {
      if (q.text === null) throw new NewsgraphError('NG_E001', 'query search: no --text given', { hint: "add --text 'words to find'" });
      const r = await store.searchArticles(q, page);
      return { json: r, lines: [...r.items.map((h) => `${h.id}  ${pad(h.date, 10)}  ${h.title}\n    ${h.snippet}`), ...more(r.nextCursor)] };
    }
    case 'graph': {
      const r = await store.actorGraph(q, { limit: page.limit });
      return { json: r, lines: r.edges.map((e) => `${pad(e.source, 12)} → ${pad(e.target, 12)} ${String(e.events).padStart(7)}  ${e.goldsteinMean}`) };
    }
    case 'aggregate': {
      const spec = { interval: pickOne('interval', str(p, 'interval'), INTERVALS, 'month'), groupBy: pickOne('groupBy', str(p, 'group-by'), GROUP_BYS, 'none') };
      const r = await store.aggregateEvents(q, spec);
      return { json: r, lines: ['bucket      key                    count   total  ratio   goldstein', ...r.buckets.map((b) => `${b.bucket}  ${pad(b.key, 20)} ${String(b.count).padStart(7)} ${String(b.total).padStart(7)}  ${b.ratio.toFixed(3)}  ${b.goldsteinMean}`)] };
    }
  }
}

export const query: Command = {
  name: 'query',
  summary: 'ask the event graph: events, articles, actors, quotes, aggregates, graph, search',
  usage: `newsgraph query [${VIEWS.join('|')}] [QUERY FLAGS] [--db FILE] [--limit N] [--cursor C]
                 [--interval day|week|month] [--group-by ${GROUP_BYS.join('|')}] [--format table|json]

One page of what a Query matches (events by default), newest first; the last line gives the
--cursor of the next page. 'aggregate' counts events per --interval and --group-by, with the
total of each bucket. Lists are repeated flags or commas (--actor RUS* --actor UKR, --root 18,19).
Query flags (the same names as the HTTP API's parameters, see docs/query-and-api.md):
${queryFlagHelp()}`,
  async run(argv, io: Io) {
    const p = parse('query', argv, {
      ...QUERY_FLAGS, db: { type: 'string' }, limit: { type: 'string' }, cursor: { type: 'string' },
      interval: { type: 'string' }, 'group-by': { type: 'string' }, format: { type: 'string' },
    });
    const view = pickOne('view', p.positionals[0], VIEWS, 'events');
    const format = pickOne('format', str(p, 'format'), ['table', 'json'] as const, 'table');
    const q = queryFromFlags(p, { quotes: view === 'quotes', where: `query ${view}` });
    const store = await openStore(resolveDbLocation(str(p, 'db')));
    try {
      const r = await runView(view, asQueryable(store), q, p);
      if (format === 'json') io.out(JSON.stringify(r.json));
      else for (const line of r.lines.length > 0 ? r.lines : ['nothing matches']) io.out(line);
      return 0;
    } finally {
      await store.close();
    }
  },
};
