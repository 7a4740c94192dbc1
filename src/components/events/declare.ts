// Declared acts: CAMEO codes "will meet" as an intent (036), "vowed to attack" as a threat
// (138), "refused to meet" as a rejection (125), from cameo-intent.tsv.
import type { EventPattern } from '../../lexicon/event-lexicon.js';
import type { ActorMention } from './actor-index.js';
import type { Coded } from './build-events.js';
import type { VerbGroup } from './clause.js';
import type { Coder } from './coder.js';

/** What the declarations of a sentence look up, gathered in one pass over its events. */
export interface SentenceFacts {
  /** Speakers of its speech verbs: entity ids and country codes, by the trigger of the verb. */
  speakers: Array<{ trigger: number; keys: Set<string> }>;
  /** Triggers of its intent events (03x). */
  intents: Set<number>;
}

const speakerKey = (a: ActorMention): string[] => (a.code ? [a.entity.id, a.code.slice(0, 3)] : [a.entity.id]);

export function sentenceFacts(c: Coder, sentence: number, events: readonly Coded[]): SentenceFacts {
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
export function declare(c: Coder, act: Coded, declared: VerbGroup['declared'], threatening: boolean, facts: SentenceFacts): Coded | null {
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
