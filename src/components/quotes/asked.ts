// Questions whose asker the text does not name: "Asked whether he would run, the mayor
// smiled", "When asked about the deal, she ...".
import type { Sentence } from '../../doc/doc.js';
import type { Attribution, QuoteContext } from './context.js';
import type { Cue } from './cues.js';
import { wordAt } from './cues.js';
import type { SpeakerPhrase } from './noun-phrases.js';
import { attribution, contentEnd } from './content-end.js';

/** Words before a bare "asked" that leave it without a subject of its own: "When asked whether ...". */
const ASKED_LEADS = new Set(['when', 'and', 'but', 'once', 'if', 'after', 'while', 'before']);
export const QUESTION_WORDS = new Set(['whether', 'if', 'how', 'what', 'why', 'who', 'where']);

/**
 * "Asked whether he would run, the mayor smiled", "When asked about the deal, she ...": the one
 * asked is the main clause's subject and the asker is unnamed (or the "by" agent), so the
 * quotation has no speaker; the content is the question, to its comma.
 */
export function askedWithoutAsker(ctx: QuoteContext, cue: Cue, s: Sentence): Attribution | null {
  if (wordAt(ctx.doc, cue.head) !== 'asked') return null;
  const lead = cue.head - 1;
  // "has asked", "also asked": a verb group of its own has a subject.
  if (cue.first < lead || (cue.first === lead && !ASKED_LEADS.has(wordAt(ctx.doc, lead) ?? ''))) return null;
  const opens = cue.head === s.first || ctx.value(lead) === ',';
  if (!opens && !(ASKED_LEADS.has(wordAt(ctx.doc, lead) ?? '') && (lead === s.first || ctx.value(lead - 1) === ',' || ctx.pos(lead - 1) === 'VERB'))) return null;
  let q = cue.headLast + 1;
  while (q <= s.last && ctx.pos(q) === 'ADV' && !QUESTION_WORDS.has(wordAt(ctx.doc, q) ?? '')) q++;
  let speaker: SpeakerPhrase | null = null;
  if (wordAt(ctx.doc, q) === 'by') {
    const agent = ctx.np.npStartingAt(q + 1, s.last);
    if (!agent) return null;
    speaker = { core: agent, description: null };
    q = agent.last + 1;
  }
  const about = wordAt(ctx.doc, q) === 'about';
  if (!about && !QUESTION_WORDS.has(wordAt(ctx.doc, q) ?? '')) return null;
  const first = about ? q + 1 : q;
  // "asked about the deal in an interview": the topic is the phrase after "about".
  const last = about ? (ctx.np.npStartingAt(first, s.last)?.last ?? -1) : contentEnd(ctx, first, s, true);
  if (last < first) return null;
  const withAbout = { ...cue, first: cue.head, headLast: about ? q : cue.headLast };
  return attribution(withAbout, speaker, [{ first, last }]);
}
