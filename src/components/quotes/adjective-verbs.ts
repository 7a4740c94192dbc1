// Cue forms that wink tags adjectives but that are verbs where they stand: "Mr. Burton fumed",
// "Lee also detailed the losses", ", publicly revealing a rift". Split out of cues.ts.
import type { Doc } from '../../doc/doc.js';
import { POSSESSIVES, wordAt } from './cues.js';
import { beforeAdverbs } from './token-tags.js';

/** Words before an -ing cue that wink tags an adjective: "while promising to", "is promising that". */
const ING_LEADS = new Set(['and', 'while', ',', 'by', 'is', 'are', 'was', 'were', 'been', 'be']);

/**
 * A cue form that wink tags an adjective but that is the verb: "Mr. Burton fumed", "Abedin
 * informed Clinton that", "while promising to destroy"; not "the informed voter", "a promising start".
 */
export function adjectiveTagged(doc: Doc, i: number, word: string): boolean {
  const next = doc.tokens.pos[i + 1] ?? 'PUNCT';
  const b = beforeAdverbs(doc, i);
  // "records revealing that ...": before "that" an -ing form is the verb whatever stands before it.
  if (word.endsWith('ing')) return (ING_LEADS.has(wordAt(doc, b) ?? '') && next !== 'PUNCT' && next !== 'NOUN') || wordAt(doc, i + 1) === 'that';
  if (!word.endsWith('ed')) return false;
  const before = doc.tokens.pos[b] ?? '';
  return (before === 'PROPN' || before === 'PRON') && !POSSESSIVES.has(wordAt(doc, b) ?? '');
}
