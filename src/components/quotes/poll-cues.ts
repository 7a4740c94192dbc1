// A poll's verbs of giving a result: "A new poll gives Lind a double-digit lead", "the forecast
// now gives Ruiz a 61 percent chance", "the survey had Lind ahead"; and an inquiry's
// finding: "the audit found two errors". PolNeAR, like PARC, reads such a verb as an evidence cue
// whose source is the poll or inquiry; no lexicon row can say so, because these verbs are cues
// (or take a plain object) only after such a noun.
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
/** Nouns for an inquiry that finds things: "the review found two errors". */
const INQUIRY_NOUNS = new Set(['survey', 'surveys', 'poll', 'polls', 'report', 'reports', 'review', 'study', 'studies', 'analysis', 'investigation', 'audit', 'probe']);
const FIND = new Set(['finds', 'found']);
const FINDING: SpeechCue = { cue: 'find', class: 'evidence', frames: new Set(['np']) };

/** "The audit found two errors", "the survey also finds signs of ...": an inquiry's finding is its content (with "that" the lexicon's "find" reads it). */
export function findingCue(doc: Doc, i: number): SpeechCue | null {
  if (!FIND.has(wordAt(doc, i) ?? '') || wordAt(doc, i + 1) === 'that') return null;
  const noun = doc.tokens.pos[i - 1] === 'ADV' ? i - 2 : i - 1;
  const next = doc.tokens.pos[i + 1];
  return INQUIRY_NOUNS.has(wordAt(doc, noun) ?? '') && (next === 'DET' || next === 'ADJ' || next === 'NUM' || next === 'NOUN' || next === 'ADP') ? FINDING : null;
}

/** The evidence entry when the form at `i` is a poll's verb of result, else null. */
export function pollCue(doc: Doc, i: number): SpeechCue | null {
  const w = wordAt(doc, i) ?? '';
  const give = GIVE.has(w);
  if (!give && !HAVE.has(w)) return null;
  // "the forecast currently gives": one adverb may stand between.
  const noun = doc.tokens.pos[i - 1] === 'ADV' ? i - 2 : i - 1;
  if (!POLL_NOUNS.has(wordAt(doc, noun) ?? '')) return null;
  // The candidate comes first: a name, or (after "give") a pronoun; "the poll has a sample of 900" is no result.
  const object = doc.tokens.pos[i + 1] === 'PROPN' || (give && OBJECT_PRONOUNS.has(wordAt(doc, i + 1) ?? ''));
  return object ? ENTRY : null;
}
