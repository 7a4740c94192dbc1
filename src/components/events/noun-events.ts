// Nominal events: "the invasion", "Western sanctions", "announced a suspension of aid", each
// with its owner or the subject of its support verb as source.
import type { EventPattern } from '../../lexicon/event-lexicon.js';
import type { ActorMention } from './actor-index.js';
import type { Coded } from './build-events.js';
import { subjectOf, verbGroup, type Modality } from './clause.js';
import { againstPlague, headPatterns, type Coder } from './coder.js';
import { isReported } from './context.js';
import { matchPatterns, POSSESSIVES } from './match-pattern.js';
import { nounSource } from './noun-source.js';
import { isJoint } from './targets.js';
import { wordForms } from './word-forms.js';

/** `joined`: the patterns of a split hyphenated head ("cease" "-" "fire"); matching goes on after it. */
export function codeNoun(c: Coder, i: number, sentence: number, first: number, limit: number, joined?: { patterns: EventPattern[] }): Coded | null {
  const patterns = joined?.patterns ?? headPatterns(c, c.lex.nouns, i);
  if (!patterns || undone(c, i, first, limit)) return null;
  const last = joined ? i + 2 : i;
  let sources = nounSource(c.doc, c.actors, i, first);
  // "Norway announced a suspension of aid": the subject of a support verb does the act;
  // "gave Moscow a warning": the actor between them is its target.
  const support = sources.length === 0 ? supportVerb(c, i, first) : null;
  const group = support ? verbGroup(c.doc, support.verb, first) : null;
  if (group) sources = subjectOf(c.doc, c.actors, group.start, first);
  if (sources.length === 0) return null;
  const found = matchPatterns(c.doc, c.actors, last, patterns, c.forms, false, limit, first);
  if (!found) return null;
  if (againstPlague(c, found)) return null;
  const match = support?.recipient.length && !found.targets.length ? { ...found, targets: support.recipient, phrase: undefined } : found;
  let modality: Modality = group?.modality ?? 'asserted';
  if (modality === 'asserted' && isReported(c.ctx, sentence, sources[0]!.first, i, match.end)) modality = 'reported';
  // "Chile and Peru reached an agreement": joint subjects of a joint act are each other's targets.
  const reciprocal = !match.targets.length && sources.length > 1 && isJoint(c, i, match.end, limit, match.pattern.code);
  // With a support verb the act has a subject of its own: it outranks the verb's bare statement ("announced").
  const confidence = group ? 0.7 : 0.55;
  return {
    sentence, trigger: i, ...(last > i ? { triggerLast: last } : {}), end: Math.max(match.end, last), pattern: match.pattern, sources, targets: match.targets,
    phrase: match.phrase, negated: group?.negated ?? false, modality, confidence, cues: group?.cues ?? [], ...(reciprocal ? { reciprocal } : {}),
  };
}

/** Verbs that take an act back: the act they govern is not happening ("lifted the embargo"). */
const UNDOING = new Set(['lift', 'ease', 'end', 'remove', 'cancel', 'scrap', 'drop', 'revoke', 'rescind', 'relax', 'loosen', 'waive', 'halt', 'stop', 'suspend', 'abandon', 'call', 'repeal', 'overturn', 'annul']);

/**
 * "Obama lifts the embargo on ...", "sanctions against Iran were lifted": the noun names an act
 * that a verb of its clause takes back; that verb is the event, not the noun. `after`: look only
 * after it (a noun misread as a verb: "EU sanctions on Peru were dropped").
 */
export function undone(c: Coder, i: number, first: number, limit: number, after = false): boolean {
  const t = c.doc.tokens;
  for (let k = i - 1; k >= first && i - k <= 6 && !after; k--) {
    // "called off the strike" takes it back; "called for a strike" does not.
    if (c.forms(k).some((f) => UNDOING.has(f)) && (t.pos[k] === 'VERB' || t.pos[k] === 'NOUN')) return !c.forms(k).includes('call') || t.value[k + 1]?.toLowerCase() === 'off';
    if (!['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'PART'].includes(t.pos[k]!) && t.value[k] !== 'of' && c.doc.words[k] !== "'s" && !c.actors.covering(k).length) break;
  }
  for (let k = i + 1; k < limit && k - i <= 8; k++) {
    if (t.pos[k] === 'AUX' && t.lemma[k] === 'be' && c.forms(k + 1).some((f) => UNDOING.has(f))) return true;
    if (t.pos[k] === 'VERB' || t.value[k] === ',') break;
  }
  return false;
}

/** Noun patterns of a hyphenated word that the tokenizer split ("cease" "-" "fire"). */
export function hyphenHead(c: Coder, i: number, limit: number): { patterns: EventPattern[] } | null {
  const t = c.doc.tokens;
  if (i + 2 > limit || t.value[i + 1] !== '-' || t.start[i + 1] !== t.end[i] || t.start[i + 2] !== t.end[i + 1]) return null;
  const word = (t.value[i]! + t.value[i + 2]!).toLowerCase();
  for (const f of wordForms(word, word)) {
    const list = c.lex.nouns.get(f);
    if (list) return { patterns: list };
  }
  return null;
}

/** Verbs whose object noun names the act their subject performs: "launched an offensive", "imposed sanctions". */
const SUPPORT_VERBS = new Set([
  'launch', 'carry', 'conduct', 'stage', 'announce', 'impose', 'order', 'mount', 'declare', 'resume', 'begin', 'start', 'hold',
  'make', 'pay', 'step', 'intensify', 'escalate', 'expand', 'extend', 'continue', 'undertake', 'initiate', 'unleash', 'wage',
  'open', 'file', 'issue', 'give', 'deliver', 'lodge', 'set', 'send', 'offer', 'grant', 'provide', 'renew', 'reach',
]);

/**
 * The support verb a few words before a nominal trigger ("announced a full suspension"), with
 * an actor standing between them as the act's recipient ("gave Moscow a warning"), or null.
 */
function supportVerb(c: Coder, noun: number, first: number): { verb: number; recipient: ActorMention[] } | null {
  const t = c.doc.tokens;
  let recipient: ActorMention[] = [];
  for (let k = noun - 1; k >= first && noun - k <= 10; k--) {
    const here = c.actors.covering(k);
    if (here.length && !recipient.length && !POSSESSIVES.has(t.value[k]!.toLowerCase())) {
      recipient = here;
      k = Math.min(...here.map((a) => a.first));
      continue;
    }
    if (t.pos[k] === 'VERB' && !t.value[k]!.includes('-')) return c.forms(k).some((f) => SUPPORT_VERBS.has(f)) ? { verb: k, recipient } : null;
    // "carried out an air strike", "stepped up its offensive".
    if (t.pos[k] === 'ADP' && (t.value[k] === 'out' || t.value[k] === 'up') && t.pos[k - 1] === 'VERB') continue;
    // "gave Peru 3 million dollars of aid": an amount and its "of" stand between.
    const amount = c.actors.isAmount(k) || (t.value[k] === 'of' && c.actors.isAmount(k - 1));
    if (!amount && !['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'CCONJ'].includes(t.pos[k]!) && !t.value[k]!.includes('-') && t.value[k] !== ',') return null;
    if (noun - k > 4 && !recipient.length) return null;
  }
  return null;
}
