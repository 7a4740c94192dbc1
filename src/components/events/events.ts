// The events component: CAMEO-coded events from verb and noun patterns over shallow clauses,
// with source and target actors, negation and modality, date, place, rule and confidence.
import type { Doc } from '../../doc/doc.js';
import { defaultEventLexicon, patternLength, type EventLexicon, type EventPattern } from '../../lexicon/event-lexicon.js';
import type { RecordEvent } from '../../record/types.js';
import { defineComponent, type Component } from '../component.js';
import { ActorIndex, type ActorMention } from './actor-index.js';
import { subjectOf, verbGroup, type Modality, type VerbGroup } from './clause.js';
import { docContext, isConditional, isReported, type DocContext } from './context.js';
import { buildEvents, type Coded } from './build-events.js';
import { coordinatedRight, matchPatterns, POSSESSIVES, type Forms, type PatternMatch } from './match-pattern.js';
import { nounSource, passiveAgent, subjectPhrase } from './noun-source.js';
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

interface Coder {
  doc: Doc;
  lex: EventLexicon;
  actors: ActorIndex;
  ctx: DocContext;
  forms: Forms;
}

/** Every coded event candidate of the document, sentence by sentence. */
export function codeDoc(doc: Doc, lex: EventLexicon): Coded[] {
  const cache = new Map<number, string[]>();
  const t = doc.tokens;
  const forms: Forms = (i) => {
    let f = cache.get(i);
    if (!f) cache.set(i, (f = i < doc.size ? wordForms(t.value[i]!, t.lemma[i]!) : []));
    return f;
  };
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

/** The patterns of every base form of the token, longest first ("left": LEAVE and LEFT). */
function headPatterns(c: Coder, index: Map<string, EventPattern[]>, i: number): EventPattern[] | null {
  let found: EventPattern[] | null = null;
  let merged = false;
  for (const f of c.forms(i)) {
    const list = index.get(f);
    if (!list || list === found) continue;
    if (!found) found = list;
    else {
      found = [...found, ...list];
      merged = true;
    }
  }
  if (merged) found!.sort((a, b) => patternLength(b) - patternLength(a));
  return found;
}

/** What the declarations of a sentence look up, gathered in one pass over its events. */
interface SentenceFacts {
  /** Speakers of its speech verbs: entity ids and country codes, by the trigger of the verb. */
  speakers: Array<{ trigger: number; keys: Set<string> }>;
  /** Triggers of its intent events (03x). */
  intents: Set<number>;
}

const speakerKey = (a: ActorMention): string[] => (a.code ? [a.entity.id, a.code.slice(0, 3)] : [a.entity.id]);

function sentenceFacts(c: Coder, sentence: number, events: readonly Coded[]): SentenceFacts {
  const speech = new Set(c.ctx.speech.get(sentence) ?? []);
  const facts: SentenceFacts = { speakers: [], intents: new Set() };
  for (const e of events) {
    // A verb's root default ("promised", coded 030 for want of a pattern) leaves the declaration to the act.
    if (e.pattern.code.startsWith('03') && !e.pattern.id.endsWith(':root')) facts.intents.add(e.trigger);
    if (speech.has(e.trigger)) facts.speakers.push({ trigger: e.trigger, keys: new Set(e.sources.flatMap(speakerKey)) });
  }
  return facts;
}

/**
 * "Peru will meet Bolivia": CAMEO codes the declaration itself (036, express intent to meet);
 * "threatened to strike" a threat (138), "refused to meet" a rejection (125). The act stays
 * as its own (future or negated) event; the declaration is asserted, from the same trigger.
 */
function declare(c: Coder, act: Coded, declared: VerbGroup['declared'], threatening: boolean, facts: SentenceFacts): Coded | null {
  if (!c.lex.intents || act.modality === 'hypothetical') return null;
  // "Putin said Russia will not lift the ban" (or "would not", reported speech's "will"): the
  // statement is the declaration when its speaker is the one who declares.
  const ownWords = act.reported && sameSpeaker(act, facts);
  if (act.reported && !ownWords) return null;
  const backshift = ownWords && act.cues.some((w) => w === 'would' || w === "'d");
  const kind = declared ?? (backshift ? (act.negated ? 'refusal' : 'intent') : null);
  if (!kind) return null;
  // "agreed to resign": the committing verb already coded the intent (030).
  if (kind === 'intent' && [1, 2, 3].some((d) => facts.intents.has(act.trigger - d))) return null;
  const root = act.pattern.code.slice(0, 2);
  // Force declared by "offered", "agreed", "is willing" … is no threat ("will", "wants", "vowed" … make
  // one): troops offered are intent to give military aid, where the table says so.
  const row = c.lex.intents.get(root);
  const offered = kind === 'intent' && Number(root) >= 14 && !threatening && !backshift;
  if (offered && !row?.offer) return null;
  // An act that is itself an intent ("willing to offer aid", 033) declares just that.
  const code = offered ? row!.offer : kind === 'intent' ? (root === '03' ? act.pattern.code : row?.intent) : row?.refusal;
  if (!code) return null;
  const name = c.lex.codes.get(code)?.name ?? code;
  const pattern: EventPattern = { ...act.pattern, code, id: `${act.pattern.id}+${kind}`, text: `${name}: ${act.pattern.text}` };
  delete pattern.reverse;
  // In the speaker's own words the declaration is what the statement says: it outranks the "said".
  return { ...act, pattern, modality: 'asserted', negated: false, confidence: ownWords ? Math.max(act.confidence, 0.7) : act.confidence - 0.05 };
}

/**
 * A speech verb of act's sentence ("Iran said it would ...", "..., Netanyahu's office said")
 * has a source that is, or is of the country of, one of act's sources.
 */
function sameSpeaker(act: Coded, facts: SentenceFacts): boolean {
  const keys = act.sources.flatMap(speakerKey);
  // Speech verbs are few per sentence; a long sentence of many speech verbs is bounded here.
  return facts.speakers.slice(0, 8).some((sp) => sp.trigger !== act.trigger && keys.some((k) => sp.keys.has(k)));
}

function codeVerb(
  c: Coder, i: number, sentence: number, first: number, limit: number, patterns: EventPattern[] | null, lastSubject: ActorMention[],
): { subject: ActorMention[]; coded: Coded | null; declared?: VerbGroup['declared']; threatening?: boolean; fallback?: boolean } {
  const t = c.doc.tokens;
  const group = verbGroup(c.doc, i, first);
  // "forces backed by Russian jets": a participle after its noun with "by" is a passive without "be".
  const reduced = !group.passive && group.start === i && t.value[i + 1]?.toLowerCase() === 'by' && (/ed$/.test(t.value[i]!) || isIrregularPast(t.value[i]!)) &&
    i > first && (t.pos[i - 1] === 'NOUN' || t.pos[i - 1] === 'PROPN');
  if (reduced) group.passive = true;
  let subject = subjectOf(c.doc, c.actors, group.start, first);
  const before = t.value[group.start - 1]?.toLowerCase();
  const borrowed = subject.length === 0 && (before === 'and' || before === 'but' || (before === ',' && /ing$/.test(t.value[group.start]!)));
  if (borrowed) subject = lastSubject;
  // "took up an offer to meet with Peru": an infinitive takes the subject of its clause.
  const infinitive = subject.length === 0 && t.value[group.start]?.toLowerCase() === 'to' && lastSubject.length > 0;
  if (infinitive) subject = lastSubject;
  if (!patterns || (subject.length === 0 && !group.passive)) return { subject, coded: null };
  if (/s$/.test(t.value[i]!) && undone(c, i, first, limit, true)) return { subject, coded: null };
  let match = matchPatterns(c.doc, c.actors, i, patterns, c.forms, group.passive, limit, first, subject.length) ?? defaultMatch(c, i, patterns, limit);
  // "Chile said it must cut spending": a slot filled by the subject itself asks nothing of
  // anyone; the verb's patterns without a slot code it instead.
  if (match && !group.passive && match.targets.length && match.targets.every((a) => subject.some((s) => s.entity === a.entity))) {
    const slotless = patterns.filter((p) => !p.words.includes('~T'));
    match = slotless.length ? matchPatterns(c.doc, c.actors, i, slotless, c.forms, false, limit, first, subject.length) : null;
  }
  if (!match) return { subject, coded: null };
  // "fighting the epidemic", "combat poverty": force against a plague or a social ill is no event.
  if (!match.targets.length && match.phrase && /^(1[789]|20)/.test(match.pattern.code) && ABSTRACT_FOES.has(t.lemma[match.phrase[1]]!.toLowerCase())) {
    return { subject, coded: null };
  }
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
  const found = !group.passive && !compound && targets.length === 0 && !match.pattern.code.startsWith('01') ? clauseTarget(c, match.end + 1, limit, sources) : null;
  const later = found && !(joint && found.viaInfinitive) ? found.targets : null;
  if (later) targets = later;
  const reciprocal = joint && !later;
  let phrase = group.passive ? (subject.length ? undefined : subjectPhrase(c.doc, group.start, first)) : match.phrase;
  // "Two seized Danish trawlers were freed": the demonym of the passive subject is the target.
  if (group.passive && !subject.length && phrase && !reversed) {
    const owner = demonymIn(c, phrase);
    if (owner) {
      targets = [owner];
      phrase = undefined;
    }
  }
  const clauseStart = Math.min(group.start, ...sources.map((a) => a.first), ...targets.map((a) => a.first));
  let modality: Modality = group.modality;
  if (isConditional(c.ctx, sentence, group.start)) modality = 'hypothetical';
  if (modality === 'asserted' && isControlled(c.doc, group.start, sources)) modality = 'hypothetical';
  if (modality === 'asserted' && infinitive) modality = 'future';
  const reported = isReported(c.ctx, sentence, clauseStart, i, match.end);
  if (modality === 'asserted' && reported) modality = 'reported';
  // A reduced relative describes its noun; the clause's own verb is the news.
  const confidence = 0.85 - (reduced ? 0.25 : 0) - (match.targets.length || group.passive ? 0 : later ? 0.1 : 0.15) - (borrowed || infinitive ? 0.15 : 0) -
    (sources.some((a) => a.kind === 'pronoun') ? 0.1 : 0) - (match.fallback ? 0.2 : 0) - (match.pattern.code.startsWith('01') ? 0.1 : 0);
  return {
    subject,
    declared: group.declared,
    threatening: group.threatening,
    fallback: match.fallback ?? false,
    coded: {
      sentence, trigger: i, end: match.end, pattern: match.pattern, sources, targets, phrase: later ? undefined : phrase, negated: group.negated && !negatingPattern(match.pattern), modality, confidence,
      cues: group.cues, ...(reciprocal ? { reciprocal } : {}), ...(reported ? { reported } : {}),
    },
  };
}

/** A pattern that names the negation itself ("did n't * over efforts" → its own code) codes the negated act. */
const negatingPattern = (p: EventPattern): boolean => !!p.before?.some((w) => NEGATION_WORDS.has(w));
const NEGATION_WORDS = new Set(['not', "n't", 'never', 'no']);

/** Words that end the clause of a verb for the target search: another clause begins. */
const CLAUSE_END = new Set([';', ':', '—', '(', 'after', 'before', 'while', 'when', 'because', 'although', 'though', 'since', 'until', 'unless', 'if', 'as', 'who', 'which', 'whom', 'where', 'but']);
const TARGET_REACH = 16;

/**
 * The first actor (with those coordinated with it) after the pattern in the verb's clause:
 * across objects and prepositional phrases, and into a that-clause or an infinitive, up to a
 * comma, another finite verb or a clause opener. A city after a place preposition says where,
 * not whom, and is passed over.
 */
function clauseTarget(c: Coder, from: number, limit: number, sources: ActorMention[]): { targets: ActorMention[]; viaInfinitive: boolean } | null {
  const t = c.doc.tokens;
  const own = new Set(sources.map((a) => a.entity.id));
  let viaInfinitive = false;
  for (let k = from; k <= limit && k - from < TARGET_REACH; k++) {
    const w = t.value[k]!.toLowerCase();
    if (w === ',' || CLAUSE_END.has(w)) return null;
    if (t.pos[k] === 'VERB' && t.value[k - 1]?.toLowerCase() === 'to') viaInfinitive = true;
    // "the roads leading into Peru", "memos sent by Chile": a participle after its noun starts no clause.
    const reducedRelative = t.pos[k - 1] === 'NOUN' && (/(ed|ing)$/.test(w) || isIrregularPast(w));
    if (t.pos[k] === 'VERB' && t.value[k - 1]?.toLowerCase() !== 'to' && !reducedRelative && !adjectival(c, k)) return null;
    if (c.actors.isDate(k)) continue;
    const here = c.actors.startingAt(k).filter((a) => !own.has(a.entity.id) && !a.hardware && !(a.kind === 'pronoun' && POSSESSIVES.has(w)));
    if (!here.length) continue;
    const place = here.every((a) => a.entity.lat != null) && PLACE_WORDS.has(t.value[k - 1]?.toLowerCase() ?? '');
    if (place) continue;
    const found = coordinatedRight(c.doc, c.actors, here, limit);
    // "said Russia attacked", "hoped Japan's aid would come": an actor in the subject of the next clause is not the target.
    let after = Math.max(...found.map((a) => a.last)) + 1;
    for (let n = 0; n < 4 && (t.value[after] === "'s" || ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(t.pos[after]!)); n++) after++;
    return t.pos[after] === 'VERB' || t.pos[after] === 'AUX' ? null : { targets: found, viaInfinitive };
  }
  return null;
}

const PLACE_WORDS = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'along', 'into', 'within', 'throughout', 'from', 'to']);
const JOINT_WORDS = new Set(['joint', 'bilateral', 'mutual', 'each', 'one', 'their']);
// "their meeting", "their ties": what two parties share; "their populations" is not.
const SHARED_NOUNS = new Set(['meeting', 'meetings', 'talks', 'ties', 'relations', 'summit', 'agreement', 'accord', 'cooperation', 'partnership', 'friendship', 'dispute', 'differences', 'alliance', 'negotiations', 'dialogue', 'exercises', 'trade']);

/**
 * A joint act of coordinated subjects: a meeting, talks, ties or an agreement between them
 * (CAMEO 030, roots 04–06), or any act on "joint" / "bilateral" things or on "their" talks, ties ….
 */
function isJoint(c: Coder, trigger: number, end: number, limit: number, code: string): boolean {
  if (code === '030' || /^0[456]/.test(code)) return true;
  const t = c.doc.tokens;
  for (let k = trigger + 1; k <= Math.min(limit, end + 3); k++) {
    const w = t.value[k]!.toLowerCase();
    const next = t.value[k + 1]?.toLowerCase() ?? '';
    if (!JOINT_WORDS.has(w) || (w === 'each' && next !== 'other') || (w === 'one' && next !== 'another')) continue;
    if (w !== 'their' || SHARED_NOUNS.has(next) || SHARED_NOUNS.has(t.value[k + 2]?.toLowerCase() ?? '')) return true;
  }
  return false;
}

/** `joined`: the patterns of a split hyphenated head ("cease" "-" "fire"); matching goes on after it. */
function codeNoun(c: Coder, i: number, sentence: number, first: number, limit: number, joined?: { patterns: EventPattern[] }): Coded | null {
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
  if (!found.targets.length && found.phrase && /^(1[789]|20)/.test(found.pattern.code) && ABSTRACT_FOES.has(c.doc.tokens.lemma[found.phrase[1]]!.toLowerCase())) return null;
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
function undone(c: Coder, i: number, first: number, limit: number, after = false): boolean {
  const t = c.doc.tokens;
  for (let k = i - 1; k >= first && i - k <= 6 && !after; k--) {
    // "called off the strike" takes it back; "called for a strike" does not.
    if (c.forms(k).some((f) => UNDOING.has(f)) && (t.pos[k] === 'VERB' || t.pos[k] === 'NOUN')) return !c.forms(k).includes('call') || t.value[k + 1]?.toLowerCase() === 'off';
    if (!['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'PART'].includes(t.pos[k]!) && t.value[k] !== 'of' && t.value[k] !== "'s" && !c.actors.covering(k).length) break;
  }
  for (let k = i + 1; k < limit && k - i <= 8; k++) {
    if (t.pos[k] === 'AUX' && t.lemma[k] === 'be' && c.forms(k + 1).some((f) => UNDOING.has(f))) return true;
    if (t.pos[k] === 'VERB' || t.value[k] === ',') break;
  }
  return false;
}

/** Noun patterns of a hyphenated word that the tokenizer split ("cease" "-" "fire"). */
function hyphenHead(c: Coder, i: number, limit: number): { patterns: EventPattern[] } | null {
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

function demonymIn(c: Coder, [a, b]: [number, number]): ActorMention | undefined {
  for (let k = a; k <= b; k++) {
    const d = c.actors.demonymAt(k);
    if (d) return d;
  }
  return undefined;
}

const ABSTRACT_FOES = new Set([
  'epidemic', 'pandemic', 'disease', 'virus', 'outbreak', 'cholera', 'ebola', 'malaria', 'polio', 'aids', 'hiv', 'cancer', 'poverty',
  'hunger', 'famine', 'malnutrition', 'corruption', 'inflation', 'unemployment', 'drought', 'fire', 'wildfire', 'blaze', 'flood',
  'flame', 'cause', 'climate', 'change', 'illiteracy', 'crime', 'drug', 'trafficking', 'smuggling', 'fraud', 'misinformation',
  'disinformation', 'extremism', 'radicalization', 'racism', 'discrimination', 'inequality', 'impunity', 'erosion', 'pollution',
]);

/** "20 kidnapped students", "the armed forces": a participle between a determiner or number and its noun, or inside an actor's name, modifies it. */
function adjectival(c: Coder, i: number): boolean {
  const t = c.doc.tokens;
  // Inside an actor's own name ("British armed forces") a verb form is no predicate.
  if (c.actors.covering(i).length) return true;
  if (!/(ed|en)$/.test(t.value[i]!) && !isIrregularPast(t.value[i]!)) return false;
  // "the affected Ithilen villages", "against besieged Osgiliath": after an article or a
  // preposition even an actor's name may follow.
  if ((t.pos[i - 1] === 'DET' || t.pos[i - 1] === 'ADP') && (t.pos[i + 1] === 'NOUN' || t.pos[i + 1] === 'PROPN')) return true;
  return (t.pos[i + 1] === 'NOUN' || (t.pos[i + 1] === 'PROPN' && !c.actors.covering(i + 1).length)) &&
    (['DET', 'NUM', 'ADJ'].includes(t.pos[i - 1] ?? '') || t.value[i - 1] === "'s" || c.actors.isAmount(i - 1));
}

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
    const here = c.actors.covering(k).filter((a) => !a.hardware && (a.kind !== 'pronoun' || !/^(their|its|his|her)$/i.test(t.value[k]!)));
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
