// "Lind, noting that the fees were 'far too steep,' added: '...'": a participle clause (or a
// relative clause) between a subject and its verb. The verb after the clause's closing comma is the subject's, and a
// quotation inside the clause belongs to the participle, not to that verb.
import type { Sentence } from '../../doc/doc.js';
import type { QuoteContext } from './context.js';
import { wordAt, type Cue } from './cues.js';
import { isQuoteMark, type SpeakerPhrase } from './noun-phrases.js';

/** The longest participle clause looked through, in tokens. */
const CLAUSE_WINDOW = 40;

/** The comma (or the comma inside a closing mark) right before the verb group, or -1. */
function closingComma(ctx: QuoteContext, first: number): number {
  if (ctx.value(first - 1) === ',') return first - 1;
  return isQuoteMark(ctx.value(first - 1)) && ctx.value(first - 2) === ',' ? first - 2 : -1;
}

/**
 * The subject that opens the sentence before ", <participle> ..., <verb>": the verb's own
 * subject. Null unless the clause opens with an -ing form right after the subject's comma.
 */
export function subjectBeforeParticiple(ctx: QuoteContext, cue: Cue, s: Sentence): SpeakerPhrase | null {
  const close = closingComma(ctx, cue.first);
  if (close < 0) return null;
  for (let i = close - 1; i > s.first && close - i <= CLAUSE_WINDOW; i--) {
    if (ctx.value(i) !== ',') continue;
    // "Holm, who carried a banner that read '...,' yelled": a relative clause sits there the same way.
    const relative = wordAt(ctx.doc, i + 1) === 'who';
    if (!relative && (!(wordAt(ctx.doc, i + 1) ?? '').endsWith('ing') || ctx.pos(i + 1) !== 'VERB')) continue;
    const subject = ctx.np.subjectBefore(i, s.first);
    return subject && subject.core.first === s.first ? subject : null;
  }
  return null;
}

/**
 * '"...," added: "..."', '"...," yelled, "..."': a finite cue with a colon, or a comma and an
 * opening mark, after it introduces the next quotation, not the one before.
 */
export function introducesNext(ctx: QuoteContext, cue: Cue): boolean {
  if (ctx.value(cue.headLast + 1) === ':') return true;
  return !cue.participle && ctx.value(cue.headLast + 1) === ',' && ctx.regionAt[cue.headLast + 2]! >= 0 && ctx.regions[ctx.regionAt[cue.headLast + 2]!]!.open === cue.headLast + 2;
}
