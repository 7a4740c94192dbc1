// Whether the words of an appositive or a gloss make a clause of their own (a finite verb outside
// a relative clause) rather than a description of the speaker. Split out of noun-phrases.ts.
import type { Doc } from '../../doc/doc.js';
import { wordAt } from './cues.js';
import { IRREGULAR_PARTICIPLES, isParticipleWord, isQuoteMark } from './token-tags.js';

/** Name-aware part-of-speech tags by token index. */
export type Tags = (i: number) => string;

const RELATIVE = new Set(['who', 'which', 'that']);
const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);

/** A finite verb outside a relative clause: the words are a clause, not a description. */
export function holdsClause(doc: Doc, pos: Tags, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const w = wordAt(doc, i) ?? '';
    if (RELATIVE.has(w)) return false;
    if (pos(i) === 'AUX' || (pos(i) === 'VERB' && !/(ing|ed|n)$/.test(w) && !IRREGULAR_PARTICIPLES.has(w))) return true;
  }
  return false;
}

/** A finite verb outside quotation marks and relative clauses, not a noun's modifier ("think tank"). */
export function isClause(doc: Doc, pos: Tags, first: number, last: number): boolean {
  let quoted = false;
  for (let i = first; i <= last; i++) {
    const w = wordAt(doc, i) ?? '';
    if (isQuoteMark(doc.tokens.value[i]!)) quoted = !quoted;
    if (quoted) continue;
    if (RELATIVE.has(w)) return false;
    if (pos(i) === 'AUX' || (pos(i) === 'VERB' && !isParticipleWord(w) && pos(i + 1) !== 'NOUN')) return true;
    // "..., Lee boasted that": a past form right after a name or pronoun is that subject's verb.
    if (pos(i) === 'VERB' && /ed$/.test(w) && i > first && (pos(i - 1) === 'PROPN' || PERSONAL.has(wordAt(doc, i - 1) ?? ''))) return true;
  }
  return false;
}

/** Any verb outside a relative clause. */
export function holdsVerb(doc: Doc, pos: Tags, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    if (RELATIVE.has(wordAt(doc, i) ?? '')) return false;
    if (pos(i) === 'VERB' || pos(i) === 'AUX') return true;
  }
  return false;
}
