// Agent phrases: role nouns that give an actor's sector ("troops", "the foreign ministry"),
// with the country that modifies them ("Russian forces" → RUSMIL, "Ukraine's military" →
// UKRMIL). Each token starts at most one look-up of at most three words: linear.
import type { Doc } from '../../doc/doc.js';
import { readTsv } from '../../lexicon/tsv.js';
import { DATA_DIR } from '../../lexicon/actor-lexicon.js';
import type { AgentEntry as DictionaryAgent } from '../../lexicon/agents.js';
import { baseOf, coordinatedModifiers, modifierOf, ofActor } from './agent-owners.js';
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
export interface Prefixed {
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

/** Agent entries in the shape the entities component takes; the first entry of a phrase wins. */
export function agentMap(entries: readonly DictionaryAgent[]): { agents: Map<string, AgentEntry>; before: number } {
  const agents = new Map<string, AgentEntry>();
  let before = 0;
  for (const a of entries) {
    if (a.before) before++;
    if (!agents.has(a.phrase)) agents.set(a.phrase, { sector: a.code, plural: a.plural ?? false, ...(a.before ? { before: true } : {}) });
  }
  return { agents, before };
}

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
    !!n && (n.type === 'PERSON' || (n.entry?.kind === 'country' && n.entry.code?.length === 3 && doc.words[n.last + 1] !== "'s"));

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
    const modifier = modifierOf(doc, head, nameEndingAt, prefixes);
    const dateline = modifier.country || modifier.body ? null : datelineCountry(doc, head, nameStartingAt);
    const left = dateline ? { ...modifier, country: dateline } : modifier;
    const person = entry.plural ? undefined : nameStartingAt.get(last + 1);
    if (person && titled(person)) {
      // An unknown person takes the title's country and sector; a known one coded only by a
      // country takes the sector ("Prime Minister X" with X listed as BRE → BREGOV).
      // "former President X": a past office makes an elite (CAMEO's ELI), not the government.
      const former = /^(former|ex|then-former)$/i.test(t.value[left.first - 1] ?? '') || /^ex-/i.test(t.value[left.first] ?? '');
      const sector = former ? 'ELI' : entry.sector;
      // "U.N. deputy spokesman X": an international body's official is coded by the body.
      person.role = { country: left.country, sector, ...(left.body ? { body: left.body } : {}) };
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
    appositivePerson(doc, cand, entry, nameStartingAt);
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

/**
 * "Mexico's foreign minister, Ana Ruiz, said": an unknown person set off by commas after an owned
 * singular agent holds that office, as a title before the name gives it.
 */
function appositivePerson(doc: Doc, a: AgentCandidate, entry: AgentEntry, nameStartingAt: Map<number, NameCandidate>): void {
  if (entry.plural || !a.country || doc.tokens.value[a.last + 1] !== ',') return;
  const person = nameStartingAt.get(a.last + 2);
  if (person && person.type === 'PERSON' && !person.entry && !person.role && doc.tokens.value[person.last + 1] === ',') person.role = { country: a.country, sector: a.sector };
}

/**
 * "In Beijing, Foreign Ministry spokesman X said": a sentence that opens with a capital and a
 * comma sets where its unowned officials speak from; the capital's country owns them.
 */
function datelineCountry(doc: Doc, head: number, nameStartingAt: Map<number, NameCandidate>): string | null {
  const s = doc.sentences[doc.sentenceOfToken(head)];
  if (!s || doc.words[s.first] !== 'in') return null;
  const place = nameStartingAt.get(s.first + 1);
  if (!place?.entry || place.entry.kind !== 'capital' || doc.tokens.value[place.last + 1] !== ',' || head <= place.last + 1) return null;
  return place.entry.country;
}

const LEAD = /^[\p{L}\p{N}]+/u;
const lead = (s: string): string => LEAD.exec(s)?.[0] ?? s.slice(0, 1);
const HEADS = new WeakMap<Map<string, AgentEntry>, { size: number; heads: Set<string> }>();

/**
 * Whether some agent phrase can start at token `i`: its first word (letters up to the first
 * other character) opens a phrase of the map, as written or in American spelling. A cheap test
 * before the look-ups of up to three words.
 */
function mayOpenAgent(doc: Doc, agents: Map<string, AgentEntry>, i: number): boolean {
  const t = doc.tokens;
  // A word that runs on into the next token ("ca" + "n't"): its first word is longer than the token.
  if (i + 1 < doc.size && t.start[i + 1] === t.end[i] && /^[\p{L}\p{N}]/u.test(t.value[i + 1]!)) return true;
  let known = HEADS.get(agents);
  if (!known || known.size !== agents.size) {
    known = { size: agents.size, heads: new Set([...agents.keys()].map(lead)) };
    HEADS.set(agents, known);
  }
  const first = lead(doc.lower[i]!);
  return known.heads.has(first) || known.heads.has(first.replace(BRITISH, (m) => AMERICAN[m]!));
}

const AMERICAN: Record<string, string> = { defence: 'defense', labour: 'labor', organisation: 'organization', programme: 'program', centre: 'center', offence: 'offense' };
const BRITISH = /\b(defence|labour|organisation|programme|centre|offence)\b/g;
const ADJECTIVE_AGENTS = new Set(['official', 'military', 'royal', 'federal', 'presidential', 'diplomatic', 'judicial', 'legislative']);

function longestAgent(doc: Doc, agents: Map<string, AgentEntry>, i: number, inName: Uint8Array): [number, AgentEntry] | null {
  const t = doc.tokens;
  if (!mayOpenAgent(doc, agents, i)) return null;
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
