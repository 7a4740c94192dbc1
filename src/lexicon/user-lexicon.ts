// The lexicon a run uses when the user brings dictionaries of their own: the project's
// lexicon first, then the user's PETRARCH/TABARI actor files and agent files on top.
import { loadActorLexicon, type ActorLexicon } from './actor-lexicon.js';
import { loadAgents, type AgentEntry } from './agents.js';
import { loadPetrarchActors } from './petrarch-actors.js';
import { loadPetrarchAgents } from './petrarch-agents.js';
import type { PetrarchOptions } from './petrarch-files.js';

export interface UserLexiconFiles {
  /** PETRARCH/Phoenix/TABARI actor dictionaries, loaded in order. */
  actors?: string[];
  /** Agent dictionaries: `.tsv` files in the format of the project's agents.tsv, others in PETRARCH/TABARI format. */
  agents?: string[];
}

export type UserLexicon = ActorLexicon & { readonly agents: AgentEntry[] };

/**
 * A fresh lexicon (never the process-wide default, which other runs share) with the user's
 * files added. A name the project already knows keeps the project's entry; the first file
 * that names a new surface wins it. Agents are the project's, then each file's, in order.
 * Any malformed line stops here with NG_E040 `file:line: reason`.
 *
 * @example loadUserLexicon({ actors: ['Phoenix.Countries.actors.txt'], agents: ['Phoenix.agents.txt'] })
 */
export function loadUserLexicon(files: UserLexiconFiles, opts: PetrarchOptions = {}): UserLexicon {
  const lex = loadActorLexicon();
  for (const f of files.actors ?? []) loadPetrarchActors(f, lex, opts);
  const agents = loadAgents();
  for (const f of files.agents ?? []) agents.push(...(f.endsWith('.tsv') ? loadAgents(f) : loadPetrarchAgents(f, opts)));
  return Object.assign(lex, { agents });
}
