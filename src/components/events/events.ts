// The events component: CAMEO-coded events from verb and noun patterns over shallow clauses,
// with source and target actors, negation and modality, date, place, rule and confidence.
import type { Doc } from '../../doc/doc.js';
import { defaultEventLexicon, type EventLexicon, type EventPattern } from '../../lexicon/event-lexicon.js';
import { defineComponent, type Component } from '../component.js';
import { ActorIndex, type ActorMention } from './actor-index.js';
import { buildEvents, type Coded } from './build-events.js';
import { describesObject, subjectOf, verbGroup, type Modality, type VerbGroup } from './clause.js';
import { adjectival, againstPlague, CLAUSE_END, demonymIn, headPatterns, type Coder } from './coder.js';
import { docContext, isConditional, isDenied, isReported } from './context.js';
import { declare, sentenceFacts } from './declare.js';
import { matchPatterns, patternVocabulary, POSSESSIVES, targetsAt, type Forms, type PatternMatch } from './match-pattern.js';
import { passiveAgent, subjectPhrase } from './noun-source.js';
import { codeNoun, hyphenHead, undone } from './noun-events.js';
import { clauseTarget, isJoint } from './targets.js';
import { isIrregularPast, wordForms } from './word-forms.js';

const WINDOW = 25;

export function eventsComponent(opts: { lexicon?: EventLexicon } = {}): Component {
  const lex = opts.lexicon ?? defaultEventLexicon();
  return defineComponent({
    name: 'events',
    requires: ['tokens', 'sentences', 'pos', 'entities', 'dates', 'amounts'],
    assigns: ['events'],
    run(doc) {
      doc.set('events', buildEvents(doc, lex, codeDoc(doc, lex)));
    },
  });
}

/** Every coded event candidate of the document, sentence by sentence. */
export function codeDoc(doc: Doc, lex: EventLexicon): Coded[] {
  const t = doc.tokens;
  const cache: Array<string[] | undefined> = new Array(doc.size);
  const forms: Forms = (i) => (i >= 0 && i < doc.size ? (cache[i] ??= wordForms(t.value[i]!, t.lemma[i]!)) : []);
  forms.vocabulary = patternVocabulary(lex);
  const c: Coder = { doc, lex, actors: new ActorIndex(doc), ctx: docContext(doc), forms };
  const out: Coded[] = [];
  for (const s of doc.sentences) {
    let lastSubject: ActorMention[] = [];
    const sentenceStart = out.length;
    const declared: Array<[Coded, VerbGroup['declared'], boolean]> = [];
    for (let i = s.first; i <= s.last; i++) {
      const verbs = headPatterns(c, lex.verbs, i);
      const pos = t.pos[i]!;
      // "their talks": after a possessive determiner a word is a noun whatever its tag.
      const afterPossessive = i > s.first && POSSESSIVES.has(t.value[i - 1]!.toLowerCase());
      const hyphenated = hyphenHead(c, i, s.last);
      if (hyphenated) {
        const coded = codeNoun(c, i, s.i, s.first, Math.min(s.last, i + WINDOW), hyphenated);
        if (coded) out.push(coded);
        i += 2;
      } else if ((pos === 'VERB' && !afterPossessive && !adjectival(c, i)) || (verbs && !afterPossessive && actsAsVerb(c, i))) {
        const r = codeVerb(c, i, s.i, s.first, Math.min(s.last, i + WINDOW), verbs, lastSubject);
        // ", officials said, killing ...": an attribution's speaker is no subject to borrow.
        if (r.subject.length && !c.ctx.attribution[i]) lastSubject = r.subject;
        if (r.coded) {
          out.push(r.coded);
          declared.push([r.coded, r.declared ?? null, r.threatening ?? false]);
          // "agreed to release the hostages" is one event: the inner verb is part of the pattern.
          // A verb coded without its pattern ("promised to send tanks") leaves the inner verb to be coded.
          if (!r.fallback) i = Math.max(i, r.coded.end);
        }
      } else if ((pos === 'NOUN' || pos === 'PROPN') && !c.actors.covering(i).length) {
        // A noun inside an actor's own name ("riot police") names no event.
        const coded = codeNoun(c, i, s.i, s.first, Math.min(s.last, i + WINDOW));
        if (coded) out.push(coded);
      }
    }
    // Declarations are judged once the sentence's speech verbs are all coded ("..., Iran said").
    if (declared.length) {
      const facts = sentenceFacts(c, s.i, out.slice(sentenceStart));
      for (const [act, kind, threatening] of declared) {
        const declaration = declare(c, act, kind, threatening, facts);
        // "willing to offer aid": an act that is an intent is the declaration itself, asserted.
        if (declaration && declaration.pattern.code === act.pattern.code) Object.assign(act, { modality: 'asserted', confidence: declaration.confidence });
        else if (declaration) out.push(declaration);
      }
    }
  }
  return out;
}

function codeVerb(
  c: Coder, i: number, sentence: number, first: number, limit: number, patterns: EventPattern[] | null, lastSubject: ActorMention[],
): { subject: ActorMention[]; coded: Coded | null; declared?: VerbGroup['declared']; threatening?: boolean; fallback?: boolean } {
  const t = c.doc.tokens;
  const group = verbGroup(c.doc, i, first);
  if (group.start === i && describesObject(c.doc, c.actors, i, first)) return { subject: [], coded: null };
  const { subject, borrowed, infinitive } = clauseSubject(c, group.start, first, lastSubject);
  if (!patterns || (subject.length === 0 && !group.passive)) return { subject, coded: null };
  if (/s$/.test(t.value[i]!) && undone(c, i, first, limit, true)) return { subject, coded: null };
  const match = verbMatch(c, i, patterns, group.passive, subject, limit, first);
  if (!match) return { subject, coded: null };
  // "The offer was rejected by Peru": the agent is the source, the subject the target; so too
  // in a reversed dictionary pattern ("+ WAS * DEAD IN $"), with the source in its slot.
  const reversed = match.pattern.reversed === true;
  const sources = reversed ? match.targets : group.passive ? passiveAgent(c.doc, c.actors, match.end + 1, limit) : subject;
  let targets = group.passive || reversed ? subject : match.targets;
  if (reversed && targets.length === 0) return { subject, coded: null };
  if (sources.length === 0) return { subject, coded: null };
  // "Gondor and Osgiliath delayed their meeting": joint subjects of a joint act are each other's targets.
  const compound = match.pattern.compound === 'source';
  const joint = compound || (!group.passive && targets.length === 0 && sources.length > 1 && isJoint(c, i, match.end, limit, match.pattern.code));
  // "appealed for peace in Ithilen": with no actor in the pattern's slot, the first actor
  // later in the verb's own clause is the target, as PETRARCH reads the verb phrase. A
  // statement (01) is not aimed at the actors of what it says; an actor found only inside a
  // following infinitive ("signed a pact to give police access") gives way to joint subjects.
  const found = !group.passive && !compound && targets.length === 0 && !match.pattern.code.startsWith('01') ? clauseTarget(c, match.end + 1, limit, sources, match.pattern.peer) : null;
  const later = found && !(joint && found.viaInfinitive) ? found.targets : null;
  if (later) targets = later;
  const reciprocal = joint && !later;
  let phrase = group.passive ? (subject.length ? undefined : subjectPhrase(c.doc, group.start, first)) : match.phrase;
  // "Two seized Danish trawlers were freed": the demonym of the passive subject is the target;
  // so is the demonym of an object that names no actor ("rejected a Peruvian offer",
  // "threatened to shell Peruvian towns").
  if (((group.passive && !subject.length) || (!group.passive && !targets.length)) && phrase && !reversed) {
    const owner = demonymIn(c, phrase);
    if (owner) {
      targets = [owner];
      phrase = undefined;
    }
  }
  // "rejected a Bolivian peace plan": a demonym inside the pattern's own words owns what they name.
  if (!group.passive && !reversed && !targets.length && !phrase && match.end > i) {
    const owner = demonymIn(c, [i + 1, match.end]);
    if (owner && !sources.some((a) => a.country === owner.country)) targets = [owner];
  }
  const clauseStart = Math.min(group.start, ...sources.map((a) => a.first), ...targets.map((a) => a.first));
  const reported = isReported(c.ctx, sentence, clauseStart, i, match.end);
  // "denied that it had attacked": the act is said not to have happened.
  // "Neither Chile nor Peru signed": the coordination denies the act of each.
  const neither = subject.length > 0 && t.value[Math.min(...subject.map((a) => a.first)) - 1]?.toLowerCase() === 'neither';
  const denied = isDenied(c.ctx, sentence, clauseStart);
  const modality = modalityOf(c, sentence, group, sources, infinitive, reported);
  // A reduced relative describes its noun; the clause's own verb is the news.
  const confidence = 0.85 - (group.reduced ? 0.25 : 0) - (match.targets.length || group.passive ? 0 : later ? 0.1 : 0.15) - (borrowed || infinitive ? 0.15 : 0) -
    (sources.some((a) => a.kind === 'pronoun') ? 0.1 : 0) - (match.fallback ? 0.2 : 0) - (match.pattern.code.startsWith('01') ? 0.1 : 0);
  return {
    subject,
    declared: group.declared,
    threatening: group.threatening,
    fallback: match.fallback ?? false,
    coded: {
      sentence, trigger: i, end: match.end, pattern: match.pattern, sources, targets, phrase: later ? undefined : phrase, negated: ((group.negated || neither) && !negatingPattern(match.pattern)) || denied, modality, confidence,
      cues: group.cues, ...(reciprocal ? { reciprocal } : {}), ...(reported ? { reported } : {}),
    },
  };
}

/**
 * The subject of the verb group starting at `groupStart`; with none, the subject before it is
 * borrowed after "and", "but" and ", -ing" ("... and promised aid"), and by an infinitive
 * ("took up an offer to meet with Peru").
 */
function clauseSubject(c: Coder, groupStart: number, first: number, lastSubject: ActorMention[]): { subject: ActorMention[]; borrowed: boolean; infinitive: boolean } {
  const t = c.doc.tokens;
  const own = subjectOf(c.doc, c.actors, groupStart, first);
  if (own.length) return { subject: own, borrowed: false, infinitive: false };
  const before = t.value[groupStart - 1]?.toLowerCase();
  const borrowed = before === 'and' || before === 'but' || (before === ',' && /ing$/.test(t.value[groupStart]!));
  const infinitive = !borrowed && t.value[groupStart]?.toLowerCase() === 'to' && lastSubject.length > 0;
  return { subject: borrowed || infinitive ? lastSubject : own, borrowed, infinitive };
}

/** The verb's longest matching pattern, else its plain or root pattern, or null when the act is no event. */
function verbMatch(c: Coder, i: number, patterns: EventPattern[], passive: boolean, subject: ActorMention[], limit: number, first: number): PatternMatch | null {
  let match = matchPatterns(c.doc, c.actors, i, patterns, c.forms, passive, limit, first, subject.length) ?? defaultMatch(c, i, patterns, limit);
  // "Chile said it must cut spending": a slot filled by the subject itself asks nothing of
  // anyone; the verb's patterns without a slot code it instead.
  if (match && !passive && match.targets.length && match.targets.every((a) => subject.some((s) => s.entity === a.entity))) {
    const slotless = patterns.filter((p) => !p.words.includes('~T'));
    match = slotless.length ? matchPatterns(c.doc, c.actors, i, slotless, c.forms, false, limit, first, subject.length) : null;
  }
  return match && !againstPlague(c, match) ? match : null;
}

/** Conditions and control make an act hypothetical, a borrowed infinitive future, speech around it reported. */
function modalityOf(c: Coder, sentence: number, group: VerbGroup, sources: ActorMention[], infinitive: boolean, reported: boolean): Modality {
  let modality: Modality = group.modality;
  if (isConditional(c.ctx, sentence, group.start)) modality = 'hypothetical';
  if (modality === 'asserted' && isControlled(c.doc, group.start, sources)) modality = 'hypothetical';
  if (modality === 'asserted' && infinitive) modality = 'future';
  return modality === 'asserted' && reported ? 'reported' : modality;
}

/** A pattern that names the negation itself ("did n't * over efforts" → its own code) codes the negated act. */
const negatingPattern = (p: EventPattern): boolean => !!p.before?.some((w) => NEGATION_WORDS.has(w));
const NEGATION_WORDS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);

/**
 * wink tags some news verbs as nouns or adjectives ("Moscow presses", "Egypt mediated"): such
 * a word is a verb when an actor or an auxiliary stands right before it.
 */
function actsAsVerb(c: Coder, i: number): boolean {
  const t = c.doc.tokens;
  const pos = t.pos[i]!;
  if ((pos !== 'NOUN' && pos !== 'ADJ') || c.actors.covering(i).length) return false;
  // "the Gulf state by ...": only an inflected form ("presses", "mediated") reads as a verb.
  // "warplanes are striking": a progressive form after "be" reads as a verb too.
  // "Peru and Chile welcome a resumption": a bare form between an actor and a determiner reads as a verb.
  const bare = t.pos[i + 1] === 'DET' && c.actors.covering(i - 1).length > 0;
  if (!bare && !/(s|ed)$/.test(t.value[i]!) && !isIrregularPast(t.value[i]!) && !(/ing$/.test(t.value[i]!) && t.pos[i - 1] === 'AUX')) return false;
  // "government forces shelled the town": a noun right before a verb is its subject.
  if (t.pos[i + 1] === 'VERB' || t.pos[i + 1] === 'AUX') return false;
  // "Chilean troops on Sunday detained": a date phrase may stand between subject and verb.
  let prev = i - 1;
  while (prev >= 0 && c.actors.isDate(prev)) prev--;
  if (prev < i - 1 && t.pos[prev] === 'ADP') prev--;
  if (prev < 0) return false;
  if (t.pos[prev] === 'AUX' || t.value[prev]!.toLowerCase() === 'to') return true;
  return c.actors.covering(prev).length > 0 && !(t.pos[i + 1] === 'ADP' && t.value[i + 1] === 'of');
}

/** "Obama wants Putin to attack": an infinitive whose subject is another verb's object is wished, not done. */
function isControlled(doc: Doc, groupStart: number, sources: ActorMention[]): boolean {
  const t = doc.tokens;
  if (t.value[groupStart]?.toLowerCase() !== 'to' || sources.length === 0) return false;
  let k = Math.min(...sources.map((a) => a.first)) - 1;
  while (k >= 0 && (t.pos[k] === 'DET' || t.pos[k] === 'ADJ')) k--;
  return k >= 0 && (t.pos[k] === 'VERB' || t.pos[k] === 'NOUN' || t.pos[k] === 'ADP');
}

/**
 * When no pattern of a verb matches, its plain "VERB ~T" pattern still codes the clause, with
 * the first actor after the verb as target (lower confidence: the complement was not read).
 */
function defaultMatch(c: Coder, i: number, patterns: EventPattern[], limit: number): PatternMatch | null {
  const plain = patterns.find((p) => p.words.length === 2 && p.words[1] === '~T' && !p.before) ?? rootPattern(c, patterns, i);
  if (!plain) return null;
  const t = c.doc.tokens;
  for (let k = i + 1; k <= limit && k - i <= 8; k++) {
    if (t.pos[k] === 'VERB' || t.value[k] === ',' || CLAUSE_END.has(t.value[k]!.toLowerCase())) break;
    const here = targetsAt(c.doc, c.actors, k);
    if (here.length) return { pattern: plain, end: Math.max(...here.map((a) => a.last)), targets: here, fallback: true };
  }
  return { pattern: plain, end: i, targets: [], fallback: true };
}

/**
 * A verb whose every pattern falls under one CAMEO root ("pledge ... to" is always 03) codes
 * that root's general code when none of its patterns matches. Memoised per pattern list.
 */
const rootDefaults = new WeakMap<EventPattern[], EventPattern | null>();
const LIGHT_VERBS = new Set(['begin', 'start', 'launch', 'hold', 'make', 'take', 'give', 'have', 'get', 'carry', 'put', 'set', 'go', 'come', 'continue', 'stage', 'conduct', 'do', 'keep', 'bring', 'work', 'sit', 'site', 'open', 'run', 'call', 'see', 'show', 'move', 'turn', 'hit', 'step', 'press', 'seek', 'play', 'attempt', 'try', 'renew', 'reach', 'resume', 'announce', 'declare', 'order', 'impose', 'look']);

function rootPattern(c: Coder, patterns: EventPattern[], i: number): EventPattern | null {
  // A light verb ("began joint exercises", "held a rally") means what its object says.
  if (LIGHT_VERBS.has(patterns[0]!.words[0]!) || c.doc.tokens.pos[i] !== 'VERB') return null;
  if (rootDefaults.has(patterns)) return rootDefaults.get(patterns)!;
  const roots = new Set(patterns.map((p) => p.code.slice(0, 2)));
  const root = roots.size === 1 ? [...roots][0]! : null;
  const general = root ? `${root}0` : null;
  const head = patterns[0]!.words[0]!;
  const made = general && c.lex.codes.has(general)
    ? { code: general, words: [head, '~T'], kind: 'verb' as const, id: `${patterns[0]!.id.split(':')[0]}:root`, text: `${head} … (root ${root})` }
    : null;
  rootDefaults.set(patterns, made);
  return made;
}
