// Verbs in a list that share one subject: "The warden praised the rangers; criticized the
// surveyors; and said ...", "She thanked X, faulted Y and praised Z". The middle items follow a comma
// or a semicolon and have no subject of their own.
import type { QuoteContext } from './context.js';
import { wordAt, type Cue } from './cues.js';

/** How far after a listed verb the "and"/"but" that closes the list is looked for, in tokens. */
const LIST_WINDOW = 60;

/**
 * A finite cue right after a comma or semicolon, in a list of verbs that "and" or "but" and a
 * further verb close within its sentence. Not a participle (", adding ...": the writer's clause)
 * and not an inverted attribution (", said the mayor."), which no closing verb follows.
 */
export function listedVerb(ctx: QuoteContext, cue: Cue): boolean {
  const sep = ctx.value(cue.first - 1);
  if ((sep !== ',' && sep !== ';') || cue.participle || cue.passive) return false;
  const lead = ctx.pos(cue.first);
  if (lead !== 'VERB' && lead !== 'AUX' && lead !== 'ADV') return false;
  const s = ctx.sentenceOf(cue.head);
  if (inverted(ctx, cue, s.last)) return false;
  for (let j = cue.headLast + 1; j < s.last && j - cue.headLast <= LIST_WINDOW; j++) {
    const w = wordAt(ctx.doc, j);
    if ((w === 'and' || w === 'but') && finiteVerb(ctx, ctx.pos(j + 1) === 'ADV' ? j + 2 : j + 1)) return true;
  }
  return false;
}

/** A verb with a tense ("praised", "has said", a cue), not a participle or a noun. */
function finiteVerb(ctx: QuoteContext, i: number): boolean {
  const ci = ctx.cueAt[i]!;
  if (ci >= 0) return !ctx.cues[ci]!.participle && !ctx.cues[ci]!.passive;
  return ctx.pos(i) === 'AUX' || (ctx.pos(i) === 'VERB' && !(wordAt(ctx.doc, i) ?? '').endsWith('ing'));
}

/** ", said the farmer, and ...": a reporting verb before its subject and a comma or the sentence end. */
function inverted(ctx: QuoteContext, cue: Cue, last: number): boolean {
  if (!cue.entry.frames.has('direct')) return false;
  const np = ctx.np.npStartingAt(cue.headLast + 1, last);
  return np !== null && (np.last >= last || ctx.value(np.last + 1) === ',');
}
