// The actor gazetteer: countries, demonyms, capitals, regions, international bodies, seats of
// power and people with date-bounded roles, keyed by their normalised surface forms.
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../record/types.js';
import { readTsv } from './tsv.js';

export type EntryKind = 'country' | 'demonym' | 'capital' | 'region' | 'igo' | 'metonym' | 'person';

export interface Role {
  code: string;
  from: string | null;
  to: string | null;
  title: string;
}

export interface ActorEntry {
  /** Canonical name. */
  name: string;
  kind: EntryKind;
  type: EntityType;
  /** Code when no role applies (countries, bodies); people take theirs from `roles`. */
  code: string | null;
  /** Further actors a name stands for with `code` (PETRARCH's compound code "[ELR/GAL]"): each is coded in turn. */
  also?: string[];
  country: string | null;
  lat?: number;
  lon?: number;
  roles?: Role[];
  /** The first role that holds wins (dictionary order), instead of state roles before others. */
  rolesInOrder?: boolean;
  gender?: 'm' | 'f';
}

export const DATA_DIR = fileURLToPath(new URL('../../src/lexicon/data/', import.meta.url));

/** Lowercase, ASCII quotes, single spaces (an underscore is a space, as dictionaries join words): the form under which names are looked up. */
export function nameKey(s: string): string {
  // One printable ASCII word with no underscore or backquote (most tokens): only its case changes.
  if (PLAIN_WORD.test(s)) return s.toLowerCase();
  // Diacritics folded: news writes "Sanchez" and "Sánchez", "Erdogan" and "Erdoğan".
  if (/^[\x20-\x7e]*$/.test(s)) return s.toLowerCase().replace(/`/g, "'").replace(/[\s_]+/g, ' ').trim();
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\u2018\u2019\u02BC`]/g, "'").replace(/[\s_]+/g, ' ').trim();
}

const PLAIN_WORD = /^[\x21-\x5e\x61-\x7e]*$/;

/** The leading letters or digits of a key: a cheap filter before any longer look-up. */
export function headOf(key: string): string {
  // ASCII letters and digits up to the first other character, without a regex (every token is asked).
  let k = 0;
  for (; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c >= 128) break;
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return k > 0 ? key.slice(0, k) : key.slice(0, 1);
  }
  if (k === key.length) return key;
  const m = /^[\p{L}\p{N}]+/u.exec(key);
  return m ? m[0] : key.slice(0, 1);
}

const MIN_STEM = 3;
const MAX_STEM_ENDING = 4;

export class ActorLexicon {
  private readonly byKey = new Map<string, ActorEntry[]>();
  // The length of the longest key that opens with each first word (headOf).
  private readonly longest = new Map<string, number>();
  // The words a key opens with, up to each of its blanks ("united", "united states" for "united states of america").
  private readonly prefixes = new Set<string>();

  add(surface: string, entry: ActorEntry): void {
    // "the Netherlands" is looked up from its first capitalised word.
    const key = nameKey(surface).replace(/^the /, '');
    if (!key) return;
    const list = this.byKey.get(key);
    if (list) {
      if (!list.some((e) => e.name === entry.name && e.kind === entry.kind)) list.push(entry);
    } else {
      this.byKey.set(key, [entry]);
    }
    const head = headOf(key);
    this.longest.set(head, Math.max(this.longest.get(head) ?? 0, key.length));
    for (let k = key.indexOf(' '); k > 0; k = key.indexOf(' ', k + 1)) this.prefixes.add(key.slice(0, k));
  }

  /** Whether some key opens with `key` and a blank: a longer name may follow it. */
  continues(key: string): boolean {
    return this.prefixes.has(key);
  }

  /** The length of the longest key that opens with `head` (0 for none): a span's key longer than that is not looked up. */
  longestKey(head: string): number {
    return this.longest.get(head) ?? 0;
  }

  lookup(surface: string): ActorEntry[] | undefined {
    return this.lookupKey(nameKey(surface));
  }

  /** `lookup` for a key already made by `nameKey`. */
  lookupKey(key: string): ActorEntry[] | undefined {
    // "Al-Gore" for a name written AL_GORE: a hyphen joins words as "_" does.
    return this.byKey.get(key) ?? (key.includes('-') ? this.byKey.get(key.replace(/\s*-\s*/g, ' ')) : undefined);
  }

  private readonly stems = new Map<string, ActorEntry[]>();

  /**
   * A one-word name that also matches longer words that start with it, as TABARI and PETRARCH
   * read a dictionary word written without a final "_" (ERIADOR: "Eriadori", "Eriadorian").
   */
  addStem(word: string, entry: ActorEntry): void {
    const key = nameKey(word);
    if (key.length < MIN_STEM || /\s/.test(key)) return;
    const list = this.stems.get(key);
    if (list) list.push(entry);
    else this.stems.set(key, [entry]);
  }

  /** The entries of the longest stem that begins `word` and leaves at most a short ending, or undefined. */
  lookupStem(word: string): ActorEntry[] | undefined {
    if (this.stems.size === 0) return undefined;
    const key = nameKey(word);
    for (let n = key.length - 1; n >= Math.max(MIN_STEM, key.length - MAX_STEM_ENDING); n--) {
      const found = this.stems.get(key.slice(0, n));
      if (found) return found;
    }
    return undefined;
  }

  private readonly gapped = new Map<string, Array<{ words: string[]; entry: ActorEntry }>>();

  /**
   * A name of several words that other words may stand between, as TABARI and PETRARCH read a
   * dictionary name whose words are joined by a blank ("ITHIL TELEVISION": "Ithil state-run
   * television"); it is also a name of its own (`add`). Indexed by its first word.
   */
  addGapped(surface: string, entry: ActorEntry): void {
    const words = nameKey(surface).split(' ');
    if (words.length < 2) return;
    const list = this.gapped.get(words[0]!);
    if (list) list.push({ words, entry });
    else this.gapped.set(words[0]!, [{ words, entry }]);
  }

  /** The gapped names whose first word is `word`. */
  gappedFrom(word: string): ReadonlyArray<{ words: string[]; entry: ActorEntry }> {
    return this.gapped.size ? this.gapped.get(nameKey(word)) ?? [] : [];
  }

  get size(): number {
    return this.byKey.size;
  }
}

/** The role a person holds on `date` (YYYY-MM-DD), or null (with no date: the open or the last role). */
export function roleOn(entry: ActorEntry, date: string | null): Role | null {
  const roles = entry.roles ?? [];
  if (roles.length === 0) return null;
  if (!date) return roles.find((r) => !r.to) ?? roles[roles.length - 1]!;
  const active = roles.filter((r) => (!r.from || r.from <= date) && (!r.to || date <= r.to));
  if (active.length) return entry.rolesInOrder ? active[0]! : active.sort((a, b) => rank(a.code) - rank(b.code))[0]!;
  return null;
}

// A head of state who is also party leader is coded by the state role first.
function rank(code: string): number {
  return /GOV$/.test(code) ? 0 : /MIL$|LEG$/.test(code) ? 1 : 2;
}

const num = (s: string): number | undefined => (s === '' || Number.isNaN(Number(s)) ? undefined : Number(s));

/** Loads the project's actor lexicon from `dir` (the shipped data by default). */
export function loadActorLexicon(dir = DATA_DIR): ActorLexicon {
  const lex = new ActorLexicon();
  const countryName = new Map<string, string>();
  for (const r of readTsv(dir + 'countries.tsv', ['iso3', 'name', 'aliases', 'demonyms'])) {
    const iso3 = r.get('iso3');
    const entry: ActorEntry = { name: r.get('name'), kind: 'country', type: 'GPE', code: iso3, country: iso3 };
    countryName.set(iso3, entry.name);
    for (const s of [entry.name, ...r.list('aliases')]) lex.add(s, entry);
    const demonyms = r.list('demonyms');
    const norp: ActorEntry = { name: demonyms[0] ?? entry.name, kind: 'demonym', type: 'NORP', code: iso3, country: iso3 };
    for (const s of demonyms) lex.add(s, norp);
  }
  for (const r of readTsv(dir + 'capitals.tsv', ['name', 'iso3', 'lat', 'lon', 'aliases'])) {
    const entry: ActorEntry = {
      name: r.get('name'), kind: 'capital', type: 'GPE', code: r.get('iso3'), country: r.get('iso3'),
      lat: num(r.get('lat')), lon: num(r.get('lon')),
    };
    for (const s of [entry.name, ...r.list('aliases')]) lex.add(s, entry);
  }
  for (const r of readTsv(dir + 'regions.tsv', ['code', 'names', 'demonyms'])) {
    const names = r.list('names');
    const entry: ActorEntry = { name: names[0] ?? r.get('code'), kind: 'region', type: 'LOC', code: r.get('code'), country: r.get('code') };
    for (const s of names) lex.add(s, entry);
    const demonyms = r.list('demonyms');
    const norp: ActorEntry = { ...entry, name: demonyms[0] ?? entry.name, kind: 'demonym', type: 'NORP' };
    for (const s of demonyms) lex.add(s, norp);
  }
  for (const r of readTsv(dir + 'igos.tsv', ['code', 'name', 'aliases', 'country'])) {
    const entry: ActorEntry = { name: r.get('name'), kind: 'igo', type: 'ORG', code: r.get('code'), country: r.get('country') || null };
    for (const s of [entry.name, ...r.list('aliases')]) lex.add(s, entry);
  }
  for (const r of readTsv(dir + 'metonyms.tsv', ['name', 'code'])) {
    const code = r.get('code');
    const entry: ActorEntry = { name: r.get('name').split('|')[0]!, kind: 'metonym', type: 'ORG', code, country: code.slice(0, 3) };
    for (const s of r.get('name').split('|')) lex.add(s, entry);
  }
  for (const r of readTsv(dir + 'groups.tsv', ['code', 'name', 'aliases', 'type', 'country'])) {
    const type = r.get('type') === 'GROUP' ? 'GROUP' : 'ORG';
    const entry: ActorEntry = { name: r.get('name'), kind: 'igo', type, code: r.get('code'), country: r.get('country') || null };
    for (const s of [entry.name, ...r.list('aliases')]) lex.add(s, entry);
  }
  loadPeople(lex, dir);
  return lex;
}

function loadPeople(lex: ActorLexicon, dir: string): void {
  const people = new Map<string, ActorEntry>();
  for (const r of readTsv(dir + 'people.tsv', ['name', 'aliases', 'code', 'from', 'to', 'title', 'gender'])) {
    const name = r.get('name');
    let entry = people.get(name);
    if (!entry) {
      const g = r.get('gender');
      entry = { name, kind: 'person', type: 'PERSON', code: null, country: null, roles: [], gender: g === 'f' ? 'f' : 'm' };
      people.set(name, entry);
    }
    entry.roles!.push({ code: r.get('code'), from: r.get('from') || null, to: r.get('to') || null, title: r.get('title') });
    entry.country ??= r.get('code').slice(0, 3);
    for (const s of [name, ...r.list('aliases')]) lex.add(s, entry);
  }
}

let shared: ActorLexicon | undefined;

/** The shipped lexicon, loaded once per process. */
export function defaultActorLexicon(): ActorLexicon {
  shared ??= loadActorLexicon();
  return shared;
}
