// Turns the per-kind rows of one article, as both stores keep them, back into its extraction
// record (and a span or an event actor into its columns, for writing); and the JSON that keeps
// optional quote and claim fields. One mapping for SQLite and
// PostgreSQL, so both backends read back the same record.
import type {
  EntityMention, EventActor, ExtractionRecord, RecordArticle, RecordClaim, RecordDate, RecordEntity, RecordEvent, RecordQuote,
  Span,
} from '../record/types.js';
import { SCHEMA_ID } from '../record/types.js';

export type Row = Record<string, unknown>;
type Num = number | null;
type Str = string | null;

export type Layer = 'sentences' | 'entities' | 'mentions' | 'events' | 'quotes' | 'dates' | 'amounts' | 'claims';

/** The query of each layer of one article; `p` is the backend's placeholder ("?" or "$1"). */
export function layerSql(p: string): Record<Layer, string> {
  return {
    sentences: `SELECT i, start_char, end_char FROM sentences WHERE article_id = ${p} ORDER BY i`,
    entities: `SELECT * FROM entities WHERE article_id = ${p} ORDER BY ord`,
    mentions: `SELECT entity_id, start_char, end_char, text, kind FROM mentions WHERE article_id = ${p} ORDER BY entity_id, ord`,
    events: `SELECT e.*, m.* FROM event_mentions m JOIN events e ON e.seq = m.event_seq WHERE m.article_id = ${p} ORDER BY m.ord`,
    quotes: `SELECT * FROM quotes WHERE article_id = ${p} ORDER BY ord`,
    dates: `SELECT * FROM dates WHERE article_id = ${p} ORDER BY ord`,
    amounts: `SELECT * FROM amounts WHERE article_id = ${p} ORDER BY ord`,
    claims: `SELECT * FROM claims WHERE article_id = ${p} ORDER BY ord`,
  };
}

/** The record of an article from its row and the rows of each layer. */
export function recordFromRows(a: RecordArticle, r: Record<Layer, Row[]>): ExtractionRecord {
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

/** Optional quotation fields, kept whole as JSON (null when there are none). */
export function quoteExtra(q: RecordQuote): string | null {
  const extra = { cueSpan: q.cueSpan, continues: q.continues, members: q.speaker?.members, description: q.speaker?.description };
  return Object.values(extra).some((v) => v !== undefined) ? JSON.stringify(extra) : null;
}

export function claimExtra(c: RecordClaim): string | null {
  const extra = { claimant: c.claimant, quote: c.quote };
  return Object.values(extra).some((v) => v !== undefined) ? JSON.stringify(extra) : null;
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
    // SQLite stores booleans as 0/1, PostgreSQL as true/false.
    negated: r.negated === 1 || r.negated === true,
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
  const q: RecordQuote = { id: r.quote_id as string, ...span(r), speaker, cue: r.cue as Str, kind: r.kind as RecordQuote['kind'] };
  return withQuoteExtra(q, r.extra as Str);
}

/** Puts back the optional quotation fields that the `extra` column keeps as JSON. */
export function withQuoteExtra(q: RecordQuote, extra: string | null | undefined): RecordQuote {
  if (!extra) return q;
  const x = JSON.parse(extra) as { cueSpan?: Span; continues?: string; members?: string[]; description?: Span };
  if (x.cueSpan) q.cueSpan = x.cueSpan;
  if (x.continues) q.continues = x.continues;
  if (q.speaker && x.members) q.speaker.members = x.members;
  if (q.speaker && x.description) q.speaker.description = x.description;
  return q;
}

export function withClaimExtra(c: RecordClaim, extra: string | null | undefined): RecordClaim {
  if (!extra) return c;
  const x = JSON.parse(extra) as { claimant?: Span; quote?: string };
  if (x.claimant) c.claimant = x.claimant;
  if (x.quote) c.quote = x.quote;
  return c;
}

function toClaim(r: Row): RecordClaim {
  const c: RecordClaim = { ...span(r), speaker: r.speaker as Str, flag: r.flag as RecordClaim['flag'] };
  if (r.marker_start !== null) c.marker = span(r, 'marker');
  return withClaimExtra(c, r.extra as Str);
}

/** A span's columns, as both stores write them. */
export function spanColumns(x: Span): { start_char: number; end_char: number; text: string } {
  return { start_char: x.start, end_char: x.end, text: x.text };
}

/** An event actor's columns (`source_entity`, `source_text` …), as both stores write them. */
export function actorColumns(role: 'source' | 'target', a: EventActor | null): Record<string, string | number | null> {
  return {
    [`${role}_entity`]: a?.entity ?? null,
    [`${role}_text`]: a?.text ?? null,
    [`${role}_start`]: a?.start ?? null,
    [`${role}_end`]: a?.end ?? null,
  };
}
