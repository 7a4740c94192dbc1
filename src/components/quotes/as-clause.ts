// "As the paper reported, ..." and "..., as the paper reported.": the clause beside the "as"
// clause is what was said.
import type { Sentence } from '../../doc/doc.js';
import type { Attribution, QuoteContext } from './context.js';
import type { Cue } from './cues.js';
import type { SpeakerPhrase } from './noun-phrases.js';
import { MAX_CONTENT, attribution, contentEnd, hasVerb, trimEnd } from './content-end.js';
import { firstContentToken, pastPhrases } from './content-start.js';

/**
 * "As the paper reported on Tuesday, the fund will ...", "..., as the paper reported.": the
 * clause after (or before) the "as" clause is what was said.
 */
export function asClause(ctx: QuoteContext, cue: Cue, subject: SpeakerPhrase, s: Sentence, as: number): Attribution | null {
  // "As the paper reported on Tuesday": the lexicon reads "reported on" as one cue.
  if (cue.entry.class === 'evaluation' || cue.entry.class === 'promise') return null;
  const comma = pastPhrases(ctx, cue.headLast + 1, s.last);
  if (as === s.first && ctx.value(comma) === ',') {
    const last = contentEnd(ctx, comma + 1, s);
    return last > comma + 1 ? attribution(cue, subject, [{ first: comma + 1, last }]) : null;
  }
  if (ctx.value(as - 1) !== ',' || comma < s.last && ctx.pos(comma) !== 'PUNCT') return null;
  const first = firstContentToken(ctx, Math.max(s.first, as - 1 - MAX_CONTENT), as - 2);
  const last = trimEnd(ctx, first, as - 2);
  return last > first && hasVerb(ctx, { first, last }) ? attribution(cue, subject, [{ first, last }]) : null;
}
