// Articles for a Query (those with a matching event when the Query names event conditions),
// full-text search with snippets, quotes, and the entity names of articles (POLECAT).
import { decodeKey, encodeKey } from '../../../query/cursor.js';
import { constrainsEvents, type Query } from '../../../query/query.js';
import type { Page, PageRequest, QuoteRow, SearchHit, StoryNames } from '../../../query/types.js';
import type { ArticleSummary } from '../../store.js';
import { pageOf } from './events.js';
import type { Prepare } from './statement-cache.js';
import { and, codeMatch, eventWhere, inList, or, textMatch, type Cond } from './where.js';

const SUMMARY = 'a.id, a.title, a.date, a.source, a.url, a.lang, a.added_at AS addedAt';
const TRUE: Cond = { sql: '1', params: [] };

/** Conditions on the article itself: outlet, words, publication date (when the window is on it). */
function articleWhere(q: Query): Cond {
  const published = q.time && (q.dateField === 'published' || !constrainsEvents(q));
  return and([
    inList('a.source', q.outlet),
    textMatch('a.seq', q.text),
    published && q.time ? { sql: 'a.sort_date BETWEEN ? AND ?', params: [q.time.from, `${q.time.to}\uffff`] } : TRUE,
  ]);
}

/** Newest first, keyset (date, id) like `Store.listArticles`. */
export function queryArticles(prepare: Prepare, q: Query, page: PageRequest): Page<ArticleSummary> {
  const events = constrainsEvents(q) ? eventWhere(q) : null;
  const key = page.cursor ? decodeKey('articles', page.cursor) : null;
  const where = and([
    articleWhere(q),
    events ? { sql: `a.seq IN (SELECT f.article_seq FROM event_facts f WHERE ${events.sql})`, params: events.params } : TRUE,
    key ? { sql: '(a.sort_date, a.id) < (?, ?)', params: key } : TRUE,
  ]);
  const sql = `SELECT ${SUMMARY} FROM articles a WHERE ${where.sql} ORDER BY a.sort_date DESC, a.id DESC LIMIT ?`;
  const rows = prepare(sql).all(...where.params, page.limit + 1) as ArticleSummary[];
  return pageOf(rows, page.limit, (r) => encodeKey('articles', [r.date ?? '', r.id]));
}

/** Best matches first (bm25), with a snippet of the text; keyset (rank, seq). */
export function searchArticles(prepare: Prepare, q: Query, page: PageRequest): Page<SearchHit> {
  const key = page.cursor ? decodeKey('search', page.cursor) : null;
  const rest = and([{ ...articleWhere({ ...q, text: null }) }, key ? { sql: '(s.rank, s.seq) > (?, ?)', params: key } : TRUE]);
  const match = textMatch('articles_fts.rowid', q.text);
  if (match.sql === '1') return { items: [], nextCursor: null };
  const sql = `WITH s AS (SELECT articles_fts.rowid AS seq, rank, snippet(articles_fts, 1, '«', '»', '…', 24) AS snippet
      FROM articles_fts WHERE articles_fts MATCH ?)
    SELECT ${SUMMARY}, s.snippet, s.rank, s.seq FROM s JOIN articles a ON a.seq = s.seq
    WHERE ${rest.sql} ORDER BY s.rank, s.seq LIMIT ?`;
  const rows = prepare(sql).all(match.params[0], ...rest.params, page.limit + 1) as (SearchHit & { rank: number; seq: number; addedAt?: string })[];
  const page0 = pageOf(rows, page.limit, (r) => encodeKey('search', [r.rank, r.seq]));
  return { ...page0, items: page0.items.map(({ rank: _r, seq: _s, addedAt: _a, ...hit }) => hit) };
}

/** Quotes of the articles a Query names; actor codes or speaker names select the speaker. Newest article first. */
export function listQuotes(prepare: Prepare, q: Query, page: PageRequest): Page<QuoteRow> {
  const speakers = [...q.actor, ...q.source, ...q.target];
  const key = page.cursor ? decodeKey('quotes', page.cursor) : null;
  const where = and([
    articleWhere({ ...q, dateField: 'published' }),
    codeMatch('en.code', speakers),
    q.speaker.length ? or(q.speaker.map((n) => ({ sql: 'en.name = ? COLLATE NOCASE OR q.speaker_name = ? COLLATE NOCASE', params: [n, n] }))) : TRUE,
    key ? {
      sql: 'a.sort_date < ? OR (a.sort_date = ? AND (q.article_id < ? OR (q.article_id = ? AND q.ord > ?)))',
      params: [key[0], key[0], key[1], key[1], key[2]],
    } : TRUE,
  ]);
  const sql = `SELECT q.article_id AS articleId, q.quote_id AS quoteId, q.start_char AS start, q.end_char AS end, q.text,
      q.kind, q.cue, q.speaker_name AS speakerName, en.name AS speaker, en.code AS speakerCode, q.speaker_start AS speakerStart,
      q.speaker_end AS speakerEnd, a.title, a.source AS outlet, a.url, a.date AS published, q.ord, a.sort_date AS sortDate
    FROM quotes q JOIN articles a ON a.id = q.article_id
    LEFT JOIN entities en ON en.article_id = q.article_id AND en.entity_id = q.speaker_entity
    WHERE ${where.sql} ORDER BY a.sort_date DESC, q.article_id DESC, q.ord LIMIT ?`;
  const rows = prepare(sql).all(...where.params, page.limit + 1) as (QuoteRow & { ord: number; sortDate: string })[];
  const p = pageOf(rows, page.limit, (r) => encodeKey('quotes', [r.sortDate, r.articleId, r.ord]));
  return { ...p, items: p.items.map(({ ord: _o, sortDate: _s, ...row }) => row) };
}

/** People, organisations and places named in each article (entity order). */
export function storyNames(prepare: Prepare, articleIds: readonly string[]): Map<string, StoryNames> {
  const out = new Map<string, StoryNames>();
  if (articleIds.length === 0) return out;
  const ids = [...new Set(articleIds)];
  const sql = `SELECT article_id AS id, type, name FROM entities WHERE article_id IN (${ids.map(() => '?').join(', ')}) ORDER BY article_id, ord`;
  for (const r of prepare(sql).all(...ids) as { id: string; type: string; name: string }[]) {
    const names = out.get(r.id) ?? { people: [], organizations: [], locations: [] };
    const list = r.type === 'PERSON' ? names.people : r.type === 'ORG' || r.type === 'GROUP' ? names.organizations
      : r.type === 'GPE' || r.type === 'LOC' || r.type === 'FAC' ? names.locations : null;
    if (list && !list.includes(r.name)) list.push(r.name);
    out.set(r.id, names);
  }
  return out;
}
