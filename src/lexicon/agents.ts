// Agents: role nouns that give an actor its sector ("Ukrainian troops" -> UKR + MIL), read
// from the project's agents.tsv; PETRARCH/TABARI agent dictionaries load into the same shape.
import { DATA_DIR } from './actor-lexicon.js';
import { fail, readTsv } from './tsv.js';

export interface AgentEntry {
  /** Lowercase words separated by single spaces: "soldiers", "foreign minister". */
  phrase: string;
  /** Sector code(s) without PETRARCH's `~`: "MIL", "GOVMED". */
  code: string;
  /** True for a plural form ("troops"); false for a singular or a form that has no plural. */
  plural?: boolean;
  /** PETRARCH's `NGO~`: the code goes before the actor's code instead of after it. */
  before?: boolean;
}

export const AGENTS_FILE = DATA_DIR + 'agents.tsv';

const SECTOR = /^(?:[A-Z]{3})+$/;

/** Reads agents.tsv (columns phrase, sector, plural): every row checked, a bad one is NG_E040. */
export function loadAgents(file: string = AGENTS_FILE): AgentEntry[] {
  const seen = new Set<string>();
  const out: AgentEntry[] = [];
  for (const r of readTsv(file, ['phrase', 'sector', 'plural'])) {
    const phrase = r.get('phrase').replace(/\s+/g, ' ');
    const code = r.get('sector');
    const plural = r.get('plural');
    if (!phrase) fail(file, r.line, 'empty phrase');
    if (phrase !== phrase.toLowerCase()) fail(file, r.line, `phrase "${phrase}" must be lowercase`);
    if (!SECTOR.test(code)) fail(file, r.line, `sector "${code}" is not a CAMEO agent code (3 capital letters, or several such blocks)`);
    if (plural !== 'y' && plural !== 'n') fail(file, r.line, `plural must be y or n, found "${plural}"`);
    if (seen.has(phrase)) fail(file, r.line, `phrase "${phrase}" is listed twice`);
    seen.add(phrase);
    out.push({ phrase, code, plural: plural === 'y' });
  }
  return out;
}
