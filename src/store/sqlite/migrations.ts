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

// The effective day of an event (YYYY-MM-DD) from its record date D: the first day of the
// day, ISO week, month, year or interval that D names; else the publication date P; else ''.
// Query filters, sorting and time buckets all use it, so it is computed once, when written.
const effectiveDay = (d: string, p: string) => `coalesce(CASE
  WHEN ${d} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(${d}, 1, 10)
  WHEN ${d} GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]*' THEN date(substr(${d}, 1, 4) || '-01-04', '-6 days', 'weekday 1',
    '+' || ((CAST(substr(${d}, 7, 2) AS INTEGER) - 1) * 7) || ' days')
  WHEN ${d} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN substr(${d}, 1, 7) || '-01'
  WHEN ${d} GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(${d}, 1, 4) || '-01-01'
END, substr(${p}, 1, 10), '')`;

const FACT_COLUMNS = `event_seq, article_id, event_ref, article_seq, signature, day, pub_day, source_code, source_country,
  target_code, target_country, cameo, root, quad_class, goldstein, plover, location_name, location_country, lat, lon,
  modality, negated, confidence, outlet`;

const factValues = (m: string) => `${m}.event_seq, ${m}.article_id, ${m}.event_ref, a.seq, e.signature,
  ${effectiveDay('e.date', 'a.date')}, coalesce(substr(a.date, 1, 10), ''), e.source_code, e.source_country,
  e.target_code, e.target_country, e.cameo, e.root, e.quad_class, e.goldstein, e.plover, e.location_name,
  e.location_country, e.lat, e.lon, ${m}.modality, ${m}.negated, ${m}.confidence, a.source`;

// V2: event_facts, one row per event mention with every column a query filters, sorts or
// groups on (events ⋈ event_mentions ⋈ articles), kept by triggers, so that queries read
// one table through its indexes instead of joining three for every row (issue 5, measured
// in src/bench/api-bench.ts). The tables of V1 stay the only source of truth.
const V2 = `
CREATE TABLE event_facts (
  id INTEGER PRIMARY KEY,
  event_seq INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  event_ref TEXT NOT NULL,
  article_seq INTEGER NOT NULL,
  signature TEXT NOT NULL,
  day TEXT NOT NULL,
  pub_day TEXT NOT NULL,
  source_code TEXT,
  source_country TEXT,
  target_code TEXT,
  target_country TEXT,
  cameo TEXT NOT NULL,
  root TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  plover TEXT,
  location_name TEXT,
  location_country TEXT,
  lat REAL,
  lon REAL,
  modality TEXT NOT NULL,
  negated INTEGER NOT NULL,
  confidence REAL NOT NULL,
  outlet TEXT NOT NULL,
  UNIQUE (article_id, event_ref)
);
CREATE INDEX event_facts_by_day ON event_facts (day);
CREATE INDEX event_facts_by_pub_day ON event_facts (pub_day);
-- Covering for actor and dyad aggregates (the columns they filter, bucket and sum).
CREATE INDEX event_facts_by_source ON event_facts (source_code, target_code, day, modality, negated, goldstein);
CREATE INDEX event_facts_by_target ON event_facts (target_code, source_code, day, modality, negated, goldstein);
CREATE INDEX event_facts_by_source_country ON event_facts (source_country, day);
CREATE INDEX event_facts_by_target_country ON event_facts (target_country, day);
CREATE INDEX event_facts_by_cameo ON event_facts (cameo, day);
CREATE INDEX event_facts_by_root ON event_facts (root, day);
CREATE INDEX event_facts_by_quad ON event_facts (quad_class, day);
CREATE INDEX event_facts_by_plover ON event_facts (plover, day);
CREATE INDEX event_facts_by_place ON event_facts (location_name COLLATE NOCASE);
CREATE INDEX event_facts_by_place_country ON event_facts (location_country, day);
CREATE INDEX event_facts_by_lat ON event_facts (lat) WHERE lat IS NOT NULL;
CREATE INDEX event_facts_by_outlet ON event_facts (outlet, day);
CREATE INDEX event_facts_by_article ON event_facts (article_seq);
CREATE INDEX event_facts_by_signature ON event_facts (signature);

-- Events per day (of the event, or of publication), modality and negation: the totals that
-- aggregates divide by, kept by triggers so a total never scans the events.
CREATE TABLE event_day_totals (
  date_field TEXT NOT NULL CHECK (date_field IN ('event', 'published')),
  day TEXT NOT NULL,
  modality TEXT NOT NULL,
  negated INTEGER NOT NULL,
  n INTEGER NOT NULL,
  goldstein_sum REAL NOT NULL,
  PRIMARY KEY (date_field, day, modality, negated)
) WITHOUT ROWID;

INSERT INTO event_facts (${FACT_COLUMNS})
  SELECT ${factValues('m')} FROM event_mentions m JOIN events e ON e.seq = m.event_seq JOIN articles a ON a.id = m.article_id;

INSERT INTO event_day_totals (date_field, day, modality, negated, n, goldstein_sum)
  SELECT 'event', day, modality, negated, count(*), sum(goldstein) FROM event_facts WHERE day <> '' GROUP BY 2, 3, 4;
INSERT INTO event_day_totals (date_field, day, modality, negated, n, goldstein_sum)
  SELECT 'published', pub_day, modality, negated, count(*), sum(goldstein) FROM event_facts WHERE pub_day <> '' GROUP BY 2, 3, 4;

CREATE TRIGGER event_day_totals_ai AFTER INSERT ON event_facts BEGIN
  INSERT INTO event_day_totals (date_field, day, modality, negated, n, goldstein_sum)
    SELECT 'event', new.day, new.modality, new.negated, 1, new.goldstein WHERE new.day <> ''
    ON CONFLICT DO UPDATE SET n = n + 1, goldstein_sum = goldstein_sum + excluded.goldstein_sum;
  INSERT INTO event_day_totals (date_field, day, modality, negated, n, goldstein_sum)
    SELECT 'published', new.pub_day, new.modality, new.negated, 1, new.goldstein WHERE new.pub_day <> ''
    ON CONFLICT DO UPDATE SET n = n + 1, goldstein_sum = goldstein_sum + excluded.goldstein_sum;
END;
CREATE TRIGGER event_day_totals_ad AFTER DELETE ON event_facts BEGIN
  UPDATE event_day_totals SET n = n - 1, goldstein_sum = goldstein_sum - old.goldstein
    WHERE (date_field = 'event' AND day = old.day OR date_field = 'published' AND day = old.pub_day)
      AND modality = old.modality AND negated = old.negated;
END;

CREATE TRIGGER event_facts_ai AFTER INSERT ON event_mentions BEGIN
  INSERT INTO event_facts (${FACT_COLUMNS})
    SELECT ${factValues('new')} FROM events e, articles a WHERE e.seq = new.event_seq AND a.id = new.article_id;
END;
CREATE TRIGGER event_facts_ad AFTER DELETE ON event_mentions BEGIN
  DELETE FROM event_facts WHERE article_id = old.article_id AND event_ref = old.event_ref;
END;
CREATE TRIGGER event_facts_au AFTER UPDATE ON events BEGIN
  DELETE FROM event_facts WHERE event_seq = new.seq;
  INSERT INTO event_facts (${FACT_COLUMNS})
    SELECT ${factValues('m')} FROM event_mentions m, events e, articles a
    WHERE m.event_seq = new.seq AND e.seq = new.seq AND a.id = m.article_id;
END;
`;

/** Step n (0-based) takes a database from user_version n to n + 1. */
// How an entity is named in a mention: name, agent, description or pronoun (record field `kind`).
const V3 = `
ALTER TABLE mentions ADD COLUMN kind TEXT;
`;

// Optional fields of quotes and claims that later record versions add (cue span, continued
// quotation, plural speakers and descriptions; claimant and reporting quotation), as JSON.
const V4 = `
ALTER TABLE quotes ADD COLUMN extra TEXT;
ALTER TABLE claims ADD COLUMN extra TEXT;
`;

export const MIGRATIONS: readonly string[] = [V1, V2, V3, V4];

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
