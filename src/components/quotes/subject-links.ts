// Links that make one noun phrase of several: a quantifier and "of" before a pronoun ("some of
// them"), and the noun phrase a preposition phrase hangs from ("a notice on the site of The
// Ledger", "aides to the mayor"). Split out of noun-phrases.ts.
import type { Doc } from '../../doc/doc.js';
import type { Tags } from './clause-tests.js';
import { wordAt } from './cues.js';
import type { Phrases } from './noun-phrases.js';
import { PRONOMINAL } from './token-tags.js';

/** Pronouns after a partitive "of": "some of them", "many of whom". */
const OBJECT_OR_RELATIVE = new Set(['them', 'us', 'whom', 'which', 'you', 'those', 'these']);
/** Prepositions inside a subject: "aides to the mayor", "a notice on the site of The Ledger". */
const CHAIN_PREPOSITIONS = new Set(['of', 'to', 'for', 'on', 'at', 'in', 'from']);

/** "some of them", "two of us", "many of whom": the quantifier before "of" and a pronoun opens the phrase. */
export function partitiveStart(doc: Doc, pos: Tags, pronoun: number, limit: number): number {
  const q = pronoun - 2;
  if (q < limit || wordAt(doc, pronoun - 1) !== 'of' || !OBJECT_OR_RELATIVE.has(wordAt(doc, pronoun) ?? '')) return pronoun;
  return PRONOMINAL.has(wordAt(doc, q) ?? '') || pos(q) === 'NUM' ? q : pronoun;
}

/**
 * "a notice on the site of The Ledger", "aides to the mayor": the first token of the noun phrase
 * that a phrase at `first` hangs from through prepositions (at most three links), when that
 * phrase opens the clause at `limit`; else -1.
 */
export function ownerChainStart(np: Phrases, doc: Doc, first: number, limit: number): number {
  let j = first;
  for (let links = 0; links < 3; links++) {
    const prep = wordAt(doc, j - 1) ?? '';
    if (!CHAIN_PREPOSITIONS.has(prep)) return -1;
    const owner = np.npEndingAt(j - 2, limit);
    if (!owner || np.pos(owner.last) === 'PRON') return -1;
    if (owner.first === limit || afterOpeningAdverbial(np, doc, owner.first, limit)) return owner.first;
    j = owner.first;
  }
  return -1;
}

/** "By noon, | a sign in the window of ...", "After the vote, | advisers to ...": a phrase right after an opening adverbial and its comma. */
function afterOpeningAdverbial(np: Phrases, doc: Doc, first: number, limit: number): boolean {
  const p = np.pos(limit);
  return doc.tokens.value[first - 1] === ',' && (p === 'ADP' || p === 'SCONJ' || p === 'ADV' || np.dates[limit] === 1);
}
