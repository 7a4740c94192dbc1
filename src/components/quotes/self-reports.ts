// A speaker's own stance inside their reported speech: "Lind said she believes the fee is
// unfair", "Ruiz said he was concerned about the pier", "Holm said he planned to vote". The inner
// cue (a belief: believe, expect, fear, be concerned; or an intention: plan) reports nothing new:
// the outer attribution already says who holds the view, so the inner one is left to its
// content, as PolNeAR's annotators leave it.
import type { Attribution, QuoteContext } from './context.js';
import { wordAt } from './cues.js';
import type { ResolvedSpeaker } from './speakers.js';

const PERSONAL = new Set(['he', 'she', 'they', 'it', 'i', 'we']);
/** The one cue of the promise class that states an intention rather than making a promise. */
const INTENTION = 'plan';

/**
 * The attributions to keep: all but a belief cue whose pronoun speaker stands for the same
 * entity as the speaker of an attribution whose content holds the cue, or opens that content
 * ("said (that) she believes": the pronoun resolver may miss who "she" is). Linear in the tokens
 * the contents cover.
 */
export function withoutSelfReports(ctx: QuoteContext, speakers: Array<ResolvedSpeaker | null>): boolean[] {
  const owner = new Int32Array(ctx.doc.size).fill(-1);
  ctx.attributions.forEach((a, k) => {
    for (const p of a.pieces) for (let i = p.first; i <= p.last; i++) if (owner[i]! < 0) owner[i] = k;
  });
  return ctx.attributions.map((a, k) => {
    const outer = a.cue ? owner[a.cue.head]! : -1;
    return outer < 0 || outer === k || !selfReport(ctx, a, speakers[k] ?? null, speakers[outer] ?? null, ctx.attributions[outer]!);
  });
}

function selfReport(ctx: QuoteContext, a: Attribution, inner: ResolvedSpeaker | null, outer: ResolvedSpeaker | null, o: Attribution): boolean {
  const sp = a.speaker;
  if (!a.cue || !(a.cue.entry.class === 'belief' || a.cue.entry.cue === INTENTION) || !sp || sp.core.first !== sp.core.last || !PERSONAL.has(wordAt(ctx.doc, sp.core.first) ?? '')) return false;
  const next = o.cue ? o.cue.headLast + 1 : -1;
  const right = sp.core.first === next || (sp.core.first === next + 1 && wordAt(ctx.doc, next) === 'that');
  return right || (inner !== null && outer !== null && inner.entity !== null && inner.entity === outer.entity);
}
