// Attaches quotations in quotation marks to their cue and speaker: the cue after the quote
// ("'...,' said X" / "'...,' X said"), the cue before it ("X said: '...'"), and quotations
// that carry on after their attribution or into the next paragraph.
import type { QuoteContext } from './context.js';
import { afterConjunction, lastRegionEndBefore, sharedSubject } from './clause-subject.js';
import type { Cue } from './cues.js';
import { isQuoteMark, type SpeakerPhrase } from './noun-phrases.js';
import type { QuoteRegion } from './quote-marks.js';

/** How far from a quotation its cue may be, in tokens. */
const TRAILING_WINDOW = 12;
const LEADING_WINDOW = 14;

export function attachDirect(ctx: QuoteContext): void {
  let previous = -1;
  // Regions of one quotation, carried over paragraph breaks, that still wait for their cue.
  let waiting: number[] = [];
  ctx.regions.forEach((r, k) => {
    if (!r.continues) waiting = [];
    const piece = { first: r.first, last: r.last, region: k };
    const own = trailing(ctx, r) ?? leading(ctx, r, previous);
    let target = -1;
    if (own && own.reuse >= 0) {
      target = own.reuse;
      ctx.extend(target, piece);
    } else if (own) {
      target = ctx.add({ cue: own.cue, speaker: own.speaker, pieces: [piece], kind: 'direct' });
    } else if (previous >= 0 && carriesOn(ctx, k, previous)) {
      target = previous;
      ctx.extend(target, piece);
    }
    if (target < 0) {
      waiting.push(k);
    } else {
      for (const w of waiting) ctx.extend(target, { first: ctx.regions[w]!.first, last: ctx.regions[w]!.last, region: w });
      waiting = [];
    }
    previous = target;
  });
}

interface Found {
  cue: Cue;
  speaker: SpeakerPhrase | null;
  /** The attribution whose cue this is already, when the quotation resumes after it. */
  reuse: number;
}

/** "'...,' said X" or "'...,' X said": a cue right after the closing mark, in its sentence. */
function trailing(ctx: QuoteContext, r: QuoteRegion): Found | null {
  if (r.close < 0) return null;
  const s = attributionSentence(ctx, r.close);
  let p = r.close + 1;
  while (p <= s.last && (ctx.value(p) === ',' || ctx.value(p) === '\u2014' || ctx.value(p) === '--')) p++;
  for (let k = p; k <= s.last && k - p <= TRAILING_WINDOW; k++) {
    if (isQuoteMark(ctx.value(k))) return null;
    const ci = ctx.cueAt[k]!;
    if (ci < 0) continue;
    const cue = ctx.cues[ci]!;
    if (ctx.usedCue[ci] || !cue.entry.frames.has('direct')) return null;
    if (cue.first === p) return { cue, speaker: ctx.np.speakerAfter(cue.headLast, s.last), reuse: -1 };
    const speaker = ctx.np.subjectBefore(cue.first, p);
    if (!speaker || speaker.core.first !== p) return null;
    return { cue, speaker, reuse: -1 };
  }
  return null;
}

/**
 * The sentence that holds the attribution after a closing mark: its own, or the next one when
 * wink ended the sentence at the mark ("'... Katy.' Trump said to cheers.").
 */
function attributionSentence(ctx: QuoteContext, close: number): { first: number; last: number } {
  const s = ctx.sentenceOf(close);
  const next = ctx.doc.sentences[s.i + 1];
  if (s.last !== close || !next || next.first !== close + 1 || ctx.paragraph[next.first] !== ctx.paragraph[close]) return s;
  return { first: s.first, last: next.last };
}

/** "X said: '...'" or "X said, '...'": a cue a few light words before the opening mark. */
function leading(ctx: QuoteContext, r: QuoteRegion, previous: number): Found | null {
  const s = ctx.sentenceOf(r.open);
  const lo = ctx.doc.sentences[s.i - 1] && s.first === r.open && endsWithColon(ctx, s.i - 1) ? ctx.doc.sentences[s.i - 1]!.first : s.first;
  const before = r.open - 1;
  const introduced = before >= lo && (ctx.value(before) === ',' || ctx.value(before) === ':');
  for (let j = before; j >= lo && before - j <= LEADING_WINDOW; j--) {
    const v = ctx.value(j);
    if (isQuoteMark(v)) return null;
    const ci = ctx.cueAt[j]!;
    if (ci >= 0) return cueBefore(ctx, r, ctx.cues[ci]!, introduced, previous, lo);
    const p = ctx.pos(j);
    if (p === 'VERB' || p === 'AUX' || p === 'SCONJ' || v === 'that' || v === ';') return null;
  }
  return null;
}

function cueBefore(ctx: QuoteContext, r: QuoteRegion, cue: Cue, introduced: boolean, previous: number, lo: number): Found | null {
  if (!cue.entry.frames.has('direct')) return null;
  const s = ctx.sentenceOf(r.open);
  // "said 'no'" with nothing between: a direct quotation only when it runs to the sentence end.
  if (!introduced && !(cue.headLast === r.open - 1 && runsToEnd(ctx, r, s.last))) return null;
  const ci = ctx.cueIndex(cue);
  if (ctx.usedCue[ci]) {
    const owner = previous >= 0 && ctx.attributions[previous]!.cue === cue ? previous : -1;
    return owner >= 0 ? { cue, speaker: null, reuse: owner } : null;
  }
  const limit = lastRegionEndBefore(ctx, cue.first, lo);
  const speaker = ctx.np.subjectBefore(cue.first, limit) ?? ctx.np.speakerAfter(cue.headLast, r.open - 2) ?? (cue.participle || afterConjunction(ctx, cue) ? sharedSubject(ctx, cue, s) : null);
  return { cue, speaker, reuse: -1 };
}

/** Nothing but closing punctuation after the quotation, to the end of the sentence. */
function runsToEnd(ctx: QuoteContext, r: QuoteRegion, last: number): boolean {
  for (let i = (r.close >= 0 ? r.close : r.last) + 1; i <= last; i++) if (ctx.pos(i) !== 'PUNCT') return false;
  return true;
}

function endsWithColon(ctx: QuoteContext, sentence: number): boolean {
  const s = ctx.doc.sentences[sentence]!;
  return ctx.value(s.last) === ':';
}

/**
 * A quotation with no cue of its own that opens a sentence right after an attributed one in
 * the same paragraph, or opens the next paragraph after it, carries on the same quotation.
 */
function carriesOn(ctx: QuoteContext, k: number, previous: number): boolean {
  const r = ctx.regions[k]!;
  if (r.continues) return true;
  const a = ctx.attributions[previous]!;
  const last = a.pieces[a.pieces.length - 1]!;
  const pr = last.region === null ? null : ctx.regions[last.region]!;
  if (!pr || pr.close < 0) return false;
  const s = ctx.sentenceOf(r.open);
  if (s.first !== r.open) return false;
  const sameParagraph = ctx.paragraph[r.open] === ctx.paragraph[pr.close];
  const gapSentences = s.i - ctx.sentenceOf(pr.close).i;
  if (sameParagraph) return gapSentences <= 1 && !cueBetween(ctx, a, pr.close, r.open);
  return ctx.paragraph[r.open] === ctx.paragraph[pr.close]! + 1 && paragraphIsQuote(ctx, r) && gapSentences <= 1;
}

function cueBetween(ctx: QuoteContext, a: { cue: Cue | null }, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const ci = ctx.cueAt[i]!;
    if (ci >= 0 && ctx.cues[ci] !== a.cue) return true;
  }
  return false;
}

/** The quotation fills its paragraph: it is all that paragraph says. */
function paragraphIsQuote(ctx: QuoteContext, r: QuoteRegion): boolean {
  if (r.close < 0) return true;
  const next = r.close + 1;
  return next >= ctx.doc.size || ctx.paragraph[next] !== ctx.paragraph[r.close] || runsToEnd(ctx, r, ctx.sentenceOf(r.close).last);
}
