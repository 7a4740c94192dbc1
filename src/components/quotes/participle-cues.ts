// Participle cues and the noun phrases around them: a speaker's document before a participle
// ("issued a statement saying"), a noun phrase that a participle cue modifies ("a study released
// Monday suggesting"), and a bare past participle that only modifies its noun ("A film expected to
// draw crowds opened"). Split out of indirect.ts.
import type { Sentence } from '../../doc/doc.js';
import type { QuoteContext } from './context.js';
import { POSSESSIVES, wordAt, type Cue } from './cues.js';
import { SUBORDINATORS } from './clause-subject.js';
import { isQuoteMark, type SpeakerPhrase } from './noun-phrases.js';

const REDUCED_WINDOW = 15;

/**
 * "A film expected to draw crowds opened on Friday": a bare past participle after a noun, with
 * an infinitive and then the sentence's own verb, modifies the noun; it reports nothing.
 */
export function reducedRelative(ctx: QuoteContext, cue: Cue, s: Sentence): boolean {
  const w = wordAt(ctx.doc, cue.head) ?? '';
  if (cue.first !== cue.head || !/ed$/.test(w) || ctx.pos(cue.first - 1) !== 'NOUN' || wordAt(ctx.doc, cue.headLast + 1) !== 'to') return false;
  for (let j = cue.headLast + 3; j <= s.last && j - cue.headLast <= REDUCED_WINDOW; j++) {
    const v = wordAt(ctx.doc, j) ?? '';
    if (ctx.value(j) === ',' || ctx.pos(j) === 'SCONJ' || ctx.pos(j) === 'CCONJ' || ['that', 'who', 'which', 'when', 'where', 'how', 'why', 'what', 'whether'].includes(v) || isQuoteMark(ctx.value(j))) return false;
    const finite = ctx.pos(j) === 'AUX' || (ctx.pos(j) === 'VERB' && /ed$/.test(v));
    if (finite && (ctx.pos(j - 1) === 'NOUN' || ctx.pos(j - 1) === 'PROPN')) return true;
  }
  return false;
}

/** Prepositions that open an adverbial, never a modifier inside a subject ("officials at the agency warned" is one). */
const ADVERBIAL_ADP = new Set(['during', 'amid', 'despite', 'throughout']);
const PLACE_ADVERBS = new Set(['here', 'there']);

/**
 * "In a talk centred on fishing, ...", "during a visit here devoted to ports": a bare past
 * participle after a one-noun phrase that an opening or adverbial preposition governs modifies
 * that noun; the noun cannot be the subject of a finite verb.
 */
export function modifiesObjectOfPreposition(ctx: QuoteContext, cue: Cue, s: Sentence): boolean {
  const place = PLACE_ADVERBS.has(wordAt(ctx.doc, cue.first) ?? '') ? 1 : 0;
  if (cue.first + place !== cue.head || !/ed$/.test(wordAt(ctx.doc, cue.head) ?? '')) return false;
  let noun = cue.first - 1;
  if (PLACE_ADVERBS.has(wordAt(ctx.doc, noun) ?? '')) noun--;
  if (ctx.pos(noun) !== 'NOUN') return false;
  let k = noun - 1;
  while (k > s.first && ctx.pos(k) === 'ADJ') k--;
  const adp = k - 1;
  if (ctx.pos(k) !== 'DET' || adp < s.first || ctx.pos(adp) !== 'ADP') return false;
  const w = wordAt(ctx.doc, adp) ?? '';
  return (adp === s.first && !SUBORDINATORS.has(w)) || ADVERBIAL_ADP.has(w);
}

/** "a study | released Monday | suggesting": the noun phrase before a participle cue (past a participle and a date that modify it), or null. */
export function modifiedNoun(ctx: QuoteContext, cue: Cue, limit: number): SpeakerPhrase | null {
  let j = cue.first - 1;
  while (j > limit && ctx.np.dates[j]) j--;
  const participle = ctx.pos(j) === 'VERB' && /(ed|en)$/.test(wordAt(ctx.doc, j) ?? '') && ctx.cueAt[j]! < 0 ? j : -1;
  const core = ctx.np.npEndingAt(participle >= 0 ? j - 1 : j, limit);
  if (!core || ctx.pos(core.last) === 'PRON' || ctx.pos(core.last) === 'PROPN' && participle < 0) return null;
  return { core, description: participle >= 0 ? { first: participle, last: cue.first - 1 } : null };
}

/** Documents a speaker puts out: "released a statement saying", "sent an email arguing". */
const DOCUMENTS = new Set(['statement', 'letter', 'email', 'e-mail', 'tweet', 'memo', 'report', 'release', 'video', 'ad', 'message', 'post', 'note', 'speech', 'op-ed', 'editorial', 'column']);
const PHRASE_POS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const ISSUE_WINDOW = 6;

/** The verb before "a statement" in "issued a statement saying", or -1. */
export function issuingVerb(ctx: QuoteContext, cue: Cue, limit: number): number {
  let doc = cue.first - 1;
  while (doc > limit && ctx.np.dates[doc]) doc--;
  if (doc < cue.first - 1 && ['on', 'in', 'last', 'this'].includes(wordAt(ctx.doc, doc) ?? '')) doc--;
  // "gave a written statement to the council saying": a phrase after the document is skipped.
  for (let j = doc; j > limit && doc - j <= ISSUE_WINDOW && !DOCUMENTS.has(wordAt(ctx.doc, doc) ?? ''); j--) {
    if (!PHRASE_POS.has(ctx.pos(j)) && !ctx.np.dates[j]) break;
    if (DOCUMENTS.has(wordAt(ctx.doc, j - 1) ?? '') && ctx.pos(j) === 'ADP') doc = j - 1;
  }
  if (!DOCUMENTS.has(wordAt(ctx.doc, doc) ?? '')) return -1;
  for (let j = doc - 1; j >= limit && doc - j <= ISSUE_WINDOW; j--) {
    const p = ctx.pos(j);
    if (p === 'VERB' || ctx.np.verbTaggedNoun(j)) return ctx.cueAt[j]! >= 0 ? -1 : j;
    if (p !== 'DET' && p !== 'ADJ' && p !== 'NOUN' && p !== 'NUM' && !ctx.np.dates[j]) return -1;
  }
  return -1;
}

/** Verbs whose object acts in the participle after it: "the tape shows him saying", "heard aides arguing". */
const DEPICTING = new Set([
  'see', 'saw', 'seen', 'sees', 'hear', 'heard', 'hears', 'watch', 'watched', 'find', 'found', 'finds', 'catch', 'caught', 'leave', 'left',
  'keep', 'kept', 'have', 'has', 'had', 'get', 'got', 'show', 'shows', 'showed', 'shown', 'feature', 'features', 'featured', 'include',
  'includes', 'included', 'quote', 'quoted', 'quotes', 'cite', 'cited', 'cites', 'send', 'sent', 'notice', 'noticed', 'spot', 'spotted',
]);
const PARTS = new Set(['much', 'most', 'part', 'all', 'some', 'rest']);

/**
 * "Lind ended her speech urging ...", "spent most of his talk faulting ...": an -ing cue
 * right after the object of a finite verb, an object led by a possessive, shares the verb's
 * subject; the object does not speak ("the tape shows his aide saying" keeps the aide).
 */
export function objectBeforeParticiple(ctx: QuoteContext, cue: Cue, found: SpeakerPhrase | null): boolean {
  if (!cue.participle || !found || found.description || !onlyDatesBetween(ctx, found.core.last + 1, cue.first)) return false;
  // "most of his talk": a part of the object, inside the phrase or before it.
  const first = found.core.first;
  const inside = PARTS.has(wordAt(ctx.doc, first) ?? '') && wordAt(ctx.doc, first + 1) === 'of' ? first + 2 : first;
  if (!POSSESSIVES.has(wordAt(ctx.doc, inside) ?? '')) return false;
  const part = inside === first && wordAt(ctx.doc, first - 1) === 'of' && PARTS.has(wordAt(ctx.doc, first - 2) ?? '');
  const verb = first - (part ? 3 : 1);
  const w = wordAt(ctx.doc, verb) ?? '';
  return ctx.pos(verb) === 'VERB' && !w.endsWith('ing') && !DEPICTING.has(w) && ctx.cueAt[verb]! < 0;
}

const DATE_GAP = 4;

/** Nothing but a date ("on Monday", "last week") from `from` to before `to`. */
function onlyDatesBetween(ctx: QuoteContext, from: number, to: number): boolean {
  if (to - from > DATE_GAP) return false;
  for (let i = from; i < to; i++) if (!ctx.np.dates[i] && !(wordAt(ctx.doc, i) === 'on' && ctx.np.dates[i + 1])) return false;
  return true;
}
