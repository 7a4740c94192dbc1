// Where a reported content starts: past the writer's connective or dateline before a content
// that opens its sentence, and past the dates, phrases and adverbs between a cue and "that".
import type { QuoteContext } from './context.js';
import { SCARE_MAX_WORDS } from './context.js';
import { wordAt } from './cues.js';
import { isQuoteMark } from './noun-phrases.js';

const ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'at', 'to', 'during', 'with', 'without', 'through', 'via', 'over', 'after', 'before', 'from', 'by', 'under']);
const MAX_ADJUNCTS = 3;
const DATELINE = 8;
export const DASHES = new Set(['\u2015', '\u2014', '\u2013', '--']);

/** Past dates and prepositional phrases, never past a comma: "said | in the video on Monday |". */
export function pastPhrases(ctx: QuoteContext, q: number, last: number): number {
  let j = q;
  for (let hops = 0; hops < MAX_ADJUNCTS && j <= last; hops++) {
    while (j <= last && ctx.np.dates[j]) j++;
    if (!ADJUNCT_PREPOSITIONS.has(wordAt(ctx.doc, j) ?? '')) break;
    const np = ctx.np.dates[j + 1] ? null : ctx.np.npStartingAt(j + 1, last);
    if (np) j = np.last + 1;
    else if (ctx.np.dates[j + 1]) j++;
    else break;
  }
  return j;
}

/** A stray comma is not what was said. */
export function firstContentToken(ctx: QuoteContext, from: number, to: number): number {
  let i = from;
  // "Here is a tip: by sleeping more, we think more clearly, she says.": the words before a colon are the writer's.
  for (let k = to - 1; k > from; k--) {
    if (ctx.value(k) === ':' && ctx.regionAt[k]! < 0) {
      i = k + 1;
      break;
    }
  }
  while (i < to && ctx.value(i) === ',') i++;
  return afterOpener(ctx, afterDateline(ctx, i, to), to);
}

/** Sentence connectives that PolNeAR leaves out of a content that opens its sentence. */
const OPENER_CONJUNCTIONS = new Set(['but', 'and', 'yet']);
/** Concessive and contrastive clauses before a content: the writer's frame, not what was said. */
const OPENER_SUBORDINATORS = new Set(['although', 'though', 'despite', 'while', 'whereas']);
/** The longest opening connective phrase ("Even so,", "Taken together,", "In all,"), in tokens. */
const OPENER = 3;
const OPENER_CLAUSE = 30;
/** What a connective phrase opens with: "However", "In all", "Taken together". */
const OPENER_TAGS = new Set(['ADV', 'ADP', 'VERB']);

/**
 * "However, the plan is dead, he said." / "But the plan ...", "Although X, the plan ...": the
 * connective or concessive clause that opens the sentence is the writer's; the content starts
 * after it. A conditional ("If elected, ...") stays, as PolNeAR keeps it.
 */
function afterOpener(ctx: QuoteContext, from: number, to: number): number {
  let i = from;
  if (OPENER_CONJUNCTIONS.has(wordAt(ctx.doc, i) ?? '') && i < to && ctx.value(i + 1) !== ',') i++;
  const subordinate = OPENER_SUBORDINATORS.has(wordAt(ctx.doc, i) ?? '');
  if (!subordinate && !OPENER_TAGS.has(ctx.pos(i))) return i;
  const limit = Math.min(to, i + (subordinate ? OPENER_CLAUSE : OPENER));
  const clause = limit - i > OPENER;
  for (let k = i + 1; k <= limit; k++) {
    if (ctx.value(k) === ',') return k + 1 < to ? k + 1 : i;
    if (!clause && (ctx.pos(k) === 'VERB' || ctx.pos(k) === 'AUX') && k > i) return i;
    // A concessive clause may hold a cue of its own ("While the mayor has crowed about the surplus, the deficit ...").
    if (isQuoteMark(ctx.value(k)) || (ctx.cueAt[k]! >= 0 && !subordinate)) return i;
  }
  return i;
}

/** "WASHINGTON (AFP) – Uncertainty ...": a dateline opens a paragraph but is not what was said. */
function afterDateline(ctx: QuoteContext, from: number, to: number): number {
  let prev = from - 1;
  while (prev >= 0 && ctx.doc.tokens.value[prev]!.trim() === '') prev--;
  if (prev >= 0 && ctx.paragraph[prev] === ctx.paragraph[from]) return from;
  for (let i = from; i < to && i - from <= DATELINE; i++) {
    if (DASHES.has(ctx.value(i))) return i + 1;
    if (ctx.pos(i) !== 'PROPN' && ctx.pos(i) !== 'PUNCT') return from;
  }
  return from;
}

/** Past dates and prepositional phrases before "that": "wrote in a letter last Friday that". */
export function skipAdjuncts(ctx: QuoteContext, q: number, last: number): number {
  let j = q;
  for (let hops = 0; hops < MAX_ADJUNCTS && j <= last; hops++) {
    if (ctx.np.dates[j]) {
      while (j <= last && ctx.np.dates[j]) j++;
      continue;
    }
    if (ctx.value(j) === ',' || (ctx.pos(j) === 'ADV' && !WH_ADVERBS.has(wordAt(ctx.doc, j) ?? ''))) {
      j++;
      continue;
    }
    if (!ADJUNCT_PREPOSITIONS.has(wordAt(ctx.doc, j) ?? '')) break;
    if (ctx.np.dates[j + 1]) {
      j++;
      continue;
    }
    const np = ctx.np.npStartingAt(j + 1, last);
    if (!np) break;
    j = np.last + 1;
  }
  return wordAt(ctx.doc, j) === 'that' ? j : thatAfterPhrases(ctx, q, last, j);
}

/** Adverbs that open an embedded question, not an adjunct: "explained to the board why ...". */
const WH_ADVERBS = new Set(['why', 'how', 'when', 'where']);
const THAT_WINDOW = 16;
const TIME_LEADS = new Set(['this', 'last', 'earlier', 'late', 'early']);
/** "said this week that", "admitted for the first time that": "that" after a time noun opens the clause. */
const TIME_NOUNS = new Set(['week', 'weekend', 'month', 'year', 'day', 'night', 'morning', 'afternoon', 'evening', 'time']);
const PHRASE_TAGS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PART']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** "... as harbour chief that he intended ...": a subject pronoun and its verb after "that" (which wink may tag a pronoun) open a clause. */
const pronounClause = (ctx: QuoteContext, j: number): boolean => SUBJECT_PRONOUNS.has(wordAt(ctx.doc, j) ?? '') && (ctx.pos(j + 1) === 'VERB' || ctx.pos(j + 1) === 'AUX');

/**
 * "say by a wide margin, 55 percent to 38 percent, that ...", "claimed on its website later on
 * Friday that ...", "did not signal in her first week as chief that ...": longer adjuncts
 * (opening with a preposition, an adverb or a comma) before "that". Returns "that", or `stop`.
 */
function thatAfterPhrases(ctx: QuoteContext, q: number, last: number, stop: number): number {
  // "said this past week that": a time phrase that wink's dates do not cover opens with its determiner.
  const opener = ctx.pos(q) === 'ADP' || ctx.pos(q) === 'ADV' || ctx.value(q) === ',' || ctx.np.dates[q] || TIME_LEADS.has(wordAt(ctx.doc, q) ?? '');
  if (!opener || wordAt(ctx.doc, q) === 'that') return stop;
  for (let j = q + 1; j <= last && j - q <= THAT_WINDOW; j++) {
    const w = wordAt(ctx.doc, j) ?? '';
    if (w === 'that') return ctx.pos(j) === 'SCONJ' || ctx.value(j - 1) === ',' || ctx.np.dates[j - 1] || TIME_NOUNS.has(wordAt(ctx.doc, j - 1) ?? '') || pronounClause(ctx, j + 1) ? j : stop;
    const tag = ctx.pos(j);
    const hyphen = w === '-' && ctx.doc.tokens.end[j - 1] === ctx.doc.tokens.start[j];
    // 'acknowledged on the "Morning Show" that': a quoted title inside the adjunct.
    const title = ctx.regionAt[j]! >= 0 && ctx.regionWords(ctx.regionAt[j]!) <= SCARE_MAX_WORDS;
    if (!(PHRASE_TAGS.has(tag) || ctx.np.dates[j] || ctx.value(j) === ',' || hyphen || title || w === 'his' || w === 'her' || w === 'their' || w === 'its')) return stop;
  }
  return stop;
}
