// The only module that imports wink-nlp: one wink instance per process, and a function that
// turns text into plain token arrays with character offsets.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Tokenised {
  start: Int32Array;
  end: Int32Array;
  value: string[];
  pos: string[];
  lemma: string[];
  /** wink token type: word, number, punctuation, currency, tabCRLF, ... */
  type: string[];
  /** Sentences as [firstToken, lastToken] inclusive. */
  sentences: Array<[number, number]>;
  /** wink's built-in entities (DATE, MONEY, CARDINAL, PERCENT, ...), token ranges inclusive. */
  entities: Array<{ type: string; first: number; last: number }>;
}

let instance: ReturnType<typeof winkNLP> | undefined;

function nlp(): ReturnType<typeof winkNLP> {
  // wink patterns learned on a second instance made from the same model match nothing,
  // so the process keeps exactly one (libraries.md §1).
  if (!instance) {
    // Only what newsgraph reads: sentences, tags and lemmas, built-in entities. wink's default
    // pipe also scores negation and sentiment over every token, which nothing here uses.
    instance = winkNLP(model, ['sbd', 'pos', 'ner']);
    // wink caches each new word it meets, and a word it has cached changes how it splits later
    // text: once "U.S" has been read bare ("U.S-led"), every later "U.S." comes out as "U.S" and
    // "." (a full stop that also ends the sentence). Abbreviations read first with their final
    // stop stay whole, whatever came before; others are joined again in `joinAbbreviations`.
    instance.readDoc(ABBREVIATIONS);
  }
  return instance;
}

const ABBREVIATIONS = 'U.S. U.N. U.K. E.U. U.A.E. U.S.A. U.S.S.R. D.C. N.Y. L.A. N.J. S.C. N.C. P.M. A.M. a.m. p.m. e.g. i.e. B.C. A.D.';

/** Tokenise, split sentences, tag POS and lemmas; offsets rebuilt from preceding spaces. */
export function tokenise(text: string): Tokenised {
  const w = nlp();
  const its = w.its;
  const doc = w.readDoc(text);
  const tokens = doc.tokens();
  const value = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const n = value.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    at += spaces[i]!.length;
    const v = value[i]!;
    if (text.startsWith(v, at)) {
      start[i] = at;
    } else {
      // wink can normalise a token's value; resynchronise on the next occurrence.
      const found = text.indexOf(v, at);
      start[i] = found >= 0 && found - at < 16 ? found : at;
    }
    end[i] = Math.min(text.length, start[i]! + v.length);
    at = end[i]!;
  }
  const sentences = (doc.sentences().out(its.span) as unknown as Array<[number, number]>).map(
    ([a, b]) => [a, b] as [number, number],
  );
  const ents = doc.entities();
  const types = ents.out(its.type) as string[];
  const spans = ents.out(its.span) as unknown as Array<[number, number]>;
  return splitFirstPerson(joinAbbreviations(text, joinSplitWords(text, {
    start,
    end,
    value,
    pos: tokens.out(its.pos) as string[],
    lemma: tokens.out(its.lemma as never) as unknown as string[],
    type: tokens.out(its.type) as string[],
    sentences,
    entities: types.map((type, k) => ({ type, first: spans[k]![0], last: spans[k]![1] })),
  })));
}

const FIRST_PERSON_BE = /^i['\u2019]m$/i;

/**
 * wink keeps "I'm" whole and tags it a proper noun, while it splits "I've", "I'll" and "I'd";
 * "I'm" becomes "I" (a pronoun) and "'m" (a form of "be") as they do. Sentences and entities
 * keep their tokens.
 */
function splitFirstPerson(t: Tokenised): Tokenised {
  const n = t.value.length;
  let found = 0;
  for (let i = 0; i < n; i++) if (t.end[i]! - t.start[i]! === 3 && FIRST_PERSON_BE.test(t.value[i]!)) found++;
  if (!found) return t;
  const size = n + found;
  const start = new Int32Array(size);
  const end = new Int32Array(size);
  const value: string[] = [];
  const pos: string[] = [];
  const lemma: string[] = [];
  const type: string[] = [];
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    first[i] = k;
    const v = t.value[i]!;
    if (t.end[i]! - t.start[i]! === 3 && FIRST_PERSON_BE.test(v)) {
      start[k] = t.start[i]!;
      end[k] = t.start[i]! + 1;
      value.push(v.slice(0, 1));
      pos.push('PRON');
      lemma.push('i');
      type.push('word');
      k++;
      start[k] = t.start[i]! + 1;
      end[k] = t.end[i]!;
      value.push(v.slice(1));
      pos.push('AUX');
      lemma.push('be');
      type.push('word');
    } else {
      start[k] = t.start[i]!;
      end[k] = t.end[i]!;
      value.push(v);
      pos.push(t.pos[i]!);
      lemma.push(t.lemma[i]!);
      type.push(t.type[i]!);
    }
    last[i] = k++;
  }
  return {
    start, end, value, pos, lemma, type,
    sentences: t.sentences.map(([a, b]) => [first[a]!, last[b]!] as [number, number]),
    entities: t.entities.map((e) => ({ type: e.type, first: first[e.first]!, last: last[e.last]! })),
  };
}

const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const CAPITAL = /^\p{Lu}$/u;
const INITIALS = /^(?:\p{L}\.)+$/u;

/**
 * "U.S" + "." (wink's split once the bare form is cached) is one token "U.S." again, as wink
 * reads it in a fresh process; the sentence break wink put after the stop stays only before
 * a capitalised word that is no name ("... the U.S. The talks"), as a fresh read has it.
 * "U" + "." + "S." (wink's split after a hyphen: "then-U.S.", "A.F.L.-C.I.O.") is one token
 * too, and the sentence break wink put inside it goes.
 */
function joinAbbreviations(text: string, t: Tokenised): Tokenised {
  const n = t.value.length;
  const joins = new Uint8Array(n);
  for (let i = 0; i + 1 < n; i++) {
    if (t.value[i + 1] !== '.' || t.end[i] !== t.start[i + 1]) continue;
    if (DOTTED.test(t.value[i]!)) joins[i + 1] = 1;
    else if (i + 2 < n && t.end[i + 1] === t.start[i + 2] && CAPITAL.test(t.value[i]!) && INITIALS.test(t.value[i + 2]!)) joins[i + 1] = joins[i + 2] = 1;
  }
  const merged = mergeTokens(text, t, joins);
  if (merged === t) return t;
  const opensSentence = (i: number): boolean => i < n && /^\p{Lu}/u.test(t.value[i]!) && t.pos[i] !== 'PROPN';
  const sentences: Array<[number, number]> = [];
  t.sentences.forEach(([a], k) => {
    const prev = sentences[sentences.length - 1];
    const [first, last] = merged.sentences[k]!;
    if (prev && (joins[a] || (joins[a - 1] && !opensSentence(a)))) prev[1] = last;
    else sentences.push([first, last]);
  });
  return { ...merged, sentences };
}

const LETTER = /\p{L}/u;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * wink splits words at some non-ASCII letters ("Erdoğan" → "Erdo", "ğ", "an"); adjacent
 * pieces with letters on both sides of the seam are joined again. A text in plain ASCII is
 * returned as it is.
 */
function joinSplitWords(text: string, t: Tokenised): Tokenised {
  if (ASCII_ONLY.test(text)) return t;
  const joins = new Uint8Array(t.value.length);
  // Whether the token being built holds a non-ASCII piece: only such pieces are joined.
  let wide = false;
  for (let i = 0; i < t.value.length; i++) {
    const seam = i > 0 && t.start[i] === t.end[i - 1] && LETTER.test(text[t.start[i]! - 1] ?? '') && LETTER.test(text[t.start[i]!] ?? '');
    const mine = !ASCII_ONLY.test(t.value[i]!);
    if (seam && (mine || wide)) {
      joins[i] = 1;
      wide = true;
    } else {
      wide = mine;
    }
  }
  return mergeTokens(text, t, joins);
}

/**
 * Each token with `joins[i]` set joined to the one before it: one token over their text with
 * the first piece's tags (a joined token's lemma is its text in lower case), and every token
 * index in sentences and entities remapped. `t` itself when nothing is joined.
 */
function mergeTokens(text: string, t: Tokenised, joins: Uint8Array): Tokenised {
  const n = t.value.length;
  const map = new Int32Array(n);
  const keep: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < n; i++) {
    if (joins[i] && keep.length > 0) {
      ends[ends.length - 1] = t.end[i]!;
      map[i] = keep.length - 1;
      continue;
    }
    map[i] = keep.length;
    keep.push(i);
    ends.push(t.end[i]!);
  }
  if (keep.length === n) return t;
  const start = Int32Array.from(keep, (i) => t.start[i]!);
  const end = Int32Array.from(ends);
  const value = keep.map((_, k) => text.slice(start[k]!, end[k]!));
  return {
    start, end, value,
    pos: keep.map((i) => t.pos[i]!),
    lemma: keep.map((i, k) => (end[k]! - start[k]! === t.end[i]! - t.start[i]! ? t.lemma[i]! : value[k]!.toLowerCase())),
    type: keep.map((i) => t.type[i]!),
    sentences: t.sentences.map(([a, b]) => [map[a]!, map[b]!] as [number, number]),
    entities: t.entities.map((e) => ({ type: e.type, first: map[e.first]!, last: map[e.last]! })),
  };
}

/** wink's bare readDoc (with the pipe newsgraph sets), for the benchmark's baseline. */
export function readDocOnly(text: string): number {
  return nlp().readDoc(text).tokens().length();
}
