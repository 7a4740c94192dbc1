// Shallow clause analysis around a trigger verb: its verb group (auxiliaries, modals, "plans
// to", negation), voice, and its subject actors, found by bounded scans to the left.
import type { Doc } from '../../doc/doc.js';
import type { ActorIndex, ActorMention } from './actor-index.js';
import { isIrregularPast } from './word-forms.js';

export type Modality = 'asserted' | 'reported' | 'hypothetical' | 'future';

export interface VerbGroup {
  /** First token of the group (the trigger itself when it stands alone). */
  start: number;
  negated: boolean;
  modality: Modality;
  passive: boolean;
  /** A passive without "be": a participle after its noun with "by" ("forces backed by Russian jets"), which describes the noun. */
  reduced: boolean;
  cues: string[];
  /** The subject declares the act ("will meet", "vowed to strike") or refuses it ("refused to meet", "will not lift"). */
  declared: 'intent' | 'refusal' | null;
  /** The declaration can be a threat: "will", "wants", "vowed" …, not "offered" or "agreed". */
  threatening: boolean;
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);
const FUTURE = new Set(['will', "'ll", 'shall', 'wo', 'would', 'plan', 'intend', 'aim', 'vow', 'pledge', 'promise', 'expect', 'set', 'due', 'going', 'prepare', 'seek', 'want', 'hope', 'ready', 'about', 'threaten', 'agree', 'try', 'attempt', 'offer', 'propose', 'consider', 'willing', 'prepared', 'eager', 'determined', 'keen']);
const DECIDING = new Set(['decide', 'resolve', 'move', 'opt', 'choose', 'vote']);
const HYPOTHETICAL = new Set(['could', 'might', 'may', 'can', 'ca', 'should', 'must', 'ought']);
const FAILING = new Set(['fail', 'refuse', 'decline', 'reject', 'deny', 'stop', 'cease', 'avoid']);
const GROUP_POS = new Set(['AUX', 'PART', 'ADV']);
const HEARSAY = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'rumoured', 'rumored']);
// Nouns whose infinitive is a possibility, not an act: "the right to expel", "a chance to meet", "a place to visit".
const CAPACITY = new Set(['right', 'power', 'authority', 'ability', 'capacity', 'chance', 'opportunity', 'means', 'way', 'time', 'place', 'reason', 'need', 'freedom', 'option', 'licence', 'license', 'mandate', 'permission', 'leeway', 'room', 'incentive', 'excuse', 'pretext', 'temptation', 'duty', 'obligation']);
// Words by which a subject commits itself to an act, or turns it down (not forecasts: "expected to", "set to").
const COMMITTING = new Set(['will', "'ll", 'shall', 'plan', 'intend', 'aim', 'vow', 'pledge', 'promise', 'seek', 'want', 'hope', 'ready', 'threaten', 'agree', 'offer', 'propose', 'willing', 'prepared', 'eager', 'determined', 'keen']);
const REFUSING = new Set(['refuse', 'decline', 'reject']);
// Of those, the ones that make a declared use of force an offer, not a threat ("offered to send troops").
const OFFERING = new Set(['offer', 'agree', 'propose', 'willing', 'eager', 'keen']);
// Modals whatever wink tags them ("will" comes out a noun after a misread name).
const MODALS = new Set(['will', 'would', 'shall', 'could', 'might', 'may', 'can', 'should', 'must', "'ll", 'wo', 'ca']);
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
  let declared: VerbGroup['declared'] = null;
  let willNot = false;
  let threatening = false;
  for (let k = trigger - 1; k >= sentenceFirst && trigger - k <= 8; k--) {
    const w = t.value[k]!.toLowerCase();
    const lemma = t.lemma[k]!.toLowerCase();
    // "Theresa May met ...": a capitalised word inside the sentence is a name, not a modal.
    const modal = MODALS.has(w) && (k === sentenceFirst || t.value[k] === w);
    if (MODALS.has(w) && !modal) break;
    // "has decided to ease": a decision taken is the act, neither future nor declared.
    const inGroup = GROUP_POS.has(t.pos[k]!) || w === 'to' || modal || (t.pos[k] === 'VERB' && (FUTURE.has(lemma) || FAILING.has(lemma) || DECIDING.has(lemma))) ||
      ((FUTURE.has(w) || FUTURE.has(lemma)) && t.value[k + 1]?.toLowerCase() === 'to');
    if (!inGroup) break;
    start = k;
    // "has yet to recognise": not yet done.
    if (NEGATIONS.has(w) || FAILING.has(lemma) || (w === 'yet' && t.value[k + 1]?.toLowerCase() === 'to')) {
      negated = true;
      cues.push(w);
    } else if (HEARSAY.has(w)) {
      // "reportedly expelled": the writer passes on what others say.
      if (modality === 'asserted') modality = 'reported';
      cues.push(w);
    } else if (HYPOTHETICAL.has(w)) {
      modality = 'hypothetical';
      cues.push(w);
    } else if (FUTURE.has(w) || FUTURE.has(lemma)) {
      if (modality === 'asserted') modality = 'future';
      cues.push(w);
    }
    if (lemma === 'be' || lemma === 'get') beAux = true;
    if (REFUSING.has(lemma) && t.pos[k] === 'VERB') declared = 'refusal';
    else if (COMMITTING.has(w) || (COMMITTING.has(lemma) && (t.pos[k] === 'VERB' || t.value[k + 1]?.toLowerCase() === 'to'))) declared ??= 'intent';
    if (w === 'will' || w === 'wo' || w === 'shall') willNot = true;
    if (COMMITTING.has(w) || COMMITTING.has(lemma)) threatening ||= !(OFFERING.has(w) || OFFERING.has(lemma));
  }
  const word = t.value[trigger]!.toLowerCase();
  const reduced = !beAux && start === trigger && t.value[trigger + 1]?.toLowerCase() === 'by' && (/ed$/.test(t.value[trigger]!) || isIrregularPast(t.value[trigger]!)) &&
    trigger > sentenceFirst && (t.pos[trigger - 1] === 'NOUN' || t.pos[trigger - 1] === 'PROPN');
  const passive = reduced || (beAux && (/(ed|en)$/.test(word) || IRREGULAR_PARTICIPLE.test(word)) && !/ing$/.test(word));
  // "has no plan to attack", "the right to expel", "a place to visit": an infinitive after a noun.
  const noun = t.value[start]?.toLowerCase() === 'to' ? start - 1 : start < trigger && t.pos[start] === 'NOUN' ? start : -1;
  if (noun >= sentenceFirst && t.pos[noun] === 'NOUN') {
    const n = t.lemma[noun]!.toLowerCase();
    if (CAPACITY.has(n) && modality !== 'hypothetical') {
      modality = 'hypothetical';
      cues.push(n);
    }
    let d = noun - 1;
    while (d > sentenceFirst && noun - d <= 3 && t.pos[d] === 'ADJ') d--;
    if (t.value[d]?.toLowerCase() === 'no') {
      negated = true;
      cues.push('no');
    }
  }
  // "will not end the blockade" refuses it; "did not plan to" declares nothing; "could agree to" neither.
  if (declared === 'intent' && negated) declared = willNot ? 'refusal' : null;
  if (modality === 'hypothetical' || passive) declared = null;
  return { start, negated, modality, passive, reduced, cues, declared, threatening };
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
  // "... and promised aid", ", seeking to mend ties": the subject is that of the verb before.
  if (prevPos === 'CCONJ' || (t.value[prev] === ',' && /ing$/.test(t.value[groupStart]!))) return [];
  if ((t.value[prev] === 'which' || t.value[prev] === 'who' || t.value[prev] === 'that') && prev - 1 >= sentenceFirst) {
    const k = t.value[prev - 1] === ',' ? prev - 2 : prev - 1;
    const here = k >= sentenceFirst ? actors.covering(k) : [];
    // "a blast at a depot in Chad that wounded ...": a place in a phrase is not what "that" stands for.
    const p = here.length ? prepositionBefore(doc, actors, here) : -1;
    if (p >= 0 && PLACE_PREPS.has(t.value[p]!.toLowerCase())) return [];
    return withCoordinated(doc, actors, here);
  }
  let crossedComma = false;
  for (let k = prev; k >= sentenceFirst && prev - k <= SUBJECT_WINDOW; k--) {
    const here = actors.covering(k);
    if (here.length) {
      // "the guards in the border town had arrested": the actor in the phrase is a modifier;
      // the subject stands before the preposition (and before a participle: "jets supported by Russia").
      const prep = prepositionBefore(doc, actors, here);
      if (prep < 0) return withCoordinated(doc, actors, here);
      k = prep;
      if (t.value[prep]!.toLowerCase() === 'by' && t.pos[prep - 1] === 'VERB') k = prep - 1;
      continue;
    }
    const pos = t.pos[k]!;
    const w = t.value[k]!;
    if (w === ';' || w === ':' || pos === 'SCONJ' || CLAUSE_STARTERS.has(w.toLowerCase())) return [];
    if (pos === 'VERB' && k !== prev) {
      // "troops carrying weapons attacked", "Peru, citing concerns, expelled": a participle
      // phrase right after the subject is passed over.
      const after = t.value[k - 1] === ',' ? k - 2 : k - 1;
      if (/ing$/.test(w) && after >= sentenceFirst && actors.covering(after).length) continue;
      // "precision guided missiles": a participle inside a noun phrase modifies its noun.
      if (/ed$/.test(w) && t.pos[k + 1] === 'NOUN' && ['NOUN', 'ADJ', 'DET', 'ADV'].includes(t.pos[k - 1]!)) continue;
      return [];
    }
    // ", a monitor said": a noun phrase that is no actor and stands in no prepositional phrase
    // is the subject itself; the actor further left belongs to another clause.
    if ((pos === 'NOUN' || pos === 'PROPN') && !crossedComma && standsFree(doc, actors, k, sentenceFirst) && participleBefore(doc, actors, k, sentenceFirst) < 0) return [];
    if (w === ',') {
      crossedComma = true;
      const skip = parentheticalStart(doc, k, sentenceFirst);
      if (skip !== null) k = skip;
    }
  }
  return [];
}

/**
 * "jets using guided missiles": the -ing participle (right after an actor) that opens the noun
 * phrase ending at `k`, or -1. Only determiners, adjectives, numbers and nouns stand between.
 */
function participleBefore(doc: Doc, actors: ActorIndex, k: number, sentenceFirst: number): number {
  const t = doc.tokens;
  for (let j = k - 1; j > sentenceFirst && k - j <= 6; j--) {
    if (t.pos[j] === 'VERB' && /ing$/.test(t.value[j]!)) return actors.covering(j - 1).length ? j : -1;
    if (!['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(t.pos[j]!) && !(t.pos[j] === 'VERB' && /ed$/.test(t.value[j]!))) return -1;
  }
  return -1;
}

/**
 * The noun at `k` heads a noun phrase with no actor in it ("a monitor", not "a Taliban suicide
 * bomber") that opens a clause: what stands before the phrase is a comma, a clause opener or
 * the sentence start, not a preposition or a possessive.
 */
function standsFree(doc: Doc, actors: ActorIndex, k: number, sentenceFirst: number): boolean {
  const t = doc.tokens;
  let j = k;
  while (j - 1 >= sentenceFirst && k - j < 6 && ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(t.pos[j - 1]!)) {
    if (actors.covering(j - 1).length) return false;
    j--;
  }
  if (j === sentenceFirst) return true;
  const before = t.value[j - 1]!;
  return before === ',' || t.pos[j - 1] === 'SCONJ';
}

/** Words that open an adverbial clause: an actor before them is not this verb's subject. */
const CLAUSE_STARTERS = new Set(['after', 'before', 'since', 'despite', 'following', 'during', 'amid', 'until', 'while', 'because', 'although', 'though']);

/**
 * For a comma at `k` that closes a parenthetical (", which ... ,", ", a former envoy,",
 * ", suspicious as ever of Russia,"), the index of the comma that opens it. A stretch with a
 * finite verb of its own is a clause, not a parenthetical, unless it opens with which/who.
 */
function parentheticalStart(doc: Doc, k: number, sentenceFirst: number): number | null {
  const t = doc.tokens;
  for (let j = k - 1; j >= sentenceFirst && k - j <= 15; j--) {
    if (t.value[j] !== ',') continue;
    const next = t.value[j + 1]!.toLowerCase();
    if (next === 'which' || next === 'who') return j;
    for (let m = j + 1; m < k; m++) if (t.pos[m] === 'VERB' && !/(ed|en)$/.test(t.value[m]!)) return null;
    return j;
  }
  return null;
}

/** Prepositions that open a clause rather than a phrase: "after the Islamic State attacked". */
const PLACE_PREPS = new Set(['in', 'at', 'near', 'on', 'outside', 'inside', 'across', 'around', 'into']);
const CLAUSAL_PREPS = new Set(['after', 'before', 'since', 'until', 'as', 'while', 'like', 'of']);

/**
 * "pressure from parliament to help Chile": the index of the preposition that puts the actor in a
 * phrase (so it is no subject), or -1.
 */
function prepositionBefore(doc: Doc, actors: ActorIndex, here: ActorMention[]): number {
  const t = doc.tokens;
  let k = Math.min(...here.map((a) => a.first)) - 1;
  while (k >= 0 && (t.pos[k] === 'DET' || t.pos[k] === 'ADJ') && !actors.covering(k).length) k--;
  return k >= 0 && t.pos[k] === 'ADP' && !CLAUSAL_PREPS.has(t.value[k]!.toLowerCase()) ? k : -1;
}

const COORD_SKIPPABLE = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM']);

/** Adds the actors joined by "and" or commas to the left of the found ones. */
function withCoordinated(doc: Doc, actors: ActorIndex, found: ActorMention[]): ActorMention[] {
  const t = doc.tokens;
  if (found.length === 0) return [];
  const out = unique(found);
  // "..., and they criticised": a pronoun subject opens a clause of its own; it is coordinated with nothing before it.
  if (found.every((a) => a.kind === 'pronoun')) return out;
  let first = Math.min(...found.map((a) => a.first));
  while (out.length < MAX_COORDINATED) {
    let k = first - 1;
    while (k >= 0 && first - k <= 4 && COORD_SKIPPABLE.has(t.pos[k]!) && !actors.covering(k).length) k--;
    // A comma joins actors only inside a list that ends in "and": "A, B and C".
    // "Neither Peru nor Chile": "nor" joins as "and" does.
    if (k < 0 || !(/^(and|nor)$/i.test(t.value[k]!) || (t.value[k] === ',' && out.length > 1))) break;
    // "A, B, and C": the serial comma before "and".
    let j = t.value[k]!.toLowerCase() === 'and' && t.value[k - 1] === ',' ? k - 2 : k - 1;
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

const HELD_STANCES = new Set(['opposed', 'allied', 'aligned', 'committed', 'devoted', 'dedicated', 'loyal', 'sympathetic', 'hostile', 'friendly']);
// Verbs whose object may be a clause ("said Chile attacked"): a participle after their noun is a verb.
const CLAUSE_VERBS = new Set([
  'say', 'tell', 'claim', 'believe', 'think', 'report', 'announce', 'confirm', 'deny', 'warn', 'insist', 'fear', 'hope', 'know',
  'learn', 'suggest', 'show', 'reveal', 'find', 'argue', 'add', 'state', 'note', 'allege', 'acknowledge', 'admit', 'see', 'hear',
]);

/**
 * "expelled two diplomats accused of spying": a past participle right after another verb's
 * object, before a preposition, describes that object (a passive with no agent); its noun is
 * not the subject of an act.
 */
export function describesObject(doc: Doc, actors: ActorIndex, i: number, first: number): boolean {
  const t = doc.tokens;
  const w = t.value[i]!;
  if (!(/ed$/.test(w) || IRREGULAR_PARTICIPLE.test(w)) || t.pos[i + 1] !== 'ADP' || t.value[i + 1]?.toLowerCase() === 'by') return false;
  // "forces opposed to the leader": a stance the noun itself holds.
  if (HELD_STANCES.has(w.toLowerCase())) return false;
  let k = i - 1;
  while (k >= first && i - k <= 8 && (actors.covering(k).length > 0 || ['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET'].includes(t.pos[k]!) || doc.words[k] === "'s")) k--;
  if (k === i - 1 || k <= first || t.pos[k] !== 'VERB') return false;
  // "grim and cool minister": a word the tagger calls a verb inside a list of modifiers is none.
  if (t.pos[k - 1] === 'CCONJ' || t.pos[k - 1] === 'ADJ' || doc.words[k - 1] === "'s") return false;
  return !CLAUSE_VERBS.has(t.lemma[k]!.toLowerCase());
}
