// Whose an agent phrase is: the country, possessor or body before its head ("Ukraine's
// military", "NATO troops", "the Bush administration") or named after it ("the government of
// Ukraine", "officials of the Chinese foreign ministry"). Bounded looks around the head: linear.
import type { Doc } from '../../doc/doc.js';
import type { AgentCandidate, Prefixed } from './agent-phrases.js';
import type { NameCandidate } from './find-names.js';

const SKIPPABLE = new Set(['ADJ', 'ADV', 'NUM', 'VERB']);

// Heads that a leader's name before them makes that leader's state's.
const RULED = new Set(['administration', 'government', 'cabinet', 'regime', 'aides']);

/** Looks left over adjectives for a demonym, a country or a possessor ("Ukraine's"). */
export function modifierOf(
  doc: Doc, head: number, nameEndingAt: Map<number, NameCandidate>, prefixes: Map<number, Prefixed>,
): Pick<AgentCandidate, 'first' | 'country' | 'modifier' | 'body' | 'base'> {
  const t = doc.tokens;
  let k = head - 1;
  let steps = 0;
  // A participle is a modifier only after a possessive: "Ukraine's depleted military".
  // Nouns too: "Syrian government forces", "Iraqi security forces".
  // "grim and cruel minister": a conjunction after an adjective joins it to the next modifier,
  // which may be a word the tagger reads as a verb ("bold and cool minister").
  const joined = (j: number): boolean => t.pos[j] === 'CCONJ' && t.pos[j - 1] === 'ADJ';
  const skippable = (j: number): boolean =>
    (SKIPPABLE.has(t.pos[j]!) && (t.pos[j] !== 'VERB' || /^['’]s$/.test(t.value[j - 1] ?? '') || joined(j - 1))) ||
    (t.pos[j] === 'NOUN' && head - j <= 2) || (joined(j) && (t.pos[j + 1] === 'ADJ' || t.pos[j + 1] === 'VERB'));
  while (k >= 0 && steps < 3 && skippable(k) && !nameEndingAt.has(k)) {
    k--;
    steps++;
  }
  if (k >= 1 && doc.words[k] === "'s" && nameEndingAt.has(k - 1)) k--;
  let name = nameEndingAt.get(k);
  // "Chile's Alianza government": an unknown name between the possessor and the head.
  const unknownFirst = name && !name.entry ? name.first : !name && t.pos[k] === 'PROPN' && k < head ? k : -1;
  if (unknownFirst > 1 && doc.words[unknownFirst - 1] === "'s" && nameEndingAt.get(unknownFirst - 2)?.entry) name = nameEndingAt.get(unknownFirst - 2);
  // "the Bush administration", "Putin's government": a known person's state runs it; the
  // person stays a name of their own.
  if (name?.entry?.kind === 'person' && name.entry.country && RULED.has(t.value[head]!.toLowerCase())) return { first: name.first, country: name.entry.country, modifier: null };
  // "a Relief Agency Dania envoy": the agent before the name is part of the owner (NGODAN).
  const prefix = name ? prefixes.get(name.last) : undefined;
  if (name && prefix) return { first: prefix.first, country: name.entry?.country ?? null, modifier: name, base: prefix.code };
  if (name?.entry && name.entry.country && ['country', 'demonym', 'capital', 'region', 'metonym'].includes(name.entry.kind)) {
    return { first: name.first, country: name.entry.country, modifier: name, ...baseOf(name) };
  }
  // "Hezbollah fighters", "NATO troops": right before the role noun, a named group or body is who they are.
  // ("U.N. deputy spokesman": a rank or two in lower case may stand between.)
  if (name?.entry?.kind === 'igo' && name.entry.code && (name.last === head - 1 || lowerCaseRun(doc, name.last + 1, head - 1))) {
    return { first: name.first, country: name.entry.country, modifier: name, body: name.entry.code };
  }
  return { first: head, country: null, modifier: null };
}

/** One or two lower-case words from `a` to `b`: ranks such as "deputy", "chief". */
function lowerCaseRun(doc: Doc, a: number, b: number): boolean {
  if (b < a || b - a > 1) return false;
  for (let k = a; k <= b; k++) if (!/^[a-z-]+$/.test(doc.tokens.value[k]!)) return false;
  return true;
}

/** The demonyms or countries joined by "and" or commas right before `first` ("Hungarian and" Romanian). */
export function coordinatedModifiers(doc: Doc, first: number, nameEndingAt: Map<number, NameCandidate>): NameCandidate[] {
  const t = doc.tokens;
  const out: NameCandidate[] = [];
  let k = first - 1;
  while (k > 0 && out.length < 20 && (t.value[k]!.toLowerCase() === 'and' || t.value[k] === ',')) {
    const name = nameEndingAt.get(k - 1);
    if (!name?.entry?.country || !['country', 'demonym'].includes(name.entry.kind)) break;
    out.push(name);
    k = name.first - 1;
    if (t.value[k] === ',' && t.value[k - 1]?.toLowerCase() === 'and') k--;
  }
  return out;
}

const SPOKESPEOPLE = /^(spokes(man|woman|person|men|women|people)|envoys?|representatives?|negotiators?|advis[eo]rs?)$/i;

// Prepositions after which a country or body owns the agent before them.
const OWNER_PREPS = new Set(['of', 'from', 'in']);

/** A modifier's code when it is more than its country ("[GMWGOV]"): the agent's sector goes after it. */
export function baseOf(name: NameCandidate): { base?: string } {
  const code = name.entry?.code;
  return code && code.length > 3 && code !== name.entry!.country ? { base: code } : {};
}

/**
 * "the government of Ukraine", "soldiers from Gondor": a country named right after the head;
 * "activists of Tidewatch", "officials in the Palace": a body or institution whose members they are.
 */
export function ofActor(doc: Doc, last: number, nameStartingAt: Map<number, NameCandidate>): Pick<AgentCandidate, 'country' | 'last' | 'body' | 'base'> | null {
  const t = doc.tokens;
  // "rebel groups in Chad": nouns of the same phrase may stand before the preposition.
  let p = last + 1;
  while (p <= last + 2 && t.pos[p] === 'NOUN' && /^\p{Ll}/u.test(t.value[p]!)) p++;
  // "soldiers from Gondor", "activists in Arnor": coded with that country, as PETRARCH does.
  const prep = t.value[p]?.toLowerCase() ?? '';
  // "a spokesman for the ministry": a speaker for a body speaks as one of it.
  const speaksFor = prep === 'for' && SPOKESPEOPLE.test(t.value[last]!);
  if (!OWNER_PREPS.has(prep) && !speaksFor) return null;
  const name = nameStartingAt.get(p + 1) ?? (t.value[p + 1]?.toLowerCase() === 'the' ? nameStartingAt.get(p + 2) : undefined);
  const e = name?.entry;
  if (!name || !e) return null;
  if (e.country && ['country', 'capital'].includes(e.kind)) return { country: e.country, last: name.last };
  // "officials of the Chinese foreign ministry": a demonym's noun phrase names the owner.
  if (e.country && e.kind === 'demonym') {
    let end = name.last;
    while (end + 1 <= name.last + 3 && t.pos[end + 1] === 'ADJ') end++;
    if (t.pos[end + 1] !== 'NOUN') return null;
    while (end + 1 <= name.last + 4 && t.pos[end + 1] === 'NOUN') end++;
    return { country: e.country, last: end };
  }
  if (!e.code) return null;
  if (e.kind === 'igo') return { country: e.country, body: e.code, last: name.last };
  if (e.kind === 'metonym' && e.country) return { country: e.country, last: name.last, ...baseOf(name) };
  return null;
}
