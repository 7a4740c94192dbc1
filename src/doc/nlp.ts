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
  instance ??= winkNLP(model);
  return instance;
}

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
  return {
    start,
    end,
    value,
    pos: tokens.out(its.pos) as string[],
    lemma: tokens.out(its.lemma as never) as unknown as string[],
    type: tokens.out(its.type) as string[],
    sentences,
    entities: types.map((type, k) => ({ type, first: spans[k]![0], last: spans[k]![1] })),
  };
}

/** wink's bare readDoc, for the benchmark's baseline. */
export function readDocOnly(text: string): number {
  return nlp().readDoc(text).tokens().length();
}
