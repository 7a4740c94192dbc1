// Feelings whose object is the one who feels: "The delay infuriated the growers", "The new fees
// annoyed the clerks", "it irked the crews that ...", "What grates on the tenants is that ...".
// PARC and PolNeAR read such a verb as a stance cue: the one who feels (the object) is the source
// and what caused the feeling (the subject, or the extraposed that-clause) is the content.
// Verbs with the lexicon frame `experiencer` are cues only in that use (see `experiencerUse`).
import type { Doc, Sentence } from '../../doc/doc.js';
import type { Attribution, QuoteContext } from './context.js';
import { attribution, contentEnd } from './content-end.js';
import { clauseSubject } from './clause-subject.js';
import { POSSESSIVES, wordAt, type Cue } from './cues.js';
import type { TokenSpan } from './noun-phrases.js';

/** Words before a form that make it an adjective or a passive ("was alarmed", "feel upset", "so annoyed"). */
const ADJECTIVE_LEADS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'m", "'s", "'re", 'get', 'gets', 'got', 'getting', 'feel', 'feels', 'felt',
  'seem', 'seems', 'seemed', 'become', 'became', 'grow', 'grew', 'remain', 'remained', 'so', 'very', 'too', 'more', 'most', 'less',
]);
const BE_PROGRESSIVE = new Set(['am', 'is', 'are', 'was', 'were', 'been', "'m", "'s", "'re"]);
/** An object pronoun that names who feels; "it" and "that" name no one. */
const FEELERS = new Set(['him', 'her', 'them', 'us', 'me', 'everyone', 'everybody', 'many', 'some', 'others', 'both', 'all']);
const OBJECT_OPENERS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM']);
const MAX_OBJECT = 10;
const SHORT_OPENING = 16;

/**
 * Whether the experiencer form at `i` (a phrase of `length` words: "grates on") is a finite or
 * progressive verb with an object: not "the outraged voters", "were alarmed by", "felt
 * embarrassed", and not a noun ("the trouble with"). Wink tags these forms adjectives or nouns
 * as often as verbs, so the test is the words around them, not the tag.
 */
export function experiencerUse(doc: Doc, i: number, length: number): boolean {
  const t = doc.tokens;
  const prev = wordAt(doc, i - 1) ?? '';
  const prevPos = t.pos[i - 1] ?? '';
  const word = wordAt(doc, i)!;
  const progressive = word.endsWith('ing') && BE_PROGRESSIVE.has(prev);
  if (!progressive && (ADJECTIVE_LEADS.has(prev) || word.endsWith('ing'))) return false;
  // A determiner, possessive or preposition before it makes it a noun or an attributive adjective.
  // ("What grates on ..." is a free relative: wink tags its "what" a determiner.)
  if ((prevPos === 'DET' && prev !== 'what') || prevPos === 'ADP' || prevPos === 'ADJ' || prevPos === 'VERB' || (prev === '-' && t.end[i - 1] === t.start[i]) || prevPos === 'SCONJ') return false;
  if (POSSESSIVES.has(prev)) return false;
  const next = i + length;
  const nextWord = wordAt(doc, next) ?? '';
  if (t.pos[next] === 'PRON') return FEELERS.has(nextWord);
  return OBJECT_OPENERS.has(t.pos[next] ?? '') && !doc.tokens.value[next]!.startsWith('$');
}

/** The attribution of an experiencer cue: the object feels, the subject (or the that-clause) is what it feels about. */
export function experiencerAttribution(ctx: QuoteContext, cue: Cue): Attribution | null {
  const s = ctx.sentenceOf(cue.head);
  const object = feeler(ctx, cue.headLast + 1, s);
  if (!object) return null;
  const speaker = { core: object, description: null };
  const before = lastWordBefore(ctx, cue.first, s);
  const subject = wordAt(ctx.doc, before) ?? '';
  // "it irked the crews that ...": the extraposed clause is the content.
  if (subject === 'it') {
    const that = object.last + 1;
    if (wordAt(ctx.doc, that) !== 'that') return null;
    return attribution(cue, speaker, [{ first: that, last: contentEnd(ctx, that, s) }]);
  }
  // "What grates on the tenants is that ...": the clause after "is" is the content.
  if (subject === 'what') return whatIsThat(ctx, cue, speaker, object, s);
  const first = subjectStart(ctx, cue, s);
  if (first < 0 || first > cue.first - 1) return null;
  return attribution(cue, speaker, [{ first, last: cue.first - 1 }]);
}

/** The one who feels: an object pronoun or a noun phrase after the verb. */
function feeler(ctx: QuoteContext, at: number, s: Sentence): TokenSpan | null {
  const w = wordAt(ctx.doc, at) ?? '';
  // "alarmed her aides": "her" before a noun is a possessive inside the object.
  const owner = w === 'her' && (ctx.pos(at + 1) === 'NOUN' || ctx.pos(at + 1) === 'ADJ');
  if (FEELERS.has(w) && ctx.pos(at) === 'PRON' && !owner) return { first: at, last: at };
  return ctx.np.npStartingAt(at, Math.min(s.last, at + MAX_OBJECT), true);
}

/** The last word before the verb group, past adverbs ("What really grates on"). */
function lastWordBefore(ctx: QuoteContext, first: number, s: Sentence): number {
  let j = first - 1;
  while (j > s.first && ctx.pos(j) === 'ADV') j--;
  return j;
}

function whatIsThat(ctx: QuoteContext, cue: Cue, speaker: { core: TokenSpan; description: null }, object: TokenSpan, s: Sentence): Attribution | null {
  let j = object.last + 1;
  if (ctx.pos(j) === 'ADV') j++;
  const be = wordAt(ctx.doc, j) ?? '';
  if ((be !== 'is' && be !== 'was') || wordAt(ctx.doc, j + 1) !== 'that') return null;
  return attribution(cue, speaker, [{ first: j + 1, last: contentEnd(ctx, j + 1, s) }]);
}

/**
 * Where the subject starts: the clause's whole subject when it has no verb of its own, else the
 * noun phrase before the verb; the content runs from there to the verb, asides and all ("The
 * gift, as the harbour master put it, angered ...").
 */
function subjectStart(ctx: QuoteContext, cue: Cue, s: Sentence): number {
  const whole = clauseSubject(ctx, cue, s);
  if (whole) return whole.core.first;
  const np = ctx.np.subjectBefore(cue.first, s.first);
  if (np) return np.core.first;
  // "The 'gift,' as the harbour master put it, angered ...": an aside that the chunker does not
  // cross; a short sentence opening with a noun phrase gives its whole opening.
  return cue.first - s.first <= SHORT_OPENING && OBJECT_OPENERS.has(ctx.pos(s.first)) ? s.first : -1;
}

/** Gives each experiencer cue its attribution, before the reported-speech passes see it. */
export function attachExperiencers(ctx: QuoteContext): void {
  ctx.cues.forEach((cue, k) => {
    if (ctx.usedCue[k] || !cue.entry.frames.has('experiencer')) return;
    const a = experiencerAttribution(ctx, cue);
    if (a) ctx.add(a);
  });
}
