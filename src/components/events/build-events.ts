// Turns coded candidates into record events: one per source–target pair, with the codebook's
// values, the date and place of the clause, and duplicates within a sentence removed.
import type { Doc } from '../../doc/doc.js';
import type { DateSpan } from '../../doc/layers.js';
import type { EventLexicon, EventPattern } from '../../lexicon/event-lexicon.js';
import type { RecordEntity, RecordEvent } from '../../record/types.js';
import { toEventActor, type ActorMention } from './actor-index.js';
import type { Modality } from './clause.js';

export interface Coded {
  sentence: number;
  trigger: number;
  /** Last token of a trigger the tokenizer split ("cease-fire"); the trigger alone when absent. */
  triggerLast?: number;
  end: number;
  pattern: EventPattern;
  sources: ActorMention[];
  targets: ActorMention[];
  /** Tokens of a target slot that names no known actor. */
  phrase?: [number, number];
  negated: boolean;
  modality: Modality;
  confidence: number;
  cues: string[];
  /** Coordinated sources of a joint act with no target: each is the others' target. */
  reciprocal?: boolean;
  /** Inside reported speech, whatever its modality ("said it will meet" is future and reported). */
  reported?: boolean;
}

const PLACE_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside', 'from']);
const MAX_PAIRS = 400;

export function buildEvents(doc: Doc, lex: EventLexicon, coded: Coded[]): RecordEvent[] {
  const out: RecordEvent[] = [];
  const seen = new Set<string>();
  const each = compoundActors(doc);
  const where = new SentenceSpans(doc);
  for (const c of coded) {
    const code = lex.codes.get(c.pattern.code)!;
    const sources = c.sources.flatMap(each);
    const targets: Array<ActorMention | null> = c.targets.length ? c.targets.flatMap(each) : [null];
    let pairs = 0;
    for (const s of sources) {
      for (const tg of c.reciprocal ? sources.filter((o) => o.entity !== s.entity) : targets) {
        if (tg && tg.entity === s.entity) continue;
        if (!s.code && !tg?.code) continue;
        const key = `${c.sentence}|${s.entity.id}:${s.code}|${tg ? `${tg.entity.id}:${tg.code}` : ''}|${code.code}`;
        if (seen.has(key) || ++pairs > MAX_PAIRS) continue;
        seen.add(key);
        out.push(toEvent(doc, where, c, code, s, tg, out.length + 1));
        const back = c.pattern.reverse && !c.reciprocal ? lex.codes.get(c.pattern.reverse) : undefined;
        if (back && tg?.code) out.push(toEvent(doc, where, c, back, tg, s, out.length + 1));
      }
    }
  }
  return out;
}

/**
 * The dates and the places (named after "in", "at", "near" ...) of each sentence, indexed once
 * per document, so that dating and placing an event looks at its own sentence only.
 */
class SentenceSpans {
  readonly dates = new Map<number, DateSpan[]>();
  readonly places = new Map<number, Array<{ e: RecordEntity; first: number }>>();

  constructor(doc: Doc) {
    for (const d of doc.get('dates')) push(this.dates, d.sentence, d);
    const layer = doc.get('entities');
    const byId = new Map(layer.entities.map((e) => [e.id, e]));
    const t = doc.tokens;
    for (const m of layer.mentions) {
      const e = byId.get(m.entity);
      if (!e || m.kind === 'pronoun' || !(e.type === 'GPE' || e.type === 'LOC' || e.type === 'FAC')) continue;
      if (!PLACE_PREPS.has(t.value[m.first - 1]?.toLowerCase() ?? '')) continue;
      push(this.places, doc.sentenceOfToken(m.first), { e, first: m.first });
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** An actor whose name stands for several (a compound dictionary code, "[ELR/GAL]") acts as each of them. */
function compoundActors(doc: Doc): (a: ActorMention) => ActorMention[] {
  const compound = doc.get('entities').compound;
  if (!compound) return (a) => [a];
  return (a) => {
    const codes = compound.get(a.entity.id);
    return codes && a.code === codes[0] ? codes.map((code) => ({ ...a, code, country: code.slice(0, 3) })) : [a];
  };
}

function toEvent(doc: Doc, where: SentenceSpans, c: Coded, code: EventLexicon['codes'] extends Map<string, infer V> ? V : never, s: ActorMention, tg: ActorMention | null, n: number): RecordEvent {
  const t = doc.tokens;
  const when = dateOf(doc, where, c);
  const last = c.triggerLast ?? c.trigger;
  const trigger = { start: t.start[c.trigger]!, end: t.end[last]!, text: doc.slice(t.start[c.trigger]!, t.end[last]!) };
  return {
    id: `V${n}`,
    sentence: c.sentence,
    source: toEventActor(s, doc),
    target: tg ? toEventActor(tg, doc) : phraseActor(doc, c.phrase),
    cameo: code.code,
    root: code.code.slice(0, 2),
    quadClass: code.quad,
    goldstein: code.goldstein,
    plover: code.plover,
    trigger,
    date: when.value,
    dateText: when.text,
    location: placeOf(where, c, [s, tg]),
    negated: c.negated,
    modality: c.modality,
    confidence: Math.max(0.1, Math.min(0.95, Math.round(c.confidence * 100) / 100)),
    rule: `${c.pattern.id} ${c.pattern.text}${c.cues.length ? ` [${c.cues.join(' ')}]` : ''}`,
  };
}

/** The temporal expression of the sentence nearest the trigger, else the article date. */
function dateOf(doc: Doc, where: SentenceSpans, c: Coded): { value: string | null; text: string | null } {
  const at = doc.tokens.start[c.trigger]!;
  let best: { value: string; text: string; d: number } | null = null;
  for (const d of where.dates.get(c.sentence) ?? []) {
    const dist = Math.abs(d.start - at);
    if (!best || dist < best.d) best = { value: d.value, text: d.text, d: dist };
  }
  return best ? { value: best.value, text: best.text } : { value: doc.article.date, text: null };
}

/** A place named after "in", "at" or "near" in the same sentence that is not an actor of the event. */
function placeOf(where: SentenceSpans, c: Coded, actors: Array<ActorMention | null>): RecordEvent['location'] {
  const ids = new Set(actors.map((a) => a?.entity.id));
  let best: { e: RecordEntity; d: number } | null = null;
  for (const p of where.places.get(c.sentence) ?? []) {
    if (ids.has(p.e.id)) continue;
    const d = Math.abs(p.first - c.trigger);
    if (!best || d < best.d) best = { e: p.e, d };
  }
  if (!best) return null;
  return { name: best.e.name, country: best.e.country, lat: best.e.lat ?? null, lon: best.e.lon ?? null };
}

/** A target named by a plain noun phrase: its text and span, no entity and no code. */
function phraseActor(doc: Doc, phrase: [number, number] | undefined): RecordEvent['target'] {
  if (!phrase) return null;
  const t = doc.tokens;
  let [a, b] = phrase;
  while (a <= b && t.pos[a] === 'DET') a++;
  if (a > b) return null;
  const start = t.start[a]!;
  const end = t.end[b]!;
  return { entity: null, code: null, country: null, text: doc.slice(start, end), start, end };
}
