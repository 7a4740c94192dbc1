// A poll's verbs of giving a result: "A new poll gives Lind a double-digit lead", "the forecast
// currently gives Ruiz an 80 percent chance", "the survey had Lind ahead". PolNeAR, like PARC,
// reads such a verb as an evidence cue whose source is the poll; no lexicon row can say so,
// because "give" and "have" are cues only after a poll.
import type { Doc } from '../../doc/doc.js';
import type { SpeechCue } from '../../lexicon/speech-lexicon.js';
import { wordAt } from './cues.js';

/** Nouns for a measure of opinion that states a result. */
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'forecast', 'forecasts']);
/** "gives Lind a lead": a poll gives its result to a candidate. */
const GIVE = new Set(['give', 'gives', 'gave']);
/** "has Lind ahead", "had Ruiz leading": a poll has a candidate somewhere. */
const HAVE = new Set(['has', 'had']);
const OBJECT_PRONOUNS = new Set(['her', 'him', 'them']);
const ENTRY: SpeechCue = { cue: 'give', class: 'evidence', frames: new Set(['np']) };

/** The evidence entry when the form at `i` is a poll's verb of result, else null. */
export function pollCue(doc: Doc, i: number): SpeechCue | null {
  const w = wordAt(doc, i) ?? '';
  const give = GIVE.has(w);
  if (!give && !HAVE.has(w)) return null;
  // "the forecast currently gives": one adverb may stand between.
  const noun = doc.tokens.pos[i - 1] === 'ADV' ? i - 2 : i - 1;
  if (!POLL_NOUNS.has(wordAt(doc, noun) ?? '')) return null;
  // The candidate comes first: a name, or (after "give") a pronoun; "the poll has a margin of error" is no result.
  const object = doc.tokens.pos[i + 1] === 'PROPN' || (give && OBJECT_PRONOUNS.has(wordAt(doc, i + 1) ?? ''));
  return object ? ENTRY : null;
}
