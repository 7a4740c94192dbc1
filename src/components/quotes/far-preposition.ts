// A verb and its preposition with adjuncts between them: "joked at a dinner in June about",
// "complained on Monday about", "wrote in her memoir about". PolNeAR takes the whole stretch
// into the cue, as it does "talked about".
import type { Doc } from '../../doc/doc.js';
import type { SpeechCue, SpeechLexicon } from '../../lexicon/speech-lexicon.js';
import { wordAt } from './cues.js';

/** The longest stretch of adjuncts read between the verb and its preposition, in tokens. */
const MAX_ADJUNCTS = 12;
/** Tags that may stand inside the adjuncts ("at a conference in June 2013", "on the deck of the ferry,"). */
const ADJUNCT_POS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'ADV', 'PRON', 'PART']);
const NP_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);

/**
 * The preposition of a fixed verb + preposition cue that follows the verb at `i` past adjuncts
 * that open with a preposition or an adverb, with its lexicon entry; null when there is none.
 */
export function farPreposition(doc: Doc, lex: SpeechLexicon, i: number): { prep: number; entry: SpeechCue } | null {
  const t = doc.tokens;
  const form = wordAt(doc, i)!;
  const first = t.pos[i + 1];
  if (first !== 'ADP' && first !== 'ADV') return null;
  for (let k = i + 2; k <= i + MAX_ADJUNCTS && k < doc.size; k++) {
    const pos = t.pos[k]!;
    // "of" far from its verb belongs to a noun: "spoke on the basis of secrecy".
    if (pos === 'ADP' && NP_OPENERS.has(t.pos[k + 1] ?? '') && wordAt(doc, k) !== 'of') {
      const prep = wordAt(doc, k)!;
      const hit = lex.forms.match((j) => (j === 0 ? form : j === 1 ? prep : undefined), 0);
      if (hit && hit.length === 2 && !hit.value.frames.has('adjective') && !hit.value.frames.has('prep')) return { prep: k, entry: hit.value };
    }
    if (!(ADJUNCT_POS.has(pos) || (t.value[k] === ',' && t.pos[k + 1] === 'ADP'))) return null;
  }
  return null;
}
