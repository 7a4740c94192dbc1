// "According to X, ..." and "..., according to X.": the source follows the cue.
import type { Attribution, QuoteContext } from './context.js';
import { wordAt, type Cue } from './cues.js';
import { isQuoteMark, type SpeakerPhrase } from './noun-phrases.js';
import { MAX_CONTENT, attribution, trimEnd } from './content-end.js';
import { firstContentToken } from './content-start.js';

/** "split the fees according to a formula": right after a verb's phrase, without a comma, a rule or plan is followed, not quoted. */
const NORMS = new Set(['formula', 'formulas', 'plan', 'plans', 'schedule', 'rule', 'rules', 'guidelines', 'terms', 'script', 'procedure', 'procedures', 'protocol']);

/** "According to X, ..." or "..., according to X." */
export function accordingTo(ctx: QuoteContext, cue: Cue): Attribution | null {
  const s = ctx.sentenceOf(cue.head);
  const lead = firstContentToken(ctx, Math.max(s.first, cue.first - MAX_CONTENT), cue.first) === cue.first;
  const comma = commaAfter(ctx, cue.headLast, s.last);
  const found = ctx.np.speakerAfter(cue.headLast, lead ? comma - 1 : s.last) ?? bareSource(ctx, cue.headLast + 1, comma);
  if (!found || (!lead && ctx.pos(cue.first - 1) !== 'PUNCT' && NORMS.has(wordAt(ctx.doc, found.core.last) ?? ''))) return null;
  // "according to a survey conducted after the debate": the source runs to the comma or the sentence's end.
  // The words after the phrase describe it, and its head still names the entity.
  const end = trimEnd(ctx, found.core.first, comma - (ctx.value(comma) === ',' ? 1 : 0));
  const speaker = found.description || end <= found.core.last ? found : { core: found.core, description: { first: found.core.last + 1, last: end } };
  if (lead) {
    const start = commaAfter(ctx, cue.headLast, s.last) + 1;
    const last = trimEnd(ctx, start, s.last);
    return last > start ? attribution(cue, speaker, [{ first: start, last }]) : null;
  }
  const first = firstContentToken(ctx, Math.max(s.first, cue.first - MAX_CONTENT), cue.first - 1);
  const last = trimEnd(ctx, first, cue.first - 1);
  return last > first ? attribution(cue, speaker, [{ first, last }]) : null;
}

/** The longest source taken whole when the chunker finds no phrase: "according to leaked letters shared by X". */
const MAX_SOURCE = 20;

/** "according to exit polls of voters", "according to 'The Book'": the words up to the comma or the sentence's end. */
function bareSource(ctx: QuoteContext, first: number, comma: number): SpeakerPhrase | null {
  const last = trimEnd(ctx, first, comma - (ctx.value(comma) === ',' ? 1 : 0));
  if (last < first || last - first > MAX_SOURCE || (ctx.pos(first) === 'PUNCT' && !isQuoteMark(ctx.value(first)))) return null;
  return { core: { first, last }, description: null };
}

function commaAfter(ctx: QuoteContext, from: number, last: number): number {
  const stop = Math.min(last, from + MAX_CONTENT);
  for (let i = from + 1; i <= stop; i++) if (ctx.value(i) === ',') return i;
  return stop;
}
