// Writes one extraction record into the per-kind PostgreSQL tables in ONE statement: the
// article row (ON CONFLICT DO NOTHING, so concurrent workers store it once) and every span
// layer, each layer passed as a JSON array and unpacked by jsonb_to_recordset.
import type pg from 'pg';
import type { ExtractionRecord, RecordEvent } from '../../record/types.js';
import { eventSignature } from '../event-signature.js';
import { actorColumns, claimExtra, quoteExtra, spanColumns } from '../record-rows.js';

const SPAN = 'start_char int, end_char int, text text';

const ACTOR = (role: string) => `${role}_entity text, ${role}_text text, ${role}_start int, ${role}_end int`;

const EVENT_COLUMNS =
  'signature, date, cameo, root, quad_class, goldstein, plover, source_code, source_country, target_code, ' +
  'target_country, location_name, location_country, lat, lon';
const MENTION_COLUMNS =
  'event_ref, ord, sentence, trigger_start, trigger_end, trigger_text, source_entity, source_text, source_start, ' +
  'source_end, target_entity, target_text, target_start, target_end, date_text, confidence, modality, negated, rule';

// Every layer joins `a`, which is empty when the article was already there: then nothing
// else is written. `ev` draws event seqs once (a CTE read twice is materialised), so each
// mention points at the event row written beside it.
const WRITE_SQL = `
WITH a AS (
  INSERT INTO articles (id, title, date, source, url, lang, text, added_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING RETURNING id
),
s AS (INSERT INTO sentences (article_id, i, start_char, end_char)
  SELECT a.id, x.* FROM a, jsonb_to_recordset($9::jsonb) AS x(i int, start_char int, end_char int)),
en AS (INSERT INTO entities (article_id, entity_id, ord, name, type, code, country, lat, lon)
  SELECT a.id, x.* FROM a, jsonb_to_recordset($10::jsonb)
    AS x(entity_id text, ord int, name text, type text, code text, country text, lat float8, lon float8)),
m AS (INSERT INTO mentions (article_id, entity_id, ord, start_char, end_char, text, kind)
  SELECT a.id, x.* FROM a, jsonb_to_recordset($11::jsonb) AS x(entity_id text, ord int, ${SPAN}, kind text)),
ev AS (SELECT nextval('events_seq') AS seq, x.* FROM a, jsonb_to_recordset($12::jsonb) AS x(
  signature text, date text, cameo text, root text, quad_class int, goldstein float8, plover text,
  source_code text, source_country text, target_code text, target_country text, location_name text,
  location_country text, lat float8, lon float8, event_ref text, ord int, sentence int, trigger_start int,
  trigger_end int, trigger_text text, ${ACTOR('source')}, ${ACTOR('target')}, date_text text,
  confidence float8, modality text, negated boolean, rule text)),
evi AS (INSERT INTO events (seq, ${EVENT_COLUMNS}) SELECT seq, ${EVENT_COLUMNS} FROM ev),
evm AS (INSERT INTO event_mentions (article_id, event_seq, ${MENTION_COLUMNS})
  SELECT a.id, ev.seq, ${MENTION_COLUMNS.split(', ').map((c) => `ev.${c}`).join(', ')} FROM a, ev),
q AS (INSERT INTO quotes (article_id, quote_id, ord, start_char, end_char, text, speaker_entity, speaker_name,
    speaker_start, speaker_end, cue, kind, extra)
  SELECT a.id, x.* FROM a, jsonb_to_recordset($13::jsonb) AS x(quote_id text, ord int, ${SPAN},
    speaker_entity text, speaker_name text, speaker_start int, speaker_end int, cue text, kind text, extra text)),
d AS (INSERT INTO dates (article_id, ord, start_char, end_char, text, value, granularity)
  SELECT a.id, x.* FROM a, jsonb_to_recordset($14::jsonb) AS x(ord int, ${SPAN}, value text, granularity text)),
am AS (INSERT INTO amounts (article_id, ord, start_char, end_char, text, value, unit)
  SELECT a.id, x.* FROM a, jsonb_to_recordset($15::jsonb) AS x(ord int, ${SPAN}, value float8, unit text)),
c AS (INSERT INTO claims (article_id, ord, start_char, end_char, text, speaker, flag, marker_start, marker_end,
    marker_text, extra)
  SELECT a.id, x.* FROM a, jsonb_to_recordset($16::jsonb) AS x(ord int, ${SPAN}, speaker text, flag text,
    marker_start int, marker_end int, marker_text text, extra text))
SELECT count(*)::int AS inserted FROM a`;

/** Writes a record given its `recordParams`; true when it was new, false when an article
 * with its id was already stored. */
export async function writeRecord(client: pg.PoolClient, params: unknown[]): Promise<boolean> {
  const { rows } = await client.query(WRITE_SQL, params);
  return rows[0].inserted === 1;
}

/** The statement's parameters; throws TypeError on a malformed record, before any SQL. */
export function recordParams(record: ExtractionRecord, addedAt: string): unknown[] {
  const { article: a } = record;
  const json = (rows: unknown[]) => JSON.stringify(rows);
  return [
    a.id, a.title, a.date, a.source, a.url, a.lang, a.text, addedAt,
    json(record.sentences.map((x) => ({ i: x.i, start_char: x.start, end_char: x.end }))),
    json(record.entities.map((e, ord) => ({
      entity_id: e.id, ord, name: e.name, type: e.type, code: e.code, country: e.country, lat: e.lat ?? null, lon: e.lon ?? null,
    }))),
    json(record.entities.flatMap((e) => e.mentions.map((m, ord) => ({ entity_id: e.id, ord, ...spanColumns(m), kind: m.kind ?? null })))),
    json(record.events.map((e, ord) => eventRow(e, ord, a.date))),
    json(record.quotes.map((q, ord) => ({
      quote_id: q.id, ord, ...spanColumns(q), speaker_entity: q.speaker?.entity ?? null, speaker_name: q.speaker?.name ?? null,
      speaker_start: q.speaker?.start ?? null, speaker_end: q.speaker?.end ?? null, cue: q.cue, kind: q.kind,
      extra: quoteExtra(q),
    }))),
    json(record.dates.map((d, ord) => ({ ord, ...spanColumns(d), value: d.value, granularity: d.granularity }))),
    json(record.amounts.map((x, ord) => ({ ord, ...spanColumns(x), value: x.value, unit: x.unit }))),
    json(record.claims.map((c, ord) => ({
      ord, ...spanColumns(c), speaker: c.speaker, flag: c.flag,
      marker_start: c.marker?.start ?? null, marker_end: c.marker?.end ?? null, marker_text: c.marker?.text ?? null,
      extra: claimExtra(c),
    }))),
  ];
}

function eventRow(e: RecordEvent, ord: number, articleDate: string | null): Record<string, unknown> {
  const loc = e.location;
  return {
    signature: eventSignature(e, articleDate), date: e.date, cameo: e.cameo, root: e.root, quad_class: e.quadClass,
    goldstein: e.goldstein, plover: e.plover, source_code: e.source?.code ?? null, source_country: e.source?.country ?? null,
    target_code: e.target?.code ?? null, target_country: e.target?.country ?? null, location_name: loc?.name ?? null,
    location_country: loc?.country ?? null, lat: loc?.lat ?? null, lon: loc?.lon ?? null,
    event_ref: e.id, ord, sentence: e.sentence, trigger_start: e.trigger.start, trigger_end: e.trigger.end,
    trigger_text: e.trigger.text, ...actorColumns('source', e.source), ...actorColumns('target', e.target), date_text: e.dateText,
    confidence: e.confidence, modality: e.modality, negated: e.negated, rule: e.rule ?? null,
  };
}
