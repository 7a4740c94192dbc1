// The query conditions (src/store/query-where.ts) in PostgreSQL's dialect: tsvector for text,
// least/greatest for distance, lower() for place names, and `?` numbered by toPg when run.
import { makeWhere, type Cond } from '../../query-where.js';

export type { Cond } from '../../query-where.js';

/** `?` → `$1, $2, ...` (no SQL of this module has a `?` inside a literal). */
export function toPg(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** The words of a search, NULs removed; null when there is none. */
export function searchText(text: string | null): string | null {
  return text?.replace(/\u0000/g, ' ').trim() || null;
}

export const { TRUE, and, or, inList, codeMatch, nearMatch, textMatch, universeWhere, eventWhere } = makeWhere({
  truth: 'TRUE',
  distance: (km) =>
    `${km} * acos(least(1.0, greatest(-1.0, sin(radians(f.lat)) * ?::float8 + cos(radians(f.lat)) * ?::float8 * cos(radians(f.lon) - ?::float8))))`,
  place: (names): Cond => ({ sql: `lower(f.location_name) IN (${names.map(() => '?').join(', ')})`, params: names.map((p) => p.toLowerCase()) }),
  text: (seqColumn, text): Cond | null => {
    const words = searchText(text);
    return words === null ? null : { sql: `${seqColumn} IN (SELECT seq FROM articles WHERE tsv @@ plainto_tsquery('english', ?))`, params: [words] };
  },
});
