// Speaker labels: a name and a colon that open a headline or a transcript line ("McCaul: If
// elected, ..."; "MS. CLINTON: You are ..."). The colon is the cue; the content runs to the
// paragraph's end or the next label.
import type { SpeechCue } from '../../lexicon/speech-lexicon.js';
import type { QuoteContext } from './context.js';
import type { Cue } from './cues.js';
import { isQuoteMark, type TokenSpan } from './noun-phrases.js';
import { trimEnd } from './content-end.js';

const COLON: SpeechCue = { cue: ':', class: 'speech', frames: new Set(['direct']) };
const MAX_LABEL = 6;

/** Titles before a transcript label's name ("MS. CLINTON:"). */
const TITLES = new Set(['ms', 'mr', 'mrs', 'dr', 'sen', 'rep', 'gov', 'gen', 'prof']);
/** A one-word label in capitals ("PARTICIPANT:") has at least this many letters. */
const MIN_UPPER_LABEL = 4;
/** Capitalised words that head a line without naming a speaker. */
const NOT_SPEAKERS = new Set(['NOTE', 'UPDATE', 'UPDATED', 'CORRECTION', 'ABSTRACT', 'EDITOR', 'WATCH', 'READ', 'MORE', 'RELATED', 'PHOTOS', 'VIDEO', 'SOURCE', 'SOURCES', 'BREAKING', 'ADVERTISEMENT', 'READERS', 'LATEST', 'SUBSCRIBERS']);

interface Label {
  colon: number;
  name: TokenSpan;
  /** "Coach Lee on the Strike: ...": the topic, which PolNeAR takes into the content. */
  topic?: TokenSpan;
}

export function attachLabels(ctx: QuoteContext): void {
  const labels: Label[] = [];
  for (let i = 1; i < ctx.doc.size; i++) {
    // A transcript quoted whole ('"PARTICIPANT: ... MS. LEE: ..."') holds labels too, unless its quotation is someone's already.
    if (ctx.value(i) !== ':' || (ctx.regionAt[i]! >= 0 && ctx.consumed[ctx.regionAt[i]!] === 1)) continue;
    const label = labelAt(ctx, i) ?? headlineAddress(ctx, i);
    if (label) labels.push(label);
  }
  labels.forEach((l, k) => {
    const next = labels[k + 1];
    let last = next && ctx.paragraph[next.name.first] === ctx.paragraph[l.colon] ? next.name.first - 1 : paragraphEnd(ctx, l.colon);
    while (last > l.colon && (ctx.doc.tokens.value[last]!.trim() === '' || isOpeningMark(ctx, last))) last--;
    if (last <= l.colon) return;
    const cue: Cue = { head: l.colon, headLast: l.colon, first: l.colon, entry: COLON, participle: false, passive: false };
    const content = { first: l.colon + 1, last, region: null };
    const pieces = l.topic ? [{ ...l.topic, region: null }, content] : [content];
    const r = ctx.regionAt[l.colon + 1]!;
    const whole = r >= 0 && ctx.regions[r]!.open === l.colon + 1 && (ctx.regions[r]!.close === last || ctx.regions[r]!.last >= last);
    const kind = whole || isUpper(ctx, l.name) ? 'direct' : 'indirect';
    // A headline's statement leaves out its closing full stop, as reported speech does.
    if (kind === 'indirect') content.last = trimEnd(ctx, content.first, content.last);
    ctx.add({ cue, speaker: { core: l.name, description: null }, pieces, kind });
  });
}

/** A name that fills the line up to the colon: paragraph start, sentence start or an opening mark before it. */
function labelAt(ctx: QuoteContext, colon: number): Label | null {
  // A label never reaches back into the sentence before it ("... in Texas. MS. CLINTON:").
  let name = ctx.np.npEndingAt(colon - 1, Math.max(ctx.sentenceOf(colon).first, colon - MAX_LABEL));
  if (!name || ctx.cueAt[colon - 1]! >= 0) return null;
  // "Ann Smith, The Daily Planet: '...'": a commentator and the outlet she writes for.
  const outlet = ctx.value(name.first - 1) === ',' && quoteFollows(ctx, colon) ? ctx.np.npEndingAt(name.first - 2, Math.max(0, name.first - 2 - MAX_LABEL)) : null;
  // "Ann Smith, author: '...'": a name and her role; the name is what must be known.
  let person = name.last;
  if (outlet && opensLine(ctx, outlet.first) && ctx.pos(outlet.last) === 'PROPN') {
    if (ctx.pos(name.last) !== 'PROPN') person = outlet.last;
    name = { first: outlet.first, last: name.last };
  }
  // "MS. CLINTON:": a title and its full stop before the name.
  const title = ctx.value(name.first - 1) === '.' ? name.first - 2 : name.first - 1;
  if (title >= 0 && name.first > 0 && TITLES.has(ctx.value(title).toLowerCase().replace(/\.$/, '')) && (title < name.first - 1 || ctx.value(title).endsWith('.'))) {
    name = { first: title, last: name.last };
  }
  if (!opensLine(ctx, name.first)) return null;
  // Inside a quotation only a transcript's capitals make a label, not a quoted title ("Campus Club: The Best ...").
  if (ctx.regionAt[colon]! >= 0 && !isUpper(ctx, name)) return null;
  // A person or body the entities layer knows, a transcript's "MS. CLINTON" or "PARTICIPANT",
  // or a name that opens the headline ("Rivera: ...") or a quotation: not "Editor's note".
  // "HUFFPOST READERS: ...", "The Latest: ...": a call to readers or a running-story head.
  if (NOT_SPEAKERS.has(ctx.value(name.last).toUpperCase())) return null;
  const upper = isUpper(ctx, name) && (name.last > name.first || (ctx.value(name.first).length >= MIN_UPPER_LABEL && !NOT_SPEAKERS.has(ctx.value(name.first))));
  const known = ctx.np.names[person] === 1 || (upper && (ctx.pos(name.last) === 'PROPN' || ctx.pos(name.last) === 'NOUN'));
  const named = ctx.pos(person) === 'PROPN' && (ctx.paragraph[colon] === 0 || quoteFollows(ctx, colon));
  return known || named ? { colon, name } : null;
}

const HEADLINE_PREPOSITIONS = new Set(['to', 'on']);
const MAX_HEADLINE_LABEL = 14;

/**
 * Headline labels with an addressee or a topic: "Nurses to Governor Lee: Fund the Clinics",
 * "Coach Ruiz on the Strike: 'Avoidable'". The speaker opens the headline and its head is a
 * name the entities layer knows; the topic after "on" is part of what was said.
 */
function headlineAddress(ctx: QuoteContext, colon: number): Label | null {
  if (ctx.paragraph[colon] !== 0) return null;
  const s = ctx.sentenceOf(colon);
  for (let k = colon - 2; k > s.first && colon - k <= MAX_HEADLINE_LABEL; k--) {
    const word = ctx.value(k).toLowerCase();
    if (!HEADLINE_PREPOSITIONS.has(word)) continue;
    const name = ctx.np.npEndingAt(k - 1, s.first);
    // "Lee on the Leak to the Press: ...": a preposition inside the topic; look further back.
    if (!name || name.first !== s.first || !opensLine(ctx, name.first) || ctx.cueAt[k - 1]! >= 0) continue;
    // The speaker's head must be a known name: not "Lee's Transfers to the Party: $2 Million".
    if (ctx.np.names[name.last] !== 1) return null;
    return word === 'on' ? { colon, name, topic: { first: k, last: colon - 1 } } : { colon, name };
  }
  return null;
}

function opensLine(ctx: QuoteContext, first: number): boolean {
  const before = first - 1;
  return before < 0 || ctx.doc.tokens.value[before]!.includes('\n') || ctx.sentenceOf(first).first === first || isQuoteMark(ctx.value(before));
}

function quoteFollows(ctx: QuoteContext, colon: number): boolean {
  return isOpeningMark(ctx, colon + 1);
}

function paragraphEnd(ctx: QuoteContext, from: number): number {
  let i = from;
  while (i + 1 < ctx.doc.size && ctx.paragraph[i + 1] === ctx.paragraph[from]) i++;
  return i;
}

function isOpeningMark(ctx: QuoteContext, i: number): boolean {
  const r = ctx.regionAt[i]!;
  return r >= 0 && ctx.regions[r]!.open === i;
}

function isUpper(ctx: QuoteContext, s: TokenSpan): boolean {
  const text = ctx.doc.slice(ctx.doc.tokens.start[s.first]!, ctx.doc.tokens.end[s.last]!);
  return text.length > 1 && text === text.toUpperCase();
}
