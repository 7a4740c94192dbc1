// Event rows for lists and exports on PostgreSQL: a keyset page of event mentions (newest
// day first), and a page of events grouped by signature (the GDELT event table).
import { decodeKey, encodeKey } from '../../../query/cursor.js';
import type { Query } from '../../../query/query.js';
import type { EventGroupRow, EventRow, Page, PageRequest } from '../../../query/types.js';
import { and, eventWhere, TRUE, type Cond } from './pg-where.js';

export type Run = <T>(sql: string, params: unknown[]) => Promise<T[]>;
type Row = Record<string, unknown>;

// The columns of an EventRow, read through the row of event_facts f. substr() counts code
// points where offsets count UTF-16 units (as in SQLite): a sentence after an emoji shifts.
const ROW_COLUMNS = `f.id, f.event_seq AS "eventId", f.signature, f.day, e.date AS "eventDate", m.date_text AS "dateText",
  f.source_code AS "sourceCode", f.source_country AS "sourceCountry", m.source_text AS "sourceName",
  m.source_start AS "sourceStart", m.source_end AS "sourceEnd",
  f.target_code AS "targetCode", f.target_country AS "targetCountry", m.target_text AS "targetName",
  m.target_start AS "targetStart", m.target_end AS "targetEnd",
  f.cameo, f.root, f.quad_class AS "quadClass", f.goldstein, f.plover,
  f.location_name AS "placeName", f.location_country AS "placeCountry", f.lat, f.lon,
  f.modality, f.negated, f.confidence, m.rule,
  a.id AS "articleId", a.title, a.source AS outlet, a.url, a.lang, a.date AS published,
  m.sentence, s.start_char AS "sentenceStart", s.end_char AS "sentenceEnd",
  substr(a.text, s.start_char + 1, s.end_char - s.start_char) AS "sentenceText", m.trigger_start AS "triggerStart",
  m.trigger_end AS "triggerEnd", m.trigger_text AS "triggerText",
  length(a.text) AS "docLength", a.added_at AS "addedAt",
  (SELECT min(x.seq) FROM events x WHERE x.signature = f.signature) AS "globalEventId",
  (SELECT a2.added_at FROM event_facts f2 JOIN articles a2 ON a2.seq = f2.article_seq
    WHERE f2.signature = f.signature ORDER BY f2.event_seq LIMIT 1) AS "eventAddedAt"`;

const ROW_JOINS = `JOIN events e ON e.seq = f.event_seq
  JOIN event_mentions m ON m.article_id = f.article_id AND m.event_ref = f.event_ref
  JOIN articles a ON a.seq = f.article_seq
  JOIN sentences s ON s.article_id = m.article_id AND s.i = m.sentence`;

function toEventRow(r: Row): EventRow {
  return { ...(r as unknown as EventRow), day: (r.day as string) || null, negated: r.negated === 1 };
}

/** `limit + 1` rows tell whether a next page exists; the cursor is the key of the last row kept. */
export function pageOf<T>(rows: T[], limit: number, key: (last: T) => string): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? key(last) : null };
}

function afterEvent(cursor: string | null | undefined): Cond {
  if (!cursor) return TRUE;
  const [day, id] = decodeKey('events', cursor);
  return { sql: '(f.day, f.id) < (?, ?)', params: [day, id] };
}

/** Event mentions matching `q`, newest effective day first (then newest id). */
export async function listEvents(run: Run, q: Query, page: PageRequest, extra: Cond[] = []): Promise<Page<EventRow>> {
  const where = and([eventWhere(q), afterEvent(page.cursor), ...extra]);
  const sql = `WITH page AS (SELECT f.id FROM event_facts f WHERE ${where.sql} ORDER BY f.day DESC, f.id DESC LIMIT ?)
    SELECT ${ROW_COLUMNS} FROM page JOIN event_facts f ON f.id = page.id ${ROW_JOINS}
    ORDER BY f.day DESC, f.id DESC`;
  const rows = (await run<Row>(sql, [...where.params, page.limit + 1])).map(toEventRow);
  return pageOf(rows, page.limit, (r) => encodeKey('events', [r.day ?? '', r.id]));
}

/**
 * One row per signature among the mentions that match `q`, in signature order: the first
 * mention's fields and counts of its matching mentions, outlets and articles.
 */
export async function listEventGroups(run: Run, q: Query, page: PageRequest): Promise<Page<EventGroupRow>> {
  const after = page.cursor ? decodeKey('groups', page.cursor)[0] : '';
  const where = and([eventWhere(q), { sql: 'f.signature > ?', params: [after] }]);
  const sql = `WITH g AS (
      SELECT f.signature, min(f.id) AS id, count(*) AS "numMentions", count(DISTINCT f.outlet) AS "numSources",
        count(DISTINCT f.article_seq) AS "numArticles", min(nullif(f.pub_day, '')) AS "firstSeen"
      FROM event_facts f WHERE ${where.sql} GROUP BY f.signature ORDER BY f.signature LIMIT ?)
    SELECT ${ROW_COLUMNS}, g."numMentions", g."numSources", g."numArticles", g."firstSeen"
    FROM g JOIN event_facts f ON f.id = g.id ${ROW_JOINS} ORDER BY g.signature`;
  const rows = (await run<Row>(sql, [...where.params, page.limit + 1])).map((r) => ({
    ...toEventRow(r),
    numMentions: r.numMentions as number, numSources: r.numSources as number,
    numArticles: r.numArticles as number, firstSeen: (r.firstSeen as string | null) ?? null,
  }));
  return pageOf(rows, page.limit, (r) => encodeKey('groups', [r.signature]));
}
