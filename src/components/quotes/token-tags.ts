// Token-level readings shared by the quotes passes: quotation marks, participles by their form,
// wink's date tokens, and wink's tags with names put right.
import type { Doc } from '../../doc/doc.js';

/** Participles that end in neither -ed nor -n: "a group led by", "a law made in 1990". */
export const IRREGULAR_PARTICIPLES = new Set(['made', 'held', 'led', 'said', 'told', 'paid', 'found', 'set', 'built', 'put', 'kept', 'left', 'sent', 'bought', 'brought', 'thought', 'caught', 'taught', 'cut', 'hit', 'run']);

/** A past or present participle by its form: "released", "written", "sent", "saying". */
export const isParticipleWord = (w: string): boolean => /(ed|en|ing)$/.test(w) || IRREGULAR_PARTICIPLES.has(w);

export const isDateToken = (dates: Uint8Array, i: number): boolean => dates[i] === 1;

/**
 * Tokens inside wink's DATE and TIME entities: "said Sunday" has no speaker "Sunday". A word in
 * capitals right after a name is part of the name ("the LIMA TODAY Harbor audit").
 */
export function dateTokens(doc: Doc): Uint8Array {
  const out = new Uint8Array(doc.size);
  for (const e of doc.tokens.entities) {
    if (e.type !== 'DATE' && e.type !== 'TIME' && e.type !== 'DURATION') continue;
    if (e.first === e.last && doc.tokens.pos[e.first - 1] === 'PROPN' && isUpperWord(doc.tokens.value[e.first]!)) continue;
    out.fill(1, e.first, e.last + 1);
  }
  return out;
}

/** A word of two or more letters, all capitals: "TODAY". */
const isUpperWord = (v: string): boolean => v.length > 1 && /^[A-Z]+$/.test(v);

/**
 * wink's tags with names put right: a capitalised word inside a name that wink read as a verb
 * or noun ("Karl Rove said", "Kathryn Stack said") is a proper noun, as is any word that an
 * entity mention covers.
 */
export function nameAwareTags(doc: Doc, names: Uint8Array): string[] {
  const t = doc.tokens;
  const tags = t.pos.slice();
  for (let i = 0; i < doc.size; i++) {
    if (thinkTank(doc, i)) tags[i] = 'NOUN';
    const p = tags[i]!;
    if (p === 'PROPN' || !/^\p{Lu}/u.test(t.value[i]!)) continue;
    const inName = names[i] === 1 || t.pos[i - 1] === 'PROPN' || (t.pos[i + 1] === 'PROPN' && doc.sentences[doc.sentenceOfToken(i)]?.first !== i);
    if (inName && (p === 'VERB' || p === 'NOUN' || p === 'ADJ' || names[i] === 1)) tags[i] = 'PROPN';
  }
  return tags;
}

const TANKS = new Set(['tank', 'tanks']);
/** "think" in the compound noun "think tank" ("a Lima think tank that studies fishing"), which wink reads as a verb; not after a pronoun ("I think tanks leak"). */
export const thinkTank = (doc: Doc, i: number): boolean => doc.words[i] === 'think' && TANKS.has(doc.words[i + 1] ?? '') && doc.tokens.pos[i - 1] !== 'PRON';

/** The ")" that closes the "(" at `open`, at most `window` tokens on and not past `last`; -1 when none. */
export function closingParen(doc: Doc, open: number, last: number, window: number): number {
  if (doc.tokens.value[open] !== '(') return -1;
  for (let j = open + 1; j <= last && j - open <= window; j++) if (doc.tokens.value[j] === ')') return j;
  return -1;
}

export function isQuoteMark(v: string): boolean {
  return v.length <= 2 && /^["'`\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB]+$/.test(v);
}

/** Pronominal quantifiers that head a noun phrase of their own: "some", "many of her advisers". */
export const PRONOMINAL = new Set(['another', 'others', 'some', 'many', 'most', 'both', 'all', 'each', 'one', 'few', 'several', 'none', 'neither', 'either']);

const MAX_ADVERBS = 2;

/** The token before `i` past at most two adverbs ("Lee also detailed", ", publicly revealing"): where a verb group's subject or lead word stands. */
export function beforeAdverbs(doc: Doc, i: number): number {
  let j = i - 1;
  while (j >= 0 && i - 1 - j < MAX_ADVERBS && doc.tokens.pos[j] === 'ADV') j--;
  return j;
}
