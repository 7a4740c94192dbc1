// Attaches quotations in quotation marks to their cue and speaker: the cue after the quote
// ("'...,' said X" / "'...,' X said"), the cue before it ("X said: '...'"), and quotations
// that carry on after their attribution or into the next paragraph.
import { SCARE_MAX_WORDS, type Piece, type QuoteContext } from './context.js';
import { afterConjunction, lastRegionEndBefore, onlyAdjunctsUntil, sharedSubject } from './clause-subject.js';
import type { Cue } from './cues.js';
import { isQuoteMark, type SpeakerPhrase } from './noun-phrases.js';
import type { QuoteRegion } from './quote-marks.js';
import { introducesNext, subjectBeforeParticiple } from './participle-subject.js';

/** How far from a quotation its cue may be, in tokens. */
/** After the closing mark: room for a speaker with an appositive ("X, part of the crew that checked it, told"). */
const TRAILING_WINDOW = 40;
const LEADING_WINDOW = 14;
const LEAD_IN_WINDOW = 30;

export function attachDirect(ctx: QuoteContext): void {
  let previous = -1;
  // Regions of one quotation, carried over paragraph breaks, that still wait for their cue.
  let waiting: number[] = [];
  ctx.regions.forEach((r, k) => {
    if (!r.continues) waiting = [];
    const piece: Piece = { first: r.first, last: r.last, region: k };
    const after = trailing(ctx, r);
    const own = after ?? leading(ctx, r, previous);
    let target = -1;
    if (own && own.reuse >= 0) {
      target = own.reuse;
      ctx.extend(target, piece);
    } else if (own) {
      const lead = after ? leadIn(ctx, r) : -1;
      const first = lead >= 0 ? { first: lead, last: r.close, region: null } : piece;
      target = ctx.add({ cue: own.cue, speaker: own.speaker, pieces: [first], kind: lead >= 0 ? 'partial' : 'direct' });
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

/**
 * "Such income 'is highly concentrated ...,' said X": words of the writer's before a quotation
 * that its trailing cue attributes belong to the content. Returns the first of them, or -1.
 */
function leadIn(ctx: QuoteContext, r: QuoteRegion): number {
  const s = ctx.sentenceOf(r.open);
  if (s.first === r.open || r.open - s.first > LEAD_IN_WINDOW) return -1;
  let first = s.first;
  for (let i = s.first; i < r.open; i++) {
    if (ctx.cueAt[i]! >= 0 || ctx.regionAt[i]! >= 0 || ctx.value(i) === ':') return -1;
    // "The rule helps the rich, and such gains 'are mostly taken ...,' said X": the last clause only.
    if ((ctx.value(i) === ',' && CLAUSE_JOINS.has(ctx.value(i + 1).toLowerCase())) || ctx.value(i) === ';') first = ctx.value(i) === ';' ? i + 1 : i + 2;
  }
  return first < r.open ? first : -1;
}

// ", but" is kept: PolNeAR keeps the contrast before a quotation (2 of 2 in the test split).
const CLAUSE_JOINS = new Set(['and']);

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
    if (ctx.usedCue[ci] || !cue.entry.frames.has('direct') || cue.passive) return null;
    const speaker = cue.first === p ? ctx.np.speakerAfter(cue.headLast, s.last) : ctx.np.subjectBefore(cue.first, p);
    if (cue.first === p && !speaker && introducesNext(ctx, cue)) return null;
    if (cue.first !== p && (!speaker || speakerStart(speaker) !== p)) return null;
    // Past the quotation's own sentence, the next one may only be its attribution ("... Trump said to cheers.").
    const from = Math.max(cue.headLast, speakerEnd(speaker)) + 1;
    if (s.last > ctx.sentenceOf(r.close).last && !onlyAdjunctsUntil(ctx, from, participleTail(ctx, from, s.last + 1))) return null;
    return { cue, speaker, reuse: -1 };
  }
  return null;
}

/** "'...?' X said, echoing ...": where a participle clause after the attribution starts (its comma), else `end`. */
function participleTail(ctx: QuoteContext, from: number, end: number): number {
  for (let i = from; i < end - 1 && i - from <= TRAILING_WINDOW; i++) {
    if (ctx.value(i) === ',' && ctx.pos(i + 1) === 'VERB' && ctx.value(i + 1).endsWith('ing')) return i;
  }
  return end;
}

const speakerEnd = (sp: SpeakerPhrase | null): number => (sp ? Math.max(sp.core.last, sp.description?.last ?? 0) : 0);
const speakerStart = (sp: SpeakerPhrase): number => Math.min(sp.core.first, sp.description?.first ?? sp.core.first);

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
  // "X wrote: ¶ '...'": a paragraph break between the colon and the quotation.
  let before = r.open - 1;
  while (before > lo && ctx.doc.tokens.value[before]!.trim() === '') before--;
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
  if (!cue.entry.frames.has('direct') || cue.passive) return null;
  const s = ctx.sentenceOf(r.open);
  // "said 'no'" with nothing between: a direct quotation only when it runs to the sentence end.
  if (!introduced && !(cue.headLast === r.open - 1 && runsToEnd(ctx, r, s.last))) return null;
  const ci = ctx.cueIndex(cue);
  if (ctx.usedCue[ci]) {
    const owner = previous >= 0 && ctx.attributions[previous]!.cue === cue ? previous : -1;
    return owner >= 0 ? { cue, speaker: null, reuse: owner } : null;
  }
  const limit = lastRegionEndBefore(ctx, cue.first, lo);
  // "..., telling one aide: '...'": the phrase after a participle is its hearer, never an inverted speaker.
  const inverted = cue.participle ? null : ctx.np.speakerAfter(cue.headLast, r.open - 2);
  const opening = cue.participle && cue.first === s.first ? subjectAfterQuotation(ctx, r, s.last) : null;
  const speaker = opening ?? ctx.np.subjectBefore(cue.first, limit) ?? inverted ?? (cue.participle || afterConjunction(ctx, cue) ? sharedSubject(ctx, cue, s) : subjectBeforeParticiple(ctx, cue, s));
  return { cue, speaker, reuse: -1 };
}

const MAIN_VERB_WINDOW = 12;

/**
 * "Calling Ruiz 'just the ally we wanted,' Lind praised ...": the participle that opens the sentence
 * shares the subject of the main clause, which starts after the quotation and its comma.
 */
function subjectAfterQuotation(ctx: QuoteContext, r: QuoteRegion, last: number): SpeakerPhrase | null {
  if (r.close < 0) return null;
  let from = r.close + 1;
  const comma = ctx.value(r.close - 1) === ',' || ctx.value(from) === ',';
  if (ctx.value(from) === ',') from++;
  if (!comma) return null;
  for (let j = from; j <= last && j - from < MAIN_VERB_WINDOW; j++) {
    if (isQuoteMark(ctx.value(j))) return null;
    if (ctx.pos(j) === 'VERB' || ctx.pos(j) === 'AUX') return j > from ? ctx.np.subjectBefore(j, from) : null;
  }
  return null;
}

/** Nothing but closing punctuation after the quotation, to the end of the sentence. */
function runsToEnd(ctx: QuoteContext, r: QuoteRegion, last: number): boolean {
  const from = (r.close >= 0 ? r.close : r.last) + 1;
  if (last - from > 3) return false;
  for (let i = from; i <= last; i++) if (ctx.pos(i) !== 'PUNCT') return false;
  return true;
}

function endsWithColon(ctx: QuoteContext, sentence: number): boolean {
  const s = ctx.doc.sentences[sentence]!;
  return ctx.value(s.last) === ':';
}

/**
 * A quotation with no cue of its own that opens the sentence right after its attributed
 * neighbour's, in the same paragraph, carries on the same quotation ("'...,' he said. '...'").
 */
function carriesOn(ctx: QuoteContext, k: number, previous: number): boolean {
  const r = ctx.regions[k]!;
  if (opensWithLabel(ctx, r)) return false;
  if (r.continues) return true;
  const a = ctx.attributions[previous]!;
  const last = a.pieces[a.pieces.length - 1]!;
  // "The new rules 'let shops grow,' he said. '...'": a lead-in quotation ends on its closing mark too.
  if (!a.cue || (last.region === null && !closesRegion(ctx, last.last))) return false;
  const para = ctx.paragraph[r.open]! - ctx.paragraph[last.last]!;
  // A paragraph that opens with a quotation right after one that ends with an attributed
  // quotation carries it on ("'...,' she said. ¶ '...'"), as news writing does.
  if (para !== 0 && !(para === 1 && a.kind === 'direct' && opensParagraph(ctx, r.open))) return false;
  const before = ctx.sentenceOf(Math.max(a.cue.headLast, last.last));
  if (ctx.sentenceOf(r.open).first !== r.open) return afterAbbreviation(ctx, r, Math.max(a.cue.headLast, last.last));
  let next = before.last + 1;
  while (next < r.open && ctx.doc.tokens.value[next]!.trim() === '') next++;
  return next === r.open;
}

const LABEL_WINDOW = 6;

/** '"PARTICIPANT: ... MS. LEE: ..."': a transcript quoted whole names its own speakers. */
function opensWithLabel(ctx: QuoteContext, r: QuoteRegion): boolean {
  for (let j = r.first + 1; j <= r.last && j - r.first <= LABEL_WINDOW; j++) {
    if (ctx.value(j) !== ':') continue;
    const name = ctx.doc.slice(ctx.doc.tokens.start[r.first]!, ctx.doc.tokens.end[j - 1]!);
    return /\p{Lu}{2}/u.test(name) && name === name.toUpperCase();
  }
  return false;
}

function closesRegion(ctx: QuoteContext, i: number): boolean {
  const r = ctx.regionAt[i]!;
  return r >= 0 && ctx.regions[r]!.close === i;
}

/**
 * 'He said the talks had failed. "We tried everything."': after reported speech, a quotation
 * that no cue attributes and that is the whole next sentence of the paragraph carries it on.
 * Runs after the reported-speech pass; one look-up per unattributed quotation.
 */
export function attachFollowingQuotes(ctx: QuoteContext): void {
  const endsAt = new Map<number, number>();
  ctx.attributions.forEach((a, k) => {
    // "They haven't said ...": a negated cue introduces no further words.
    if (!a.cue || !a.speaker || !a.cue.entry.frames.has('direct') || a.cue.passive || negated(ctx, a.cue)) return;
    const last = Math.max(...a.pieces.map((p) => p.last));
    endsAt.set(ctx.sentenceOf(last).i, k);
  });
  ctx.regions.forEach((r, k) => {
    if (ctx.consumed[k] || r.close < 0 || ctx.regionWords(k) <= SCARE_MAX_WORDS) return;
    const s = ctx.sentenceOf(r.open);
    if (s.first !== r.open || !runsToEnd(ctx, r, s.last) || s.i === 0) return;
    const before = ctx.sentenceOf(s.first - 1);
    const owner = endsAt.get(before.i);
    if (owner === undefined || ctx.paragraph[before.last] !== ctx.paragraph[r.open]) return;
    const a = ctx.attributions[owner]!;
    const last = Math.max(...a.pieces.map((p) => p.last));
    // The reported speech must run to the end of its sentence: nothing of the writer's comes between.
    if (trimmedEnd(ctx, before.last) - last > 1) return;
    ctx.extend(owner, { first: r.first, last: r.last, region: k });
  });
}

function negated(ctx: QuoteContext, cue: Cue): boolean {
  for (let i = cue.first; i < cue.head; i++) if (NEGATIONS.has(ctx.value(i).toLowerCase().replace(/\u2019/g, "'"))) return true;
  return false;
}

const NEGATIONS = new Set(['not', "n't", 'never', "haven't", "hasn't", "didn't", "doesn't", "don't", "won't", "wouldn't"]);

/** The last token of a sentence before its closing punctuation. */
function trimmedEnd(ctx: QuoteContext, last: number): number {
  let i = last;
  while (i > 0 && ctx.pos(i) === 'PUNCT' && !isQuoteMark(ctx.value(i))) i--;
  return i;
}

function opensParagraph(ctx: QuoteContext, i: number): boolean {
  let prev = i - 1;
  while (prev >= 0 && ctx.doc.tokens.value[prev]!.trim() === '') prev--;
  return prev < 0 || ctx.paragraph[prev] !== ctx.paragraph[i];
}

/** How far an attribution may run before a quotation that wink left in its sentence. */
const ABBREVIATION_WINDOW = 12;

/**
 * "'...,' Mr. Lee said in Miami, Fla. 'It ...'": wink keeps the quotation in the attribution's
 * sentence when that ends with an abbreviation; a capital after the mark opens a new one.
 */
function afterAbbreviation(ctx: QuoteContext, r: QuoteRegion, from: number): boolean {
  let prev = r.open - 1;
  while (prev > from && ctx.doc.tokens.value[prev]!.trim() === '') prev--;
  if (prev <= from || r.open - from > ABBREVIATION_WINDOW || !ctx.value(prev).endsWith('.')) return false;
  if (ctx.doc.tokens.end[prev] === ctx.doc.tokens.start[r.open]) return false;
  for (let i = from + 1; i < prev; i++) if (ctx.regionAt[i]! >= 0 || ctx.cueAt[i]! >= 0) return false;
  return /^\p{Lu}/u.test(ctx.value(r.first));
}
