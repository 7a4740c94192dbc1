// Articles for a Query on PostgreSQL (those with a matching event when the Query names event
// conditions), full-text search with ts_headline snippets, quotes, and the entity names of
// articles (POLECAT).
import { decodeKey, encodeKey } from '../../../query/cursor.js';
import { constrainsEvents, type Query } from '../../../query/query.js';
import type { Page, PageRequest, QuoteRow, SearchHit, StoryNames } from '../../../query/types.js';
import type { ArticleSummary } from '../../store.js';
import { pageOf, type Run } from './pg-events.js';
import { and, codeMatch, eventWhere, inList, or, searchText, textMatch, TRUE, type Cond } from './pg-where.js';

const SUMMARY = 'a.id, a.title, a.date, a.source, a.url, a.lang, a.added_at AS "addedAt"';

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
export async function queryArticles(run: Run, q: Query, page: PageRequest): Promise<Page<ArticleSummary>> {
  const events = constrainsEvents(q) ? eventWhere(q) : null;
  const key = page.cursor ? decodeKey('articles', page.cursor) : null;
  const where = and([
    articleWhere(q),
    events ? { sql: `a.seq IN (SELECT f.article_seq FROM event_facts f WHERE ${events.sql})`, params: events.params } : TRUE,
    key ? { sql: '(a.sort_date, a.id) < (?, ?)', params: key } : TRUE,
  ]);
  const sql = `SELECT ${SUMMARY} FROM articles a WHERE ${where.sql} ORDER BY a.sort_date DESC, a.id DESC LIMIT ?`;
  const rows = await run<ArticleSummary>(sql, [...where.params, page.limit + 1]);
  return pageOf(rows, page.limit, (r) => encodeKey('articles', [r.date ?? '', r.id]));
}

// ts_rank_cd is higher for better matches; the cursor keeps SQLite's "smaller is better"
// convention by negating it. Snippets mark the words as the SQLite store does («word»).
const HEADLINE = `StartSel=«, StopSel=», MaxWords=24, MinWords=12, MaxFragments=1, FragmentDelimiter=…`;

/** Best matches first, with a snippet of the text; keyset (rank, seq). */
export async function searchArticles(run: Run, q: Query, page: PageRequest): Promise<Page<SearchHit>> {
  const words = searchText(q.text);
  if (words === null) return { items: [], nextCursor: null };
  const key = page.cursor ? decodeKey('search', page.cursor) : null;
  const rest = and([articleWhere({ ...q, text: null }), key ? { sql: '(s.rank, s.seq) > (?, ?)', params: key } : TRUE]);
  const sql = `WITH s AS (SELECT a.seq, -ts_rank_cd(a.tsv, plainto_tsquery('english', ?))::float8 AS rank
      FROM articles a WHERE a.tsv @@ plainto_tsquery('english', ?))
    SELECT ${SUMMARY}, ts_headline('english', a.text, plainto_tsquery('english', ?), '${HEADLINE}') AS snippet, s.rank, s.seq
    FROM s JOIN articles a ON a.seq = s.seq WHERE ${rest.sql} ORDER BY s.rank, s.seq LIMIT ?`;
  const rows = await run<SearchHit & { rank: number; seq: number; addedAt?: string }>(sql, [words, words, words, ...rest.params, page.limit + 1]);
  const p = pageOf(rows, page.limit, (r) => encodeKey('search', [r.rank, r.seq]));
  return { ...p, items: p.items.map(({ rank: _r, seq: _s, addedAt: _a, ...hit }) => hit) };
}

/** Quotes of the articles a Query names; actor codes or speaker names select the speaker. Newest article first. */
export async function listQuotes(run: Run, q: Query, page: PageRequest): Promise<Page<QuoteRow>> {
  const speakers = [...q.actor, ...q.source, ...q.target];
  const key = page.cursor ? decodeKey('quotes', page.cursor) : null;
  const where = and([
    articleWhere({ ...q, dateField: 'published' }),
    codeMatch('en.code COLLATE "C"', speakers),
    q.speaker.length ? or(q.speaker.map((n) => ({ sql: 'lower(en.name) = ? OR lower(q.speaker_name) = ?', params: [n.toLowerCase(), n.toLowerCase()] }))) : TRUE,
    key ? {
      sql: 'a.sort_date < ? OR (a.sort_date = ? AND (q.article_id < ? OR (q.article_id = ? AND q.ord > ?)))',
      params: [key[0], key[0], key[1], key[1], key[2]],
    } : TRUE,
  ]);
  const sql = `SELECT q.article_id AS "articleId", q.quote_id AS "quoteId", q.start_char AS start, q.end_char AS "end", q.text,
      q.kind, q.cue, q.speaker_name AS "speakerName", en.name AS speaker, en.code AS "speakerCode", q.speaker_start AS "speakerStart",
      q.speaker_end AS "speakerEnd", a.title, a.source AS outlet, a.url, a.date AS published, q.ord, a.sort_date AS "sortDate"
    FROM quotes q JOIN articles a ON a.id = q.article_id
    LEFT JOIN entities en ON en.article_id = q.article_id AND en.entity_id = q.speaker_entity
    WHERE ${where.sql} ORDER BY a.sort_date DESC, q.article_id DESC, q.ord LIMIT ?`;
  const rows = await run<QuoteRow & { ord: number; sortDate: string }>(sql, [...where.params, page.limit + 1]);
  const p = pageOf(rows, page.limit, (r) => encodeKey('quotes', [r.sortDate, r.articleId, r.ord]));
  return { ...p, items: p.items.map(({ ord: _o, sortDate: _s, ...row }) => row) };
}

/** People, organisations and places named in each article (entity order). */
export async function storyNames(run: Run, articleIds: readonly string[]): Promise<Map<string, StoryNames>> {
  const out = new Map<string, StoryNames>();
  if (articleIds.length === 0) return out;
  const ids = [...new Set(articleIds)];
  const sql = `SELECT article_id AS id, type, name FROM entities WHERE article_id = ANY(?::text[]) ORDER BY article_id, ord`;
  for (const r of await run<{ id: string; type: string; name: string }>(sql, [ids])) {
    const names = out.get(r.id) ?? { people: [], organizations: [], locations: [] };
    const list = r.type === 'PERSON' ? names.people : r.type === 'ORG' || r.type === 'GROUP' ? names.organizations
      : r.type === 'GPE' || r.type === 'LOC' || r.type === 'FAC' ? names.locations : null;
    if (list && !list.includes(r.name)) list.push(r.name);
    out.set(r.id, names);
  }
  return out;
}
