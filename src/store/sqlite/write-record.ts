// Writes one extraction record into the per-kind SQLite tables, with statements prepared
// once per store. The caller owns the transaction.
import type Database from 'better-sqlite3';
import type { ExtractionRecord, RecordEvent, RecordQuote } from '../../record/types.js';
import { eventSignature } from '../event-signature.js';
import { actorColumns, claimExtra, quoteExtra, spanColumns } from '../record-rows.js';

export type RecordWriter = (record: ExtractionRecord, addedAt: string) => void;

type Statements = ReturnType<typeof prepareInserts>;

function prepareInserts(db: Database.Database) {
  const insert = (table: string, columns: string[]) =>
    db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
  const span = ['start_char', 'end_char', 'text'];
  return {
    article: insert('articles', ['id', 'title', 'date', 'source', 'url', 'lang', 'text', 'added_at']),
    sentence: insert('sentences', ['article_id', 'i', 'start_char', 'end_char']),
    entity: insert('entities', ['article_id', 'entity_id', 'ord', 'name', 'type', 'code', 'country', 'lat', 'lon']),
    mention: insert('mentions', ['article_id', 'entity_id', 'ord', ...span, 'kind']),
    event: insert('events', [
      'signature', 'date', 'cameo', 'root', 'quad_class', 'goldstein', 'plover', 'source_code', 'source_country',
      'target_code', 'target_country', 'location_name', 'location_country', 'lat', 'lon',
    ]),
    eventMention: insert('event_mentions', [
      'article_id', 'event_ref', 'ord', 'event_seq', 'sentence', 'trigger_start', 'trigger_end', 'trigger_text',
      'source_entity', 'source_text', 'source_start', 'source_end', 'target_entity', 'target_text', 'target_start',
      'target_end', 'date_text', 'confidence', 'modality', 'negated', 'rule',
    ]),
    quote: insert('quotes', [
      'article_id', 'quote_id', 'ord', ...span, 'speaker_entity', 'speaker_name', 'speaker_start', 'speaker_end',
      'cue', 'kind', 'extra',
    ]),
    date: insert('dates', ['article_id', 'ord', ...span, 'value', 'granularity']),
    amount: insert('amounts', ['article_id', 'ord', ...span, 'value', 'unit']),
    claim: insert('claims', [
      'article_id', 'ord', ...span, 'speaker', 'flag', 'marker_start', 'marker_end', 'marker_text', 'extra',
    ]),
  };
}

/** A function that inserts a whole record (article, FTS row by trigger, every span layer). */
export function prepareWriter(db: Database.Database): RecordWriter {
  const s = prepareInserts(db);
  return (record, addedAt) => {
    const { article } = record;
    const article_id = article.id;
    s.article.run({
      id: article_id, title: article.title, date: article.date, source: article.source,
      url: article.url, lang: article.lang, text: article.text, added_at: addedAt,
    });
    for (const x of record.sentences) s.sentence.run({ article_id, i: x.i, start_char: x.start, end_char: x.end });
    record.entities.forEach((e, ord) => {
      const { lat = null, lon = null } = e;
      s.entity.run({ article_id, entity_id: e.id, ord, name: e.name, type: e.type, code: e.code, country: e.country, lat, lon });
      e.mentions.forEach((m, k) => s.mention.run({ article_id, entity_id: e.id, ord: k, ...spanColumns(m), kind: m.kind ?? null }));
    });
    record.events.forEach((e, ord) => writeEvent(s, article_id, article.date, e, ord));
    record.quotes.forEach((q, ord) => s.quote.run({ article_id, quote_id: q.id, ord, ...spanColumns(q), ...speaker(q), cue: q.cue, kind: q.kind, extra: quoteExtra(q) }));
    record.dates.forEach((d, ord) => s.date.run({ article_id, ord, ...spanColumns(d), value: d.value, granularity: d.granularity }));
    record.amounts.forEach((a, ord) => s.amount.run({ article_id, ord, ...spanColumns(a), value: a.value, unit: a.unit }));
    record.claims.forEach((c, ord) =>
      s.claim.run({
        article_id, ord, ...spanColumns(c), speaker: c.speaker, flag: c.flag,
        marker_start: c.marker?.start ?? null, marker_end: c.marker?.end ?? null, marker_text: c.marker?.text ?? null,
        extra: claimExtra(c),
      }),
    );
  };
}

function writeEvent(s: Statements, article_id: string, articleDate: string | null, e: RecordEvent, ord: number): void {
  const loc = e.location;
  const { lastInsertRowid } = s.event.run({
    signature: eventSignature(e, articleDate), date: e.date, cameo: e.cameo, root: e.root,
    quad_class: e.quadClass, goldstein: e.goldstein, plover: e.plover,
    source_code: e.source?.code ?? null, source_country: e.source?.country ?? null,
    target_code: e.target?.code ?? null, target_country: e.target?.country ?? null,
    location_name: loc?.name ?? null, location_country: loc?.country ?? null, lat: loc?.lat ?? null, lon: loc?.lon ?? null,
  });
  s.eventMention.run({
    article_id, event_ref: e.id, ord, event_seq: lastInsertRowid, sentence: e.sentence,
    trigger_start: e.trigger.start, trigger_end: e.trigger.end, trigger_text: e.trigger.text,
    ...actorColumns('source', e.source), ...actorColumns('target', e.target),
    date_text: e.dateText, confidence: e.confidence, modality: e.modality, negated: e.negated ? 1 : 0, rule: e.rule ?? null,
  });
}



function speaker(q: RecordQuote) {
  const sp = q.speaker;
  return {
    speaker_entity: sp?.entity ?? null, speaker_name: sp?.name ?? null,
    speaker_start: sp?.start ?? null, speaker_end: sp?.end ?? null,
  };
}
