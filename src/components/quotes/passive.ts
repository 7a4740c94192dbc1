// Attributions whose subject is what was said: passives ("The plan was criticised by the
// unions", "He is expected to resign", "the memo released by WikiLeaks") and raising verbs
// ("The deal appears to be dead"). The source is the "by" phrase, or nobody.
import type { Sentence } from '../../doc/doc.js';
import type { Attribution, Piece, QuoteContext } from './context.js';
import { wordAt, type Cue } from './cues.js';
import { clauseSubject, lastRegionEndBefore } from './clause-subject.js';
import { contentEnd } from './content-end.js';
import type { SpeakerPhrase, TokenSpan } from './noun-phrases.js';

/** Words after a passive cue that PolNeAR takes into the cue: "is seen as", "is known for". */
const CUE_PREPOSITIONS = new Set(['as', 'for', 'of']);
const CLAUSE_OPENERS = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'who', 'that']);
/** Subjects that are no content: "it is known that ...", "there seems to be ...". */
const EXPLETIVES = new Set(['it', 'there']);
/** Words that open a clause after a passive's agent: "asked by the Herald whether ...". */
const AGENT_CLAUSES = new Set(['whether', 'if', 'that']);
const MAX_GAP = 2;

/** The attribution of a passive or raising cue, or null when it has no content. */
export function passiveAttribution(ctx: QuoteContext, found: Cue): Attribution | null {
  const s = ctx.sentenceOf(found.head);
  const raising = found.entry.frames.has('raising');
  let q = skipLight(ctx, found.headLast + 1, s.last);
  let speaker: SpeakerPhrase | null = null;
  if (!raising && wordAt(ctx.doc, q) === 'by') {
    speaker = ctx.np.speakerAfter(q, s.last);
    if (!speaker) return null;
    q = skipLight(ctx, Math.max(speaker.core.last, speaker.description?.last ?? 0) + 1, s.last);
  }
  const takesPrep = !speaker && !raising && CUE_PREPOSITIONS.has(wordAt(ctx.doc, q) ?? '') && q === found.headLast + 1;
  const cue = takesPrep ? { ...found, headLast: q } : found;
  // "When asked by the Herald whether ...", "was urged by the board to resign": a clause after the agent is said too.
  const afterAgent = speaker !== null && (AGENT_CLAUSES.has(wordAt(ctx.doc, q) ?? '') || (wordAt(ctx.doc, q) === 'to' && ctx.pos(q + 1) === 'VERB'));
  const complement = !speaker || afterAgent ? complementAt(ctx, takesPrep ? q + 1 : q, s, !speaker && (raising || takesPrep)) : null;
  if (raising && !complement) return null;
  // "The growers were worried that ...": a passive of belief before "that" names who holds it.
  if (!raising && !speaker && complement && found.entry.class === 'belief' && wordAt(ctx.doc, q) === 'that') {
    const holder = ctx.np.subjectBefore(found.first, lastRegionEndBefore(ctx, found.first, s.first));
    if (holder && !EXPLETIVES.has(wordAt(ctx.doc, holder.core.first) ?? '')) return { cue, speaker: holder, pieces: [{ ...complement, region: null }], kind: 'indirect' };
  }
  const subject = subjectOf(ctx, cue, s);
  const pieces: Piece[] = [];
  if (subject && !(complement && EXPLETIVES.has(wordAt(ctx.doc, subject.first) ?? ''))) pieces.push({ ...subject, region: null });
  if (complement) pieces.push({ ...complement, region: null });
  if (pieces.length === 0 || (!complement && !speaker && !subject)) return null;
  return { cue, speaker, pieces, kind: 'indirect' };
}

/** Adverbs and dates between the verb and what follows it: "was criticised sharply on Monday by". */
function skipLight(ctx: QuoteContext, from: number, last: number): number {
  let j = from;
  while (j <= last && j - from < MAX_GAP && (ctx.pos(j) === 'ADV' || ctx.np.dates[j])) j++;
  while (j <= last && ctx.np.dates[j]) j++;
  return j;
}

/** "to resign", "as wooden", "whether ...", "unlikely": the rest of what was said. */
function complementAt(ctx: QuoteContext, q: number, s: Sentence, loose: boolean): TokenSpan | null {
  if (q > s.last) return null;
  const w = wordAt(ctx.doc, q) ?? '';
  const p = ctx.pos(q);
  const infinitive = w === 'to' && (ctx.pos(q + 1) === 'VERB' || ctx.pos(q + 1) === 'AUX');
  const opens = infinitive || CLAUSE_OPENERS.has(w) || p === 'ADJ' || (loose && (p === 'DET' || p === 'NOUN' || p === 'PROPN' || p === 'VERB' || p === 'PRON'));
  if (!opens) return null;
  const last = contentEnd(ctx, q, s);
  return last >= q ? { first: q, last } : null;
}

/** The subject of the passive, or the phrase a participle modifies ("the memo released by"). */
function subjectOf(ctx: QuoteContext, cue: Cue, s: Sentence): TokenSpan | null {
  // '"Nothing is settled" seems to be the usual reply': a quotation that opens the sentence is the subject.
  const r = ctx.regionAt[cue.first - 1]!;
  if (r >= 0 && ctx.regions[r]!.close === cue.first - 1 && ctx.regions[r]!.open === s.first && !ctx.consumed[r]) return { first: s.first, last: cue.first - 1 };
  const limit = lastRegionEndBefore(ctx, cue.first, s.first);
  let end = cue.first - 1;
  // "The letter, made public Tuesday by the union,": the phrase before the comma.
  if (ctx.value(end) === ',' && !ctx.np.dates[end - 1]) end--;
  const core = ctx.np.npEndingAt(end, limit);
  // "The risk of flooding after the storm seems to be growing": the whole subject when the chunker stops inside it.
  const whole = end === cue.first - 1 && limit <= s.first ? clauseSubject(ctx, cue, s) : null;
  if (whole && (!core || whole.core.first < core.first)) return { first: whole.core.first, last: whole.description?.last ?? whole.core.last };
  return core;
}
