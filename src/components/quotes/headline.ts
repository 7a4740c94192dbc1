// Headlines in title case, where wink tags every word a proper noun: a capitalised cue form
// between capitalised words is the headline's verb. Split out of cues.ts.
import type { Doc } from '../../doc/doc.js';

const HEADLINE_MIN_WORDS = 4;
/** Short words that title case leaves in lower case ("Trump Says He Will Win on Tuesday"). */
const TITLE_SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'on', 'in', 'to', 'for', 'at', 'by', 'with', 'as', 'from', 'vs']);

/**
 * Headlines in title case ("Donald Trump Tells Supporters ..."), where wink tags every word a
 * proper noun: a capitalised cue form between two capitalised words is the headline's verb.
 * Each sentence is checked once, when a cue form is first found in it.
 */
export class HeadlineSentences {
  private readonly seen = new Map<number, boolean>();

  constructor(private readonly doc: Doc) {}

  verbAt(i: number, length: number): boolean {
    const t = this.doc.tokens;
    const v = t.value[i]!;
    if (v.charCodeAt(0) < 65 || v.charCodeAt(0) > 90 || (t.pos[i] !== 'PROPN' && t.pos[i] !== 'NOUN')) return false;
    const s = this.doc.sentences[this.doc.sentenceOfToken(i)];
    if (!s || i === s.first || i + length > s.last || !isCapitalised(t.value[i - 1]!)) return false;
    let known = this.seen.get(s.i);
    if (known === undefined) {
      known = titleCase(this.doc, s.first, s.last);
      this.seen.set(s.i, known);
    }
    return known;
  }
}

export const isCapitalised = (v: string): boolean => v.charCodeAt(0) >= 65 && v.charCodeAt(0) <= 90;

function titleCase(doc: Doc, first: number, last: number): boolean {
  let words = 0;
  for (let j = first; j <= last; j++) {
    const v = doc.tokens.value[j]!;
    const c = v.charCodeAt(0);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) continue;
    if (!isCapitalised(v) && !TITLE_SMALL.has(v)) return false;
    words++;
  }
  return words >= HEADLINE_MIN_WORDS;
}
