// The query conditions (src/store/query-where.ts) in SQLite's dialect: FTS5 for text, math
// functions for distance, NOCASE for place names.
import { makeWhere, type Cond } from '../../query-where.js';
import { ftsQuery } from '../fts-query.js';

export type { Cond } from '../../query-where.js';

export const { TRUE, and, or, inList, codeMatch, nearMatch, textMatch, universeWhere, eventWhere } = makeWhere({
  truth: '1',
  distance: (km) => `${km} * acos(min(1.0, max(-1.0, sin(radians(f.lat)) * ? + cos(radians(f.lat)) * ? * cos(radians(f.lon) - ?))))`,
  place: (names): Cond => ({ sql: `f.location_name COLLATE NOCASE IN (${names.map(() => '?').join(', ')})`, params: [...names] }),
  text: (seqColumn, text): Cond | null => {
    const match = ftsQuery(text);
    return match === null ? null : { sql: `${seqColumn} IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`, params: [match] };
  },
});
