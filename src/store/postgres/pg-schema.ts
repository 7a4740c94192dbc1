// The PostgreSQL schema: the SQLite migrations expressed for PostgreSQL (tsvector + GIN for
// full-text search), applied under an advisory lock so that many workers may start at once.
import type pg from 'pg';
import { NewsgraphError } from '../../errors.js';
import { V2 } from './pg-schema-v2.js';

// Same tables, columns and constraints as sqlite/migrations.ts. Differences, on purpose:
// ids and sort keys are COLLATE "C" so that keyset order and prefix search are byte order
// as in SQLite; REAL is double precision (8 bytes, as SQLite's); `negated` is boolean;
// times are timestamptz; ingest_jobs makes a queue job's writes happen once (src/jobs/).
const V1 = `
CREATE TABLE articles (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text COLLATE "C" NOT NULL UNIQUE CHECK (length(id) > 0),
  title text NOT NULL,
  date text,
  source text NOT NULL,
  url text,
  lang text NOT NULL,
  text text NOT NULL,
  added_at timestamptz NOT NULL,
  sort_date text COLLATE "C" GENERATED ALWAYS AS (coalesce(date, '')) STORED,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, title || ' ' || text)) STORED
);
CREATE INDEX articles_by_date ON articles (sort_date, id);
CREATE INDEX articles_fts ON articles USING gin (tsv);

CREATE TABLE sentences (
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  i integer NOT NULL CHECK (i >= 0),
  start_char integer NOT NULL CHECK (start_char >= 0),
  end_char integer NOT NULL CHECK (end_char >= start_char),
  PRIMARY KEY (article_id, i)
);

CREATE TABLE entities (
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id text NOT NULL,
  ord integer NOT NULL,
  name text NOT NULL,
  type text NOT NULL,
  code text,
  country text,
  lat double precision CHECK (lat BETWEEN -90 AND 90),
  lon double precision CHECK (lon BETWEEN -180 AND 180),
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_by_code ON entities (code);
CREATE INDEX entities_by_name ON entities (name);

CREATE TABLE mentions (
  article_id text COLLATE "C" NOT NULL,
  entity_id text NOT NULL,
  ord integer NOT NULL,
  start_char integer NOT NULL CHECK (start_char >= 0),
  end_char integer NOT NULL CHECK (end_char >= start_char),
  text text NOT NULL,
  PRIMARY KEY (article_id, entity_id, ord),
  FOREIGN KEY (article_id, entity_id) REFERENCES entities (article_id, entity_id) ON DELETE CASCADE
);

CREATE SEQUENCE events_seq AS bigint;
CREATE TABLE events (
  seq bigint PRIMARY KEY DEFAULT nextval('events_seq'),
  signature text NOT NULL,
  date text,
  cameo text NOT NULL,
  root text NOT NULL,
  quad_class integer NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
  goldstein double precision NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
  plover text,
  source_code text,
  source_country text,
  target_code text,
  target_country text,
  location_name text,
  location_country text,
  lat double precision CHECK (lat BETWEEN -90 AND 90),
  lon double precision CHECK (lon BETWEEN -180 AND 180)
);
ALTER SEQUENCE events_seq OWNED BY events.seq;
CREATE INDEX events_by_date ON events (date);
CREATE INDEX events_by_source ON events (source_code);
CREATE INDEX events_by_target ON events (target_code);
CREATE INDEX events_by_root ON events (root);
CREATE INDEX events_by_signature ON events (signature);

CREATE TABLE event_mentions (
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  event_ref text NOT NULL,
  ord integer NOT NULL,
  event_seq bigint NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
  sentence integer NOT NULL,
  trigger_start integer NOT NULL CHECK (trigger_start >= 0),
  trigger_end integer NOT NULL CHECK (trigger_end >= trigger_start),
  trigger_text text NOT NULL,
  source_entity text,
  source_text text,
  source_start integer,
  source_end integer,
  target_entity text,
  target_text text,
  target_start integer,
  target_end integer,
  date_text text,
  confidence double precision NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  modality text NOT NULL,
  negated boolean NOT NULL,
  rule text,
  PRIMARY KEY (article_id, event_ref),
  FOREIGN KEY (article_id, sentence) REFERENCES sentences (article_id, i),
  FOREIGN KEY (article_id, source_entity) REFERENCES entities (article_id, entity_id),
  FOREIGN KEY (article_id, target_entity) REFERENCES entities (article_id, entity_id)
);
CREATE INDEX event_mentions_by_event ON event_mentions (event_seq);

CREATE TABLE quotes (
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  quote_id text NOT NULL,
  ord integer NOT NULL,
  start_char integer NOT NULL CHECK (start_char >= 0),
  end_char integer NOT NULL CHECK (end_char >= start_char),
  text text NOT NULL,
  speaker_entity text,
  speaker_name text,
  speaker_start integer,
  speaker_end integer,
  cue text,
  kind text NOT NULL,
  PRIMARY KEY (article_id, quote_id),
  FOREIGN KEY (article_id, speaker_entity) REFERENCES entities (article_id, entity_id)
);
CREATE INDEX quotes_by_speaker ON quotes (speaker_name);

CREATE TABLE dates (
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord integer NOT NULL,
  start_char integer NOT NULL CHECK (start_char >= 0),
  end_char integer NOT NULL CHECK (end_char >= start_char),
  text text NOT NULL,
  value text NOT NULL,
  granularity text NOT NULL,
  PRIMARY KEY (article_id, ord)
);

CREATE TABLE amounts (
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord integer NOT NULL,
  start_char integer NOT NULL CHECK (start_char >= 0),
  end_char integer NOT NULL CHECK (end_char >= start_char),
  text text NOT NULL,
  value double precision NOT NULL,
  unit text NOT NULL,
  PRIMARY KEY (article_id, ord)
);

CREATE TABLE claims (
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord integer NOT NULL,
  start_char integer NOT NULL CHECK (start_char >= 0),
  end_char integer NOT NULL CHECK (end_char >= start_char),
  text text NOT NULL,
  speaker text,
  flag text NOT NULL,
  marker_start integer,
  marker_end integer,
  marker_text text,
  PRIMARY KEY (article_id, ord),
  FOREIGN KEY (article_id, speaker) REFERENCES entities (article_id, entity_id)
);

CREATE TABLE ingest_ledger (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('ok', 'duplicate', 'skipped', 'failed')),
  origin text NOT NULL,
  article_id text,
  code text,
  reason text
);
CREATE INDEX ingest_ledger_by_at ON ingest_ledger (at);
CREATE INDEX ingest_ledger_by_status ON ingest_ledger (status, seq);

CREATE TABLE ingest_jobs (
  key text PRIMARY KEY,
  done_at timestamptz NOT NULL DEFAULT now()
);
`;

// V3 (as SQLite's V3): how an entity is named in a mention (record field `kind`).
const V3 = `ALTER TABLE mentions ADD COLUMN kind text;`;

// V4 (as SQLite's V4): optional fields of quotes and claims that later record versions add
// (cue span, continued quotation, plural speakers, descriptions; claimant, reporting
// quotation), as the same JSON text the SQLite store keeps.
const V4 = `ALTER TABLE quotes ADD COLUMN extra text; ALTER TABLE claims ADD COLUMN extra text;`;

/** Step n (0-based) takes a database from version n to n + 1. Append; never edit. */
export const PG_MIGRATIONS: readonly string[] = [V1, V2, V3, V4];

export const PG_SCHEMA_VERSION = PG_MIGRATIONS.length;

// Any constant shared by all newsgraph processes: they queue on it while one migrates.
const MIGRATION_LOCK = 0x6e657773;

/**
 * Brings the database (its current schema) up to PG_SCHEMA_VERSION in one transaction.
 * Newer schema → NG_E031; tables of another application and no version → NG_E030.
 */
export async function migratePg(client: pg.PoolClient, where: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const current = await schemaVersion(client, where);
    if (current > PG_SCHEMA_VERSION) throw newerSchema(where, current);
    for (let v = current; v < PG_SCHEMA_VERSION; v++) await client.query(PG_MIGRATIONS[v]!);
    if (current !== PG_SCHEMA_VERSION) {
      await client.query('DELETE FROM newsgraph_schema');
      await client.query('INSERT INTO newsgraph_schema (version) VALUES ($1)', [PG_SCHEMA_VERSION]);
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

async function schemaVersion(client: pg.PoolClient, where: string): Promise<number> {
  const { rows } = await client.query(`SELECT to_regclass('newsgraph_schema') IS NOT NULL AS present`);
  if (rows[0].present) {
    const v = await client.query('SELECT max(version) AS v FROM newsgraph_schema');
    return Number(v.rows[0].v ?? 0);
  }
  const tables = await client.query('SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = current_schema()');
  if (tables.rows[0].n > 0) {
    throw new NewsgraphError('NG_E030', `${where}: is a PostgreSQL database, but not a newsgraph one (it has other tables)`, {
      hint: 'create an empty database for newsgraph (createdb newsgraph) and pass its URL to --db',
    });
  }
  await client.query('CREATE TABLE newsgraph_schema (version integer NOT NULL)');
  return 0;
}

function newerSchema(where: string, found: number): NewsgraphError {
  return new NewsgraphError(
    'NG_E031',
    `${where}: database schema version ${found} is newer than this newsgraph knows (${PG_SCHEMA_VERSION})`,
    { hint: 'upgrade newsgraph on this machine to the version the other workers run', detail: { found, known: PG_SCHEMA_VERSION } },
  );
}
