// The document model: the text once, token arrays and sentences over it, and typed span
// layers that components add. Nothing here copies the text.
import type { Article } from '../sources/article.js';
import type { Layers, LayerName } from './layers.js';
import { tokenise, type Tokenised } from './nlp.js';

export interface Sentence {
  i: number;
  start: number;
  end: number;
  /** First and last token (inclusive) of the sentence. */
  first: number;
  last: number;
}

export class Doc {
  readonly article: Article;
  readonly text: string;
  readonly tokens: Tokenised;
  readonly sentences: Sentence[];
  private readonly layers = new Map<LayerName, unknown>();
  private tokenSentence: Int32Array | undefined;
  private lowered: string[] | undefined;
  private caps: Uint8Array | undefined;
  private folded: string[] | undefined;

  constructor(article: Article, tokens: Tokenised = tokenise(article.text)) {
    this.article = article;
    this.text = article.text;
    this.tokens = tokens;
    this.sentences = buildSentences(tokens);
  }

  get size(): number {
    return this.tokens.value.length;
  }

  has(name: LayerName): boolean {
    return this.layers.has(name);
  }

  get<K extends LayerName>(name: K): Layers[K] {
    if (!this.layers.has(name)) throw new Error(`layer ${name} was not assigned`);
    return this.layers.get(name) as Layers[K];
  }

  set<K extends LayerName>(name: K, value: Layers[K]): void {
    this.layers.set(name, value);
  }

  /** Each token's text in lower case, made once: components compare words many times over. */
  get lower(): readonly string[] {
    this.lowered ??= this.tokens.value.map((v) => v.toLowerCase());
    return this.lowered;
  }

  /** Each token in lower case with typographic apostrophes folded ("’s" is "'s"): the form lexicons are matched in; made once. */
  get words(): readonly string[] {
    this.folded ??= this.lower.map((v) => (v.includes('\u2019') ? v.replace(/\u2019/g, "'") : v));
    return this.folded;
  }

  /** 1 for each token that opens with an upper-case letter, made once. */
  get capitalised(): Uint8Array {
    if (!this.caps) {
      const values = this.tokens.value;
      const caps = new Uint8Array(values.length);
      for (let i = 0; i < values.length; i++) {
        const c = values[i]!.charCodeAt(0);
        caps[i] = c >= 65 && c <= 90 ? 1 : c < 128 ? 0 : UPPER.test(values[i]!) ? 1 : 0;
      }
      this.caps = caps;
    }
    return this.caps;
  }

  /** Index of the sentence that holds token `t`. */
  sentenceOfToken(t: number): number {
    if (!this.tokenSentence) {
      const map = new Int32Array(this.size).fill(-1);
      for (const s of this.sentences) map.fill(s.i, s.first, s.last + 1);
      this.tokenSentence = map;
    }
    return this.tokenSentence[t] ?? -1;
  }

  /** Index of the sentence that holds character `offset` (binary search). */
  sentenceAt(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return mid;
    }
    return Math.max(0, Math.min(lo, this.sentences.length - 1));
  }

  /** First token whose end is after `offset` (binary search). */
  tokenAt(offset: number): number {
    const end = this.tokens.end;
    let lo = 0;
    let hi = end.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (end[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }
}

const UPPER = /^\p{Lu}/u;

function isBlank(t: Tokenised, i: number): boolean {
  return t.type[i] === 'tabCRLF' || t.value[i]!.trim() === '';
}

/**
 * wink's sentences, split again at paragraph breaks (a headline or a list line has no full
 * stop) and trimmed of blank tokens at their edges, so every sentence starts and ends on text.
 */
function buildSentences(t: Tokenised): Sentence[] {
  const out: Sentence[] = [];
  const push = (a: number, b: number): void => {
    while (a <= b && isBlank(t, a)) a++;
    while (b >= a && isBlank(t, b)) b--;
    if (a > b) return;
    out.push({ i: out.length, start: t.start[a]!, end: t.end[b]!, first: a, last: b });
  };
  for (const [first, last] of t.sentences) {
    let a = first;
    for (let i = first; i <= last; i++) {
      if (t.type[i] === 'tabCRLF' && t.value[i]!.includes('\n\n')) {
        push(a, i - 1);
        a = i + 1;
      }
    }
    push(a, last);
  }
  return out;
}
