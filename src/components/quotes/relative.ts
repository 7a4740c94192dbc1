// A cue inside a relative clause whose antecedent is what was said: "the plan, which the
// minister praised", "a charge the company denied", "rules she said are unfair". PolNeAR, like
// PARC, takes the relative pronoun as the content ("which"), or the antecedent when there is
// none, and for a reporting verb also the rest of the clause ("rules | are unfair").
import type { Sentence } from '../../doc/doc.js';
import type { Attribution, QuoteContext } from './context.js';
import type { Cue } from './cues.js';
import { wordAt } from './cues.js';
import type { SpeakerPhrase, TokenSpan } from './noun-phrases.js';
import { type Content, attribution, contentEnd } from './content-end.js';

/** Pronouns that open an object relative clause ("what" opens a free relative, mostly the object of another verb). */
const PRONOUNS = new Set(['which', 'who', 'whom']);
const NOUN_END = new Set(['NOUN', 'PROPN']);

/** The longest antecedent taken back from the clause, in tokens. */
const MAX_ANTECEDENT = 6;
const ANTECEDENT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** The content a relative clause leaves before the cue, and the clause's own subject. */
export interface RelativeClause {
  head: TokenSpan;
  subject: SpeakerPhrase;
}

/**
 * The antecedent (or relative pronoun) before the subject of a cue, or null when the words before
 * the subject are no antecedent. Bounded: looks back at most MAX_ANTECEDENT tokens.
 */
export function relativeClause(ctx: QuoteContext, subject: SpeakerPhrase, s: Sentence): RelativeClause | null {
  const core = subject.core;
  // The chunker may take the pronoun or the antecedent into the subject: "which the mayor", "a charge the company".
  if (PRONOUNS.has(wordAt(ctx.doc, core.first) ?? '') || wordAt(ctx.doc, core.first) === 'that') {
    if (core.last === core.first) return null; // "an aide who had accused him": the pronoun is the subject.
    const rest = { core: { first: core.first + 1, last: core.last }, description: subject.description };
    return wordAt(ctx.doc, core.first) === 'that' ? null : { head: { first: core.first, last: core.first }, subject: rest };
  }
  for (let k = core.first + 1; k <= core.last; k++) {
    if (ctx.pos(k) !== 'DET' || !NOUN_END.has(ctx.pos(k - 1))) continue;
    const head = subject.description ? null : antecedent(ctx, k - 1, s);
    return head ? { head, subject: { core: { first: k, last: core.last }, description: null } } : null;
  }
  const before = Math.min(core.first, subject.description?.first ?? core.first) - 1;
  if (before < s.first) return null;
  const w = wordAt(ctx.doc, before) ?? '';
  if (PRONOUNS.has(w)) return { head: { first: before, last: before }, subject };
  // "the mayor, the council's chair, said": an appositive subject opens no contact clause.
  if (subject.description) return null;
  // "accusations that he denied": "that" after a noun; after a verb it opens a reported clause.
  if (w === 'that') {
    const noun = antecedent(ctx, before - 1, s, true);
    return noun ? { head: { first: noun.first, last: before }, subject } : null;
  }
  // "a charge it denied": a contact clause straight after its noun.
  const noun = antecedent(ctx, before, s);
  return noun ? { head: noun, subject } : null;
}

/** The noun phrase that ends at `last`, when nothing but punctuation or a verb comes before it. */
function antecedent(ctx: QuoteContext, last: number, s: Sentence, marked = false): TokenSpan | null {
  if (last < s.first || !NOUN_END.has(ctx.pos(last)) || ctx.np.dates[last]) return null;
  let first = last;
  while (first - 1 >= s.first && last - first < MAX_ANTECEDENT && ANTECEDENT_POS.has(ctx.pos(first - 1)) && !ctx.np.dates[first - 1]) first--;
  const lead = ctx.pos(first - 1);
  // "In a statement the company denied": a phrase after a preposition is an adverbial; with
  // "that" the clause is a relative one all the same ("above the cap that pilots say is safe").
  if (first > s.first && lead !== 'PUNCT' && lead !== 'VERB' && !(marked && lead === 'ADP')) return null;
  return { first, last };
}

/** Whether the cue's content can stand before it: a verb with an object or a reported clause. */
export function takesAntecedent(cue: Cue): boolean {
  const f = cue.entry.frames;
  return !cue.participle && (f.has('np') || f.has('np-quote') || f.has('clause'));
}

/**
 * "the plan, which the minister praised", "a charge the company denied", "rules she said are
 * unfair", "who she dubbed 'the boss'": the antecedent is (part of) the content.
 */
export function inRelativeClause(ctx: QuoteContext, cue: Cue, found: SpeakerPhrase, s: Sentence, after: Content | null): Attribution | null {
  const rel = relativeClause(ctx, found, s);
  if (!rel) return null;
  const { head, subject } = rel;
  const pronoun = head.first === head.last && ctx.pos(head.first) !== 'NOUN' && ctx.pos(head.first) !== 'PROPN';
  // A contact clause needs a subject that cannot be the end of the same name: "it", "the company".
  // After "that" the clause is marked: "the cap that most pilots say is safe".
  const marked = wordAt(ctx.doc, head.last) === 'that';
  if (!pronoun && !marked && !CONTACT_SUBJECT.has(ctx.pos(subject.core.first))) return null;
  if (after) return pronoun && cue.entry.frames.has('np-quote') ? attribution(cue, subject, [head, after]) : null;
  const q = cue.headLast + 1;
  // "rules she said are unfair": a reporting verb's clause goes on after it.
  if (cue.entry.frames.has('clause') && (ctx.pos(q) === 'AUX' || ctx.pos(q) === 'VERB') && q <= s.last) {
    // "The mill, which she said was sold in 1990, closed": a clause set off by commas ends at the next one.
    const last = contentEnd(ctx, q, s, ctx.value(head.first - 1) === ',');
    if (last >= q) return attribution(cue, subject, [head, { first: q, last }]);
  }
  return attribution(cue, subject, [head]);
}

const CONTACT_SUBJECT = new Set(['DET', 'PRON']);
