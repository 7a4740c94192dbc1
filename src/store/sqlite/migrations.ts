// The SQLite schema as an ordered list of migrations; PRAGMA user_version holds how many
// of them a database has applied. Append new steps; never edit a released one.
import type Database from 'better-sqlite3';
import { NewsgraphError } from '../../errors.js';

// Spans are (start_char, end_char): UTF-16 offsets into articles.text, end exclusive.
// `end` is a keyword in SQL, hence the suffix. Enumerations (entity type, modality, kind)
// are not CHECKed so that the record can grow them without a migration.
const V1 = `
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE CHECK (length(id) > 0),
  title TEXT NOT NULL,
  date TEXT,
  source TEXT NOT NULL,
  url TEXT,
  lang TEXT NOT NULL,
  text TEXT NOT NULL,
  added_at TEXT NOT NULL,
  -- Undated articles sort as '' (last, newest first); a column rather than an expression so
  -- that the keyset (sort_date, id) < (?, ?) seeks in the index instead of scanning it.
  sort_date TEXT GENERATED ALWAYS AS (coalesce(date, '')) VIRTUAL
);
CREATE INDEX articles_by_date ON articles (sort_date, id);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='seq', tokenize='porter unicode61'
);
CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_au AFTER UPDATE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TABLE sentences (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  i INTEGER NOT NULL CHECK (i >= 0),
  start_char INTEGER NOT NULL CHECK (start_char >= 0),
  end_char INTEGER NOT NULL CHECK (end_char >= start_char),
  PRIMARY KEY (article_id, i)
) WITHOUT ROWID;

CREATE TABLE entities (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  ord INTEGER NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  code TEXT,
  country TEXT,
  lat REAL CHECK (lat BETWEEN -90 AND 90),
  lon REAL CHECK (lon BETWEEN -180 AND 180),
  PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX entities_by_code ON entities (code);
CREATE INDEX entities_by_name ON entities (name);

CREATE TABLE mentions (
  article_id TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  ord INTEGER NOT NULL,
  start_char INTEGER NOT NULL CHECK (start_char >= 0),
  end_char INTEGER NOT NULL CHECK (end_char >= start_char),
  text TEXT NOT NULL,
  PRIMARY KEY (article_id, entity_id, ord),
  FOREIGN KEY (article_id, entity_id) REFERENCES entities (article_id, entity_id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE events (
  seq INTEGER PRIMARY KEY,
  signature TEXT NOT NULL,
  date TEXT,
  cameo TEXT NOT NULL,
  root TEXT NOT NULL,
  quad_class INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
  goldstein REAL NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
  plover TEXT,
  source_code TEXT,
  source_country TEXT,
  target_code TEXT,
  target_country TEXT,
  location_name TEXT,
  location_country TEXT,
  lat REAL CHECK (lat BETWEEN -90 AND 90),
  lon REAL CHECK (lon BETWEEN -180 AND 180)
);
CREATE INDEX events_by_date ON events (date);
CREATE INDEX events_by_source ON events (source_code);
CREATE INDEX events_by_target ON events (target_code);
CREATE INDEX events_by_root ON events (root);
CREATE INDEX events_by_signature ON events (signature);

CREATE TABLE event_mentions (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  event_ref TEXT NOT NULL,
  ord INTEGER NOT NULL,
  event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  trigger_start INTEGER NOT NULL CHECK (trigger_start >= 0),
  trigger_end INTEGER NOT NULL CHECK (trigger_end >= trigger_start),
  trigger_text TEXT NOT NULL,
  source_entity TEXT,
  source_text TEXT,
  source_start INTEGER,
  source_end INTEGER,
  target_entity TEXT,
  target_text TEXT,
  target_start INTEGER,
  target_end INTEGER,
  date_text TEXT,
  confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  modality TEXT NOT NULL,
  negated INTEGER NOT NULL CHECK (negated IN (0, 1)),
  rule TEXT,
  PRIMARY KEY (article_id, event_ref),
  FOREIGN KEY (article_id, sentence) REFERENCES sentences (article_id, i),
  FOREIGN KEY (article_id, source_entity) REFERENCES entities (article_id, entity_id),
  FOREIGN KEY (article_id, target_entity) REFERENCES entities (article_id, entity_id)
);
CREATE INDEX event_mentions_by_event ON event_mentions (event_seq);

CREATE TABLE quotes (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  quote_id TEXT NOT NULL,
  ord INTEGER NOT NULL,
  start_char INTEGER NOT NULL CHECK (start_char >= 0),
  end_char INTEGER NOT NULL CHECK (end_char >= start_char),
  text TEXT NOT NULL,
  speaker_entity TEXT,
  speaker_name TEXT,
  speaker_start INTEGER,
  speaker_end INTEGER,
  cue TEXT,
  kind TEXT NOT NULL,
  PRIMARY KEY (article_id, quote_id),
  FOREIGN KEY (article_id, speaker_entity) REFERENCES entities (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX quotes_by_speaker ON quotes (speaker_name);

CREATE TABLE dates (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  start_char INTEGER NOT NULL CHECK (start_char >= 0),
  end_char INTEGER NOT NULL CHECK (end_char >= start_char),
  text TEXT NOT NULL,
  value TEXT NOT NULL,
  granularity TEXT NOT NULL,
  PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;

CREATE TABLE amounts (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  start_char INTEGER NOT NULL CHECK (start_char >= 0),
  end_char INTEGER NOT NULL CHECK (end_char >= start_char),
  text TEXT NOT NULL,
  value REAL NOT NULL,
  unit TEXT NOT NULL,
  PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;

CREATE TABLE claims (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  start_char INTEGER NOT NULL CHECK (start_char >= 0),
  end_char INTEGER NOT NULL CHECK (end_char >= start_char),
  text TEXT NOT NULL,
  speaker TEXT,
  flag TEXT NOT NULL,
  marker_start INTEGER,
  marker_end INTEGER,
  marker_text TEXT,
  PRIMARY KEY (article_id, ord),
  FOREIGN KEY (article_id, speaker) REFERENCES entities (article_id, entity_id)
) WITHOUT ROWID;

CREATE TABLE ingest_ledger (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('ok', 'duplicate', 'skipped', 'failed')),
  origin TEXT NOT NULL,
  article_id TEXT,
  code TEXT,
  reason TEXT
);
CREATE INDEX ingest_ledger_by_at ON ingest_ledger (at);
CREATE INDEX ingest_ledger_by_status ON ingest_ledger (status, seq);
`;

/** Step n (0-based) takes a database from user_version n to n + 1. */
export const MIGRATIONS: readonly string[] = [V1];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the database up to SCHEMA_VERSION in one IMMEDIATE transaction (so two processes
 * opening a new file at once do not both create tables). Newer schema → NG_E031; a SQLite
 * file with foreign tables and no version → NG_E030 (never write into someone else's db).
 */
export function migrate(db: Database.Database, location: string): void {
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > SCHEMA_VERSION) throw newerSchema(location, current);
    if (current === 0) refuseForeign(db, location);
    for (let v = current; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]!);
    if (current !== SCHEMA_VERSION) db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

function newerSchema(location: string, found: number): NewsgraphError {
  return new NewsgraphError(
    'NG_E031',
    `${location}: database schema version ${found} is newer than this newsgraph knows (${SCHEMA_VERSION})`,
    { hint: 'upgrade newsgraph to open it, or pass --db a different file', detail: { found, known: SCHEMA_VERSION } },
  );
}

function refuseForeign(db: Database.Database, location: string): void {
  const row = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'`).get() as { n: number };
  if (row.n === 0) return;
  throw new NewsgraphError('NG_E030', `${location}: is a SQLite database, but not a newsgraph one (it has other tables)`, {
    hint: 'pass --db a new file name; newsgraph does not write into databases it did not create',
  });
}
