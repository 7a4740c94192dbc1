// Agent phrases: role nouns that give an actor's sector ("troops", "the foreign ministry"),
// with the country that modifies them ("Russian forces" → RUSMIL, "Ukraine's military" →
// UKRMIL). Each token starts at most one look-up of at most three words: linear.
import type { Doc } from '../../doc/doc.js';
import { readTsv } from '../../lexicon/tsv.js';
import { DATA_DIR } from '../../lexicon/actor-lexicon.js';
import type { NameCandidate } from './find-names.js';

export interface AgentEntry {
  sector: string;
  plural: boolean;
  /** PETRARCH's `NGO~`: the code goes before its owner's ("a relief agency of Dania" → NGODAN). */
  before?: boolean;
}

export interface AgentCandidate {
  first: number;
  last: number;
  /** First token of the head phrase, after modifiers. */
  head: number;
  sector: string;
  country: string | null;
  plural: boolean;
  /** The name candidate absorbed as modifier ("Russian" in "Russian forces"), if any. */
  modifier: NameCandidate | null;
  /** A named group or international body before the role noun ("Hezbollah fighters", "NATO troops"): its code. */
  body?: string;
  /** The modifier's own code when it says more than its country (a dictionary's "West German" [GMWGOV]): the sector is added to it. */
  base?: string;
  /** Further countries the agent stands for ("deputies and officials in A and B": A's and B's deputies). */
  also?: string[];
  /** The sector goes before the owner's code (a dictionary's `NGO~`). */
  before?: boolean;
}

/** "Relief Agency Dania": a CODE~ agent right before a name makes one owner of both (NGODAN), for a role noun after it. */
interface Prefixed {
  first: number;
  code: string;
}

/** Singular heads that describe one person: "the Russian leader" can be Putin. */
export const PERSON_ROLES = new Set([
  'leader', 'president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'foreign minister', 'defence minister',
  'defense minister', 'minister', 'spokesman', 'spokeswoman', 'head of state', 'monarch', 'emir', 'crown prince', 'ruler', 'dictator',
]);

let shared: Map<string, AgentEntry> | undefined;

export function defaultAgents(): Map<string, AgentEntry> {
  if (!shared) {
    shared = new Map();
    for (const r of readTsv(DATA_DIR + 'agents.tsv', ['phrase', 'sector', 'plural'])) {
      shared.set(r.get('phrase').toLowerCase(), { sector: r.get('sector'), plural: r.get('plural') === 'y' });
    }
    for (const role of PERSON_ROLES) if (!shared.has(role)) shared.set(role, { sector: 'GOV', plural: false });
  }
  return shared;
}

const SKIPPABLE = new Set(['ADJ', 'ADV', 'NUM', 'VERB']);

/** Agent phrases not inside a name, each with the country that modifies it. */
export function findAgents(doc: Doc, agents: Map<string, AgentEntry>, names: NameCandidate[]): AgentCandidate[] {
  const t = doc.tokens;
  const nameEndingAt = new Map<number, NameCandidate>();
  const nameStartingAt = new Map<number, NameCandidate>();
  for (const n of names) nameStartingAt.set(n.first, n);
  const inName = new Uint8Array(doc.size);
  for (const n of names) {
    nameEndingAt.set(n.last, n);
    inName.fill(1, n.first, n.last + 1);
  }
  // A name a title can stand before: a person, or a name coded only by its country
  // (dictionary synonyms such as a leader listed under their country).
  const titled = (n: NameCandidate | undefined): boolean =>
    !!n && (n.type === 'PERSON' || (n.entry?.kind === 'country' && n.entry.code?.length === 3 && doc.tokens.value[n.last + 1] !== "'s"));

  const out: AgentCandidate[] = [];
  const prefixes = new Map<number, Prefixed>();
  for (let i = 0; i < doc.size; i++) {
    // wink tags "military" in "the Israeli military struck" as an adjective.
    const adjHead = t.pos[i] === 'ADJ' && t.pos[i + 1] !== 'NOUN' && t.pos[i + 1] !== 'PROPN' && t.pos[i + 1] !== 'ADJ';
    // "main opposition group", "foreign minister": a phrase may open with an adjective.
    const opensPhrase = t.pos[i] === 'ADJ' || t.pos[i] === 'VERB';
    if (inName[i] || (t.pos[i] !== 'NOUN' && t.pos[i] !== 'PROPN' && !adjHead && !opensPhrase)) continue;
    const found = longestAgent(doc, agents, i, inName);
    const hit = found && (found[0] > i || !opensPhrase || adjHead) ? found : null;
    if (!hit) continue;
    const [last, entry] = hit;
    const head = i;
    i = last;
    const owned = entry.before ? ownedName(entry, head, last, nameStartingAt) : null;
    if (owned) {
      // "a Relief Agency Dania envoy": with a role noun after it, the pair is that noun's owner.
      const roleNoun = owned.last + 1 < doc.size ? longestAgent(doc, agents, owned.last + 1, inName) : null;
      if (roleNoun && !roleNoun[1].before) prefixes.set(owned.last, { first: head, code: codeBefore(owned) });
      else out.push(owned);
      i = owned.last;
      continue;
    }
    // "Russian President Vladimir Putin": a title before a name is not an actor of its own;
    // it gives an unknown person the role it names.
    const left = modifierOf(doc, head, nameEndingAt, prefixes);
    const person = entry.plural ? undefined : nameStartingAt.get(last + 1);
    if (person && titled(person)) {
      // An unknown person takes the title's country and sector; a known one coded only by a
      // country takes the sector ("Prime Minister X" with X listed as BRE → BREGOV).
      // "former President X": a past office makes an elite (CAMEO's ELI), not the government.
      const former = /^(former|ex|then-former)$/i.test(t.value[left.first - 1] ?? '') || /^ex-/i.test(t.value[left.first] ?? '');
      const sector = former ? 'ELI' : entry.sector;
      person.role = { country: left.country, sector };
      continue;
    }
    const right = left.country || left.body ? null : ofActor(doc, last, nameStartingAt);
    // "Hungarian and Romanian officials": the agent is shared by the demonyms joined before it.
    if (left.modifier && entry.plural) {
      for (const other of coordinatedModifiers(doc, left.first, nameEndingAt)) {
        out.push({ first: other.first, last: other.last, head: other.first, sector: entry.sector, country: other.entry!.country, plural: true, modifier: other });
      }
    }
    const sector = formerAt(doc, left.first, head) && STATE_SECTOR.test(entry.sector) ? 'ELI' : entry.sector;
    const cand: AgentCandidate = { ...left, ...(right ?? {}), last: right?.last ?? last, head, sector, plural: entry.plural, ...(entry.before ? { before: true } : {}) };
    shareOwner(doc, out[out.length - 1], cand, nameStartingAt);
    out.push(cand);
    i = right?.last ?? last;
  }
  return out;
}

// Sectors of state office, which a former holder leaves for CAMEO's elites (ELI).
const STATE_SECTOR = /^(GOV|MIL|LEG|JUD|COP|SPY)/;

/** "former officials", "Dania's former envoys", "former Dania prosecutors": "former" before the role noun or its owner. */
function formerAt(doc: Doc, first: number, head: number): boolean {
  for (let k = Math.max(0, first - 1, head - 4); k < head; k++) if (/^(former|ex)$/i.test(doc.tokens.value[k]!)) return true;
  return false;
}

/** A CODE~ agent right before a name it belongs to ("Relief Agency Dania", "rights activists Tidewatch"): one phrase over both. */
function ownedName(entry: AgentEntry, head: number, last: number, nameStartingAt: Map<number, NameCandidate>): AgentCandidate | null {
  const name = nameStartingAt.get(last + 1);
  const e = name?.entry;
  if (!name || !e?.code || !['country', 'demonym', 'capital', 'igo', 'metonym'].includes(e.kind)) return null;
  const owner = e.kind === 'igo' ? { country: e.country, body: e.code } : { country: e.country, ...baseOf(name) };
  return { first: head, last: name.last, head, sector: entry.sector, plural: entry.plural, modifier: name, before: true, ...owner };
}

/** The code of a CODE~ agent phrase: its sector before its owner's code (NGO + DAN → NGODAN). */
export function codeBefore(a: AgentCandidate): string {
  const owner = a.body ?? a.base ?? a.country ?? '';
  return hasSector(owner, a.sector) ? owner : a.sector + owner;
}

/**
 * An owner's code with an agent's sector after it, unless the code already has that sector
 * (PETRARCH's rule: "Kremlin" RUSGOV + officials GOV stays RUSGOV; "West German" GMWGOV + WGO is GMWGOVWGO).
 */
export function withSector(code: string, sector: string): string {
  return hasSector(code, sector) ? code : code + sector;
}

/** Whether a code holds a sector among its three-letter blocks. */
function hasSector(code: string, sector: string): boolean {
  for (let k = 0; k + sector.length <= code.length; k += 3) if (code.startsWith(sector, k)) return true;
  return false;
}

/**
 * Two agent nouns joined by "and" share whose they are, as PETRARCH reads one noun phrase:
 * "Freedonian press and government" (the second takes the first's country), "deputies and
 * officials in A and B" (the first takes the countries after the second).
 */
function shareOwner(doc: Doc, prev: AgentCandidate | undefined, cur: AgentCandidate, nameStartingAt: Map<number, NameCandidate>): void {
  if (!prev || prev.last !== cur.first - 2 || doc.tokens.value[cur.first - 1]?.toLowerCase() !== 'and') return;
  const owned = (a: AgentCandidate): boolean => !!(a.country || a.body);
  // An owner before the first noun ("Freedonian press and government"): the second noun has it too.
  if (prev.first < prev.head && owned(prev) && !owned(cur)) {
    Object.assign(cur, fieldsOf(prev, ['country', 'base', 'body']));
    return;
  }
  // An owner after the second noun ("deputies and officials in A and B"): the first noun has it,
  // and every country listed with it.
  if (!owned(prev) && owned(cur) && cur.first === cur.head && cur.country) {
    Object.assign(prev, fieldsOf(cur, ['country', 'base']));
    const more = countriesAfter(doc, cur.last, nameStartingAt);
    if (more.length) prev.also = more;
  }
}

function fieldsOf<K extends keyof AgentCandidate>(a: AgentCandidate, keys: K[]): Partial<AgentCandidate> {
  const out: Partial<AgentCandidate> = {};
  for (const k of keys) if (a[k] !== undefined) out[k] = a[k];
  return out;
}

/** The countries listed right after `last` (", B and C"), at most 20. */
function countriesAfter(doc: Doc, last: number, nameStartingAt: Map<number, NameCandidate>): string[] {
  const t = doc.tokens;
  const out: string[] = [];
  let k = last + 1;
  while (out.length < 20 && (t.value[k] === ',' || t.value[k]?.toLowerCase() === 'and')) {
    k++;
    if (t.value[k]?.toLowerCase() === 'and') k++;
    const name = nameStartingAt.get(k);
    if (!name?.entry?.country || !['country', 'capital'].includes(name.entry.kind)) break;
    out.push(name.entry.country);
    k = name.last + 1;
  }
  return out;
}

const AMERICAN: Record<string, string> = { defence: 'defense', labour: 'labor', organisation: 'organization', programme: 'program', centre: 'center', offence: 'offense' };
const BRITISH = /\b(defence|labour|organisation|programme|centre|offence)\b/g;
const ADJECTIVE_AGENTS = new Set(['official', 'military', 'royal', 'federal', 'presidential', 'diplomatic', 'judicial', 'legislative']);

function longestAgent(doc: Doc, agents: Map<string, AgentEntry>, i: number, inName: Uint8Array): [number, AgentEntry] | null {
  const t = doc.tokens;
  for (let last = Math.min(i + 2, doc.size - 1); last >= i; last--) {
    if (inName[last]) continue;
    const key = doc.slice(t.start[i]!, t.end[last]!).toLowerCase();
    // "Defence Secretary", "Labour minister": British spellings find the American rows too.
    const american = key.replace(BRITISH, (m) => AMERICAN[m]!);
    const entry = agents.get(key) ?? (american !== key ? agents.get(american) : undefined);
    // A role noun used as a modifier ("army officers") is not the head; nor is a word that is
    // also an adjective before a noun ("official talks", "military exercises").
    const modifier = t.pos[last + 1] === 'NOUN' && (agents.has(t.value[last + 1]!.toLowerCase()) || (last === i && ADJECTIVE_AGENTS.has(t.value[i]!.toLowerCase())));
    if (entry && !modifier) return [last, entry];
  }
  return null;
}

// Heads that a leader's name before them makes that leader's state's.
const RULED = new Set(['administration', 'government', 'cabinet', 'regime', 'aides']);

/** Looks left over adjectives for a demonym, a country or a possessor ("Ukraine's"). */
function modifierOf(
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
  if (k >= 1 && t.value[k] === "'s" && nameEndingAt.has(k - 1)) k--;
  let name = nameEndingAt.get(k);
  // "Chile's Alianza government": an unknown name between the possessor and the head.
  const unknownFirst = name && !name.entry ? name.first : !name && t.pos[k] === 'PROPN' && k < head ? k : -1;
  if (unknownFirst > 1 && t.value[unknownFirst - 1] === "'s" && nameEndingAt.get(unknownFirst - 2)?.entry) name = nameEndingAt.get(unknownFirst - 2);
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
  if (name?.entry?.kind === 'igo' && name.entry.code && name.last === head - 1) {
    return { first: name.first, country: name.entry.country, modifier: name, body: name.entry.code };
  }
  return { first: head, country: null, modifier: null };
}

/** The demonyms or countries joined by "and" or commas right before `first` ("Hungarian and" Romanian). */
function coordinatedModifiers(doc: Doc, first: number, nameEndingAt: Map<number, NameCandidate>): NameCandidate[] {
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
function baseOf(name: NameCandidate): { base?: string } {
  const code = name.entry?.code;
  return code && code.length > 3 && code !== name.entry!.country ? { base: code } : {};
}

/**
 * "the government of Ukraine", "soldiers from Gondor": a country named right after the head;
 * "activists of Tidewatch", "officials in the Palace": a body or institution whose members they are.
 */
function ofActor(doc: Doc, last: number, nameStartingAt: Map<number, NameCandidate>): Pick<AgentCandidate, 'country' | 'last' | 'body' | 'base'> | null {
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
