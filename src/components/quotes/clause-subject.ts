// The subject a cue shares with the clause before it ("X blasted Y and said ...", "...,
// saying ..."), the limits that keep speaker phrases out of earlier quotations, and the test
// that nothing but adjuncts follow a cue.
import type { Sentence } from '../../doc/doc.js';
import type { QuoteContext } from './context.js';
import { adjectiveTagged } from './adjective-verbs.js';
import { wordAt, type Cue } from './cues.js';
import { isParticipleWord, isQuoteMark, type SpeakerPhrase } from './noun-phrases.js';
import { closingParen } from './token-tags.js';

/** How far back a speaker or a shared subject is looked for, in tokens. */
const WINDOW = 60;

/** The first token after the last quotation that ends before `at`, not before `lo`. */
export function lastRegionEndBefore(ctx: QuoteContext, at: number, lo: number): number {
  const floor = Math.max(lo, at - WINDOW);
  for (let j = at - 1; j >= floor; j--) if (ctx.regionAt[j]! >= 0) return j + 1;
  return floor;
}

/** "X blasted Y and said ...", "..., but said ...": a second verb of the same subject. */
export function afterConjunction(ctx: QuoteContext, cue: Cue): boolean {
  const w = wordAt(ctx.doc, cue.first - 1);
  return w === 'and' || w === 'but' || w === 'or';
}

/** "..., adding that ...": the speaker of the clause before, or the subject of the sentence. */
export function sharedSubject(ctx: QuoteContext, cue: Cue, s: Sentence): SpeakerPhrase | null {
  const from = Math.max(s.first, cue.first - WINDOW);
  // The nearest attributed cue before this one in the sentence (found by position, so that the
  // attributions of later quotations, recorded first, do not hide it).
  for (let i = cue.first - 1; i >= from; i--) {
    const ci = ctx.cueAt[i]!;
    // "following a Herald report about ..., a club ... derided": a noun cue's owner is no clause's subject.
    const k = ci >= 0 && !ctx.cues[ci]!.entry.frames.has('noun') ? ctx.cueAttribution[ci]! : -1;
    const speaker = k >= 0 ? ctx.attributions[k]!.speaker : null;
    // "Vale lit into the growers who had accused her, vowing ...": a relative clause's speaker is not the clause's subject.
    if (speaker && !relativePronoun(ctx, speaker)) return outerSpeaker(ctx, i, from) ?? speaker;
  }
  // "Mr. Lee, noting that ..., added": a participle right after the subject and its comma.
  const opening = ctx.value(cue.first - 1) === ',' ? headBefore(ctx, cue.first - 1, from) : null;
  if (opening) return opening;
  for (let i = openingAdverbialEnd(ctx, from, cue.first); i < cue.first; i++) {
    // "Ruiz talks about ...": a verb cue wink tags a noun is a verb all the same.
    const verbCue = ctx.cueAt[i]! >= 0 && !ctx.cues[ctx.cueAt[i]!]!.entry.frames.has('noun');
    // "Vale inflamed the crews by saying ...": an -ed form after a name that wink tags an adjective is the verb.
    const adjective = ctx.pos(i) === 'ADJ' && adjectiveTagged(ctx.doc, i, wordAt(ctx.doc, i) ?? '');
    if (ctx.pos(i) !== 'VERB' && ctx.pos(i) !== 'AUX' && !ctx.np.verbTaggedNoun(i) && !verbCue && !adjective) continue;
    // "Looking out at the crowd, Trump read ...": an opening participle has no subject of its own,
    // nor do a gerund after a preposition and an infinitive ("Vale, despite making an effort to
    // stay calm, left ... and asserted").
    if (i === from && /(ing|ed)$/.test(wordAt(ctx.doc, i) ?? '')) continue;
    if ((ctx.pos(i - 1) === 'ADP' && /ing$/.test(wordAt(ctx.doc, i) ?? '')) || wordAt(ctx.doc, i - 1) === 'to') continue;
    let first = ctx.cueAt[i]! >= 0 ? ctx.cues[ctx.cueAt[i]!]!.first : i;
    // "Republicans privately defend ...": adverbs between the subject and its verb.
    while (first > from + 1 && ctx.pos(first - 1) === 'ADV' && ctx.value(first - 1) !== ',') first--;
    // "over the weekend that was set aside for it, Lind ...": nor is a verb group right after a relative pronoun.
    let lead = first - 1;
    while (lead > from && (ctx.pos(lead) === 'AUX' || ctx.pos(lead) === 'ADV')) lead--;
    if (RELATIVES.has(wordAt(ctx.doc, lead) ?? '')) continue;
    const subject = ctx.np.subjectBefore(first, from);
    // "Mr. Lind, who runs the farm, left early, saying ...": the relative clause's verb is not the clause's.
    if (subject && relativePronoun(ctx, subject)) continue;
    // "the criticism that the mills drew", "X, for whom Lind worked,": nor is the verb of a clause opened by a relative word.
    if (subject && OPENERS.has(wordAt(ctx.doc, speakerStart(subject) - 1) ?? '')) continue;
    if (subject || !openingClause(ctx, from, i)) return subject;
  }
  return null;
}

/**
 * "Even as the auditors were digging, Ms. Ruiz stayed ..., telling": the subject of an opening
 * adverbial clause is not the main clause's; the search starts after its comma.
 */
export const SUBORDINATORS = new Set(['as', 'when', 'while', 'although', 'though', 'because', 'since', 'after', 'before', 'if', 'once', 'until', 'unless', 'whereas']);

function openingAdverbialEnd(ctx: QuoteContext, from: number, cue: number): number {
  const lead = ctx.pos(from) === 'ADV' ? from + 1 : from;
  if (ctx.pos(lead) !== 'SCONJ' && !SUBORDINATORS.has(wordAt(ctx.doc, lead) ?? '')) return from;
  for (let j = lead + 1; j < cue; j++) {
    // "After the fire (Ruiz called it 'vile'), Lind ...": a parenthesis, quotation and all, is skipped.
    const close = closingParen(ctx.doc, j, cue - 1, PAREN_WINDOW);
    if (close >= 0) j = close;
    if (ctx.value(j) === ',') return j + 1;
    if (isQuoteMark(ctx.value(j))) break;
  }
  return from;
}

const PAREN_WINDOW = 30;

/**
 * "The aides said the memo was referring to ..., adding": a cue inside another attribution's
 * content is the reported speaker's; the participle goes with the one who reports it.
 */
function outerSpeaker(ctx: QuoteContext, inner: number, from: number): SpeakerPhrase | null {
  for (let i = inner - 1; i >= from; i--) {
    const ci = ctx.cueAt[i]!;
    const k = ci >= 0 ? ctx.cueAttribution[ci]! : -1;
    const a = k >= 0 ? ctx.attributions[k]! : null;
    if (a?.speaker && a.pieces.some((p) => p.first <= inner && inner <= p.last)) return a.speaker;
  }
  return null;
}

/** The words from the sentence start to `verb` are an opening participle clause, up to its comma. */
function openingClause(ctx: QuoteContext, from: number, verb: number): boolean {
  // "Looking out ...,", "Asked about the error, ...": an opening participle clause of either kind.
  if (!/(ing|ed)$/.test(wordAt(ctx.doc, from) ?? '') || ctx.pos(from) !== 'VERB') return false;
  for (let j = from; j < verb; j++) if (ctx.value(j) === ',') return false;
  return true;
}

function headBefore(ctx: QuoteContext, comma: number, from: number): SpeakerPhrase | null {
  const np = ctx.np.npEndingAt(comma - 1, from);
  return np && np.first === from ? { core: np, description: null } : null;
}

/** Nothing but dates, prepositional phrases and objects: "wrote in a letter last Friday". */
export function onlyAdjunctsUntil(ctx: QuoteContext, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    if (i - from > WINDOW) return false;
    const p = ctx.pos(i);
    if (p === 'VERB' || p === 'AUX' || p === 'SCONJ' || isQuoteMark(ctx.value(i))) return false;
    // "..., he said, adding that ...": a participle clause of the writer's may follow.
    if (ctx.value(i) === ',' && i + 1 < end) return isDescriptionStart(ctx, i + 1) || participleCue(ctx, i + 1);
  }
  return true;
}

function participleCue(ctx: QuoteContext, i: number): boolean {
  const ci = ctx.cueAt[i]!;
  return ci >= 0 && ctx.cues[ci]!.participle && ctx.cues[ci]!.first === i;
}

function isDescriptionStart(ctx: QuoteContext, i: number): boolean {
  return ctx.np.opensDescription(i) && !(ctx.cueAt[i]! >= 0);
}

/** The longest subject taken whole: "Figures released by the board for the week of the vote showed". */
const MAX_SUBJECT = 30;
const RELATIVES = new Set(['that', 'who', 'which']);
const OPENS_SUBJECT = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The whole subject of a cue that opens its clause's verbs: everything from the clause's start
 * (the sentence's, or after an opening adverbial and its comma) to the verb group, when it holds
 * no finite verb outside a relative clause. Null when the words before the cue are no subject.
 */
export function clauseSubject(ctx: QuoteContext, cue: Cue, s: Sentence): SpeakerPhrase | null {
  let first = s.first;
  // "Figures released by the board, for example, showed": an aside before the verb is left out.
  const aside = ctx.np.asideOpening(cue.first - 1, first);
  const last = aside > first ? aside - 1 : cue.first - 1;
  if (last < first || cue.first - first > MAX_SUBJECT) return null;
  let relative = false;
  for (let i = first; i <= last; i++) {
    const v = ctx.value(i);
    const p = ctx.pos(i);
    if (v === ',') {
      // Only an opening adverbial ("In the interview, ...") may end at a comma.
      if (relative || !(ctx.pos(first) === 'ADP' || ctx.pos(first) === 'SCONJ' || ctx.pos(first) === 'ADV' || ctx.np.dates[first])) return null;
      first = i + 1;
      continue;
    }
    if (isQuoteMark(v) || v === ';' || v === ':' || ctx.cueAt[i]! >= 0 || (p === 'SCONJ' && i > first)) return null;
    if (RELATIVES.has(wordAt(ctx.doc, i) ?? '') && i > first) relative = true;
    const w = wordAt(ctx.doc, i) ?? '';
    // An irregular form ("sent", "made") is a participle only before its preposition or adverb: "a memo sent out by", not "the clerk sent notices".
    const irregular = !/(ed|en|ing)$/.test(w) && !(ctx.pos(i + 1) === 'ADP' || ctx.pos(i + 1) === 'ADV');
    const participle = p === 'VERB' && isParticipleWord(w) && !irregular && i > first;
    if ((p === 'VERB' || p === 'AUX') && !participle && !relative && !inName(ctx, i, first)) return null;
  }
  // "So many fans who cheered ...", "Only some members ...": a degree adverb may open the subject.
  const degree = ctx.pos(first) === 'ADV' && (ctx.pos(first + 1) === 'ADJ' || ctx.pos(first + 1) === 'DET');
  if (first > last || !OPENS_SUBJECT.has(ctx.pos(first)) && !degree && !['his', 'her', 'their', 'its', 'our'].includes(wordAt(ctx.doc, first) ?? '')) return null;
  // "a poll published on Sunday": the subject may end on its date.
  // "Ledgers that were kept in a barn show": a subject may end on its relative clause.
  if (!relative && !ctx.np.isHead(last) && ctx.pos(last) !== 'PROPN' && !ctx.np.dates[last]) return null;
  // The leading phrase names the entity; the modifiers after it describe it.
  const head = ctx.np.npStartingAt(first, last);
  if (!head || head.last >= last) return { core: { first, last }, description: null };
  return { core: head, description: { first: head.last + 1, last } };
}

/** "A new Harbor Watch poll shows": a capitalised word that wink tags a verb, between a capitalised word and a lowercase noun, is part of a name. */
function inName(ctx: QuoteContext, i: number, first: number): boolean {
  const cap = (k: number): boolean => /^[A-Z]/.test(ctx.value(k));
  return i > first && cap(i) && cap(i - 1) && ctx.pos(i - 1) !== 'VERB' && ctx.pos(i + 1) === 'NOUN' && !cap(i + 1);
}

/** A speaker that is a lone relative pronoun ("who", "which", "that"). */
const relativePronoun = (ctx: QuoteContext, sp: SpeakerPhrase): boolean => sp.core.first === sp.core.last && RELATIVES.has(wordAt(ctx.doc, sp.core.first) ?? '');

/** Words that open a clause inside the sentence: "the criticism that the mills drew", "for whom Lind worked". */
const OPENERS = new Set(['that', 'who', 'which', 'whom']);
const speakerStart = (sp: SpeakerPhrase): number => Math.min(sp.core.first, sp.description?.first ?? sp.core.first);
