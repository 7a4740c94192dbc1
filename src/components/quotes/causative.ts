// The one made to speak: "The ruling prompted the mayor | to criticize | the judge", "led the
// growers | to believe that ...", "long enough for the council | to approve ...". The object of a verb of causing
// (or of "for") is the subject of the infinitive cue after it; "to" joins the cue.
import type { QuoteContext } from './context.js';
import { wordAt, type Cue } from './cues.js';
import type { SpeakerPhrase } from './noun-phrases.js';

/** Verbs whose object does what the infinitive says: they report no speech of their own. */
const CAUSATIVES = new Set([
  'prompt', 'prompts', 'prompted', 'prompting', 'lead', 'leads', 'led', 'leading', 'force', 'forces', 'forced', 'forcing',
  'spur', 'spurs', 'spurred', 'spurring', 'cause', 'causes', 'caused', 'causing', 'push', 'pushed', 'pushing', 'drive', 'drove', 'driven',
  'compel', 'compels', 'compelled', 'inspire', 'inspired', 'inspiring', 'allow', 'allows', 'allowed', 'allowing', 'for',
]);

/** Adverbs that split the infinitive: "to publicly name", "to plausibly argue". */
const isSplitting = (ctx: QuoteContext, i: number): boolean => ctx.pos(i) === 'ADV' && (wordAt(ctx.doc, i) ?? '').endsWith('ly');

/** The infinitive's subject and the "to" that opens the cue, or null. */
export function causedSpeaker(ctx: QuoteContext, cue: Cue, limit: number): { speaker: SpeakerPhrase; to: number } | null {
  const to = isSplitting(ctx, cue.first - 1) ? cue.first - 2 : cue.first - 1;
  if (wordAt(ctx.doc, to) !== 'to' || cue.passive || cue.participle) return null;
  const object = ctx.np.npEndingAt(to - 1, limit);
  if (!object || !CAUSATIVES.has(wordAt(ctx.doc, object.first - 1) ?? '')) return null;
  return { speaker: { core: object, description: null }, to };
}
