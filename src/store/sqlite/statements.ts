// The read and ledger statements of the SQLite store, prepared once per connection.
import type Database from 'better-sqlite3';

export type Statements = ReturnType<typeof prepareStatements>;

// Newest first; the cursor is the (date, id) of the last row seen, so pages never skip or
// repeat rows when articles are added between them (no OFFSET).
function listSql(text: boolean, after: boolean): string {
  const from = text ? 'articles_fts JOIN articles a ON a.seq = articles_fts.rowid' : 'articles a';
  const where = [text && 'articles_fts MATCH @match', after && '(a.sort_date, a.id) < (@date, @id)'].filter(Boolean);
  return `SELECT a.id, a.title, a.date, a.source, a.url, a.lang, a.added_at AS addedAt FROM ${from}
    ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY a.sort_date DESC, a.id DESC LIMIT @limit`;
}

const COUNTS = `SELECT
  (SELECT count(*) FROM articles) AS articles,
  (SELECT count(*) FROM sentences) AS sentences,
  (SELECT count(*) FROM entities) AS entities,
  (SELECT count(*) FROM mentions) AS mentions,
  (SELECT count(*) FROM events) AS events,
  (SELECT count(*) FROM event_mentions) AS eventMentions,
  (SELECT count(*) FROM quotes) AS quotes,
  (SELECT count(*) FROM dates) AS dates,
  (SELECT count(*) FROM amounts) AS amounts,
  (SELECT count(*) FROM claims) AS claims`;

const LEDGER_COLUMNS = 'seq, at, status, origin, article_id AS articleId, code, reason';

export function prepareStatements(db: Database.Database) {
  const list = (text: boolean) => ({ first: db.prepare(listSql(text, false)), after: db.prepare(listSql(text, true)) });
  return {
    exists: db.prepare('SELECT 1 FROM articles WHERE id = ?'),
    idsWithPrefix: db.prepare('SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 2'),
    list: { all: list(false), text: list(true) },
    counts: db.prepare(COUNTS),
    ledgerCounts: db.prepare('SELECT status, count(*) AS n FROM ingest_ledger GROUP BY status'),
    ledgerInsert: db.prepare(`INSERT INTO ingest_ledger (at, status, origin, article_id, code, reason)
      VALUES (@at, @status, @origin, @articleId, @code, @reason)`),
    ledgerRecent: db.prepare(`SELECT ${LEDGER_COLUMNS} FROM ingest_ledger ORDER BY seq DESC LIMIT ?`),
    ledgerByStatus: db.prepare(`SELECT ${LEDGER_COLUMNS} FROM ingest_ledger WHERE status = ? ORDER BY seq DESC LIMIT ?`),
  };
}
