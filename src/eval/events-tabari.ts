// TABARI's validation suite, coded with its own toy dictionaries: does newsgraph reproduce each (source, target, code)?
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeSentences, TripleScore, tripleFields, tripleFigures } from './events-common.js';
import { dictionaryEngine, TARGET_PREPOSITIONS, verbNote } from './events-dictionaries.js';
import { parseTabari } from './events-records.js';
import { goldPath, type EvalSuite } from './suite.js';

/** `<actorsfile> TABARI.Demo.actors` and the like, from Validate.project. */
function projectFiles(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^<(\w+file)>\s*(\S+)/gm)) out[m[1]!] = m[2]!;
  return out;
}

export const tabari: EvalSuite = {
  name: 'tabari',
  description: 'TABARI Validate.text (standard records before FINAL-01, toy dictionaries): (source, target, code)',
  async run(shared) {
    const dir = goldPath(shared, 'peers/tabari');
    const project = projectFiles(readFileSync(goldPath(dir, 'Validate.project'), 'utf8'));
    const file = goldPath(dir, project.textfile ?? 'Validate.text');
    const parsed = parseTabari(readFileSync(file, 'utf8'));
    const d = dictionaryEngine({
      actors: [join(dir, project.actorsfile ?? '')],
      agents: [join(dir, project.agentsfile ?? '')],
      verbs: join(dir, project.verbsfile ?? ''),
      unknownCodes: 'add',
      targetPrepositions: TARGET_PREPOSITIONS,
    });
    const score = new TripleScore();
    codeSentences(d.engine, parsed.sentences, score, 'tabari');
    return {
      suite: 'tabari',
      gold: file,
      items: score.exact.tp + score.exact.fn,
      fields: tripleFields(score),
      figures: tripleFigures(score),
      notes: [
        `dictionaries from Validate.project: ${project.verbsfile}, ${project.actorsfile}, ${project.agentsfile} only; Validate.options (COMPLEX, labels) is not applied`,
        `${parsed.disabled} switched-off expectations (-{...}) ignored; ${parsed.options} { OPTION: ... } blocks not applied`,
        'codes missing from the CAMEO codebook (WEIS codes) are kept as they are; events need a coded source and target',
        verbNote(d.verbs),
        `agents written CODE~ (code before the owner's): ${d.agentsBefore}; dictionary lines read with a warning: ${d.warnings}`,
      ],
    };
  },
};
