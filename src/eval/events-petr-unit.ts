// PETRARCH's unit-test records, coded with their own toy dictionaries: does newsgraph reproduce each (source, target, code)?
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeSentences, TripleScore, tripleFields, tripleFigures } from './events-common.js';
import { dictionaryEngine, TARGET_PREPOSITIONS, verbNote } from './events-dictionaries.js';
import { parsePetrXml } from './events-records.js';
import { goldPath, type EvalSuite } from './suite.js';

const list = (s: string | undefined): string[] => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);

export const petrUnit: EvalSuite = {
  name: 'petr-unit',
  description: 'PETRARCH unit-test records (toy dictionaries, WEIS-era codes): (source, target, code) per sentence',
  async run(shared) {
    const file = goldPath(shared, 'peers/petrarch2/PETR.UnitTest.records.xml');
    const dir = goldPath(shared, 'peers/petrarch2/dictionaries');
    const { environment: env, sentences } = parsePetrXml(readFileSync(file, 'utf8'));
    const d = dictionaryEngine({
      actors: list(env.Actorfile).map((f) => join(dir, f)),
      agents: list(env.Agentfile).map((f) => join(dir, f)),
      verbs: join(dir, env.Verbfile ?? ''),
      unknownCodes: 'add',
      targetPrepositions: TARGET_PREPOSITIONS,
    });
    const include = new Set((env.Include ?? '').split(/\s+/));
    const scored = sentences.filter((s) => s.evaluate && !s.error && include.has(s.category));
    const score = new TripleScore(true);
    codeSentences(d.engine, scored, score, 'petr-unit');
    return {
      suite: 'petr-unit',
      gold: file,
      items: score.exact.tp + score.exact.fn,
      fields: tripleFields(score),
      figures: tripleFigures(score),
      notes: [
        `${sentences.length} records: ${sentences.filter((s) => s.error).length} that test input errors (error="...") and ${sentences.filter((s) => !include.has(s.category)).length} of categories outside <Include> are not scored`,
        `dictionaries: ${[env.Verbfile, env.Actorfile, env.Agentfile].join(', ')} only (no shipped lexicon); the discards file is not read`,
        'codes missing from the CAMEO codebook (WEIS codes such as 345) are kept as they are',
        'actors are printed as PETRARCH prints them: a missing target is "---", an agent with no country "---GOV" (the gold lists such events)',
        verbNote(d.verbs),
        `agents written CODE~ (code before the owner's): ${d.agentsBefore}; dictionary lines read with a warning: ${d.warnings}`,
      ],
    };
  },
};
