// Finds quoted stretches of text in one pass over the tokens with a small state machine:
// straight and typographic marks, NYT-style doubled apostrophes, nesting, the open quote that
// starts each continued paragraph, and marks that never close (cut at the paragraph end).
import type { Doc } from '../../doc/doc.js';

export interface QuoteRegion {
  /** First token of the opening mark, last token of the closing mark (-1 when it never closed). */
  open: number;
  close: number;
  /** Content tokens between the marks, inclusive. */
  first: number;
  last: number;
  /** The region carries on the quotation of the region before it (a new paragraph reopened it). */
  continues: boolean;
}

type Family = 'double' | 'single';
type Direction = 'open' | 'close' | 'either';

interface Mark {
  first: number;
  last: number;
  family: Family;
  dir: Direction;
}

interface Opened {
  mark: Mark;
  continues: boolean;
}

const MAX_DEPTH = 4;
/** An unclosed quotation ends at its paragraph's end, and never more than this many sentences on. */
const MAX_UNCLOSED_SENTENCES = 3;

const OPENERS: Record<string, Family> = { '\u201C': 'double', '\u201E': 'double', '\u00AB': 'double', '\u2018': 'single', '\u201A': 'single' };
const CLOSERS: Record<string, Family> = { '\u201D': 'double', '\u00BB': 'double', '\u2019': 'single', '\u201F': 'double', '\u201B': 'single' };

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isOpenerContext = (c: string | undefined): boolean => isSpace(c) || (c !== undefined && '([{\u2014\u2013-/'.includes(c));
const isCloserContext = (c: string | undefined): boolean => isSpace(c) || (c !== undefined && /[.,;:!?)\]}\u2014\u2013-]/.test(c));

/** The direction a mark's neighbours suggest: space before and a letter after opens, and so on. */
function contextDirection(text: string, start: number, end: number): Direction {
  const before = start > 0 ? text[start - 1] : undefined;
  const after = end < text.length ? text[end] : undefined;
  const opens = isOpenerContext(before) && !isSpace(after);
  const closes = !isSpace(before) && isCloserContext(after);
  if (opens && !closes) return 'open';
  if (closes && !opens) return 'close';
  return 'either';
}

/** The quotation mark at token i, if any; doubled apostrophes and backticks make one mark. */
function markAt(doc: Doc, i: number): Mark | null {
  const t = doc.tokens;
  const v = t.value[i]!;
  if (v.length !== 1) return null;
  const text = doc.text;
  if ((v === "'" || v === '`') && t.value[i + 1] === v && t.start[i + 1] === t.end[i]) {
    const dir = v === '`' ? 'open' : contextDirection(text, t.start[i]!, t.end[i + 1]!);
    return { first: i, last: i + 1, family: 'double', dir };
  }
  if (v === '"') return { first: i, last: i, family: 'double', dir: contextDirection(text, t.start[i]!, t.end[i]!) };
  if (v === "'") {
    const dir = contextDirection(text, t.start[i]!, t.end[i]!);
    return dir === 'either' ? null : { first: i, last: i, family: 'single', dir };
  }
  const fixed = OPENERS[v] ? 'open' : CLOSERS[v] ? 'close' : null;
  if (!fixed) return null;
  const family = (OPENERS[v] ?? CLOSERS[v])!;
  // Sloppy typesetting uses one typographic mark for both ends; the spacing says which it is.
  const ctx = contextDirection(text, t.start[i]!, t.end[i]!);
  return { first: i, last: i, family, dir: ctx !== 'either' && ctx !== fixed ? 'either' : fixed };
}

const isBreak = (doc: Doc, i: number): boolean => doc.tokens.type[i] === 'tabCRLF' && doc.tokens.value[i]!.includes('\n');

/** Scans the whole Doc once; regions come out in text order, nested quotations inside them. */
export function findQuoteRegions(doc: Doc): QuoteRegion[] {
  return new Scanner(doc).run();
}

class Scanner {
  private readonly out: QuoteRegion[] = [];
  private stack: Opened[] = [];
  private reopen = false;

  constructor(private readonly doc: Doc) {}

  run(): QuoteRegion[] {
    const n = this.doc.size;
    for (let i = 0; i < n; i++) {
      if (isBreak(this.doc, i)) {
        this.paragraphEnd(i);
        continue;
      }
      const mark = markAt(this.doc, i);
      if (!mark) continue;
      this.step(mark);
      i = mark.last;
    }
    this.paragraphEnd(n);
    return this.out;
  }

  private step(mark: Mark): void {
    const top = this.stack[this.stack.length - 1];
    const bottom = this.stack[0];
    if (mark.family === 'double') {
      const openDouble = this.stack.findIndex((o) => o.mark.family === 'double');
      if (openDouble >= 0 && mark.dir !== 'open') return this.closeAt(openDouble, mark);
      if (openDouble >= 0) {
        // English nests single marks in double ones: a second opening double mark means the
        // first never closed.
        this.cutUnclosed(mark.first - 1);
      }
      if (mark.dir !== 'close') this.push(mark);
      return;
    }
    if (top?.mark.family === 'single' && mark.dir !== 'open') return this.closeAt(this.stack.length - 1, mark);
    // A lone closing single mark outside any quotation is an apostrophe ("voters' rights").
    if (mark.dir === 'open' && (bottom === undefined || top?.mark.family === 'double')) this.push(mark);
  }

  private push(mark: Mark): void {
    if (this.stack.length >= MAX_DEPTH) return;
    this.stack.push({ mark, continues: this.stack.length === 0 && this.reopen });
    if (this.stack.length === 1) this.reopen = false;
  }

  private closeAt(depth: number, mark: Mark): void {
    if (depth === 0) this.emit(this.stack[0]!, mark.last, mark.first - 1);
    this.stack.length = depth;
  }

  private emit(o: Opened, close: number, last: number): void {
    const first = o.mark.last + 1;
    if (last >= first) this.out.push({ open: o.mark.first, close, first, last, continues: o.continues });
  }

  /** Ends the open quotation at token `end`; an unclosed one no further than a few sentences on. */
  private cutUnclosed(end: number, capped = true): void {
    const bottom = this.stack[0];
    this.stack = [];
    if (!bottom || bottom.mark.family !== 'double') return;
    const doc = this.doc;
    const s = doc.sentenceOfToken(bottom.mark.first);
    const limit = doc.sentences[Math.min(doc.sentences.length - 1, Math.max(0, s) + MAX_UNCLOSED_SENTENCES - 1)]?.last ?? end;
    let last = capped ? Math.min(end, limit) : end;
    while (last > bottom.mark.last && (isBreak(doc, last) || doc.tokens.value[last]!.trim() === '')) last--;
    this.emit(bottom, -1, last);
  }

  /** At a paragraph break an open quotation either carries on (the next paragraph opens with a mark) or ends. */
  private paragraphEnd(i: number): void {
    if (this.stack.length === 0) return;
    const next = this.nextWord(i);
    const carries = next !== null && this.stack[0]!.mark.family === 'double' && (() => {
      const m = markAt(this.doc, next);
      return m !== null && m.family === 'double' && m.dir !== 'close';
    })();
    this.cutUnclosed(i - 1, !carries);
    this.reopen = carries;
  }

  private nextWord(i: number): number | null {
    for (let j = i + 1; j < this.doc.size; j++) if (!isBreak(this.doc, j) && this.doc.tokens.value[j]!.trim() !== '') return j;
    return null;
  }
}
