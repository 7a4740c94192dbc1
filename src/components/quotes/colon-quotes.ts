// A quotation that a clause introduces with a colon, whatever its verb: "The mayor fired back
// at the critics on the radio: '...'", "Lee answered with a shrug: '...'". The clause's subject
// speaks and the words from its verb to the colon are the cue, as PolNeAR's annotators take them.
// Run after the lexicon's cues, so that "X said: '...'" keeps its own reading.
import type { SpeechCue } from '../../lexicon/speech-lexicon.js';
import { SCARE_MAX_WORDS, type QuoteContext } from './context.js';
import type { Cue } from './cues.js';
import { wordAt } from './cues.js';

const COLON_CUE: SpeechCue = { cue: ':', class: 'speech', frames: new Set(['direct']) };
/** The longest clause before the colon, in tokens. */
const MAX_CLAUSE = 25;
const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i']);

export function attachColonQuotes(ctx: QuoteContext): void {
  ctx.regions.forEach((r, k) => {
    if (ctx.consumed[k] || r.open < 1 || ctx.value(r.open - 1) !== ':' || ctx.regionWords(k) <= SCARE_MAX_WORDS) return;
    const cue = clauseBefore(ctx, r.open - 1);
    if (!cue) return;
    ctx.add({ cue: cue.cue, speaker: cue.speaker, pieces: [{ first: r.first, last: r.last, region: k }], kind: 'direct' });
  });
}

/** The verb group and the subject of the clause that ends at `colon`, or null. */
function clauseBefore(ctx: QuoteContext, colon: number) {
  const s = ctx.sentenceOf(colon);
  // "But Lee brushed it off: ...": a conjunction may open the sentence.
  const start = ctx.pos(s.first) === 'CCONJ' ? s.first + 1 : s.first;
  if (colon - start > MAX_CLAUSE) return null;
  for (let i = start; i < colon; i++) {
    if (ctx.regionAt[i]! >= 0 || ctx.value(i) === ',' || ctx.value(i) === ':') return null;
    if (ctx.pos(i) !== 'VERB') continue;
    let first = i;
    while (first > start && (ctx.pos(first - 1) === 'AUX' || ctx.pos(first - 1) === 'ADV' || ctx.pos(first - 1) === 'PART')) first--;
    const speaker = ctx.np.subjectBefore(first, start);
    // A name or a personal pronoun: "the plan was simple: '...'" names no speaker.
    if (!speaker || speaker.core.first !== start || !(ctx.pos(speaker.core.last) === 'PROPN' || PERSONAL.has(wordAt(ctx.doc, speaker.core.last) ?? ''))) return null;
    const cue: Cue = { head: i, headLast: colon - 1, first, entry: COLON_CUE, participle: false, passive: false };
    return { cue, speaker };
  }
  return null;
}
