// Event rows for lists and exports: a keyset page of event mentions (newest day first), and
// a page of events grouped by signature (the GDELT event table).
import { decodeKey, encodeKey } from '../../../query/cursor.js';
import type { Query } from '../../../query/query.js';
import type { EventGroupRow, EventRow, Page, PageRequest } from '../../../query/types.js';
import type { Prepare } from './statement-cache.js';
import { and, eventWhere, type Cond } from './where.js';

type Row = Record<string, unknown>;

// The columns of an EventRow, read through the row of event_facts f. substr() counts code
// points where offsets count UTF-16 units: a sentence after an emoji comes out shifted.
const ROW_COLUMNS = `f.id, f.event_seq AS eventId, f.signature, f.day, e.date AS eventDate, m.date_text AS dateText,
  f.source_code AS sourceCode, f.source_country AS sourceCountry, m.source_text AS sourceName,
  m.source_start AS sourceStart, m.source_end AS sourceEnd,
  f.target_code AS targetCode, f.target_country AS targetCountry, m.target_text AS targetName,
  m.target_start AS targetStart, m.target_end AS targetEnd,
  f.cameo, f.root, f.quad_class AS quadClass, f.goldstein, f.plover,
  f.location_name AS placeName, f.location_country AS placeCountry, f.lat, f.lon,
  f.modality, f.negated, f.confidence, m.rule,
  a.id AS articleId, a.title, a.source AS outlet, a.url, a.lang, a.date AS published,
  m.sentence, s.start_char AS sentenceStart, s.end_char AS sentenceEnd,
  substr(a.text, s.start_char + 1, s.end_char - s.start_char) AS sentenceText, m.trigger_start AS triggerStart, m.trigger_end AS triggerEnd, m.trigger_text AS triggerText,
  length(a.text) AS docLength, a.added_at AS addedAt,
  (SELECT min(x.seq) FROM events x WHERE x.signature = f.signature) AS globalEventId,
  (SELECT a2.added_at FROM event_facts f2 JOIN articles a2 ON a2.seq = f2.article_seq
    WHERE f2.signature = f.signature ORDER BY f2.event_seq LIMIT 1) AS eventAddedAt`;

const ROW_JOINS = `JOIN events e ON e.seq = f.event_seq
  JOIN event_mentions m ON m.article_id = f.article_id AND m.event_ref = f.event_ref
  JOIN articles a ON a.seq = f.article_seq
  JOIN sentences s ON s.article_id = m.article_id AND s.i = m.sentence`;

export function toEventRow(r: Row): EventRow {
  return { ...(r as unknown as EventRow), day: (r.day as string) || null, negated: r.negated === 1 };
}

/** `limit + 1` rows tell whether a next page exists; the cursor is the key of the last row kept. */
export function pageOf<T>(rows: T[], limit: number, key: (last: T) => string): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? key(last) : null };
}

function afterEvent(cursor: string | null | undefined): Cond {
  if (!cursor) return { sql: '1', params: [] };
  const [day, id] = decodeKey('events', cursor);
  return { sql: '(f.day, f.id) < (?, ?)', params: [day, id] };
}

/**
 * Event mentions matching `q`, newest effective day first (then newest id). The page of ids
 * is chosen first and then joined: CROSS JOIN keeps it the outer loop in SQLite, which would
 * otherwise walk every event in date order and join each before dropping it (1 s a page).
 */
export function listEvents(prepare: Prepare, q: Query, page: PageRequest, extra: Cond[] = []): Page<EventRow> {
  const where = and([eventWhere(q), afterEvent(page.cursor), ...extra]);
  const sql = `WITH page AS (SELECT f.id FROM event_facts f WHERE ${where.sql} ORDER BY f.day DESC, f.id DESC LIMIT ?)
    SELECT ${ROW_COLUMNS} FROM page CROSS JOIN event_facts f ON f.id = page.id ${ROW_JOINS}
    ORDER BY f.day DESC, f.id DESC`;
  const rows = (prepare(sql).all(...where.params, page.limit + 1) as Row[]).map(toEventRow);
  return pageOf(rows, page.limit, (r) => encodeKey('events', [r.day ?? '', r.id]));
}

/**
 * One row per signature among the mentions that match `q`, in signature order: the first
 * mention's fields and counts of its matching mentions, outlets and articles.
 */
export function listEventGroups(prepare: Prepare, q: Query, page: PageRequest): Page<EventGroupRow> {
  const after = page.cursor ? decodeKey('groups', page.cursor)[0] : '';
  const where = and([eventWhere(q), { sql: 'f.signature > ?', params: [after] }]);
  const sql = `WITH g AS (
      SELECT f.signature, min(f.id) AS id, count(*) AS numMentions, count(DISTINCT f.outlet) AS numSources,
        count(DISTINCT f.article_seq) AS numArticles, min(nullif(f.pub_day, '')) AS firstSeen
      FROM event_facts f WHERE ${where.sql} GROUP BY f.signature ORDER BY f.signature LIMIT ?)
    SELECT ${ROW_COLUMNS}, g.numMentions, g.numSources, g.numArticles, g.firstSeen
    FROM g CROSS JOIN event_facts f ON f.id = g.id ${ROW_JOINS} ORDER BY g.signature`;
  const rows = (prepare(sql).all(...where.params, page.limit + 1) as Row[]).map((r) => ({ ...toEventRow(r), ...pick(r) }));
  return pageOf(rows, page.limit, (r) => encodeKey('groups', [r.signature]));
}

function pick(r: Row) {
  return {
    numMentions: r.numMentions as number, numSources: r.numSources as number,
    numArticles: r.numArticles as number, firstSeen: (r.firstSeen as string | null) ?? null,
  };
}
