// Look-backs over the mentions an entity builder has made so far: the state "its" stands for,
// the person "his"/"her" stands for, the owned agent a definite description names, the person a
// role description names. Each stops a sentence or a few back, so the builder stays linear.
import type { Doc } from '../../doc/doc.js';
import type { MentionSpan } from '../../doc/layers.js';
import type { RecordEntity } from '../../record/types.js';
import type { EntityInfo } from './coref.js';

/** What the look-backs read: the document and the mentions made so far, in order. */
export interface History {
  readonly doc: Doc;
  readonly mentions: readonly MentionSpan[];
  readonly info: ReadonlyMap<string, EntityInfo>;
}

/** How many sentences back a definite description ("the ministry") looks for what it names. */
const DESCRIPTION_REACH = 5;

/**
 * The state "its" at token `before` stands for: the first named in its sentence before it (the
 * sentence's subject, mostly: "Chile will not attack Peru, its president said"), else the first
 * of the sentence before. None when a body or a person comes first.
 */
export function latestState(h: History, before: number): RecordEntity | undefined {
  const sentence = h.doc.sentenceOfToken(before);
  let first: RecordEntity | undefined;
  let firstBefore: RecordEntity | undefined;
  // "Peru and its president": the state it is joined to.
  const joined = /^(and|or)$/i.test(h.doc.tokens.value[before - 1] ?? '');
  for (let k = h.mentions.length - 1; k >= 0; k--) {
    const m = h.mentions[k]!;
    if (m.first >= before) continue;
    if (joined && m.last === before - 2) {
      const e = h.info.get(m.entity)!.entity;
      return e.type === 'GPE' && e.country && e.code?.length === 3 ? e : undefined;
    }
    const s = h.doc.sentenceOfToken(m.first);
    if (s < sentence - 1) break;
    const e = h.info.get(m.entity)!.entity;
    // "The ministry said it would recall its envoy": an agent with an owner stands for its state.
    const owned = e.type === 'GROUP' && !!e.country && !!e.code?.startsWith(e.country);
    const state = (e.type === 'GPE' && e.country && e.code?.length === 3) || owned ? e : undefined;
    if (e.type !== 'GPE' && e.type !== 'ORG' && e.type !== 'PERSON' && !owned) continue;
    if (s === sentence) first = state;
    else firstBefore = state;
  }
  return first ?? firstBefore;
}

/**
 * The agent with an owner last named before token `before`, within a few sentences, whose
 * head ends in the same word as `head` ("foreign ministry" for "ministry"); none when the
 * nearest such head has no owner either.
 */
export function latestAgent(h: History, head: string, before: number): RecordEntity | undefined {
  const word = head.slice(head.lastIndexOf(' ') + 1);
  const sentence = h.doc.sentenceOfToken(before);
  for (let k = h.mentions.length - 1; k >= 0; k--) {
    const m = h.mentions[k]!;
    if (m.first >= before) continue;
    if (h.doc.sentenceOfToken(m.first) < sentence - DESCRIPTION_REACH) break;
    if (m.kind !== 'agent' && m.kind !== 'description') continue;
    if (h.doc.lower[m.last] !== word) continue;
    const e = h.info.get(m.entity)!.entity;
    return e.type === 'GROUP' && e.country ? e : undefined;
  }
  return undefined;
}

/**
 * The person a possessive at token `before` stands for, of a compatible gender: the first named
 * in its sentence, else (when no actor comes before the possessive there) the first of the
 * sentence before, mostly the subject; none when that one has no code.
 */
export function latestPersonOf(h: History, gender: 'm' | 'f', before: number): RecordEntity | undefined {
  const sentence = h.doc.sentenceOfToken(before);
  let first: RecordEntity | undefined;
  let firstBefore: RecordEntity | undefined;
  let actorBefore = false;
  for (let k = h.mentions.length - 1; k >= 0; k--) {
    const m = h.mentions[k]!;
    if (m.first >= before) continue;
    const s = h.doc.sentenceOfToken(m.first);
    if (s < sentence - 1) break;
    if (s === sentence) actorBefore = true;
    const info = h.info.get(m.entity)!;
    if (info.entity.type !== 'PERSON' || (info.gender && info.gender !== gender)) continue;
    if (s === sentence) first = info.entity;
    else firstBefore = info.entity;
  }
  const owner = first ?? (actorBefore ? undefined : firstBefore);
  return owner?.code ? owner : undefined;
}

/** The last person named before token `before` whose role is in `country`. */
export function latestPerson(h: History, country: string, before: number): RecordEntity | undefined {
  for (let k = h.mentions.length - 1; k >= 0; k--) {
    const m = h.mentions[k]!;
    if (m.first >= before) continue;
    const e = h.info.get(m.entity)!.entity;
    if (e.type === 'PERSON' && e.country === country) return e;
  }
  return undefined;
}
