// The PostgreSQL schema: the SQLite migrations expressed for PostgreSQL (tsvector + GIN for
// full-text search), applied under an advisory lock so that many workers may start at once.
import type pg from 'pg';
import { NewsgraphError } from '../../errors.js';

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

// The effective day of an event (YYYY-MM-DD) from its record date d: the first day of the
// day, ISO week, month, year or interval d names; else the publication date p; else ''.
// The same rule as the SQLite V2 migration (ISO week 1 holds 4 January).
const EFFECTIVE_DAY = `
CREATE FUNCTION newsgraph_effective_day(d text, p text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(CASE
    WHEN d ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN substr(d, 1, 10)
    WHEN d ~ '^[0-9]{4}-W[0-9]{2}' THEN to_char(
      make_date(substr(d, 1, 4)::int, 1, 4) - (extract(isodow FROM make_date(substr(d, 1, 4)::int, 1, 4))::int - 1)
        + (substr(d, 7, 2)::int - 1) * 7, 'YYYY-MM-DD')
    WHEN d ~ '^[0-9]{4}-[0-9]{2}' THEN substr(d, 1, 7) || '-01'
    WHEN d ~ '^[0-9]{4}' THEN substr(d, 1, 4) || '-01-01'
  END, substr(p, 1, 10), '')
$$;`;

const FACT_COLUMNS = `event_seq, article_id, event_ref, article_seq, signature, day, pub_day, source_code, source_country,
  target_code, target_country, cameo, root, quad_class, goldstein, plover, location_name, location_country, lat, lon,
  modality, negated, confidence, outlet`;

const factValues = (m: string) => `${m}.event_seq, ${m}.article_id, ${m}.event_ref, a.seq, e.signature,
  newsgraph_effective_day(e.date, a.date), coalesce(substr(a.date, 1, 10), ''), e.source_code, e.source_country,
  e.target_code, e.target_country, e.cameo, e.root, e.quad_class, e.goldstein, e.plover, e.location_name,
  e.location_country, e.lat, e.lon, ${m}.modality, ${m}.negated::int, ${m}.confidence, a.source`;

// V2 (as SQLite's V2): event_facts, one row per event mention with every column a query
// filters, sorts or groups on, kept by triggers. Text columns are COLLATE "C" so that codes
// sort and prefix-match in byte order, as in SQLite. SQLite's event_day_totals is left out
// on purpose: under many concurrent writers its per-day counter rows would serialise (and
// deadlock) the batches; PostgreSQL counts the totals from event_facts' day indexes instead.
const V2 = `${EFFECTIVE_DAY}
CREATE TABLE event_facts (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  event_seq bigint NOT NULL,
  article_id text COLLATE "C" NOT NULL,
  event_ref text NOT NULL,
  article_seq bigint NOT NULL,
  signature text COLLATE "C" NOT NULL,
  day text COLLATE "C" NOT NULL,
  pub_day text COLLATE "C" NOT NULL,
  source_code text COLLATE "C",
  source_country text COLLATE "C",
  target_code text COLLATE "C",
  target_country text COLLATE "C",
  cameo text COLLATE "C" NOT NULL,
  root text COLLATE "C" NOT NULL,
  quad_class integer NOT NULL,
  goldstein double precision NOT NULL,
  plover text COLLATE "C",
  location_name text,
  location_country text COLLATE "C",
  lat double precision,
  lon double precision,
  modality text NOT NULL,
  negated integer NOT NULL,
  confidence double precision NOT NULL,
  outlet text COLLATE "C" NOT NULL,
  UNIQUE (article_id, event_ref)
);
CREATE INDEX event_facts_by_day ON event_facts (day);
CREATE INDEX event_facts_by_pub_day ON event_facts (pub_day);
CREATE INDEX event_facts_by_source ON event_facts (source_code, target_code, day);
CREATE INDEX event_facts_by_target ON event_facts (target_code, source_code, day);
CREATE INDEX event_facts_by_source_country ON event_facts (source_country, day);
CREATE INDEX event_facts_by_target_country ON event_facts (target_country, day);
CREATE INDEX event_facts_by_cameo ON event_facts (cameo, day);
CREATE INDEX event_facts_by_root ON event_facts (root, day);
CREATE INDEX event_facts_by_quad ON event_facts (quad_class, day);
CREATE INDEX event_facts_by_plover ON event_facts (plover, day);
CREATE INDEX event_facts_by_place ON event_facts (lower(location_name));
CREATE INDEX event_facts_by_place_country ON event_facts (location_country, day);
CREATE INDEX event_facts_by_lat ON event_facts (lat) WHERE lat IS NOT NULL;
CREATE INDEX event_facts_by_outlet ON event_facts (outlet, day);
CREATE INDEX event_facts_by_article ON event_facts (article_seq);
CREATE INDEX event_facts_by_signature ON event_facts (signature);

INSERT INTO event_facts (${FACT_COLUMNS})
  SELECT ${factValues('m')} FROM event_mentions m JOIN events e ON e.seq = m.event_seq JOIN articles a ON a.id = m.article_id
  ORDER BY a.seq, m.ord;

CREATE FUNCTION newsgraph_event_facts_ai() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_facts (${FACT_COLUMNS})
    SELECT ${factValues('NEW')} FROM events e, articles a WHERE e.seq = NEW.event_seq AND a.id = NEW.article_id;
  RETURN NULL;
END $$;
CREATE TRIGGER event_facts_ai AFTER INSERT ON event_mentions FOR EACH ROW EXECUTE FUNCTION newsgraph_event_facts_ai();

CREATE FUNCTION newsgraph_event_facts_ad() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM event_facts WHERE article_id = OLD.article_id AND event_ref = OLD.event_ref;
  RETURN NULL;
END $$;
CREATE TRIGGER event_facts_ad AFTER DELETE ON event_mentions FOR EACH ROW EXECUTE FUNCTION newsgraph_event_facts_ad();

CREATE FUNCTION newsgraph_event_facts_au() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM event_facts WHERE event_seq = NEW.seq;
  INSERT INTO event_facts (${FACT_COLUMNS})
    SELECT ${factValues('m')} FROM event_mentions m, events e, articles a
    WHERE m.event_seq = NEW.seq AND e.seq = NEW.seq AND a.id = m.article_id;
  RETURN NULL;
END $$;
CREATE TRIGGER event_facts_au AFTER UPDATE ON events FOR EACH ROW EXECUTE FUNCTION newsgraph_event_facts_au();
`;

// V3 (as SQLite's V3): how an entity is named in a mention (record field `kind`).
const V3 = `ALTER TABLE mentions ADD COLUMN kind text;`;

/** Step n (0-based) takes a database from version n to n + 1. Append; never edit. */
export const PG_MIGRATIONS: readonly string[] = [V1, V2, V3];

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
