// The checks a record must pass before any backend stores it, beyond what table
// constraints can say: the schema id, and every span inside the article text.
import { NewsgraphError } from '../errors.js';
import { SCHEMA_ID, type ExtractionRecord } from '../record/types.js';

interface Offsets {
  start: number;
  end: number;
}

/** Throws NG_E033 naming the first offending part when the record cannot be stored as is. */
export function checkRecord(record: ExtractionRecord): void {
  const id = record?.article?.id;
  if (typeof id !== 'string' || id.length === 0) reject('(no id)', 'article.id is missing or empty');
  if (record.schema !== SCHEMA_ID) reject(id, `schema is "${String(record.schema)}", expected "${SCHEMA_ID}"`);
  const length = record.article.text.length;
  for (const [where, span] of spansOf(record)) {
    const ok = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0;
    if (!ok || span.end < span.start || span.end > length) {
      reject(id, `${where} spans ${span.start}..${span.end}, outside the text (0..${length})`);
    }
  }
  checkReferences(record);
}

/** Entity and sentence references resolve inside the record (the tables' foreign keys say
 * the same, but cannot say which reference is wrong). */
function checkReferences(r: ExtractionRecord): void {
  const entities = new Set(r.entities.map((e) => e.id));
  const sentences = new Set(r.sentences.map((s) => s.i));
  const refs: [where: string, entity: string | null | undefined][] = [];
  for (const v of r.events) refs.push([`event ${v.id} source`, v.source?.entity], [`event ${v.id} target`, v.target?.entity]);
  for (const q of r.quotes) refs.push([`quote ${q.id} speaker`, q.speaker?.entity]);
  for (const c of r.claims) refs.push([`claim "${c.text.slice(0, 30)}" speaker`, c.speaker]);
  for (const [where, ref] of refs) {
    if (ref != null && !entities.has(ref)) reject(r.article.id, `${where} refers to entity ${ref}, which the record does not have`);
  }
  for (const v of r.events) {
    if (!sentences.has(v.sentence)) reject(r.article.id, `event ${v.id} is in sentence ${v.sentence}, which the record does not have`);
  }
}

function* spansOf(r: ExtractionRecord): Generator<[string, Offsets]> {
  for (const s of r.sentences) yield [`sentence ${s.i}`, s];
  for (const e of r.entities) for (const m of e.mentions) yield [`entity ${e.id} mention`, m];
  for (const v of r.events) {
    yield [`event ${v.id} trigger`, v.trigger];
    for (const actor of [v.source, v.target]) {
      if (actor?.start !== undefined || actor?.end !== undefined) {
        yield [`event ${v.id} actor "${actor.text}"`, { start: actor.start ?? -1, end: actor.end ?? -1 }];
      }
    }
  }
  for (const q of r.quotes) {
    yield [`quote ${q.id}`, q];
    if (q.speaker) yield [`quote ${q.id} speaker`, q.speaker];
  }
  for (const d of r.dates) yield [`date "${d.text}"`, d];
  for (const a of r.amounts) yield [`amount "${a.text}"`, a];
  for (const c of r.claims) {
    yield [`claim "${c.text.slice(0, 30)}"`, c];
    if (c.marker) yield [`claim marker "${c.marker.text}"`, c.marker];
  }
}

function reject(id: string, what: string): never {
  throw new NewsgraphError('NG_E033', `record ${id}: ${what}`, {
    hint: 'the extraction produced an inconsistent record; report it with the article that caused it',
  });
}
