// Actors of the events a Query matches, on PostgreSQL: a ranked, paged list, an actor's
// co-actors, and the actor network (busiest dyads and the actors on them).
import { decodeKey, encodeKey } from '../../../query/cursor.js';
import type { Query } from '../../../query/query.js';
import type { ActorRow, Graph, Page, PageRequest } from '../../../query/types.js';
import { pageOf, type Run } from './pg-events.js';
import { eventWhere, type Cond } from './pg-where.js';

// The name the articles use most for a code (entities are indexed by code).
const NAME_OF = (code: string) =>
  `(SELECT n.name FROM entities n WHERE n.code = ${code} GROUP BY n.name ORDER BY count(*) DESC, n.name COLLATE "C" LIMIT 1)`;

function sidesSql(where: Cond): Cond {
  const sql = `SELECT f.source_code AS code, 1 AS s, 0 AS t, f.day FROM event_facts f WHERE ${where.sql} AND f.source_code IS NOT NULL
    UNION ALL SELECT f.target_code, 0, 1, f.day FROM event_facts f WHERE ${where.sql} AND f.target_code IS NOT NULL`;
  return { sql, params: [...where.params, ...where.params] };
}

/** Actors by how many matching events involve them (most first, then by code). */
export async function listActors(run: Run, q: Query, page: PageRequest): Promise<Page<ActorRow>> {
  const sides = sidesSql(eventWhere(q));
  const key = page.cursor ? decodeKey('actors', page.cursor) : null;
  const having = key ? 'HAVING count(*) < ? OR (count(*) = ? AND code > ?)' : '';
  const sql = `WITH c AS (SELECT code, sum(s) AS "asSource", sum(t) AS "asTarget", count(*) AS events,
      min(nullif(day, '')) AS "firstDay", max(nullif(day, '')) AS "lastDay"
      FROM (${sides.sql}) x GROUP BY code ${having} ORDER BY events DESC, code LIMIT ?)
    SELECT c.*, ${NAME_OF('c.code')} AS name FROM c ORDER BY events DESC, code`;
  const params = [...sides.params, ...(key ? [key[0], key[0], key[1]] : []), page.limit + 1];
  const rows = await run<ActorRow>(sql, params);
  return pageOf(rows, page.limit, (r) => encodeKey('actors', [r.events, r.code]));
}

/** One actor's counts over all its events (exact code), or null when it has none. */
export async function actorSummary(run: Run, q: Query, code: string): Promise<ActorRow | null> {
  const where = eventWhere(q);
  const sql = `SELECT ?::text AS code, ${NAME_OF('?::text')} AS name,
      count(*) FILTER (WHERE f.source_code = ?::text) AS "asSource", count(*) FILTER (WHERE f.target_code = ?::text) AS "asTarget",
      count(*) AS events, min(nullif(f.day, '')) AS "firstDay", max(nullif(f.day, '')) AS "lastDay"
    FROM event_facts f WHERE (f.source_code = ?::text OR f.target_code = ?::text) AND ${where.sql}`;
  const [row] = await run<ActorRow>(sql, [code, code, code, code, code, code, ...where.params]);
  return row && row.events > 0 ? row : null;
}

/** The codes an actor deals with (either direction), busiest first. */
export async function coActors(run: Run, q: Query, code: string, limit: number): Promise<{ code: string; events: number; goldsteinMean: number }[]> {
  const where = eventWhere(q);
  const sql = `SELECT * FROM (SELECT CASE WHEN f.source_code = ?::text THEN f.target_code ELSE f.source_code END AS code,
      count(*) AS events, round(avg(f.goldstein)::numeric, 4)::float8 AS "goldsteinMean"
    FROM event_facts f WHERE (f.source_code = ?::text OR f.target_code = ?::text) AND ${where.sql} GROUP BY 1) x
    WHERE code IS NOT NULL AND code <> ?::text ORDER BY events DESC, code LIMIT ?`;
  return run(sql, [code, code, code, ...where.params, code, limit]);
}

/** The `limit` busiest directed dyads of the matching events, and their actors as nodes. */
export async function actorGraph(run: Run, q: Query, limit: number): Promise<Graph> {
  const where = eventWhere(q);
  const sql = `SELECT f.source_code AS source, f.target_code AS target, count(*) AS events,
      round(avg(f.goldstein)::numeric, 4)::float8 AS "goldsteinMean", min(nullif(f.day, '')) AS "firstDay", max(nullif(f.day, '')) AS "lastDay"
    FROM event_facts f WHERE ${where.sql} AND f.source_code IS NOT NULL AND f.target_code IS NOT NULL
    GROUP BY f.source_code, f.target_code ORDER BY events DESC, source, target LIMIT ?`;
  const rows = await run<Graph['edges'][number]>(sql, [...where.params, limit + 1]);
  const edges = rows.slice(0, limit);
  const weight = new Map<string, number>();
  for (const e of edges) {
    weight.set(e.source, (weight.get(e.source) ?? 0) + e.events);
    if (e.target !== e.source) weight.set(e.target, (weight.get(e.target) ?? 0) + e.events);
  }
  const ids = [...weight].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const nodes = await Promise.all(ids.map(async ([id, events]) => {
    const [row] = await run<{ name: string | null }>(`SELECT ${NAME_OF('?::text')} AS name`, [id]);
    return { id, label: row?.name ?? null, events };
  }));
  return { nodes, edges, truncated: rows.length > limit };
}
