// Rebuilds an extraction record from the per-kind PostgreSQL tables. Optional record fields
// (entity lat/lon, actor start/end, event rule, claim marker) are omitted when NULL, exactly
// as the SQLite store does, so both backends read back the same record.
import type pg from 'pg';
import type {
  EntityMention, EventActor, ExtractionRecord, RecordClaim, RecordDate, RecordEntity, RecordEvent, RecordQuote, Span,
} from '../../record/types.js';
import { SCHEMA_ID } from '../../record/types.js';

type Row = Record<string, unknown>;
type Str = string | null;
type Num = number | null;

const LAYERS = {
  sentences: 'SELECT i, start_char, end_char FROM sentences WHERE article_id = $1 ORDER BY i',
  entities: 'SELECT * FROM entities WHERE article_id = $1 ORDER BY ord',
  mentions: 'SELECT entity_id, start_char, end_char, text, kind FROM mentions WHERE article_id = $1 ORDER BY entity_id, ord',
  events: `SELECT e.*, m.* FROM event_mentions m JOIN events e ON e.seq = m.event_seq
           WHERE m.article_id = $1 ORDER BY m.ord`,
  quotes: 'SELECT * FROM quotes WHERE article_id = $1 ORDER BY ord',
  dates: 'SELECT * FROM dates WHERE article_id = $1 ORDER BY ord',
  amounts: 'SELECT * FROM amounts WHERE article_id = $1 ORDER BY ord',
  claims: 'SELECT * FROM claims WHERE article_id = $1 ORDER BY ord',
} as const;

/** The record of article `id`, read in one REPEATABLE READ snapshot; null when absent. */
export async function readRecord(pool: pg.Pool, id: string): Promise<ExtractionRecord | null> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const article = await client.query('SELECT id, title, date, source, url, lang, text FROM articles WHERE id = $1', [id]);
    const rows: Partial<Record<keyof typeof LAYERS, Row[]>> = {};
    if (article.rows.length > 0) {
      for (const [layer, sql] of Object.entries(LAYERS)) rows[layer as keyof typeof LAYERS] = (await client.query(sql, [id])).rows;
    }
    await client.query('COMMIT');
    const a = article.rows[0] as ExtractionRecord['article'] | undefined;
    return a ? toRecord(a, rows as Record<keyof typeof LAYERS, Row[]>) : null;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

function toRecord(a: ExtractionRecord['article'], r: Record<keyof typeof LAYERS, Row[]>): ExtractionRecord {
  return {
    schema: SCHEMA_ID,
    article: { id: a.id, title: a.title, date: a.date, source: a.source, url: a.url, lang: a.lang, text: a.text },
    sentences: r.sentences.map((x) => ({ i: x.i as number, start: x.start_char as number, end: x.end_char as number })),
    entities: toEntities(r.entities, r.mentions),
    events: r.events.map(toEvent),
    quotes: r.quotes.map(toQuote),
    dates: r.dates.map((x) => ({ ...span(x), value: x.value, granularity: x.granularity }) as RecordDate),
    amounts: r.amounts.map((x) => ({ ...span(x), value: x.value as number, unit: x.unit as string })),
    claims: r.claims.map(toClaim),
  };
}

function span(r: Row, prefix = ''): Span {
  const start = prefix ? `${prefix}_start` : 'start_char';
  const end = prefix ? `${prefix}_end` : 'end_char';
  return { start: r[start] as number, end: r[end] as number, text: r[prefix ? `${prefix}_text` : 'text'] as string };
}

function toEntities(rows: Row[], mentionRows: Row[]): RecordEntity[] {
  const byEntity = new Map<string, EntityMention[]>();
  for (const m of mentionRows) {
    const list = byEntity.get(m.entity_id as string) ?? [];
    list.push(m.kind ? { ...span(m), kind: m.kind as EntityMention['kind'] } : span(m));
    byEntity.set(m.entity_id as string, list);
  }
  return rows.map((r) => {
    const e: RecordEntity = {
      id: r.entity_id as string, name: r.name as string, type: r.type as RecordEntity['type'],
      code: r.code as Str, country: r.country as Str, mentions: byEntity.get(r.entity_id as string) ?? [],
    };
    if (r.lat !== null) e.lat = r.lat as number;
    if (r.lon !== null) e.lon = r.lon as number;
    return e;
  });
}

function toEvent(r: Row): RecordEvent {
  const e: RecordEvent = {
    id: r.event_ref as string,
    sentence: r.sentence as number,
    source: toActor(r, 'source'),
    target: toActor(r, 'target'),
    cameo: r.cameo as string, root: r.root as string,
    quadClass: r.quad_class as RecordEvent['quadClass'], goldstein: r.goldstein as number,
    plover: r.plover as Str,
    trigger: span(r, 'trigger'),
    date: r.date as Str, dateText: r.date_text as Str,
    location: r.location_name === null ? null : {
      name: r.location_name as string, country: r.location_country as Str, lat: r.lat as Num, lon: r.lon as Num,
    },
    negated: r.negated === true,
    modality: r.modality as RecordEvent['modality'],
    confidence: r.confidence as number,
  };
  if (r.rule !== null) e.rule = r.rule as string;
  return e;
}

function toActor(r: Row, role: 'source' | 'target'): EventActor | null {
  if (r[`${role}_text`] === null) return null;
  const a: EventActor = {
    entity: r[`${role}_entity`] as Str, code: r[`${role}_code`] as Str,
    country: r[`${role}_country`] as Str, text: r[`${role}_text`] as string,
  };
  if (r[`${role}_start`] !== null) a.start = r[`${role}_start`] as number;
  if (r[`${role}_end`] !== null) a.end = r[`${role}_end`] as number;
  return a;
}

function toQuote(r: Row): RecordQuote {
  const speaker = r.speaker_name === null ? null : {
    entity: r.speaker_entity as Str, name: r.speaker_name as string,
    start: r.speaker_start as number, end: r.speaker_end as number,
  };
  return { id: r.quote_id as string, ...span(r), speaker, cue: r.cue as Str, kind: r.kind as RecordQuote['kind'] };
}

function toClaim(r: Row): RecordClaim {
  const c: RecordClaim = { ...span(r), speaker: r.speaker as Str, flag: r.flag as RecordClaim['flag'] };
  if (r.marker_start !== null) c.marker = span(r, 'marker');
  return c;
}
