// An engine built from PETRARCH/TABARI dictionary files alone (no shipped lexicon), as the peer suites name them.
import { createEngine, type Engine } from '../engine.js';
import { agentMap } from '../components/entities/agent-phrases.js';
import { ActorLexicon } from '../lexicon/actor-lexicon.js';
import type { AgentEntry } from '../lexicon/agents.js';
import { loadCodes } from '../lexicon/event-lexicon.js';
import { loadPetrarchActors } from '../lexicon/petrarch-actors.js';
import { loadPetrarchAgents } from '../lexicon/petrarch-agents.js';
import { convertPetrarchVerbs, type VerbStats } from '../lexicon/petrarch-verbs.js';

export interface DictionaryFiles {
  actors: string[];
  agents: string[];
  verbs: string;
  /** Codes the CAMEO codebook lacks: kept for the toy (WEIS) suites, skipped for real CAMEO ones. */
  unknownCodes: 'add' | 'skip';
  /** See VerbOptions: the toy suites add a `PREP ~T` variant; CAMEO.2.0 would grow to millions of patterns with it. */
  targetPrepositions?: readonly string[];
}

/** Prepositions that open a target after the pattern in TABARI-style coding ("ties with Gondor", "left for Minas Tirith"). */
export const TARGET_PREPOSITIONS = ['with', 'to', 'for', 'against', 'on', 'in', 'at', 'from', 'into', 'over'] as const;

export interface DictionaryEngine {
  engine: Engine;
  verbs: VerbStats;
  /** Agents written CODE~ (the code goes before the owner's: NGO~ + Dania → NGODAN). */
  agentsBefore: number;
  /** Lines the actor and agent readers read with a warning. */
  warnings: number;
}

/** The engine of a peer suite: a fresh actor lexicon, the agents and the verb patterns of its files, no noun patterns. */
export function dictionaryEngine(files: DictionaryFiles): DictionaryEngine {
  let warnings = 0;
  const onWarning = (): void => void warnings++;
  const lexicon = new ActorLexicon();
  for (const f of files.actors) loadPetrarchActors(f, lexicon, { onWarning });
  const entries: AgentEntry[] = files.agents.flatMap((f) => loadPetrarchAgents(f, { onWarning }));
  const { agents, before } = agentMap(entries);
  const codes = new Map(loadCodes());
  const { verbs, stats } = convertPetrarchVerbs(files.verbs, codes, { unknownCodes: files.unknownCodes, targetPrepositions: files.targetPrepositions ?? [] });
  const engine = createEngine({ lexicon, agents, eventLexicon: { codes, verbs, nouns: new Map() } });
  return { engine, verbs: stats, agentsBefore: before, warnings };
}

/** One line on what a verb file gave and what it lost, for a report's notes. */
export function verbNote(s: VerbStats): string {
  const list = (r: Record<string, number>): string => Object.entries(r).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join('; ') || 'none';
  const name = s.file.split('/').pop();
  return `${name}: ${s.verbForms} verb forms, ${s.patternLines} pattern lines, ${s.patternsKept} converted, ${s.eventPatterns} EventPatterns; ` +
    `dropped: ${list(s.dropped)}; approximated: ${list(s.approximated)}; codes not in the codebook: ${s.unknownCodes.length}`;
}
