// Reported speech without quotation marks, and partial quotations inside it: "X said (that)
// ...", "..., X said.", "according to X, ...", "..., adding that ...". The content is the
// reported clause, bounded by its sentence.
import type { Sentence } from '../../doc/doc.js';
import { SCARE_MAX_WORDS, type Attribution, type QuoteContext } from './context.js';
import type { CueFrame } from '../../lexicon/speech-lexicon.js';
import type { Cue } from './cues.js';
import { POSSESSIVES, wordAt } from './cues.js';
import { afterConjunction, clauseSubject, lastRegionEndBefore, onlyAdjunctsUntil, sharedSubject } from './clause-subject.js';
import { isQuoteMark, type SpeakerPhrase, type TokenSpan } from './noun-phrases.js';
import { nounAttribution } from './noun-cues.js';
import { passiveAttribution } from './passive.js';
import { accordingTo } from './according-to.js';
import { asClause } from './as-clause.js';
import { QUESTION_WORDS, askedWithoutAsker } from './asked.js';
import { type Content, MAX_CONTENT, RELATIVE_OPENERS, attribution, contentEnd, hasVerb, trimEnd } from './content-end.js';
import { firstContentToken, pastPhrases, skipAdjuncts } from './content-start.js';
import { inRelativeClause, takesAntecedent } from './relative.js';
import { listedVerb } from './verb-list.js';
import { issuingVerb, modifiedNoun, modifiesObjectOfPreposition, objectBeforeParticiple, reducedRelative } from './participle-cues.js';
import { causedSpeaker } from './causative.js';

const SUBORDINATE_WINDOW = 40;

export function attachIndirect(ctx: QuoteContext): void {
  // Tokens inside a reported clause: a passive there without its agent is part of what was said.
  const reportedAt = new Uint8Array(ctx.doc.size);
  ctx.cues.forEach((cue, k) => {
    if (ctx.usedCue[k] || insideAttributedQuote(ctx, cue)) return;
    const frames = cue.entry.frames;
    const subjectless = cue.passive || frames.has('raising') || frames.has('noun');
    const a = frames.has('noun') ? nounAttribution(ctx, cue) : subjectless ? passiveAttribution(ctx, cue) : frames.has('prep') ? accordingTo(ctx, cue) : reported(ctx, cue);
    if (!a || (subjectless && !a.speaker && reportedAt[cue.head])) return;
    ctx.add(withKind(ctx, a));
    for (const p of a.pieces) reportedAt.fill(1, p.first, p.last + 1);
  });
}

/** A cue inside a quotation already attributed belongs to the quoted speech, not the article. */
function insideAttributedQuote(ctx: QuoteContext, cue: Cue): boolean {
  const r = ctx.regionAt[cue.head]!;
  return r >= 0 && ctx.consumed[r] === 1;
}

/** Indirect, or partial when the content holds words in quotation marks. */
function withKind(ctx: QuoteContext, a: Attribution): Attribution {
  const terms = a.leavesTerms === true;
  for (const p of a.pieces) {
    for (let i = p.first; i <= p.last; i++) if (ctx.regionAt[i]! >= 0 && ctx.takesRegion(ctx.regionAt[i]!, terms)) return { ...a, kind: 'partial' };
  }
  return a;
}

function reported(ctx: QuoteContext, found: Cue): Attribution | null {
  const frames = found.entry.frames;
  if (!['clause', 'that', 'np', 'np-quote', 'to'].some((f) => frames.has(f as CueFrame))) return null;
  const s = ctx.sentenceOf(found.head);
  if (reducedRelative(ctx, found, s) || modifiesObjectOfPreposition(ctx, found, s)) return null;
  const asked = found.entry.class === 'question' ? askedWithoutAsker(ctx, found, s) : null;
  if (asked) return asked;
  const limit = lastRegionEndBefore(ctx, found.first, s.first);
  const issued = found.participle ? issuingVerb(ctx, found, limit) : -1;
  // "X issued a statement saying ...": X speaks, and the whole verb group is the cue.
  const cue = issued >= 0 ? { ...found, first: issued } : found;
  const chunked = ctx.np.subjectBefore(cue.first, limit);
  const after = contentAfter(ctx, cue, s);
  if (issued < 0 && objectBeforeParticiple(ctx, cue, chunked)) return after ? attribution(cue, sharedSubject(ctx, cue, s), [after]) : null;
  const subject = longestSubject(ctx, cue, s, chunked, limit);
  const speakerStart = subject ? speakerFirst(subject) : cue.first;
  const commaBefore = ctx.value(speakerStart - 1) === ',';
  const relative = subject && takesAntecedent(cue) ? inRelativeClause(ctx, cue, subject, s, after) : null;
  if (relative) return relative;
  // The whole clause subject may have taken the "as" in: "As the paper | reported".
  const asWord = subject && wordAt(ctx.doc, subject.core.first) === 'as' && subject.core.last > subject.core.first ? subject.core.first : speakerStart - 1;
  const asSubject = subject && asWord === subject.core.first ? { core: { first: asWord + 1, last: subject.core.last }, description: subject.description } : subject;
  const as = asSubject && !after && wordAt(ctx.doc, asWord) === 'as' ? asClause(ctx, cue, asSubject, s, asWord) : null;
  if (as) return as;
  if (subject && after) return attribution(cue, subject, [after]);
  // "prompted the mayor to criticize ...": the object of a verb of causing speaks, and "to" joins the cue.
  const caused = !subject && after ? causedSpeaker(ctx, cue, limit) : null;
  if (caused && after) return attribution({ ...cue, first: caused.to }, caused.speaker, [after]);
  if (!subject && after && ((cue.participle && (commaBefore || PARTICIPLE_LEADS.has(wordAt(ctx.doc, cue.first - 1) ?? ''))) || afterConjunction(ctx, cue) || listedVerb(ctx, cue))) {
    return attribution(cue, sharedSubject(ctx, cue, s), [after]);
  }
  // "a study released Monday suggesting that ...": a participle right after a noun phrase is said by it.
  const modified = !subject && after && cue.participle && !commaBefore ? modifiedNoun(ctx, cue, limit) : null;
  if (modified && after) return attribution(cue, modified, [after]);
  // "Insisting the talks had failed, the minister left.": the subject after the clause speaks.
  if (!subject && after && cue.participle && cue.first === s.first && ctx.value(after.last + 1) === ',') {
    const verb = nextVerb(ctx, after.last + 2, s.last);
    const speaker = verb > after.last + 2 ? ctx.np.subjectBefore(verb, after.last + 2) : null;
    if (speaker) return attribution(cue, speaker, [after]);
  }
  // "..., X said.": only verbs that report speech put their content first.
  // Inverted ("..., said X") only a verb that reports a clause: "a loan scheme, called the Green Start program," names.
  const reports = frames.has('clause') || frames.has('that') || (frames.has('direct') && subject !== null);
  if (reports && commaBefore && speakerStart - 2 >= s.first) return contentFirst(ctx, cue, subject, s, speakerStart - 1);
  // '... on "fees for the pier," ledgers show.': the comma inside the closing mark; the content keeps the mark.
  const closed = isQuoteMark(ctx.value(speakerStart - 1)) && ctx.value(speakerStart - 2) === ',' && ctx.regionAt[speakerStart - 1]! >= 0;
  if (reports && closed && speakerStart - 3 >= s.first) return contentFirst(ctx, cue, subject, s, speakerStart);
  return null;
}

/** "before noting that ...", "while acknowledging ...": the participle shares the clause's subject. */
const PARTICIPLE_LEADS = new Set(['before', 'after', 'while', 'by', 'without', 'when', 'since']);
const NEXT_VERB_WINDOW = 12;

/** The first verb of the main clause after an opening participle clause, or -1. */
function nextVerb(ctx: QuoteContext, from: number, last: number): number {
  for (let j = from; j <= last && j - from < NEXT_VERB_WINDOW; j++) if (ctx.pos(j) === 'VERB' || ctx.pos(j) === 'AUX') return j;
  return -1;
}

/**
 * The chunker's subject, or the whole clause subject when the chunker found none or stopped
 * inside a modifier ("Figures released by the board ... showed": it found "the board").
 */
function longestSubject(ctx: QuoteContext, cue: Cue, s: Sentence, found: SpeakerPhrase | null, limit: number): SpeakerPhrase | null {
  // "Leading Democratic strategists say", "Hacked emails show": wink tags the opening modifier a verb.
  if (found && !found.description && found.core.first - 1 === s.first && openingModifier(ctx, s.first)) {
    return { core: { first: s.first, last: found.core.last }, description: null };
  }
  // "..., leaked emails show.": the same modifier after the comma that closes the content.
  const lead = found ? found.core.first - 1 : -1;
  if (found && !found.description && lead > s.first && participleModifier(ctx, lead) && (ctx.value(lead - 1) === ',' || isQuoteMark(ctx.value(lead - 1)))) {
    return { core: { first: lead, last: found.core.last }, description: null };
  }
  // "with a guild that backs ...": the antecedent of "that" stands for the relative clause's subject.
  const antecedent = found !== null && wordAt(ctx.doc, found.core.last + 1) === 'that' && found.core.last + 2 === cue.first;
  if (found && (found.description || antecedent || !(ctx.pos(found.core.first - 1) === 'ADP' || ctx.pos(found.core.first - 1) === 'VERB' || modifiedBy(ctx, found, cue)))) return found;
  const whole = limit <= s.first ? clauseSubject(ctx, cue, s) : null;
  return whole && (!found || whole.core.first < found.core.first) ? whole : found;
}

/** "A poll | conducted on Monday shows": a participle after the chunker's subject modifies it. */
function modifiedBy(ctx: QuoteContext, found: SpeakerPhrase, cue: Cue): boolean {
  const next = found.core.last + 1;
  return next < cue.first && ctx.pos(next) === 'VERB' && /(ed|en)$/.test(wordAt(ctx.doc, next) ?? '') && ctx.cueAt[next]! < 0;
}

/** A capitalised participle that opens the sentence right before its subject's noun phrase. */
function openingModifier(ctx: QuoteContext, i: number): boolean {
  const c = ctx.value(i).charCodeAt(0);
  return c >= 65 && c <= 90 && participleModifier(ctx, i);
}

/** An -ing or -ed form, not a cue, before a noun or adjective: "leaked emails", "polling data". */
function participleModifier(ctx: QuoteContext, i: number): boolean {
  return ctx.pos(i) === 'VERB' && /(ing|ed)$/.test(ctx.value(i)) && (ctx.pos(i + 1) === 'NOUN' || ctx.pos(i + 1) === 'ADJ') && ctx.cueAt[i]! < 0;
}

const speakerFirst = (sp: SpeakerPhrase): number => Math.min(sp.core.first, sp.description?.first ?? sp.core.first);

/** "The talks failed, X said." / "The talks, X said, failed." / "..., said X." */
function contentFirst(ctx: QuoteContext, cue: Cue, subject: SpeakerPhrase | null, s: Sentence, comma: number): Attribution | null {
  const speaker = subject ?? ctx.np.speakerAfter(cue.headLast, s.last);
  if (!speaker) return null;
  const start = firstContentToken(ctx, Math.max(s.first, comma - MAX_CONTENT), comma - 1);
  const head: TokenSpan = { first: start, last: trimEnd(ctx, start, comma - 1) };
  if (head.last < head.first) return null;
  const tailStart = Math.max(cue.headLast, speaker.core.last, speaker.description?.last ?? 0) + 1;
  // "The plan, he said in the video, is dead.": the parenthetical may hold adjuncts.
  const tailComma = subject ? pastPhrases(ctx, tailStart, s.last) : tailStart;
  if (ctx.value(tailComma) === ',' && ctx.value(tailComma - 1) !== ',' && subject) {
    // "The plan, he said, is dead.", "It was fine, she said, but only for a week.": the
    // parenthetical splits the content in two.
    const tail = { first: tailComma + 1, last: contentEnd(ctx, tailComma + 1, s) };
    const w = wordAt(ctx.doc, tail.first) ?? '';
    // After adjuncts ("said on the radio, never lasts long") the tail must carry on the head's clause with its verb.
    const resumes = (ctx.pos(tail.first) === 'AUX' || ctx.pos(tail.first) === 'ADV' || ctx.pos(tail.first) === 'PART' || ctx.pos(tail.first) === 'VERB') && !w.endsWith('ing');
    const goesOn = tailComma > tailStart ? resumes : hasVerb(ctx, tail) || TAIL_CONJUNCTIONS.has(w);
    // "That habit, they said, emphasizes speed": a cue verb after the parenthetical is the head's predicate when the head has none.
    const tailCue = ctx.cueAt[tail.first]! >= 0 && (hasVerb(ctx, head) || ctx.cues[ctx.cueAt[tail.first]!]!.participle);
    if (tail.last > tail.first && goesOn && !tailCue) return attribution(cue, speaker, [head, tail]);
  }
  if (head.last - head.first < 2 || !hasVerb(ctx, head) || !onlyAdjunctsUntil(ctx, tailStart, s.last + 1)) return null;
  return attribution(cue, speaker, [head]);
}

/** Words that carry a content on after its parenthetical attribution without a verb of their own. */
const TAIL_CONJUNCTIONS = new Set(['but', 'and', 'or', 'not']);

/** The reported clause after the verb group: "(that) the talks failed". */
function contentAfter(ctx: QuoteContext, cue: Cue, s: Sentence): Content | null {
  const frames = cue.entry.frames;
  let q = cue.headLast + 1;
  while (q <= s.last && ctx.np.dates[q]) q++;
  // "While X said ..., Y", "Insisting ..., Y": the reported clause ends at the comma.
  // "Mr. Lee, noting that ..., added": a participle between the subject and its verb too.
  const subordinate = opensWithSubordinator(ctx, s, cue.first) || (cue.participle && (cue.first === s.first || afterOpeningSubject(ctx, cue, s)));
  const toEnd = (first: number): TokenSpan | null => {
    const last = contentEnd(ctx, first, s, subordinate);
    return last < first ? null : { first, last };
  };
  if (frames.has('object')) {
    // "called on him to withdraw": an object pronoun is a hearer too.
    // "her supporters" is a possessive before its noun.
    const pronoun = OBJECT_PRONOUNS.has(wordAt(ctx.doc, q) ?? '') && !(wordAt(ctx.doc, q) === 'her' && NP_START.has(ctx.pos(q + 1)));
    const found = pronoun ? { first: q, last: q } : ctx.np.npStartingAt(q, s.last);
    // "told NBC's 'Morning Show' that": a short quoted title belongs to the hearer.
    const hearer = found ? withTitle(ctx, found) : null;
    // "urged Moscow to withdraw": the hearer belongs to what was urged; after a participle
    // ("..., urging his supporters to vote") PolNeAR leaves it out three times in four.
    if (hearer && frames.has('to') && isInfinitive(ctx, hearer.last + 1)) return toEnd(cue.participle ? hearer.last + 1 : q);
    const after = hearer ? skipAdjuncts(ctx, hearer.last + 1, s.last) : q;
    // "asked the mayor whether ...": a question's content opens with "whether" or "if".
    const question = cue.entry.class === 'question' && QUESTION_OPENERS.has(wordAt(ctx.doc, after) ?? '');
    if (hearer && question) return toEnd(after);
    // "reminded the jury of how ...", "told the board just how late ...": an embedded question after the hearer.
    const wh = QUESTION_LEADS.has(wordAt(ctx.doc, after) ?? '') ? after + 1 : after;
    if (hearer && EMBEDDED_QUESTIONS.has(wordAt(ctx.doc, wh) ?? '')) return toEnd(QUESTION_LEADS.has(wordAt(ctx.doc, wh - 1) ?? '') ? wh - 1 : wh);
    // "asked the panel a question about rents", "asked the coach his advice": the second object is what was asked.
    const second = cue.entry.class === 'question' && hearer && (ctx.pos(after) === 'DET' || POSSESSIVES.has(wordAt(ctx.doc, after) ?? '')) ? ctx.np.npStartingAt(after, s.last) : null;
    if (second) {
      const last = contentEnd(ctx, after, s, true, true);
      return last >= after ? { first: after, last, phrase: true } : null;
    }
    if (hearer && (opensClause(ctx, hearer.last + 1) || wordAt(ctx.doc, after) === 'that')) q = hearer.last + 1;
  }
  if (frames.has('to') && isInfinitive(ctx, q)) return toEnd(q);
  const afterAdjuncts = skipAdjuncts(ctx, q, s.last);
  // "asked whether the plan was legal", "asked how it would be paid for".
  if (cue.entry.class === 'question') {
    const open = [q, afterAdjuncts].find((k) => QUESTION_WORDS.has(wordAt(ctx.doc, k) ?? ''));
    if (open !== undefined) return toEnd(open);
  }
  // "explained to the board why ...", "described how ...": an embedded question after a verb that reports a clause.
  // "discussed at length how to dry out ...", "outlined how the money went": a topic verb takes one too.
  // "revealed where the money went": "where" right after the verb (after an adjunct it may be the adjunct's: "at a rally in Porto where she grew up").
  const wh = wordAt(ctx.doc, afterAdjuncts) ?? '';
  if ((frames.has('clause') || frames.has('np')) && (EMBEDDED_QUESTIONS.has(wh) || (wh === 'where' && afterAdjuncts === q))) return toEnd(afterAdjuncts);
  // "dismissed that notion": after a verb that takes no clause, "that" is a determiner.
  const that = wordAt(ctx.doc, afterAdjuncts) === 'that' && (frames.has('that') || frames.has('clause') || frames.has('object'));
  if (that) q = afterAdjuncts;
  // "confirmed at the briefing the pier would shut": a bare clause after a phrase or a date (not after an
  // adverb, which may open the content: "show almost 40 ..."; not past a comma, which ends a
  // content-first sentence's tail).
  else if (afterAdjuncts > q && frames.has('clause') && (ctx.pos(q) === 'ADP' || ctx.np.dates[q]) && !hasComma(ctx, q, afterAdjuncts) && clauseFollows(ctx, afterAdjuncts, Math.min(s.last, afterAdjuncts + MAX_CONTENT))) q = afterAdjuncts;
  else if (!frames.has('clause') && !frames.has('np') && !frames.has('np-quote')) return null;
  const opensQuote = ctx.regionAt[q]! >= 0 && ctx.regions[ctx.regionAt[q]!]!.open === q;
  // "talked about being a mayor": "being" and "having" open a gerund phrase, not a verb group.
  const auxGerund = ctx.pos(q) === 'AUX' && AUX_GERUNDS.has(wordAt(ctx.doc, q) ?? '');
  // "found at least 14 unpaid invoices", "said at most ten boats sank": a bound on a number opens the content.
  const bound = wordAt(ctx.doc, q) === 'at' && BOUNDS.has(wordAt(ctx.doc, q + 1) ?? '') && DEGREE_NEXT.has(ctx.pos(q + 2));
  if (q > s.last || (ctx.pos(q) === 'PUNCT' && !opensQuote) || (ctx.pos(q) === 'ADP' && !bound) || (ctx.pos(q) === 'AUX' && !auxGerund) || ADVERBIAL.has(wordAt(ctx.doc, q) ?? '')) return null;
  const phraseOnly = !that && !(frames.has('clause') && clauseFollows(ctx, q, Math.min(s.last, q + MAX_CONTENT)));
  const takesPhrase = frames.has('np') || frames.has('np-quote');
  const determiner = wordAt(ctx.doc, q) === 'that' && (ctx.pos(q + 1) === 'NOUN' || ctx.pos(q + 1) === 'ADJ');
  // "showed far less change", "show nearly 300 tenants": a degree adverb opens the phrase.
  const degree = ctx.pos(q) === 'ADV' && DEGREE_NEXT.has(ctx.pos(q + 1));
  // "opposed signing the petition": a gerund is a noun phrase too.
  const gerund = auxGerund || (ctx.pos(q) === 'VERB' && (wordAt(ctx.doc, q) ?? '').endsWith('ing') && ctx.cueAt[q]! < 0);
  // "invoked 'lazy' Tom Weller": a phrase that opens with a quoted word.
  const quoted = opensQuote && NP_START.has(ctx.pos(q + 1));
  if (phraseOnly && (!takesPhrase || !(NP_START.has(ctx.pos(q)) || determiner || degree || bound || quoted || gerund))) return null;
  // A noun-phrase content, or a clause inside "While X said ..., Y", ends at the next comma.
  const last = contentEnd(ctx, q, s, phraseOnly || subordinate, phraseOnly);
  if (last < q) return null;
  const span = { first: q, last };
  // "called it 'a disgrace'", "called him a liar": these cues take a phrase only when it holds
  // a quotation or an object with its complement.
  if (phraseOnly && !frames.has('np') && !holdsQuotation(ctx, span) && !objectComplement(ctx, q, last)) return null;
  return phraseOnly ? { ...span, phrase: true } : span;
}

function hasComma(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.value(i) === ',') return true;
  return false;
}

function withTitle(ctx: QuoteContext, np: TokenSpan): TokenSpan {
  const open = wordAt(ctx.doc, np.last + 1) === "'s" ? np.last + 2 : np.last + 1;
  const k = ctx.regionAt[open]!;
  if (k < 0 || ctx.regions[k]!.open !== open || ctx.regions[k]!.close < 0 || ctx.regionWords(k) > SCARE_MAX_WORDS) return np;
  return { first: np.first, last: ctx.regions[k]!.close };
}

function afterOpeningSubject(ctx: QuoteContext, cue: Cue, s: Sentence): boolean {
  return ctx.value(cue.first - 1) === ',' && ctx.np.npEndingAt(cue.first - 2, s.first)?.first === s.first;
}

/** A reported clause has its verb before the next comma, a relative clause or an appositive (", which ...,", ", a costly one,", ", Lima Tower,") aside. */
function clauseFollows(ctx: QuoteContext, q: number, last: number): boolean {
  let relative = false;
  let opened = -1;
  let verbal = false;
  let named = false;
  let clauseAside = false;
  for (let i = q; i <= last; i++) {
    if (ctx.value(i) === ',' || ctx.value(i) === ';') {
      // ", which ...,", ", a costly one," and ", Lima Tower," are asides inside the clause.
      const name = ctx.pos(i + 1) === 'PROPN' && ctx.value(i) === ',';
      const aside = RELATIVE_OPENERS.has(wordAt(ctx.doc, i + 1) ?? '') || ctx.pos(i + 1) === 'DET' || name;
      if (!relative && !aside) return false;
      // "the tower, Lima One, is ...": a finite verb right after a short appositive has the phrase before it as subject;
      // after a name that is not one (", Ruiz seeks ..., anticipating") the clause has ended.
      const appositive = relative && (clauseAside || (!verbal && i - opened <= SHORT_ASIDE));
      if (appositive && finiteAt(ctx, i + 1)) return true;
      if (relative && named) return false;
      relative = !relative;
      opened = i;
      verbal = false;
      named = name;
      clauseAside = RELATIVE_OPENERS.has(wordAt(ctx.doc, i + 1) ?? '');
    } else if (relative && (ctx.pos(i) === 'VERB' || ctx.pos(i) === 'AUX')) verbal = true;
    else if (!relative && (ctx.pos(i) === 'VERB' || ctx.pos(i) === 'AUX') && hasSubject(ctx, i, q)) return true;
  }
  return false;
}

const SHORT_ASIDE = 6;
const finiteAt = (ctx: QuoteContext, i: number): boolean => ctx.pos(i) === 'AUX' || (ctx.pos(i) === 'VERB' && !(wordAt(ctx.doc, i) ?? '').endsWith('ing'));

/** A finite verb follows its subject: "the talks failed", not "a broadly worded plan". */
function hasSubject(ctx: QuoteContext, verb: number, first: number): boolean {
  let j = verb - 1;
  // "the dams at least hold ...", "the plan in fact works": an adverb with its preposition.
  const adverbial = (k: number): boolean => ctx.pos(k) === 'ADP' && ctx.pos(k + 1) === 'ADV' && k + 1 < verb && ADVERB_PREPOSITIONS.has(wordAt(ctx.doc, k) ?? '');
  while (j >= first && (ctx.pos(j) === 'ADV' || ctx.pos(j) === 'PART' || isQuoteMark(ctx.value(j)) || adverbial(j))) j--;
  // "nurses in big hospitals - and those in clinics - tend to": a dash aside after the subject.
  const aside = j > first ? ctx.np.asideOpening(j, first) : -1;
  if (aside > first && ctx.value(aside) !== ',') j = aside - 1;
  return j >= first && SUBJECT_END.has(ctx.pos(j));
}

/** "him a liar", "the plan reckless": an object followed by a second phrase that names it. */
function objectComplement(ctx: QuoteContext, q: number, last: number): boolean {
  const w = wordAt(ctx.doc, q) ?? '';
  const object = ctx.pos(q) === 'PRON' ? { first: q, last: q } : ctx.np.npStartingAt(q, last);
  if (!object || object.last >= last || w === 'for' || w === 'on') return false;
  // "called Lee unworthy": the chunker's phrase may run on into the complement adjective.
  let head = object.last;
  while (head > object.first && ctx.pos(head) === 'ADJ') head--;
  const next = head + 1;
  return ctx.pos(next) === 'DET' || ctx.pos(next) === 'ADJ' || (ctx.pos(next) === 'ADV' && ctx.pos(next + 1) === 'ADJ');
}

function holdsQuotation(ctx: QuoteContext, span: TokenSpan): boolean {
  for (let i = span.first; i <= span.last; i++) if (ctx.regionAt[i]! >= 0) return true;
  return false;
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);

/** "to withdraw", and "to 'look inside'" with the quotation opening after "to". */
const isInfinitive = (ctx: QuoteContext, i: number): boolean => {
  // "urged the mayor not to sign": a negated infinitive.
  const to = NEGATIONS.has(wordAt(ctx.doc, i) ?? '') ? i + 1 : i;
  if (wordAt(ctx.doc, to) !== 'to') return false;
  // "to 'look inside'", "to not have received", "to publicly release".
  const split = isQuoteMark(ctx.value(to + 1)) || SPLITTING.has(wordAt(ctx.doc, to + 1) ?? '') || (ctx.pos(to + 1) === 'ADV' && (wordAt(ctx.doc, to + 1) ?? '').endsWith('ly'));
  const v = split ? to + 2 : to + 1;
  return ctx.pos(v) === 'VERB' || ctx.pos(v) === 'AUX';
};
const NEGATIONS = new Set(['not', 'never']);

const QUESTION_OPENERS = new Set(['whether', 'if']);
/** Words that split an infinitive: "to not have received", "to never return". */
const SPLITTING = new Set(['not', 'never', 'also', 'fully', 'really']);
const EMBEDDED_QUESTIONS = new Set(['why', 'how', 'whether']);
const QUESTION_LEADS = new Set(['of', 'just', 'exactly', 'about']);
const ADVERB_PREPOSITIONS = new Set(['at', 'in']);
const DEGREE_NEXT = new Set(['ADJ', 'NUM', 'DET']);
/** "at least", "at most": with "at" they bound the number after them. */
const BOUNDS = new Set(['least', 'most']);
const NP_START = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);
const AUX_GERUNDS = new Set(['being', 'having']);
const SUBJECT_END = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'AUX']);

/** Words that open an adverbial clause, never a reported one: "what Peru said when it proposed". */
const ADVERBIAL = new Set(['when', 'while', 'because', 'after', 'before', 'since', 'until', 'where', 'as', 'although', 'though', 'than']);

/** "While Chile and Peru said ..., they proposed ...": the sentence opens with a subordinate clause. */
function opensWithSubordinator(ctx: QuoteContext, s: Sentence, before: number): boolean {
  for (let i = Math.max(s.first, before - SUBORDINATE_WINDOW); i < before; i++) {
    if (ctx.value(i) === ',') return false;
    if (ctx.pos(i) === 'SCONJ' || ADVERBIAL.has(wordAt(ctx.doc, i) ?? '')) return true;
  }
  return false;
}

function opensClause(ctx: QuoteContext, i: number): boolean {
  const p = ctx.pos(i);
  return wordAt(ctx.doc, i) === 'that' || p === 'PRON' || p === 'DET' || p === 'PROPN' || p === 'NOUN';
}
