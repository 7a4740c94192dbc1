// The subject a cue shares with the clause before it ("X blasted Y and said ...", "...,
// saying ..."), the limits that keep speaker phrases out of earlier quotations, and the test
// that nothing but adjuncts follow a cue.
import type { Sentence } from '../../doc/doc.js';
import type { QuoteContext } from './context.js';
import { wordAt, type Cue } from './cues.js';
import { isQuoteMark, type SpeakerPhrase } from './noun-phrases.js';

/** How far back a speaker or a shared subject is looked for, in tokens and in attributions. */
const WINDOW = 60;
const RECENT = 8;

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
  for (let k = ctx.attributions.length - 1; k >= 0 && ctx.attributions.length - k <= RECENT; k--) {
    const a = ctx.attributions[k]!;
    if (a.cue && a.cue.head < cue.head && a.cue.head >= s.first && a.speaker) return a.speaker;
  }
  const from = Math.max(s.first, cue.first - WINDOW);
  for (let i = from; i < cue.first; i++) {
    if (ctx.pos(i) !== 'VERB' && ctx.pos(i) !== 'AUX') continue;
    const first = ctx.cueAt[i]! >= 0 ? ctx.cues[ctx.cueAt[i]!]!.first : i;
    return ctx.np.subjectBefore(first, from);
  }
  return null;
}

/** Nothing but dates, prepositional phrases and objects: "said in a statement on Monday". */
export function onlyAdjunctsUntil(ctx: QuoteContext, from: number, end: number): boolean {
  if (end - from > WINDOW) return false;
  for (let i = from; i < end; i++) {
    const p = ctx.pos(i);
    if (p === 'VERB' || p === 'AUX' || p === 'SCONJ' || isQuoteMark(ctx.value(i))) return false;
    if (ctx.value(i) === ',' && i + 1 < end) return isDescriptionStart(ctx, i + 1);
  }
  return true;
}

function isDescriptionStart(ctx: QuoteContext, i: number): boolean {
  return ctx.np.opensDescription(i) && !(ctx.cueAt[i]! >= 0);
}
