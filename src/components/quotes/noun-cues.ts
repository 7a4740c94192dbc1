// Attributions whose cue is a noun: "his claim that ...", "allegations of fraud", "X raised
// questions about ...". The source is a possessor, the subject of a light verb, or nobody.
import type { Attribution, QuoteContext } from './context.js';
import { POSSESSIVES, wordAt, type Cue } from './cues.js';
import { lastRegionEndBefore } from './clause-subject.js';
import { contentEnd } from './content-end.js';
import type { SpeakerPhrase } from './noun-phrases.js';

/** Verbs whose subject makes the statement the noun names: "made the claim", "raised questions". */
const LIGHT_VERBS = new Set([
  'made', 'make', 'makes', 'making', 'raised', 'raise', 'raises', 'raising', 'voiced', 'voice', 'voices', 'issued', 'issue', 'issues',
  'renewed', 'repeated', 'continued', 'reiterated', 'posed', 'offered', 'delivered',
]);
const MAX_POSSESSOR = 12;
const MAX_NAME_MODIFIER = 4;

/** The attribution of a noun cue, or null when its content is empty. */
export function nounAttribution(ctx: QuoteContext, found: Cue): Attribution | null {
  const s = ctx.sentenceOf(found.head);
  const next = wordAt(ctx.doc, found.head + 1);
  const clause = next === 'that' || next === 'to';
  const q = clause ? found.head + 1 : found.headLast + 1;
  const end = clause ? contentEnd(ctx, q, s) : phraseEnd(ctx, q, s.last, contentEnd(ctx, q, s, true, true));
  let cue = found;
  let speaker: SpeakerPhrase | null = null;
  // "Her sharp comments on", "Lee's Friday announcement": modifiers or a date between the owner and the noun.
  const owner = ownerBefore(ctx, found.first);
  if (owner < found.first) cue = { ...found, first: owner };
  let k = owner - 1;
  const possessive = POSSESSIVES.has(wordAt(ctx.doc, k) ?? '');
  if (possessive) speaker = { core: { first: k, last: k }, description: null };
  else if (isGenitive(ctx.value(k))) {
    const owner = ctx.np.npEndingAt(k - 1, Math.max(s.first, k - MAX_POSSESSOR));
    // "met Bolivia for Chile's proposals": the owner starts after the last preposition before it.
    let first = owner?.first ?? k;
    for (let j = k - 1; owner && j > owner.first; j--) {
      if (ctx.pos(j) === 'ADP') {
        first = j + 1;
        break;
      }
    }
    if (owner && first < k) speaker = { core: { first, last: k }, description: null };
  }
  if (possessive) k--;
  // "X raised questions about", "X has continued his warnings that": X speaks, the verb joins the cue.
  // After a possessive another verb does when the owner is its subject ("X has not withdrawn her
  // support for"); not a verb that reports of its own ("Officials rejected her claim").
  if (!speaker || possessive) {
    const light = LIGHT_VERBS.has(wordAt(ctx.doc, k) ?? '');
    if ((light || (possessive && ctx.cueAt[k]! < 0)) && ctx.pos(k) === 'VERB') {
      let first = k;
      while (first > s.first && (ctx.pos(first - 1) === 'AUX' || ctx.pos(first - 1) === 'ADV' || wordAt(ctx.doc, first - 1) === 'not')) first--;
      const subject = ctx.np.subjectBefore(first, lastRegionEndBefore(ctx, first, s.first));
      if (subject && (light || ownerAgrees(ctx, wordAt(ctx.doc, k + 1)!, subject))) {
        cue = { ...found, first };
        speaker = subject;
      }
    }
  }
  // "a Lima Herald report about", "the Harbor Guild claim that": a name that modifies the noun is its source.
  if (!speaker) {
    let j = found.head - 1;
    while (j >= s.first && j > found.head - 1 - MAX_NAME_MODIFIER && ctx.pos(j) === 'PROPN') j--;
    if (j < found.head - 1) {
      speaker = { core: { first: j + 1, last: found.head - 1 }, description: null };
      cue = { ...cue, first: found.head };
    }
  }
  // The noun group is the sentence's subject: "The proposal to ...", "Her plan to ...", "Mr. Lee's claim that ...".
  const subject = opensSentence(ctx, found.first, s.first) || (speaker !== null && !possessive && speaker.core.first === s.first);
  const last = clause && subject ? clauseInSubjectEnd(ctx, q, end, next === 'that') : end;
  if (last < q + (clause ? 1 : 0)) return null;
  return { cue, speaker, pieces: [{ first: q, last, region: null }], kind: 'indirect' };
}

const MAX_MODIFIERS = 2;
const PLURAL_PRONOUNS = new Set(['they', 'we', 'who']);

/** "their" goes with a plural subject, "his", "her" and "its" with a singular one ("Officials ... her claim" do not agree). */
function ownerAgrees(ctx: QuoteContext, owner: string, subject: SpeakerPhrase): boolean {
  const head = wordAt(ctx.doc, subject.core.last) ?? '';
  const pairs = subject.core.last > subject.core.first && ctx.value(subject.core.first + 1) === 'and';
  // A name ending in "s" may be one person ("Jones"), so only a common noun counts as plural against "his".
  if (owner === 'their') return PLURAL_PRONOUNS.has(head) || head.endsWith('s') || pairs;
  return !(PLURAL_PRONOUNS.has(head) || (ctx.pos(subject.core.last) === 'NOUN' && head.endsWith('s')) || pairs);
}

/** The first token after the possessive or genitive that owns the noun group at `first`, past at most two modifiers or a date; else `first`. */
function ownerBefore(ctx: QuoteContext, first: number): number {
  let j = first - 1;
  while (j >= 0 && ctx.np.dates[j] && first - j <= MAX_MODIFIERS + 2) j--;
  while (j >= 0 && first - j <= MAX_MODIFIERS && (ctx.pos(j) === 'ADJ' || ctx.pos(j) === 'NOUN') && !POSSESSIVES.has(wordAt(ctx.doc, j) ?? '')) j--;
  const owned = POSSESSIVES.has(wordAt(ctx.doc, j) ?? '') || isGenitive(ctx.value(j));
  return owned && j < first - 1 ? j + 1 : first;
}

/** "Allegations of bribery have dogged ...": a phrase in the subject ends before the clause's verb. */
function phraseEnd(ctx: QuoteContext, q: number, limit: number, end: number): number {
  const np = ctx.np.npStartingAt(q, Math.min(limit, end));
  if (!np) return end;
  const next = np.last + 1;
  const finite = ctx.pos(next) === 'AUX' || (ctx.pos(next) === 'VERB' && !(wordAt(ctx.doc, next) ?? '').endsWith('ing'));
  return finite ? np.last : end;
}

const isGenitive = (v: string): boolean => v === "'s" || v === '\u2019s' || v === "'" || v === '\u2019';

const FINITE_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'does', 'did']);

/** The noun group opens its sentence, after a possessor at most: "The proposal to ...", "Her plan to ...". */
function opensSentence(ctx: QuoteContext, first: number, sentenceFirst: number): boolean {
  if (first === sentenceFirst) return true;
  return first - 1 === sentenceFirst && POSSESSIVES.has(wordAt(ctx.doc, first - 1) ?? '');
}

/**
 * "The proposal to widen the road | was dropped", "Her threat to sue them | fits a pattern",
 * "The claim that the vote was rigged | has spread": an infinitive or a that-clause in the
 * subject ends before the main clause's finite verb (for a that-clause, the second one).
 */
function clauseInSubjectEnd(ctx: QuoteContext, q: number, end: number, that: boolean): number {
  let own = that ? 1 : 0;
  for (let j = q + 2; j <= end; j++) {
    if (ctx.value(j) === ',') return end;
    const p = ctx.pos(j);
    const w = wordAt(ctx.doc, j) ?? '';
    // A verb group starts here: not after an auxiliary, "to", "not" or another verb's adverb.
    const before = ctx.pos(j - 1);
    if (!(p === 'AUX' || (p === 'VERB' && !w.endsWith('ing'))) || before === 'AUX' || before === 'PART' || before === 'ADV' || wordAt(ctx.doc, j - 1) === 'to') continue;
    if (own > 0) {
      own--;
      continue;
    }
    const finite = FINITE_AUX.has(w) || (p === 'VERB' && /[^s]s$/.test(w));
    return finite ? j - 1 : end;
  }
  return end;
}
