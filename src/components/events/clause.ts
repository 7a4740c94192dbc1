// Shallow clause analysis around a trigger verb: its verb group (auxiliaries, modals, "plans
// to", negation), voice, and its subject actors, found by bounded scans to the left.
import type { Doc } from '../../doc/doc.js';
import type { ActorIndex, ActorMention } from './actor-index.js';

export type Modality = 'asserted' | 'reported' | 'hypothetical' | 'future';

export interface VerbGroup {
  /** First token of the group (the trigger itself when it stands alone). */
  start: number;
  negated: boolean;
  modality: Modality;
  passive: boolean;
  cues: string[];
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);
const FUTURE = new Set(['will', "'ll", 'shall', 'wo', 'would', 'plan', 'intend', 'aim', 'vow', 'pledge', 'promise', 'expect', 'set', 'due', 'going', 'prepare', 'seek', 'want', 'hope', 'ready', 'about', 'threaten', 'agree', 'decide', 'try', 'attempt', 'offer', 'propose', 'consider']);
const HYPOTHETICAL = new Set(['could', 'might', 'may', 'can', 'ca', 'should', 'must', 'ought']);
const FAILING = new Set(['fail', 'refuse', 'decline', 'reject', 'deny', 'stop', 'cease', 'avoid']);
const GROUP_POS = new Set(['AUX', 'PART', 'ADV']);
const IRREGULAR_PARTICIPLE = /^(taken|given|held|shot|struck|sent|led|told|thrown|broken|seen|beaten|caught|fought|sought|bought|sold|kept|brought|hit|cut|put|set|won|lost|found|made|met|paid|left|withdrawn|overthrown|slain|frozen|arrested)$/;
const SUBJECT_WINDOW = 30;
const MAX_COORDINATED = 60;

/** The auxiliaries, modals and catenative verbs before the trigger ("has not", "plans to"). */
export function verbGroup(doc: Doc, trigger: number, sentenceFirst: number): VerbGroup {
  const t = doc.tokens;
  const cues: string[] = [];
  let start = trigger;
  let negated = false;
  let modality: Modality = 'asserted';
  let beAux = false;
  for (let k = trigger - 1; k >= sentenceFirst && trigger - k <= 8; k--) {
    const w = t.value[k]!.toLowerCase();
    const lemma = t.lemma[k]!.toLowerCase();
    const inGroup = GROUP_POS.has(t.pos[k]!) || w === 'to' || (t.pos[k] === 'VERB' && (FUTURE.has(lemma) || FAILING.has(lemma))) || (t.pos[k] === 'ADJ' && FUTURE.has(w));
    if (!inGroup) break;
    start = k;
    if (NEGATIONS.has(w) || FAILING.has(lemma)) {
      negated = true;
      cues.push(w);
    } else if (HYPOTHETICAL.has(w)) {
      modality = 'hypothetical';
      cues.push(w);
    } else if (FUTURE.has(w) || FUTURE.has(lemma)) {
      if (modality === 'asserted') modality = 'future';
      cues.push(w);
    }
    if (lemma === 'be' || lemma === 'get') beAux = true;
  }
  const word = t.value[trigger]!.toLowerCase();
  const passive = beAux && (/(ed|en)$/.test(word) || IRREGULAR_PARTICIPLE.test(word)) && !/ing$/.test(word);
  return { start, negated, modality, passive, cues };
}

/** A clause opened by "if" or "unless" is a condition: its events are hypothetical. */
export function isConditional(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = doc.tokens.value[k]!.toLowerCase();
    if (w === 'if' || w === 'unless') return true;
  }
  return false;
}

/**
 * The subject actors of a verb whose group starts at `groupStart`: the nearest actor to the
 * left within the clause, with the actors coordinated with it ("Putin and Xi").
 */
export function subjectOf(doc: Doc, actors: ActorIndex, groupStart: number, sentenceFirst: number): ActorMention[] {
  const t = doc.tokens;
  const prev = groupStart - 1;
  if (prev < sentenceFirst) return [];
  const prevPos = t.pos[prev]!;
  // "for failing to call": a verb in a prepositional phrase has no subject of its own.
  if (prevPos === 'ADP' || prevPos === 'SCONJ') return [];
  if ((t.value[prev] === 'which' || t.value[prev] === 'who' || t.value[prev] === 'that') && prev - 1 >= sentenceFirst) {
    const k = t.value[prev - 1] === ',' ? prev - 2 : prev - 1;
    return k >= sentenceFirst ? withCoordinated(doc, actors, actors.covering(k)) : [];
  }
  for (let k = prev; k >= sentenceFirst && prev - k <= SUBJECT_WINDOW; k--) {
    const here = actors.covering(k);
    if (here.length) return withCoordinated(doc, actors, here);
    const pos = t.pos[k]!;
    const w = t.value[k]!;
    if (w === ';' || w === ':' || pos === 'SCONJ') return [];
    if (pos === 'VERB' && k !== prev) return [];
    if (w === ',') {
      const skip = relativeClauseStart(doc, k, sentenceFirst);
      if (skip !== null) k = skip;
    }
  }
  return [];
}

/** For a comma at `k` that closes ", which ... ,", the index of the comma that opens it. */
function relativeClauseStart(doc: Doc, k: number, sentenceFirst: number): number | null {
  const t = doc.tokens;
  for (let j = k - 1; j >= sentenceFirst && k - j <= 25; j--) {
    if (t.value[j] !== ',') continue;
    const next = t.value[j + 1]!.toLowerCase();
    return next === 'which' || next === 'who' ? j : null;
  }
  return null;
}

const COORD_SKIPPABLE = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM']);

/** Adds the actors joined by "and" or commas to the left of the found ones. */
function withCoordinated(doc: Doc, actors: ActorIndex, found: ActorMention[]): ActorMention[] {
  const t = doc.tokens;
  if (found.length === 0) return [];
  const out = unique(found);
  let first = Math.min(...found.map((a) => a.first));
  while (out.length < MAX_COORDINATED) {
    let k = first - 1;
    while (k >= 0 && first - k <= 4 && COORD_SKIPPABLE.has(t.pos[k]!) && !actors.covering(k).length) k--;
    // A comma joins actors only inside a list that ends in "and": "A, B and C".
    if (k < 0 || !(t.value[k]!.toLowerCase() === 'and' || (t.value[k] === ',' && out.length > 1))) break;
    let j = k - 1;
    while (j >= 0 && k - j <= 4 && !actors.covering(j).length && COORD_SKIPPABLE.has(t.pos[j]!)) j--;
    const more = j >= 0 ? actors.covering(j) : [];
    if (!more.length) break;
    for (const a of more) if (!out.some((o) => o.entity === a.entity)) out.unshift(a);
    first = Math.min(...more.map((a) => a.first));
  }
  return out;
}

export function unique(list: ActorMention[]): ActorMention[] {
  const seen = new Set<string>();
  return list.filter((a) => !seen.has(a.entity.id) && seen.add(a.entity.id));
}
