// Reading around a claim marker: the clause a verb or "that" opens, claim nouns, the subject's
// mention, and the quotations of the marker's sentence (from the quotes layer).
import type { Doc } from '../../doc/doc.js';
import type { MentionSpan } from '../../doc/layers.js';
import { defaultSpeechLexicon, type ClaimLexicon, type SpeechLexicon } from '../../lexicon/speech-lexicon.js';
import type { RecordQuote, Span } from '../../record/types.js';

export interface TokenRange {
  first: number;
  last: number;
}

const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "'m", "'s", "'re"]);
const OBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);
const PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
/** The longest claim read after a marker, in tokens. */
const MAX_CLAIM = 60;
const MAX_PHRASE = 12;
/** How far from a marker its quotation's cue or its subject may be, in tokens. */
const WINDOW = 60;

export class ClaimText {
  private readonly quotes: RecordQuote[];
  /** Per token: the quotation whose cue covers it, and the first whose content covers it (-1: none). */
  private readonly cueQuote: Int32Array;
  private readonly contentQuote: Int32Array;
  private readonly mentionAt: Int32Array;
  private readonly mentions: MentionSpan[];

  constructor(
    private readonly doc: Doc,
    private readonly lex: ClaimLexicon,
    private readonly speech: SpeechLexicon = defaultSpeechLexicon(),
  ) {
    this.quotes = doc.get('quotes').filter((q) => q.kind !== 'scare' && q.cueSpan);
    this.cueQuote = new Int32Array(doc.size).fill(-1);
    this.contentQuote = new Int32Array(doc.size).fill(-1);
    this.quotes.forEach((q, k) => {
      this.fillTokens(this.cueQuote, q.cueSpan!.start, q.cueSpan!.end, k);
      this.fillTokens(this.contentQuote, q.start, q.end, k);
    });
    this.mentions = doc.get('entities').mentions;
    this.mentionAt = new Int32Array(doc.size).fill(-1);
    this.mentions.forEach((m, k) => {
      for (let i = m.first; i <= m.last; i++) if (this.mentionAt[i] === -1) this.mentionAt[i] = k;
    });
  }

  private fillTokens(into: Int32Array, start: number, end: number, k: number): void {
    for (let i = this.doc.tokenAt(start); i < this.doc.size && this.doc.tokens.start[i]! < end; i++) if (into[i] === -1) into[i] = k;
  }

  word(i: number): string | undefined {
    return this.doc.words[i];
  }

  pos(i: number): string {
    return this.doc.tokens.pos[i] ?? '';
  }

  span(r: TokenRange): Span {
    return this.cut(this.doc.tokens.start[r.first]!, this.doc.tokens.end[r.last]!);
  }

  cut(start: number, end: number): Span {
    return { start, end, text: this.doc.slice(start, end) };
  }

  opensObject(i: number): boolean {
    return this.word(i) === 'that' || OBJECT_POS.has(this.pos(i));
  }

  /** The first verb within `max` tokens from `from`, past adverbs; -1 when there is none. */
  nextVerb(from: number, max: number): number {
    for (let i = from; i < this.doc.size && i - from < max; i++) {
      if (this.pos(i) === 'VERB') return i;
      if (this.pos(i) !== 'ADV' && this.pos(i) !== 'AUX') return -1;
    }
    return -1;
  }

  isPassive(i: number): boolean {
    return BE.has(this.word(i - 1) ?? '') || (this.pos(i - 1) === 'ADV' && BE.has(this.word(i - 2) ?? ''));
  }

  private sentence(i: number): { first: number; last: number } {
    return this.doc.sentences[Math.max(0, this.doc.sentenceOfToken(i))]!;
  }

  /** The clause that token i opens ("that" itself left out), to its sentence's end or a ";". */
  clauseAfter(i: number): TokenRange | null {
    const first = this.word(i) === 'that' ? i + 1 : i;
    const s = this.sentence(i);
    let last = first;
    while (last + 1 <= s.last && last + 1 - first < MAX_CLAIM && this.word(last + 1) !== ';') last++;
    while (last > first && this.pos(last) === 'PUNCT' && !/["'\u201D\u2019]/.test(this.doc.tokens.value[last]!)) last--;
    return last >= first && first <= s.last ? { first, last } : null;
  }

  /** "Trump claimed the vote was rigged, without evidence": what comes before the marker. */
  clauseBefore(marker: number): TokenRange | null {
    const s = this.sentence(marker);
    let last = marker - 1;
    while (last >= s.first && this.pos(last) === 'PUNCT') last--;
    const first = Math.max(s.first, last - MAX_CLAIM);
    return last > first ? { first, last } : null;
  }

  /** A plain object ("denied any wrongdoing", to the next comma) or a that-clause. */
  objectAfter(i: number): TokenRange | null {
    if (this.word(i) === 'that') return this.clauseAfter(i);
    if (!OBJECT_POS.has(this.pos(i))) return null;
    const s = this.sentence(i);
    let last = i;
    while (last + 1 <= s.last && last + 1 - i < MAX_PHRASE && this.doc.tokens.value[last + 1] !== ',' && this.pos(last + 1) !== 'PUNCT') last++;
    return { first: i, last };
  }

  /** A claim noun right after an adjective marker: "baseless (conspiracy) claims". */
  claimNounAfter(i: number): number {
    for (let k = i; k < this.doc.size && k - i < 3; k++) {
      if (this.lex.claimNouns.has(this.word(k) ?? '')) return k;
      if (!PHRASE_POS.has(this.pos(k))) return -1;
    }
    return -1;
  }

  /** "claims of fraud", "allegations about the vote": the noun and its of/about phrase. */
  nounPhraseFrom(noun: number): TokenRange {
    const w = this.word(noun + 1);
    if (w !== 'of' && w !== 'about') return { first: noun, last: noun };
    const s = this.sentence(noun);
    let last = noun + 1;
    while (last + 1 <= s.last && last - noun < MAX_PHRASE && !['PUNCT', 'VERB', 'AUX'].includes(this.pos(last + 1))) last++;
    return { first: noun, last };
  }

  /** "called the allegations baseless": a claim noun just before a predicative marker. */
  claimNounBefore(marker: number): TokenRange | null {
    const k = marker - 1;
    if (!this.lex.claimNouns.has(this.word(k) ?? '')) return null;
    let first = k;
    while (first - 1 >= 0 && k - first < 4 && (this.pos(first - 1) === 'DET' || this.pos(first - 1) === 'ADJ' || this.word(first - 1) === "'s")) first--;
    return { first, last: k };
  }

  /** wink tags "disputes" a noun now and then: a verb still, between a subject and an object. */
  isVerbUse(marker: TokenRange): boolean {
    if (this.pos(marker.first) === 'VERB') return true;
    const before = this.pos(marker.first - 1);
    return (before === 'NOUN' || before === 'PROPN' || before === 'PRON') && this.opensObject(marker.last + 1);
  }

  /** "The allegations are baseless": the subject before the copula, if it names a claim. */
  predicateSubject(marker: number): TokenRange | null {
    const be = BE.has(this.word(marker - 1) ?? '') ? marker - 1 : this.pos(marker - 1) === 'ADV' && BE.has(this.word(marker - 2) ?? '') ? marker - 2 : -1;
    if (be < 0) return null;
    const s = this.sentence(marker);
    let first = be - 1;
    while (first - 1 >= s.first && be - first < MAX_PHRASE && this.doc.tokens.value[first - 1] !== ',' && this.pos(first - 1) !== 'VERB') first--;
    for (let k = first; k < be; k++) if (this.lex.claimNouns.has(this.word(k) ?? '')) return { first, last: be - 1 };
    return null;
  }

  /** "Trump's baseless claims", "his unfounded allegations": the mention that owns the claim. */
  possessorOf(marker: number): TokenRange | null {
    let k = marker - 1;
    if (this.word(k) === "'s" || this.word(k) === "'") k--;
    const m = this.mentionAt[k]!;
    if (m < 0) return null;
    return { first: this.mentions[m]!.first, last: this.mentions[m]!.last };
  }

  /** The first entity mention of the marker's sentence, before the marker: usually its subject. */
  subjectMention(marker: number): TokenRange | null {
    const s = this.sentence(marker);
    for (let i = Math.max(s.first, marker - WINDOW); i < marker; i++) {
      const m = this.mentionAt[i]!;
      if (m >= 0) return { first: this.mentions[m]!.first, last: this.mentions[m]!.last };
    }
    return null;
  }

  entityAt(tok: number): string | null {
    const m = this.mentionAt[tok]!;
    return m >= 0 ? this.mentions[m]!.entity : null;
  }

  private quoteAt(into: Int32Array, tok: number): RecordQuote | null {
    const k = into[tok] ?? -1;
    return k >= 0 ? this.quotes[k]! : null;
  }

  quoteWithCueAt(tok: number): RecordQuote | null {
    return this.quoteAt(this.cueQuote, tok);
  }

  /**
   * The last quotation whose cue stands in the two sentences before the one of token `tok`, of
   * `speaker` when given (its entity or one of its members).
   */
  quoteBefore(tok: number, speaker: string | null): RecordQuote | null {
    const s = this.sentence(tok);
    const previous = s.first > 0 ? this.sentence(s.first - 1) : s;
    const before = previous.first > 0 ? this.sentence(previous.first - 1) : previous;
    for (let i = s.first - 1; i >= Math.max(before.first, s.first - 2 * WINDOW); i--) {
      const q = this.quoteWithCueAt(i);
      if (q && (!speaker || q.speaker?.entity === speaker || q.speaker?.members?.includes(speaker))) return q;
    }
    return null;
  }

  /** The quotation whose cue comes last before token `tok` in its sentence, else the first after it. */
  quoteInSentence(tok: number): RecordQuote | null {
    const s = this.sentence(tok);
    for (let i = tok; i >= s.first && tok - i <= WINDOW; i--) if (this.cueQuote[i]! >= 0) return this.quotes[this.cueQuote[i]!]!;
    for (let i = tok + 1; i <= s.last && i - tok <= WINDOW; i++) if (this.cueQuote[i]! >= 0) return this.quotes[this.cueQuote[i]!]!;
    return null;
  }

  quoteContaining(tok: number): RecordQuote | null {
    return this.quoteAt(this.contentQuote, tok);
  }

  /** "rejected the claims", "denied the allegations": the quotation disputes what it reports. */
  disputes(q: RecordQuote): boolean {
    const words = (q.cue ?? '').toLowerCase().split(' ');
    const hit = this.speech.forms.match((k) => words[k], 0);
    return hit?.value.class === 'denial';
  }
}
