import { it } from 'vitest';
import { convertPetrarchVerbs } from './petrarch-verbs.js';
import { loadCodes } from './event-lexicon.js';
it('stats', () => {
  for (const f of ['/work/shared/peers/petrarch2/dictionaries/CAMEO.2.0.txt','/work/shared/peers/petrarch2/dictionaries/PETR.Validate.verbs.txt','/work/shared/peers/tabari/TABARI.Demo.verbs','/work/shared/peers/petrarch2/dictionaries/CAMEO.verbpatterns.150430.txt']) {
    const t = Date.now();
    try {
    const { verbs, stats } = convertPetrarchVerbs(f, loadCodes(), { unknownCodes: f.includes('CAMEO') ? 'skip' : 'add' });
    console.log(JSON.stringify({ ...stats, unknownCodes: stats.unknownCodes.slice(0, 30), n: stats.unknownCodes.length, heads: verbs.size, ms: Date.now() - t }, null, 1));
    } catch (e) { console.log(f, String(e)); }
  }
});
