// Per-document facts the event coder consults for every trigger, computed once in a single
// pass: which tokens stand inside quotation marks, and where speech verbs are.
import type { Doc } from '../../doc/doc.js';

const SPEECH = new Set(['say', 'tell', 'claim', 'state', 'announce', 'report', 'allege', 'insist', 'warn', 'add', 'according', 'write', 'assert', 'argue', 'quote']);

const COORDINATORS = new Set(['and', 'but', 'then']);
// "denied that ...", "rejected claims that ...": what follows is said to be false.
const DENYING = new Set(['deny', 'dismiss', 'refute', 'rebut', 'reject', 'dispute', 'contest', 'disavow']);
// "claims that ...", "reports that ...": what follows is someone's word, not the writer's.
const CLAIM_NOUNS = new Set(['claim', 'allegation', 'accusation', 'report', 'rumour', 'rumor', 'suggestion', 'charge', 'assertion', 'speculation']);

export interface DocContext {
  /** 1 where the token is inside a quotation. */
  quoted: Uint8Array;
  /** Speech-verb token indices per sentence. */
  speech: Map<number, number[]>;
  /** 1 at a speech verb that closes an attribution: ', X said' or ', said X'. */
  attribution: Uint8Array;
  /** Per sentence: its first speech verb, its last attribution verb, its first "if"/"unless". */
  firstSpeech: Map<number, number>;
  /** Per sentence: the "that" of its first denied or claimed content ("denied that", "claims that"). */
  firstDenied: Map<number, number>;
  firstClaimed: Map<number, number>;
  lastAttribution: Map<number, number>;
  firstCondition: Map<number, number>;
}

export function docContext(doc: Doc): DocContext {
  const t = doc.tokens;
  const quoted = new Uint8Array(doc.size);
  const speech = new Map<number, number[]>();
  const attribution = new Uint8Array(doc.size);
  let open = false;
  for (let i = 0; i < doc.size; i++) {
    const v = t.value[i]!;
    if (v.includes('\n\n')) open = false;
    if (v === '“' || (v === '"' && !open)) open = true;
    else if (v === '”' || v === '"') open = false;
    else if (open) quoted[i] = 1;
    if (SPEECH.has(t.lemma[i]!.toLowerCase()) && (t.pos[i] === 'VERB' || v.toLowerCase() === 'according')) {
      const s = doc.sentenceOfToken(i);
      const list = speech.get(s);
      if (list) list.push(i);
      else speech.set(s, [i]);
      // ", saying ..." / ", adding ...": the subject's own words follow; the clause before is not reported.
      const participle = /ing$/i.test(v) && v.toLowerCase() !== 'according';
      // ", and said ...": a second predicate of the same subject, no attribution of what came before.
      const coordinated = i > 0 && (COORDINATORS.has(t.value[i - 1]!.toLowerCase()) || (t.pos[i - 1] === 'ADV' && COORDINATORS.has(t.value[i - 2]?.toLowerCase() ?? '')));
      // ", South Korea's military said": the speaker's phrase may take several words, no verb.
      for (let k = i - 1; k >= 0 && i - k <= 8 && !participle && !coordinated; k--) {
        if (/^[,"”’']$/.test(t.value[k]!)) {
          attribution[i] = 1;
          break;
        }
        if (t.pos[k] === 'VERB' || t.pos[k] === 'AUX') break;
      }
    }
  }
  const firstSpeech = new Map<number, number>();
  const lastAttribution = new Map<number, number>();
  for (const [s, list] of speech) {
    firstSpeech.set(s, list[0]!);
    for (const k of list) if (attribution[k]) lastAttribution.set(s, k);
  }
  const firstCondition = new Map<number, number>();
  const firstDenied = new Map<number, number>();
  const firstClaimed = new Map<number, number>();
  for (let i = 0; i < doc.size; i++) {
    const w = t.value[i]!.toLowerCase();
    if (w === 'that') contentOf(doc, i, firstDenied, firstClaimed);
    if (w !== 'if' && w !== 'unless') continue;
    const s = doc.sentenceOfToken(i);
    if (!firstCondition.has(s)) firstCondition.set(s, i);
  }
  return { quoted, speech, attribution, firstSpeech, lastAttribution, firstCondition, firstDenied, firstClaimed };
}

/** "denied that", "rejected (the) claims that", "reports that": records the "that" at `i` as such content's start. */
function contentOf(doc: Doc, i: number, denied: Map<number, number>, claimed: Map<number, number>): void {
  const t = doc.tokens;
  let k = i - 1;
  // A capitalised "Reports" opening a sentence comes out a name, with itself as lemma.
  const claim = k >= 0 && (t.pos[k] === 'NOUN' || t.pos[k] === 'PROPN') && CLAIM_NOUNS.has(t.lemma[k]!.toLowerCase().replace(/s$/, ''));
  if (claim) k--;
  while (k >= 0 && i - k <= 4 && (t.pos[k] === 'DET' || t.pos[k] === 'ADJ')) k--;
  const s = doc.sentenceOfToken(i);
  if (k >= 0 && t.pos[k] === 'VERB' && DENYING.has(t.lemma[k]!.toLowerCase())) {
    if (!denied.has(s)) denied.set(s, i);
  } else if (claim && !claimed.has(s)) claimed.set(s, i);
}

/** The clause starting at `clauseStart` is what a denial before it says is false ("denied that it attacked"). */
export function isDenied(ctx: DocContext, sentence: number, clauseStart: number): boolean {
  const k = ctx.firstDenied.get(sentence);
  return k !== undefined && k < clauseStart;
}

/** A clause opened by "if" or "unless" before `to` in its sentence is a condition: its events are hypothetical. */
export function isConditional(ctx: DocContext, sentence: number, to: number): boolean {
  const k = ctx.firstCondition.get(sentence);
  return k !== undefined && k < to;
}

/**
 * An event inside reported speech: a speech verb before its clause, or ", X said" after it (a
 * later verb of its own clause does not report it). Constant time: the sentence's first speech
 * verb and last attribution are known.
 */
export function isReported(ctx: DocContext, sentence: number, clauseStart: number, trigger: number, clauseEnd: number): boolean {
  if (ctx.quoted[trigger]) return true;
  const claim = ctx.firstClaimed.get(sentence) ?? ctx.firstDenied.get(sentence);
  if (claim !== undefined && claim < clauseStart) return true;
  const first = ctx.firstSpeech.get(sentence);
  if (first !== undefined && first < clauseStart && first !== trigger) return true;
  const last = ctx.lastAttribution.get(sentence);
  return last !== undefined && last > clauseEnd && last !== trigger;
}
