// PETRARCH-2's real-dictionary validation records (UniversalPetrarch): newsgraph with its own lexicons, then with Phoenix's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../engine.js';
import { codeSentences, TripleScore, tripleFields, tripleFigures } from './events-common.js';
import { dictionaryEngine, verbNote } from './events-dictionaries.js';
import { parsePetrXml } from './events-records.js';
import { goldPath, type EvalSuite } from './suite.js';

const PHOENIX_ACTORS = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'];

export const petr2Gsr: EvalSuite = {
  name: 'petr2-gsr',
  description: 'PETR2_GSR_validation.xml (78 sentences, CAMEO): (country, country, root) and (source, target, code), own lexicons vs Phoenix',
  async run(shared) {
    const file = goldPath(shared, 'peers/universalpetrarch/PETR2_GSR_validation.xml');
    const dir = goldPath(shared, 'peers/petrarch2/dictionaries');
    const sentences = parsePetrXml(readFileSync(file, 'utf8')).sentences.filter((s) => s.evaluate);
    const own = new TripleScore();
    codeSentences(createEngine(), sentences, own, 'petr2-gsr');
    const d = dictionaryEngine({
      actors: PHOENIX_ACTORS.map((f) => join(dir, f)),
      agents: [join(dir, 'Phoenix.agents.txt')],
      verbs: join(dir, 'CAMEO.2.0.txt'),
      unknownCodes: 'skip',
    });
    const phoenix = new TripleScore();
    codeSentences(d.engine, sentences, phoenix, 'petr2-gsr');
    return {
      suite: 'petr2-gsr',
      gold: file,
      items: own.exact.tp + own.exact.fn,
      fields: { ...tripleFields(own, 'own: '), ...tripleFields(phoenix, 'phoenix: ') },
      figures: { ...tripleFigures(own, 'own: '), ...tripleFigures(phoenix, 'phoenix: ') },
      notes: [
        '"own" is createEngine() with the shipped lexicons; "phoenix" is a fresh lexicon with the three Phoenix actor files, Phoenix.agents.txt and CAMEO.2.0.txt only (no noun patterns, discards not read)',
        'country = first three letters of the actor code on both sides (---REB gives "---"); root = first two digits of the code',
        'the 18 AFP records take their gold from PETRARCH-2 output (silver); CAMEO.2.0 codes missing from our codebook are skipped',
        verbNote(d.verbs),
        `agents written CODE~ (code before the owner's): ${d.agentsBefore}; dictionary lines read with a warning: ${d.warnings}`,
      ],
    };
  },
};
