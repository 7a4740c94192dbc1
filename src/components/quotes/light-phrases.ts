// A light verb and a noun of speech or stance that together report a statement: "made no
// mention of", "made a case that", "made clear that", "took issue with", "took note of",
// "taking credit for". PolNeAR's annotators take the whole stretch as the cue and its subject
// as the source; the lexicon's cues are single verbs or fixed phrases, so these are read here.
import type { Doc } from '../../doc/doc.js';
import type { CueFrame, SpeechCue } from '../../lexicon/speech-lexicon.js';
import { groupStart, POSSESSIVES, wordAt, type Cue } from './cues.js';

const MAKE = new Set(['make', 'makes', 'made', 'making']);
const TAKE = new Set(['take', 'takes', 'took', 'taken', 'taking']);
/** Nouns after "make" that name what was said: "made remarks about", "made no secret of". */
const MADE = new Set([
  'case', 'mention', 'reference', 'references', 'comment', 'comments', 'remark', 'remarks', 'pronouncement', 'pronouncements',
  'secret', 'statement', 'statements', 'argument', 'arguments', 'pitch', 'appeal', 'plea', 'claim', 'claims', 'allegation',
  'allegations', 'accusation', 'accusations', 'promise', 'promises', 'pledge', 'prediction', 'predictions', 'joke', 'jokes',
]);
/** Nouns after "take" that name a stance: "took issue with", "took aim at", "took note of". */
const TAKEN = new Set(['issue', 'note', 'credit', 'aim', 'swipe', 'swipes', 'shot', 'shots', 'exception', 'umbrage']);
/** Prepositions that open the content after such a noun. */
const PREPOSITIONS = new Set(['of', 'about', 'on', 'to', 'with', 'for', 'at', 'against', 'over']);
/** Nouns whose content may be a that-clause: "made the case that", "made clear that". */
const CLAUSE_NOUNS = new Set(['case', 'clear', 'argument', 'claim', 'claims', 'promise', 'pledge', 'statement', 'prediction']);
/** Words that may stand between the verb and its noun: "made no direct", "took a parting". */
const MODIFIER_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM']);
const MAX_MODIFIERS = 3;

const entry = (cue: string, frame: CueFrame): SpeechCue => ({ cue, class: 'speech', frames: new Set<CueFrame>([frame]) });
const NP_ENTRY = entry('make mention of', 'np');
const THAT_ENTRY = entry('make the case that', 'that');

/** The cue of a light verb at `i` with its noun and preposition (or "that"), or null. */
export function lightPhrase(doc: Doc, i: number): Cue | null {
  const t = doc.tokens;
  const verb = wordAt(doc, i) ?? '';
  const nouns = MAKE.has(verb) ? MADE : TAKE.has(verb) ? TAKEN : null;
  if (!nouns || t.pos[i] !== 'VERB') return null;
  // "made clear that": the adjective stands right after the verb, with no article.
  const clear = wordAt(doc, i + 1) === 'clear' && MAKE.has(verb);
  let k = i + 1;
  while (!clear && k - i <= MAX_MODIFIERS && (MODIFIER_POS.has(t.pos[k] ?? '') || POSSESSIVES.has(wordAt(doc, k) ?? '')) && !nouns.has(wordAt(doc, k) ?? '')) k++;
  const noun = wordAt(doc, k) ?? '';
  if (!clear && !nouns.has(noun)) return null;
  const next = wordAt(doc, k + 1) ?? '';
  if (next === 'that' && (clear || CLAUSE_NOUNS.has(noun))) return { head: i, headLast: k, first: groupStart(doc, i), entry: THAT_ENTRY, participle: verb.endsWith('ing'), passive: false };
  if (clear || !PREPOSITIONS.has(next)) return null;
  return { head: i, headLast: k + 1, first: groupStart(doc, i), entry: NP_ENTRY, participle: verb.endsWith('ing'), passive: false };
}

/** The lexicon's cues with the light-verb phrases added; a phrase replaces the cues inside it ("comments about" in "made comments about"). */
export function withLightPhrases(doc: Doc, cues: Cue[]): Cue[] {
  const found: Cue[] = [];
  // Tokens inside a phrase, so that dropping the cues inside one stays linear in the text.
  const covered = new Uint8Array(doc.size);
  for (let i = 0; i < doc.size; i++) {
    const c = lightPhrase(doc, i);
    if (c) found.push(c);
    if (c) covered.fill(1, c.first, c.headLast + 1);
  }
  if (found.length === 0) return cues;
  const kept = cues.filter((c) => covered.subarray(c.first, c.headLast + 1).every((x) => x === 0));
  return [...kept, ...found].sort((a, b) => a.first - b.first);
}
