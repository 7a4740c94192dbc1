// Finds name candidates in a Doc: gazetteer hits (longest match) and unknown capitalised
// runs typed by the words in and around them. Linear: each token starts at most one look-up
// of at most MAX_TOKENS tokens.
import type { Doc } from '../../doc/doc.js';
import { headOf, nameKey, type ActorEntry, type ActorLexicon } from '../../lexicon/actor-lexicon.js';
import { genderOfGivenName } from '../../lexicon/given-names.js';
import { BIG_CITY, lookupPlace, type Place } from '../../lexicon/places.js';
import type { EntityType } from '../../record/types.js';
import { NAME_JOINERS, PLACE_AFTER, TITLES, typeFromWords } from './name-cues.js';

const MAX_TOKENS = 8;
const SPEECH_AFTER = new Set(['said', 'says', 'told', 'added', 'wrote', 'warned', 'insisted']);
// Capitalised words of events and eras, not of people: "World War II", "Cold War".
const NOT_NAMES = new Set(['war', 'revolution', 'olympics', 'games', 'cup', 'day', 'eve', 'summit', 'agreement', 'accord', 'treaty', 'act', 'spring']);
const KIND_ORDER = ['person', 'igo', 'country', 'capital', 'metonym', 'region', 'demonym'];

export interface NameCandidate {
  first: number;
  last: number;
  type: EntityType;
  entry: ActorEntry | null;
  /** For unknown names: the country code of a possessor ("Singapore's X"). */
  country: string | null;
  /** A lone capitalised word with no cue: kept only if it names a person already seen. */
  weak?: boolean;
  /** What typed an unknown name: a title, a speech verb, or its own words. */
  cue?: 'title' | 'speech' | 'words';
  /** A city from the place gazetteer, with its coordinates. */
  place?: Place;
  /** The role a title before an unknown person gives: "Dagolath's Deputy Prime Minister X" → DAG, GOV. */
  role?: { country: string | null; sector: string; body?: string };
  /** For an unknown institution: the country its name opens with ("Dania Ministry of Roads" → DAN). */
  lead?: string;
}

export function findNames(doc: Doc, lex: ActorLexicon, isAgent: (phrase: string) => boolean = () => false): NameCandidate[] {
  const blocked = blockedTokens(doc);
  const out: NameCandidate[] = [];
  for (let i = 0; i < doc.size; i++) {
    if (blocked[i] || !startsName(doc, i)) continue;
    // "Officials said ...": a role noun capitalised at the start of a sentence is no name.
    if (doc.sentences[doc.sentenceOfToken(i)]?.first === i && isAgent(doc.tokens.value[i]!.toLowerCase()) && !isCap(doc, i + 1)) continue;
    const hit = gazetteerAt(doc, lex, i, blocked);
    if (hit) {
      out.push(hit);
      i = hit.last;
      continue;
    }
    if (!isCap(doc, i)) continue;
    // "the Islamist Hamas movement", "Maoist Nepal": an ideological adjective before a known name is not part of it.
    if (IDEOLOGY.test(doc.tokens.value[i]!) && i + 1 < doc.size && !blocked[i + 1] && isCap(doc, i + 1) && gazetteerAt(doc, lex, i + 1, blocked)) continue;
    if (modifierBeforePlace(doc, lex, i, blocked, isAgent)) continue;
    const run = runAt(doc, i, blocked);
    if (!run) continue;
    // "Senior Hungarian officials": a demonym ends the run; it is looked up on its own.
    let known = -1;
    for (let j = run[0] + 1; j <= run[1]; j++) {
      if (!lexHasAt(doc, lex, j)) continue;
      const kind = gazetteerAt(doc, lex, j, blocked)?.entry?.kind;
      if (kind) known = j;
      if (kind === 'demonym') run[1] = j - 1;
      break;
    }
    let cand = classifyRun(doc, run[0], run[1], out[out.length - 1] ?? null);
    // "Ana Ruiz of Fort Lee", "Sen. Ana Ruiz of Dania": a person's name (a given name before its
    // last word) ends before "of"; what follows is looked up on its own ("Battle of X" stays whole).
    const of = firstJoiner(doc, run[0], run[1]);
    if (of > run[0] && doc.words[of] === 'of' && (!cand || (cand.type === 'PERSON' && !cand.entry))) {
      const person = classifyRun(doc, run[0], of - 1, out[out.length - 1] ?? null);
      if (person?.type === 'PERSON' && person.last > person.first && hasGivenName(doc, person.first, person.last - 1)) {
        run[1] = of - 1;
        cand = person;
      }
    }
    // A run that makes no name does not hide a known one inside it: it is looked up from there.
    if (!cand && known > i && known <= run[1]) {
      i = known - 1;
      continue;
    }
    // A title opens no name: "President Ana Lopez" is looked up again from "Ana".
    if (cand && cand.first > i && !cand.entry && cand.type === 'PERSON') {
      i = cand.first - 1;
      continue;
    }
    if (cand) out.push(leadingCountry(doc, lex, linkSurname(doc, lex, cand), blocked));
    i = run[1];
  }
  return resolvePlaces(doc, out);
}

/** An institution's name that opens with a known country ("Dania Ministry of Roads"): the country, kept aside. */
function leadingCountry(doc: Doc, lex: ActorLexicon, c: NameCandidate, blocked: Uint8Array): NameCandidate {
  if (c.type !== 'ORG' || c.entry || c.country) return c;
  const hit = gazetteerAt(doc, lex, c.first, blocked, c.last - 1);
  const country = hit?.entry?.country;
  if (!hit || !country || !['country', 'demonym', 'capital'].includes(hit.entry!.kind)) return c;
  return { ...c, lead: country };
}

/**
 * "Neighbouring Dania said ...": the first word of a sentence is capitalised whatever it is; an
 * unknown one before a known country or place (and not a name with it) is its modifier. So is
 * an agent word anywhere ("a Relief Dania envoy" with RELIEF [NGO~]).
 */
function modifierBeforePlace(doc: Doc, lex: ActorLexicon, i: number, blocked: Uint8Array, isAgent: (phrase: string) => boolean): boolean {
  const opens = doc.sentences[doc.sentenceOfToken(i)]?.first === i;
  if (!(opens || isAgent(doc.tokens.value[i]!.toLowerCase())) || i + 1 >= doc.size || blocked[i + 1] || !isCap(doc, i + 1)) return false;
  const kind = gazetteerAt(doc, lex, i + 1, blocked)?.entry?.kind;
  return kind === 'country' || kind === 'demonym' || kind === 'capital' || kind === 'region';
}

const IDEOLOGY = /^\p{Lu}\p{L}+(ist|ists|ite|ites)$/u;

const PLACE_PREPS = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'into', 'across', 'around']);

/**
 * Unknown names that are cities: looked up once every country the article names is known,
 * so that "Harbin" in a story about China is the Chinese city. A name typed by a title or a
 * speech verb is a person, and stays one.
 */
function resolvePlaces(doc: Doc, cands: NameCandidate[]): NameCandidate[] {
  const countries = new Set<string>();
  for (const c of cands) if (c.entry?.country && c.entry.country.length === 3) countries.add(c.entry.country);
  const t = doc.tokens;
  const surnames = new Set<string>();
  return cands.map((c) => {
    const text = doc.slice(t.start[c.first]!, t.end[c.last]!);
    if (c.type === 'PERSON' && c.last > c.first) surnames.add(t.value[c.last]!.toLowerCase());
    // "Jordan said" after "Michael Jordan": a surname already seen is the person, not the place.
    if (c.last === c.first && surnames.has(text.toLowerCase())) return c;
    if (c.entry || c.cue === 'title' || c.cue === 'speech' || (c.cue === 'words' && c.type === 'ORG')) return c;
    const afterPrep = PLACE_PREPS.has(t.value[c.first - 1]?.toLowerCase() ?? '') || t.value[c.first - 1] === ',';
    const place = lookupPlace(text, { countries });
    if (!place) return c;
    // A lone capitalised word with no cue ("shelled Kharkiv") is a city when it is a big one,
    // or a large one in a country the article names.
    if (c.weak && !afterPrep && !(place.population >= BIG_CITY || (countries.has(place.country) && place.population >= KNOWN_TOWN))) return c;
    return { ...c, type: 'GPE', country: place.country, place, weak: false };
  });
}

const KNOWN_TOWN = 100_000;
// Prepositions after which a capitalised run is a place, never a person.
const LOCATIVE = new Set(['in', 'from', 'near', 'outside', 'into', 'across', 'around', 'towards', 'toward', 'inside', 'throughout']);

/** Tokens that can never be part of a name: dates, numbers, all-caps sentences. */
function blockedTokens(doc: Doc): Uint8Array {
  const t = doc.tokens;
  const blocked = new Uint8Array(doc.size);
  for (const e of t.entities) if (e.type === 'DATE' || e.type === 'TIME') blocked.fill(1, e.first, e.last + 1);
  for (const s of doc.sentences) if (shouted(doc.text, s.start, s.end)) blocked.fill(1, s.first, s.last + 1);
  return blocked;
}

const LETTER = /\p{L}/u;

/** More than 20 letters from start to end, none of them lower case; stops at the first lower-case letter. */
function shouted(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) letters++;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(k)!);
    if (ch.length === 2) k++;
    if (!LETTER.test(ch)) continue;
    if (ch.toUpperCase() !== ch) return false;
    letters++;
  }
  return letters > 20;
}

function isCap(doc: Doc, i: number): boolean {
  return doc.capitalised[i] === 1;
}

/** "al-Qaida", "al-Shabaab": an Arabic article written lowercase, joined to a capitalised word. */
function arabicArticle(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  return t.value[i + 1] === '-' && /^(al|el|ad|as|ash|at|az|an|ar)$/.test(t.value[i]!) && t.end[i] === t.start[i + 1] && /^\p{Lu}/u.test(t.value[i + 2] ?? '');
}

function startsName(doc: Doc, i: number): boolean {
  // Such a name is taken only when the lexicon knows it (see findNames).
  if (arabicArticle(doc, i)) return true;
  if (!isCap(doc, i)) return false;
  const pos = doc.tokens.pos[i]!;
  if (pos === 'PROPN') return true;
  const atStart = doc.sentences[doc.sentenceOfToken(i)]?.first === i;
  return !atStart && (pos === 'NOUN' || pos === 'ADJ' || pos === 'VERB' || pos === 'X');
}

function gazetteerAt(doc: Doc, lex: ActorLexicon, i: number, blocked: Uint8Array, upTo = Infinity): NameCandidate | null {
  const t = doc.tokens;
  const keys = tokenKeys(doc);
  const longest = lex.longestKey(tokenHeads(doc)[i]!);
  if (longest === 0) {
    // "Eriadori" from a dictionary's stem ERIADOR: a capitalised word with a short ending.
    const stem = /^\p{Lu}\p{L}+$/u.test(t.value[i]!) && !blocked[i] ? lex.lookupStem(t.value[i]!) : undefined;
    if (!stem) return null;
    const entry = pick(stem, doc.article.date);
    return { first: i, last: i, type: entry.type, entry, country: entry.country };
  }
  const sentenceEnd = Math.min(doc.sentences[doc.sentenceOfToken(i)]?.last ?? i, upTo);
  const gapped = gappedAt(doc, lex, i, sentenceEnd, blocked);
  const spanKeys = keysFrom(doc, lex, keys, i, Math.min(i + MAX_TOKENS - 1, sentenceEnd), longest);
  for (let last = i + spanKeys.length - 1; last >= i; last--) {
    if (blocked[last]) continue;
    // A longer dictionary name with words between its own ("Ithil state-run television") wins.
    if (gapped && gapped.last > last) return gapped;
    const entries = lex.lookupKey(spanKeys[last - i]!);
    if (!entries) continue;
    // A longer unknown name that starts with a known one ("Georgia Tech") is not the place
    // (unless the look-up is inside such a name, asking what it opens with).
    const next = t.value[i + 1] ?? '';
    if (upTo === Infinity && last === i && isCap(doc, i + 1) && t.pos[i + 1] === 'PROPN' && !TITLES.has(next.toLowerCase()) && !lexHasAt(doc, lex, i + 1)) return null;
    const entry = pick(entries, doc.article.date);
    return { first: i, last, type: entry.type, entry, country: entry.country };
  }
  return gapped;
}

const MAX_GAP = 4;
const GAP_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
// "the Duke of Westmarch" for DUKE WESTMARCH: the words that join a noun to its complement.
const GAP_WORDS = new Set(['of', 'the']);
// A nickname in quotes between a first name and a surname: 'Al "The Weasel" Gore'.
const QUOTES = /^["'“”‘’]$/;

/**
 * The longest gapped dictionary name starting at `i`: its words in order, with at most
 * MAX_GAP modifiers (adjectives, nouns, numbers, pieces of a hyphenated word, "of the", quote marks) between two.
 */
function gappedAt(doc: Doc, lex: ActorLexicon, i: number, end: number, blocked: Uint8Array): NameCandidate | null {
  const t = doc.tokens;
  const keys = tokenKeys(doc);
  const list = lex.gappedFrom(keys[i]!);
  if (!list.length) return null;
  // "state-run": the pieces of a hyphenated word, touching a hyphen.
  const hyphen = (a: number, b: number): boolean => t.end[a] === t.start[b] && (t.value[a] === '-' || t.value[b] === '-');
  const inWord = (k: number): boolean => (k > 0 && hyphen(k - 1, k)) || (k + 1 < doc.size && hyphen(k, k + 1));
  let best: NameCandidate | null = null;
  for (const { words, entry } of list) {
    let k = i;
    for (let w = 1; w < words.length && k >= 0; w++) {
      let next = -1;
      for (let j = k + 1; j <= Math.min(end, k + MAX_GAP + 1); j++) {
        if (blocked[j]) break;
        if (keys[j] === words[w]) {
          next = j;
          break;
        }
        if (!GAP_POS.has(t.pos[j]!) && !inWord(j) && !GAP_WORDS.has(t.value[j]!.toLowerCase()) && !QUOTES.test(t.value[j]!)) break;
      }
      k = next;
    }
    if (k > i && (!best || k > best.last)) best = { first: i, last: k, type: entry.type, entry, country: entry.country };
  }
  return best;
}

/**
 * The entry a name stands for: by kind (a person before a country of the same name), and among
 * people of one name ("Bush"), the one in office on the article's date, else the one whose
 * offices lie nearest to it.
 */
function pick(entries: readonly ActorEntry[], date: string | null): ActorEntry {
  const sorted = [...entries].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  const people = sorted.filter((e) => e.kind === 'person');
  if (people.length < 2 || !date) return sorted[0]!;
  const day = Date.parse(date);
  const gap = (d: string | null): number => (d ? Math.abs(Date.parse(d) - day) : Infinity);
  // Days from the article date to the nearest office: 0 while in office.
  const distance = (e: ActorEntry): number =>
    Math.min(...(e.roles ?? []).map((r) => ((!r.from || r.from <= date) && (!r.to || date <= r.to) ? 0 : Math.min(gap(r.from), gap(r.to)))));
  let best = people[0]!;
  let bestDistance = distance(best);
  for (const p of people.slice(1)) {
    const d = distance(p);
    if (d < bestDistance) [best, bestDistance] = [p, d];
  }
  return best;
}

function lexHasAt(doc: Doc, lex: ActorLexicon, i: number): boolean {
  return lex.longestKey(tokenHeads(doc)[i]!) > 0;
}

const KEYS = new WeakMap<Doc, string[]>();
const HEADS = new WeakMap<Doc, string[]>();

/** Each token's first word as the gazetteer indexes names (`headOf` of its key). */
function tokenHeads(doc: Doc): string[] {
  let heads = HEADS.get(doc);
  if (!heads) {
    heads = tokenKeys(doc).map(headOf);
    HEADS.set(doc, heads);
  }
  return heads;
}

/** Each token's look-up key (`nameKey` of its text), made once per document. */
function tokenKeys(doc: Doc): string[] {
  let keys = KEYS.get(doc);
  if (!keys) {
    const t = doc.tokens;
    keys = t.value.map((_, i) => nameKey(doc.slice(t.start[i]!, t.end[i]!)));
    KEYS.set(doc, keys);
  }
  return keys;
}

/**
 * The keys of the spans i..i, i..i+1, ... i..top, each equal to `nameKey` of the span's text,
 * built word by word (a blank between two tokens is one space; none, none); they stop before
 * the first one longer than `longest` (with a hyphen read as a blank, as the look-up reads it),
 * and before a blank after which no key goes on.
 */
function keysFrom(doc: Doc, lex: ActorLexicon, keys: readonly string[], i: number, top: number, longest: number): string[] {
  const t = doc.tokens;
  const out = [keys[i]!];
  let key = keys[i]!;
  for (let j = i + 1; j <= top; j++) {
    const gap = t.start[j]! - t.end[j - 1]!;
    const word = keys[j]!;
    const blank = gap === 0 || doc.slice(t.end[j - 1]!, t.start[j]!).trim() === '';
    // Anything other than blanks between tokens, or a token that is itself blank once keyed: the whole span, as written.
    if (word === '' || key === '' || !blank) key = nameKey(doc.slice(t.start[i]!, t.end[j]!));
    else if (gap === 0) key += word;
    // "the u.s" + " " + word: no key opens with "the u.s " (a hyphen aside, which the look-up reads as a blank).
    else if (!key.includes('-') && !lex.continues(key)) break;
    else key = `${key} ${word}`;
    if (key.length > longest && (!key.includes('-') || key.replace(/\s*-\s*/g, ' ').length > longest)) break;
    out.push(key);
  }
  return out;
}

/** A given name among the tokens first..last ("Ana", or "Marie" in "Ka'Lia Marie Ruiz"). */
function hasGivenName(doc: Doc, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (genderOfGivenName(doc.tokens.value[k]!)) return true;
  return false;
}

/** Tokens first..last written as one word, with no space between them. */
function oneWord(doc: Doc, first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) if (doc.tokens.start[k] !== doc.tokens.end[k - 1]) return false;
  return true;
}

/** A hyphen token glued to the words on both sides. */
function isHyphen(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  return t.value[k] === '-' && t.start[k] === t.end[k - 1] && t.end[k] === t.start[k + 1];
}

/** The first joiner word inside a run ("of" in "Bank of Dania"), or -1. */
function firstJoiner(doc: Doc, first: number, last: number): number {
  for (let k = first + 1; k < last; k++) if (!isCap(doc, k) && !isHyphen(doc, k)) return k;
  return -1;
}

const SPACE = 32;

/** A run of capitalised tokens, with joiners such as "of the" inside; it ends at a line break or a sentence's end. */
function runAt(doc: Doc, i: number, blocked: Uint8Array): [number, number] | null {
  const t = doc.tokens;
  const sentence = doc.sentences[doc.sentenceOfToken(i)];
  const end = sentence ? Math.min(doc.size - 1, sentence.last) : doc.size - 1;
  let j = i;
  while (j + 1 <= end && j - i < 12) {
    const k = j + 1;
    if (!blocked[k] && isCap(doc, k) && t.start[k] === t.end[j]! + 1 && doc.text.charCodeAt(t.end[j]!) === SPACE) {
      j = k;
      continue;
    }
    // "Hewlett-Packard", "Jean-Luc": a hyphen glued between capitalised words is inside the name.
    if (isHyphen(doc, k) && k + 1 <= end && !blocked[k + 1] && isCap(doc, k + 1)) {
      j = k + 1;
      continue;
    }
    const joiner = t.value[k]!.toLowerCase();
    const two = k + 1 < doc.size ? `${joiner} ${t.value[k + 1]!.toLowerCase()}` : '';
    const skip = NAME_JOINERS.has(two) && k + 2 <= end && isCap(doc, k + 2) ? 2 : NAME_JOINERS.has(joiner) && k + 1 <= end && isCap(doc, k + 1) && joiner !== 'the' ? 1 : 0;
    if (skip === 0) break;
    j = k + skip;
  }
  return j - i >= 12 ? null : [i, j];
}

function classifyRun(doc: Doc, first: number, last: number, prev: NameCandidate | null): NameCandidate | null {
  const t = doc.tokens;
  const words: string[] = [];
  for (let k = first; k <= last; k++) words.push(t.value[k]!.toLowerCase());
  // "Police Commissioner Stephen Lo": the words after the last title are a person's name.
  let lastTitle = -1;
  for (let k = first; k < last; k++) if (TITLES.has(t.value[k]!.toLowerCase())) lastTitle = k;
  if (lastTitle >= first && lastTitle < last && words.slice(lastTitle - first + 1).every((_, j) => t.pos[lastTitle + 1 + j] === 'PROPN') &&
    typeFromWords(words.slice(lastTitle - first + 1)) === null) {
    return { first: lastTitle + 1, last, type: 'PERSON', entry: null, country: null, cue: 'title' };
  }
  const byWords = typeFromWords(words);
  const possessor = prev && prev.last === first - 2 && doc.words[first - 1] === "'s" && prev.entry ? prev.entry.country : null;
  if (byWords) return { first, last, type: byWords, entry: null, country: possessor, cue: 'words' };
  // "Hewlett-Packard said", "Orvex-Lind": one hyphenated word that opens with no given name names a body.
  if (last > first && oneWord(doc, first, last) && !TITLES.has(words[0]!) && !TITLES.has(t.value[first - 1]?.toLowerCase() ?? '') && !genderOfGivenName(t.value[first]!)) {
    return { first, last, type: 'ORG', entry: null, country: possessor, cue: 'words' };
  }
  if (words.some((w) => NOT_NAMES.has(w))) return null;
  // Leading titles are cues, not part of the name: "Gen. Ana Lopez".
  let a = first;
  while (a <= last && TITLES.has(t.value[a]!.toLowerCase())) a++;
  if (a > last) return null;
  const titled = a > first || (first > 0 && TITLES.has(t.value[first - 1]!.toLowerCase()));
  const next = t.value[last + 1]?.toLowerCase() ?? '';
  if (PLACE_AFTER.has(next)) return { first: a, last, type: 'LOC', entry: null, country: possessor, cue: 'words' };
  const speaks = SPEECH_AFTER.has(next) || (next === ',' && t.value[last + 2]?.toLowerCase() === 'who');
  const allProper = words.slice(a - first).every((_, k) => t.pos[a + k] === 'PROPN' || isHyphen(doc, a + k));
  // "AMD said", "HPX's profits", "bought by HPX": an unknown acronym that acts, owns or stands
  // alone names a body, not a person (in brackets after a name it only spells that name; after a
  // modifier it may be a thing: "total ODA").
  if (a === last && a === first && isAcronym(t.value[a]!) && t.value[first - 1] !== '(' && (actsOrOwns(doc, a) || standsAlone(doc, a))) {
    return { first: a, last, type: 'ORG', entry: null, country: possessor, cue: 'words' };
  }
  if (titled || speaks) return { first: a, last, type: 'PERSON', entry: null, country: possessor, cue: titled ? 'title' : 'speech' };
  // "walked for days from El Geneina", "fighting near Abu Tor": after a preposition of place, a name is a place.
  if (a === first && LOCATIVE.has(doc.words[first - 1] ?? '')) return { first: a, last, type: 'LOC', entry: null, country: possessor, cue: 'words' };
  // "Ana Ruiz of Fort Lee": after a person and "of", a name is where the person is from.
  if (a === first && prev?.type === 'PERSON' && prev.last === first - 2 && doc.words[first - 1] === 'of') return { first: a, last, type: 'LOC', entry: null, country: null, cue: 'words' };
  if (last > a && last - a < 4 && allProper) return { first: a, last, type: 'PERSON', entry: null, country: possessor };
  if (a === last && t.pos[a] === 'PROPN') return { first: a, last, type: 'PERSON', entry: null, country: null, weak: true };
  return null;
}

const ROMAN = /^[IVXLC]+$/;
/** Capitals that are no body's name: offices, time zones, units. */
const NOT_ACRONYMS = new Set(['CEO', 'CFO', 'COO', 'CTO', 'MP', 'MPS', 'PM', 'AM', 'TV', 'GMT', 'UTC', 'EST', 'EDT', 'CST', 'CDT', 'PST', 'PDT', 'BST', 'CET', 'OK', 'ID', 'PC', 'IT', 'GDP', 'DNA', 'HIV', 'AIDS', 'MW', 'KM', 'KG', 'USD', 'EUR', 'VIP', 'QB']);

const WHEN = new Set(['today', 'yesterday', 'also', 'now', 'then', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** "X said", "X today announced", "X's": the token after the name (past a word of time) is a verb or a possessive. */
function actsOrOwns(doc: Doc, i: number): boolean {
  let k = i + 1;
  while (k < doc.size && k - i <= 2 && (WHEN.has(doc.words[k] ?? '') || doc.tokens.pos[k] === 'ADV')) k++;
  const p = doc.tokens.pos[k];
  return p === 'VERB' || p === 'AUX' || doc.words[i + 1] === "'s";
}

const ALONE_AFTER = new Set(['ADP', 'DET', 'CCONJ', 'VERB']);

/** "bought by HPX", "HPX and Orvex", "sued HPX": no modifier before it, as "total ODA" or "usable HEU" have. */
function standsAlone(doc: Doc, i: number): boolean {
  return i === 0 || ALONE_AFTER.has(doc.tokens.pos[i - 1] ?? '') || doc.tokens.value[i - 1] === ',';
}

/** US states' postal codes ("Albany, NY"): places, not bodies. */
const STATE_CODES = new Set('AL AK AZ AR CA CO CT DE FL GA HI IA ID IL IN KS KY LA MA MD ME MI MN MO MS MT NC ND NE NH NJ NM NV NY OH OK OR PA RI SC SD TN TX UT VA VT WA WI WV WY DC'.split(' '));

/** "AMD", "HPX": two to five capitals, not a numeral, an office or a state's code. */
function isAcronym(w: string): boolean {
  return /^[A-Z][A-Z&]{1,4}$/.test(w) && !ROMAN.test(w) && !NOT_ACRONYMS.has(w) && !STATE_CODES.has(w);
}

/** "Volodymyr Zelenskyy" is the known "Zelensky" when the surname and first name agree. */
function linkSurname(doc: Doc, lex: ActorLexicon, c: NameCandidate): NameCandidate {
  if (c.entry || c.type !== 'PERSON' || c.last === c.first) return c;
  const t = doc.tokens;
  const person = lex.lookup(t.value[c.last]!)?.find((e) => e.kind === 'person');
  const given = t.value[c.first]!.toLowerCase();
  if (!person || !person.name.toLowerCase().startsWith(given.slice(0, 3))) return c;
  return { ...c, entry: person, weak: false };
}
