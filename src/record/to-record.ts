// Serialises a processed Doc to the extraction record v1: the only thing that crosses from
// the pipeline to the store, the API, the exporters and the evaluation.
import type { Doc } from '../doc/doc.js';
import { SCHEMA_ID, type ExtractionRecord } from './types.js';

export function toRecord(doc: Doc): ExtractionRecord {
  const a = doc.article;
  const entities = doc.has('entities') ? doc.get('entities').entities : [];
  return {
    schema: SCHEMA_ID,
    article: { id: a.id, title: a.title, date: a.date, source: a.source, url: a.url, lang: a.lang, text: a.text },
    sentences: doc.sentences.map((s) => ({ i: s.i, start: s.start, end: s.end })),
    entities,
    events: doc.has('events') ? doc.get('events') : [],
    quotes: doc.has('quotes') ? doc.get('quotes') : [],
    dates: doc.has('dates') ? doc.get('dates').map(({ sentence: _s, ...d }) => d) : [],
    amounts: doc.has('amounts') ? doc.get('amounts').map(({ sentence: _s, ...d }) => d) : [],
    claims: doc.has('claims') ? doc.get('claims') : [],
  };
}
