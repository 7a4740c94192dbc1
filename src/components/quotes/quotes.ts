// The quotes component: every quotation in an article with its speaker, its cue and its kind
// (direct, partial, indirect, or scare quotes that nobody is saying), as spans of the text.
import type { Doc } from '../../doc/doc.js';
import { defaultSpeechLexicon, type SpeechLexicon } from '../../lexicon/speech-lexicon.js';
import type { QuoteSpeaker, RecordQuote, Span } from '../../record/types.js';
import { defineComponent, type Component } from '../component.js';
import { QuoteContext, SCARE_MAX_WORDS, type Attribution, type Piece } from './context.js';
import { findCues } from './cues.js';
import { withLightPhrases } from './light-phrases.js';
import { cueLast } from './cue-tail.js';
import { attachDirect, attachFollowingQuotes } from './direct.js';
import { attachIndirect } from './indirect.js';
import { attachColonQuotes } from './colon-quotes.js';
import { attachExperiencers } from './experiencer.js';
import { attachLabels } from './labels.js';
import { Phrases, type SpeakerPhrase, type TokenSpan } from './noun-phrases.js';
import { findQuoteRegions } from './quote-marks.js';
import { isCommentary, SpeakerResolver, type ResolvedSpeaker } from './speakers.js';
import { withoutSelfReports } from './self-reports.js';


export function quotesComponent(opts: { lexicon?: SpeechLexicon } = {}): Component {
  const lex = opts.lexicon ?? defaultSpeechLexicon();
  return defineComponent({
    name: 'quotes',
    requires: ['tokens', 'sentences', 'pos', 'entities'],
    assigns: ['quotes'],
    run(doc) {
      doc.set('quotes', findQuotes(doc, lex));
    },
  });
}

export function findQuotes(doc: Doc, lex: SpeechLexicon): RecordQuote[] {
  const np = new Phrases(doc, nameTokens(doc));
  const ctx = new QuoteContext(doc, np, withLightPhrases(doc, findCues(doc, lex)), findQuoteRegions(doc));
  attachDirect(ctx);
  attachLabels(ctx);
  attachExperiencers(ctx);
  attachIndirect(ctx);
  attachColonQuotes(ctx);
  attachFollowingQuotes(ctx);
  ctx.regions.forEach((r, k) => {
    if (!ctx.consumed[k]) ctx.add({ cue: null, speaker: null, pieces: [{ first: r.first, last: r.last, region: k }], kind: unattributedKind(ctx, k) });
  });
  return toRecords(ctx, new SpeakerResolver(doc, doc.get('entities'), np));
}

/** Tokens inside a mention that names an entity (not a pronoun or a description). */
function nameTokens(doc: Doc): Uint8Array {
  const out = new Uint8Array(doc.size);
  for (const m of doc.get('entities').mentions) if (m.kind === undefined || m.kind === 'name') out.fill(1, m.first, m.last + 1);
  return out;
}

/** A short quoted term in a sentence is a scare quote; a longer one is a quotation without a cue. */
function unattributedKind(ctx: QuoteContext, k: number): RecordQuote['kind'] {
  const r = ctx.regions[k]!;
  const words = ctx.regionWords(k);
  const s = ctx.sentenceOf(r.open);
  const opensSentence = s.first === r.open;
  if (words <= SCARE_MAX_WORDS && !(opensSentence && ctx.sentenceOf(r.last).last <= (r.close >= 0 ? r.close : r.last) + 1)) return 'scare';
  return opensSentence ? 'direct' : 'partial';
}

function toRecords(ctx: QuoteContext, resolver: SpeakerResolver): RecordQuote[] {
  const drafts: Array<{ q: RecordQuote; owner: number }> = [];
  const resolved = ctx.attributions.map((a) => (a.speaker ? resolver.resolve(a.speaker.core) : null));
  const keep = withoutSelfReports(ctx, resolved);
  ctx.attributions.forEach((a, k) => {
    if (!keep[k]) return;
    const speaker = a.speaker ? speakerRecord(ctx, resolver, a.speaker, resolved[k]!) : null;
    for (const p of a.pieces) drafts.push({ q: pieceRecord(ctx, a, p, speaker), owner: k });
  });
  drafts.sort((x, y) => x.q.start - y.q.start || x.q.end - y.q.end);
  const lastOf = new Map<number, string>();
  drafts.forEach((d, n) => {
    d.q.id = `Q${n + 1}`;
    const before = lastOf.get(d.owner);
    if (before) d.q.continues = before;
    lastOf.set(d.owner, d.q.id);
  });
  return drafts.map((d) => d.q);
}

function pieceRecord(ctx: QuoteContext, a: Attribution, p: Piece, speaker: QuoteSpeaker | null): RecordQuote {
  const span = spanOf(ctx, p.region === null ? p : trimComma(ctx, p));
  // A piece that is a whole quotation carried on after reported speech is direct itself.
  const kind = p.region !== null && a.kind !== 'scare' ? 'direct' : a.kind;
  const q: RecordQuote = { id: '', ...span, speaker, cue: null, kind };
  if (a.cue) {
    q.cue = ctx.doc.slice(ctx.doc.tokens.start[a.cue.head]!, ctx.doc.tokens.end[a.cue.headLast]!);
    q.cueSpan = spanOf(ctx, { first: a.cue.first, last: cueLast(ctx, a) });
  }
  return q;
}

/** A direct quotation's trailing comma is the attribution's punctuation, not the speaker's. */
function trimComma(ctx: QuoteContext, p: TokenSpan): TokenSpan {
  let last = p.last;
  while (last > p.first && (ctx.value(last) === ',' || ctx.doc.tokens.value[last]!.trim() === '')) last--;
  return { first: p.first, last };
}

function spanOf(ctx: QuoteContext, s: TokenSpan): Span {
  const start = ctx.doc.tokens.start[s.first]!;
  const end = ctx.doc.tokens.end[s.last]!;
  return { start, end, text: ctx.doc.slice(start, end) };
}

const STANDS_FOR = /^(which|that|who|whom|he|she|they|it|we|i|him|her|them)$/i;

/**
 * The speaker's record. A pronoun ("which", "he", "they") keeps its span for provenance but is
 * named by what it stands for ("WikiLeaks, which said" → "WikiLeaks"), so that a speaker's
 * quotations group under one name across an article and a corpus.
 */
function speakerRecord(ctx: QuoteContext, resolver: SpeakerResolver, sp: SpeakerPhrase, who: ResolvedSpeaker): QuoteSpeaker {
  const core = spanOf(ctx, sp.core);
  const names = STANDS_FOR.test(core.text) ? resolver.namesOf(who.entity ? [who.entity] : who.members) : '';
  const out: QuoteSpeaker = { entity: who.entity, name: names || core.text, start: core.start, end: core.end };
  if (who.members.length) out.members = who.members;
  const description = sp.description && !isCommentary(ctx, sp.core, sp.description) ? withoutReport(ctx, sp.description) : null;
  if (description) out.description = spanOf(ctx, description);
  return out;
}

/** "X, a columnist, who said the ...": a relative clause whose verb reports speech is an attribution of its own, not a description. */
function withoutReport(ctx: QuoteContext, d: TokenSpan): TokenSpan | null {
  for (let k = d.first; k < d.last; k++) {
    if (ctx.value(k) !== 'who' && ctx.value(k) !== 'which') continue;
    const verb = ctx.pos(k + 1) === 'ADV' ? k + 2 : k + 1;
    // "who asked not to be named", "who spoke on condition of anonymity" say who the speaker is.
    if (ctx.cueAt[verb]! < 0 || ['not', 'to', 'on'].includes(ctx.value(ctx.cues[ctx.cueAt[verb]!]!.headLast + 1))) continue;
    // "who was seeking another season as coach": a cue that takes only an infinitive reports nothing without one.
    const frames = ctx.cues[ctx.cueAt[verb]!]!.entry.frames;
    if (frames.size === 1 && frames.has('to')) continue;
    let last = k - 1;
    while (last >= d.first && ctx.value(last) === ',') last--;
    return last >= d.first ? { first: d.first, last } : null;
  }
  return d;
}
