// Actors of the events a Query matches: a ranked, paged list, an actor's co-actors, and
// the actor network (busiest dyads and the actors on them).
import { decodeKey, encodeKey } from '../../../query/cursor.js';
import type { Query } from '../../../query/query.js';
import type { ActorRow, Graph, Page, PageRequest } from '../../../query/types.js';
import { pageOf } from './events.js';
import type { Prepare } from './statement-cache.js';
import { eventWhere, type Cond } from './where.js';

// The name the articles use most for a code (entities are indexed by code).
const NAME_OF = (code: string) =>
  `(SELECT n.name FROM entities n WHERE n.code = ${code} GROUP BY n.name ORDER BY count(*) DESC, n.name LIMIT 1)`;

function sidesSql(where: Cond): { sql: string; params: unknown[] } {
  const sql = `SELECT f.source_code AS code, 1 AS s, 0 AS t, f.day FROM event_facts f WHERE ${where.sql} AND f.source_code IS NOT NULL
    UNION ALL SELECT f.target_code, 0, 1, f.day FROM event_facts f WHERE ${where.sql} AND f.target_code IS NOT NULL`;
  return { sql, params: [...where.params, ...where.params] };
}

/** Actors by how many matching events involve them (most first, then by code). */
export function listActors(prepare: Prepare, q: Query, page: PageRequest): Page<ActorRow> {
  const sides = sidesSql(eventWhere(q));
  const key = page.cursor ? decodeKey('actors', page.cursor) : null;
  const having = key ? 'HAVING count(*) < ? OR (count(*) = ? AND code > ?)' : '';
  const sql = `WITH c AS (SELECT code, sum(s) AS asSource, sum(t) AS asTarget, count(*) AS events,
      min(nullif(day, '')) AS firstDay, max(nullif(day, '')) AS lastDay
      FROM (${sides.sql}) GROUP BY code ${having} ORDER BY events DESC, code LIMIT ?)
    SELECT c.*, ${NAME_OF('c.code')} AS name FROM c ORDER BY events DESC, code`;
  const params = [...sides.params, ...(key ? [key[0], key[0], key[1]] : []), page.limit + 1];
  const rows = prepare(sql).all(...params) as ActorRow[];
  return pageOf(rows, page.limit, (r) => encodeKey('actors', [r.events, r.code]));
}

/** One actor's counts over all its events (exact code), or null when it has none. */
export function actorSummary(prepare: Prepare, q: Query, code: string): ActorRow | null {
  const where = eventWhere(q);
  const sql = `SELECT ? AS code, ${NAME_OF('?')} AS name,
      coalesce(sum(f.source_code = ?), 0) AS asSource, coalesce(sum(f.target_code = ?), 0) AS asTarget, count(*) AS events,
      min(nullif(f.day, '')) AS firstDay, max(nullif(f.day, '')) AS lastDay
    FROM event_facts f WHERE (f.source_code = ? OR f.target_code = ?) AND ${where.sql}`;
  const row = prepare(sql).get(code, code, code, code, code, code, ...where.params) as ActorRow;
  return row.events > 0 ? row : null;
}

/** The codes an actor deals with (either direction), busiest first. */
export function coActors(prepare: Prepare, q: Query, code: string, limit: number): { code: string; events: number; goldsteinMean: number }[] {
  const where = eventWhere(q);
  const sql = `SELECT CASE WHEN f.source_code = ? THEN f.target_code ELSE f.source_code END AS code,
      count(*) AS events, round(avg(f.goldstein), 4) AS goldsteinMean
    FROM event_facts f WHERE (f.source_code = ? OR f.target_code = ?) AND ${where.sql}
    GROUP BY 1 HAVING code IS NOT NULL AND code <> ? ORDER BY events DESC, code LIMIT ?`;
  return prepare(sql).all(code, code, code, ...where.params, code, limit) as { code: string; events: number; goldsteinMean: number }[];
}

/** The `limit` busiest directed dyads of the matching events, and their actors as nodes. */
export function actorGraph(prepare: Prepare, q: Query, limit: number): Graph {
  const where = eventWhere(q);
  const sql = `SELECT f.source_code AS source, f.target_code AS target, count(*) AS events,
      round(avg(f.goldstein), 4) AS goldsteinMean, min(nullif(f.day, '')) AS firstDay, max(nullif(f.day, '')) AS lastDay
    FROM event_facts f WHERE ${where.sql} AND f.source_code IS NOT NULL AND f.target_code IS NOT NULL
    GROUP BY f.source_code, f.target_code ORDER BY events DESC, source, target LIMIT ?`;
  const rows = prepare(sql).all(...where.params, limit + 1) as Graph['edges'];
  const edges = rows.slice(0, limit);
  const weight = new Map<string, number>();
  for (const e of edges) {
    weight.set(e.source, (weight.get(e.source) ?? 0) + e.events);
    if (e.target !== e.source) weight.set(e.target, (weight.get(e.target) ?? 0) + e.events);
  }
  const label = prepare(`SELECT ${NAME_OF('?')} AS name`);
  const nodes = [...weight].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([id, events]) => ({ id, label: (label.get(id) as { name: string | null }).name, events }));
  return { nodes, edges, truncated: rows.length > limit };
}
