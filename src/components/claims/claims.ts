// The claims component: statements that the article itself marks as false, disputed or
// unverified ("falsely describing", "without evidence", "baseless claims", "denied"), each with
// its span, its marker, its claimant when the text names one, and the quotation that reports it.
import type { Doc } from '../../doc/doc.js';
import { defaultClaimLexicon, type ClaimLexicon, type ClaimMarker, type ClaimScope } from '../../lexicon/speech-lexicon.js';
import type { RecordClaim, RecordQuote, Span } from '../../record/types.js';
import { defineComponent, type Component } from '../component.js';
import { ClaimText, type TokenRange } from './claim-text.js';

export function claimsComponent(opts: { lexicon?: ClaimLexicon } = {}): Component {
  const lex = opts.lexicon ?? defaultClaimLexicon();
  return defineComponent({
    name: 'claims',
    requires: ['tokens', 'sentences', 'pos', 'entities', 'quotes'],
    assigns: ['claims'],
    run(doc) {
      doc.set('claims', findClaims(doc, lex));
    },
  });
}

interface Found {
  claim: TokenRange | Span;
  quote: RecordQuote | null;
  /** The claimant's mention, when the claim is not reported by a quotation. */
  claimant: TokenRange | null;
  /** The quotation disputes the claim (a denial) rather than makes it. */
  disputes?: boolean;
}

export function findClaims(doc: Doc, lex: ClaimLexicon): RecordClaim[] {
  const text = new ClaimText(doc, lex);
  const out: RecordClaim[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < doc.size; i++) {
    const hit = lex.markers.match((k) => text.word(k), i);
    if (!hit) continue;
    const marker = { first: i, last: i + hit.length - 1 };
    i = marker.last;
    const found = locate(text, hit.value, marker);
    if (!found) continue;
    const claim = toRecord(text, hit.value, marker, found);
    const key = `${claim.start}:${claim.end}`;
    if (claim.end > claim.start && !seen.has(key)) {
      seen.add(key);
      out.push(claim);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function locate(text: ClaimText, m: ClaimMarker, marker: TokenRange): Found | null {
  const scope = scopeOf(text, m, marker);
  switch (scope) {
    case 'adverb':
      return adverb(text, marker);
    case 'clause':
      return clause(text, marker);
    case 'adjective':
      return adjective(text, marker);
    case 'verb':
      return denial(text, marker);
    default:
      return null;
  }
}

/** A marker that is both ("disputed") is a verb after its subject, an adjective otherwise. */
function scopeOf(text: ClaimText, m: ClaimMarker, marker: TokenRange): ClaimScope {
  if (m.scopes.length === 1) return m.scopes[0]!;
  const before = text.pos(marker.first - 1);
  const verbal = text.pos(marker.first) === 'VERB' && before !== 'DET' && before !== 'ADJ' && before !== 'AUX' && text.opensObject(marker.last + 1);
  return verbal && m.scopes.includes('verb') ? 'verb' : m.scopes.find((s) => s !== 'verb')!;
}

/** "X falsely claimed that ...", ", falsely describing ...": the claim is what the next verb says. */
function adverb(text: ClaimText, marker: TokenRange): Found | null {
  const verb = text.nextVerb(marker.last + 1, 3);
  if (verb < 0) return null;
  const quote = text.quoteWithCueAt(verb) ?? text.quoteWithCueAt(marker.first);
  if (quote) return { claim: quote, quote, claimant: null };
  const claim = text.clauseAfter(verb);
  return claim ? { claim, quote: null, claimant: text.subjectMention(marker.first) } : null;
}

const GIVING = new Set(['gave', 'give', 'gives', 'given', 'giving', 'offered', 'offer', 'offers', 'provided', 'provide', 'provides', 'presented', 'cited', 'produced', 'showed', 'shown']);

/** "X said, without evidence, that ...": the claim is the attribution in the marker's sentence. */
function clause(text: ClaimText, marker: TokenRange): Found | null {
  const quote = text.quoteInSentence(marker.first);
  if (quote) return { claim: quote, quote, claimant: null };
  const that = text.word(marker.last + 1) === 'that' ? text.clauseAfter(marker.last + 1) : null;
  if (that) return { claim: that, quote: null, claimant: null };
  // "He gave no evidence for it": what a verb of giving lacked is the speaker's statement just before.
  if (GIVING.has(text.word(marker.first - 1) ?? '')) {
    const subject = text.subjectMention(marker.first);
    const said = text.quoteBefore(marker.first, subject ? text.entityAt(subject.first) : null);
    return said ? { claim: said, quote: said, claimant: null } : null;
  }
  const before = text.clauseBefore(marker.first);
  return before ? { claim: before, quote: null, claimant: text.subjectMention(marker.first) } : null;
}

/** "baseless claims that ...", "the allegations are unfounded": the claim a claim noun names. */
function adjective(text: ClaimText, marker: TokenRange): Found | null {
  const noun = text.claimNounAfter(marker.last + 1);
  if (noun >= 0) {
    const claim = text.word(noun + 1) === 'that' ? text.clauseAfter(noun + 1) : text.nounPhraseFrom(noun);
    const quote = text.quoteContaining(noun);
    return claim ? { claim, quote, claimant: quote ? null : text.possessorOf(marker.first), disputes: quote !== null && text.disputes(quote) } : null;
  }
  // "The allegations are baseless", "called the allegations baseless".
  const named = text.predicateSubject(marker.first) ?? text.claimNounBefore(marker.first);
  return named ? { claim: named, quote: null, claimant: null } : null;
}

/** "X denied that ...", "the ministry disputes the figures": a claim that someone disputes. */
function denial(text: ClaimText, marker: TokenRange): Found | null {
  if (text.isPassive(marker.first) || !text.isVerbUse(marker)) return null;
  const quote = text.quoteWithCueAt(marker.first);
  if (quote) return { claim: quote, quote, claimant: null, disputes: true };
  const claim = text.objectAfter(marker.last + 1);
  return claim ? { claim, quote: null, claimant: null } : null;
}

function toRecord(text: ClaimText, m: ClaimMarker, marker: TokenRange, f: Found): RecordClaim {
  const whole = 'start' in f.claim ? f.claim : text.span(f.claim);
  const at = text.span(marker);
  // "claims that X, without offering evidence, ...": the marker inside a reported clause ends the claim.
  const span = at.start > whole.start && at.start < whole.end ? { start: whole.start, end: trimmedEnd(text, whole.start, at.start) } : whole;
  const c: RecordClaim = { ...text.cut(span.start, span.end), speaker: null, flag: m.flag, marker: at };
  // A quotation that reports a denial names the one who disputes the claim, not its claimant.
  const reporter = f.quote && !f.disputes ? f.quote.speaker : null;
  if (reporter) {
    c.speaker = reporter.entity;
    c.claimant = text.cut(reporter.start, reporter.end);
  } else if (f.claimant) {
    const claimant = text.span(f.claimant);
    c.speaker = text.entityAt(f.claimant.first);
    c.claimant = claimant;
  }
  if (f.quote) c.quote = f.quote.id;
  return c;
}

/** The end of start..end without the blanks and commas before it. */
function trimmedEnd(text: ClaimText, start: number, end: number): number {
  const s = text.cut(start, end).text;
  return start + s.replace(/[\s,;:—-]+$/u, '').length;
}
