// re3d money: does newsgraph find the money amounts that re3d's annotators marked?
import { createEngine } from '../engine.js';
import { articleId } from '../sources/article.js';
import { Counter, matchSpans, overlaps } from './metrics.js';
import { readRe3d } from './re3d-files.js';
import { goldPath, type EvalSuite } from './suite.js';

const NOT_MONEY = new Set(['%', 'pp']);

export const re3dMoney: EvalSuite = {
  name: 're3d-money',
  description: 're3d (98 docs): Money entities, span overlap and exact span, all and with a figure in them',
  async run(shared) {
    const root = goldPath(shared, 'datasets/re3d');
    const engine = createEngine({ components: ['amounts'] });
    const relaxed = new Counter();
    const exact = new Counter();
    const numeric = new Counter();
    let items = 0;
    for (const source of readRe3d(root)) {
      const money = source.entities.filter((e) => e.type === 'Money');
      for (const d of source.docs) {
        const gold = money.filter((e) => e.documentId === d._id).map((e) => ({ start: e.begin, end: e.end, value: e.value }));
        const rec = engine.extract({ id: articleId(d.text), title: '', date: null, source: source.name, url: null, lang: 'en', text: d.text });
        const sys = rec.amounts.filter((a) => !NOT_MONEY.has(a.unit) && /^[A-Z]{3}$/.test(a.unit));
        items += gold.length;
        relaxed.add(...matchSpans(gold, sys, overlaps));
        exact.add(...matchSpans(gold, sys, (g, s) => g.start === s.start && g.end === s.end));
        numeric.add(...matchSpans(gold.filter((g) => /\d/.test(g.value)), sys, overlaps));
      }
    }
    return {
      suite: 're3d-money',
      gold: root,
      items,
      fields: { 'money (overlap)': relaxed.result(), 'money (exact span)': exact.result(), 'money with a figure (overlap)': numeric.result() },
      notes: ['re3d also marks words such as "wages" or "handouts" as Money; newsgraph extracts amounts only, so the last row counts gold items that contain a figure'],
    };
  },
};
