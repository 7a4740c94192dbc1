// What the attribution passes share over one Doc: cues and quotation regions indexed by
// token, paragraph numbers, and the attributions found so far.
import type { Doc, Sentence } from '../../doc/doc.js';
import type { RecordQuote } from '../../record/types.js';
import type { Cue } from './cues.js';
import type { Phrases, SpeakerPhrase, TokenSpan } from './noun-phrases.js';
import type { QuoteRegion } from './quote-marks.js';

/** One stretch of content: tokens, and the quotation region it is when it is one. */
export interface Piece extends TokenSpan {
  region: number | null;
}

export interface Attribution {
  cue: Cue | null;
  speaker: SpeakerPhrase | null;
  pieces: Piece[];
  kind: RecordQuote['kind'];
  /** A noun-phrase content leaves its short quoted terms as scare quotes ("cited the 'red lines' of"). */
  leavesTerms?: boolean;
}

/** Quoted terms of at most this many words, with no cue, are scare quotes. */
export const SCARE_MAX_WORDS = 4;

export class QuoteContext {
  readonly cueAt: Int32Array;
  readonly regionAt: Int32Array;
  readonly usedCue: Uint8Array;
  /** For each cue, the attribution it was given (-1 for none yet). */
  readonly cueAttribution: Int32Array;
  readonly consumed: Uint8Array;
  readonly paragraph: Int32Array;
  readonly attributions: Attribution[] = [];
  /** For each region, the attribution it was given (-1 for none yet). */
  readonly regionAttribution: Int32Array;
  private readonly merged: Sentence[];

  constructor(readonly doc: Doc, readonly np: Phrases, readonly cues: Cue[], readonly regions: QuoteRegion[]) {
    const n = doc.size;
    this.cueAt = new Int32Array(n).fill(-1);
    cues.forEach((c, k) => this.cueAt.fill(k, c.first, c.headLast + 1));
    this.regionAt = new Int32Array(n).fill(-1);
    regions.forEach((r, k) => this.regionAt.fill(k, r.open, (r.close >= 0 ? r.close : r.last) + 1));
    this.usedCue = new Uint8Array(cues.length);
    this.cueAttribution = new Int32Array(cues.length).fill(-1);
    this.consumed = new Uint8Array(regions.length);
    this.regionAttribution = new Int32Array(regions.length).fill(-1);
    this.paragraph = paragraphs(doc);
    this.merged = mergeSplitSentences(doc, this.paragraph);
  }

  /** The sentence of token i, joined to the one before when wink split inside it ('"Gun!," according to ...'). */
  sentenceOf(i: number): Sentence {
    return this.merged[Math.max(0, this.doc.sentenceOfToken(i))]!;
  }

  value(i: number): string {
    return this.doc.tokens.value[i] ?? '';
  }

  pos(i: number): string {
    return this.np.pos(i);
  }

  cueIndex(c: Cue): number {
    return this.cueAt[c.head]!;
  }

  /** Records an attribution, marking its cue used and its regions consumed. */
  add(a: Attribution): number {
    const k = this.attributions.length;
    this.attributions.push(a);
    if (a.cue) {
      this.usedCue[this.cueIndex(a.cue)] = 1;
      this.cueAttribution[this.cueIndex(a.cue)] = k;
    }
    for (const p of a.pieces) this.claimRegions(p, k, a.leavesTerms === true);
    return k;
  }

  /** Adds a piece to an existing attribution (a quotation carried on after its cue). */
  extend(k: number, piece: Piece): void {
    const pieces = this.attributions[k]!.pieces;
    pieces.push(piece);
    pieces.sort((a, b) => a.first - b.first);
    this.claimRegions(piece, k);
  }

  /** Words in a region: a short one is a term more often than a quotation. */
  regionWords(k: number): number {
    const r = this.regions[k]!;
    let words = 0;
    for (let i = r.first; i <= r.last; i++) if (this.doc.tokens.type[i] === 'word' || this.doc.tokens.type[i] === 'number') words++;
    return words;
  }

  /** Whether a content would take region k as a partial quotation. */
  takesRegion(k: number, leavesTerms: boolean): boolean {
    return !this.consumed[k] && !(leavesTerms && this.regionWords(k) <= SCARE_MAX_WORDS);
  }

  private claimRegions(p: Piece, k: number, leavesTerms = false): void {
    if (p.region !== null) {
      this.consumed[p.region] = 1;
      this.regionAttribution[p.region] = k;
      return;
    }
    for (let i = p.first; i <= p.last; i++) {
      const r = this.regionAt[i]!;
      if (r >= 0 && this.takesRegion(r, leavesTerms)) {
        this.consumed[r] = 1;
        this.regionAttribution[r] = k;
      }
    }
  }
}

/** Paragraph number of each token: a new paragraph after every line break. */
function paragraphs(doc: Doc): Int32Array {
  const out = new Int32Array(doc.size);
  const t = doc.tokens;
  let p = 0;
  for (let i = 0; i < doc.size; i++) {
    if (t.type[i] === 'tabCRLF' && t.value[i]!.includes('\n')) p++;
    out[i] = p;
  }
  return out;
}

/** A lower-case word, a comma or a closing mark cannot open a sentence. */
function opensMidSentence(doc: Doc, i: number): boolean {
  const v = doc.tokens.value[i]!;
  if (/^[\p{Ll},;:)\]\u2019\u201D.!?]/u.test(v)) return true;
  return (v === '"' || v === "'") && i > 0 && doc.tokens.end[i - 1] === doc.tokens.start[i];
}

/** Titles that wink ends a sentence after when it splits off their full stop ("the Rev. Al Lowe"). */
const TITLES = new Set(['rev', 'gen', 'sen', 'sens', 'rep', 'reps', 'gov', 'dr', 'lt', 'col', 'sgt', 'capt', 'prof', 'mr', 'mrs', 'ms', 'st', 'adm', 'gens', 'msgr', 'fr']);

/** "... said the Rev." : a full stop glued to a title does not end the sentence. */
function endsWithTitle(doc: Doc, last: number): boolean {
  const t = doc.tokens;
  return t.value[last] === '.' && last > 0 && t.end[last - 1] === t.start[last] && TITLES.has(t.value[last - 1]!.toLowerCase());
}

/** A sentence that opens mid-sentence carries on the one before it in the paragraph. */
function mergeSplitSentences(doc: Doc, paragraph: Int32Array): Sentence[] {
  const out: Sentence[] = [];
  let group: Sentence[] = [];
  const flush = (): void => {
    if (group.length === 0) return;
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const whole: Sentence = { i: first.i, start: first.start, end: last.end, first: first.first, last: last.last };
    for (const s of group) out[s.i] = whole;
    group = [];
  };
  for (const s of doc.sentences) {
    const prev = group[group.length - 1];
    const carries = prev !== undefined && (opensMidSentence(doc, s.first) || endsWithTitle(doc, prev.last)) && paragraph[s.first] === paragraph[prev.last];
    if (!carries) flush();
    group.push(s);
  }
  flush();
  return out;
}
