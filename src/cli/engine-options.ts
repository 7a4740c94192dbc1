// The dictionary flags shared by the commands that extract (--actors, --agents, --verbs):
// the user's PETRARCH/TABARI or TSV dictionaries, loaded at start-up; a bad line stops it.
import { agentMap, PERSON_ROLES } from '../components/entities/agent-phrases.js';
import type { EngineOptions } from '../engine.js';
import { defaultEventLexicon, loadCodes } from '../lexicon/event-lexicon.js';
import { loadPetrarchVerbs } from '../lexicon/petrarch-verbs.js';
import { fail } from '../lexicon/tsv.js';
import { loadUserLexicon } from '../lexicon/user-lexicon.js';
import type { Options, Parsed } from './args.js';

export const DICTIONARY_FLAGS: Options = {
  actors: { type: 'string', multiple: true },
  agents: { type: 'string', multiple: true },
  verbs: { type: 'string', multiple: true },
};

export const DICTIONARY_HELP = `  --actors FILE     add a PETRARCH/Phoenix/TABARI actor dictionary (repeatable)
  --agents FILE     add an agent dictionary: PETRARCH/TABARI format, or TSV like src/lexicon/data/agents.tsv
  --verbs FILE      code events with a PETRARCH/TABARI verb dictionary instead of the shipped verb patterns`;

const list = (p: Parsed, name: string): string[] => (Array.isArray(p.values[name]) ? (p.values[name] as string[]) : []);

/** Engine options for the dictionaries named on the command line; {} when none is. */
export function engineOptions(p: Parsed): EngineOptions {
  const actors = list(p, 'actors');
  const agentFiles = list(p, 'agents');
  const verbFiles = list(p, 'verbs');
  const opts: EngineOptions = {};
  if (actors.length || agentFiles.length) {
    const lexicon = loadUserLexicon({ actors, agents: agentFiles });
    const { agents } = agentMap(lexicon.agents);
    for (const role of PERSON_ROLES) if (!agents.has(role)) agents.set(role, { sector: 'GOV', plural: false });
    Object.assign(opts, { lexicon, agents });
  }
  if (verbFiles.length) {
    const codes = new Map(loadCodes());
    const verbs = new Map();
    for (const f of verbFiles) {
      const loaded = loadPetrarchVerbs(f, codes);
      if (loaded.size === 0) fail(f, 1, 'no verb pattern found (expected a PETRARCH/TABARI verb dictionary: "--- VERB [code] ---" blocks)');
      for (const [head, patterns] of loaded) verbs.set(head, [...(verbs.get(head) ?? []), ...patterns]);
    }
    opts.eventLexicon = { codes, verbs, nouns: defaultEventLexicon().nouns };
  }
  return opts;
}
