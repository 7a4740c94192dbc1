// TempEval-3 platinum: does newsgraph find each temporal expression and normalise it to the
// gold TIMEX3 value against the document creation time?
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../engine.js';
import { articleId } from '../sources/article.js';
import { Counter, matchSpans, overlaps } from './metrics.js';
import { goldPath, type EvalSuite } from './suite.js';
import { readTimeml } from './timeml.js';

export const tempeval3: EvalSuite = {
  name: 'tempeval3',
  description: 'TempEval-3 platinum (20 docs): TIMEX3 detection and value against the document date',
  async run(shared) {
    const dir = goldPath(shared, 'datasets/tempeval3-platinum/te3-platinum');
    const engine = createEngine({ components: ['entities', 'dates'] });
    const span = new Counter();
    const value = new Counter();
    const dateValue = new Counter();
    let items = 0;
    let matched = 0;
    let sameValue = 0;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.tml')).sort()) {
      const doc = readTimeml(join(dir, f));
      const record = engine.extract({ id: articleId(doc.text), title: '', date: doc.dct, source: f, url: null, lang: 'en', text: doc.text });
      const sys = record.dates;
      items += doc.timexes.length;
      span.add(...matchSpans(doc.timexes, sys, overlaps));
      value.add(...matchSpans(doc.timexes, sys, (g, s) => overlaps(g, s) && g.value === s.value));
      const dateGold = doc.timexes.filter((t) => t.type === 'DATE');
      const [tp, , fn] = matchSpans(dateGold, sys, (g, s) => overlaps(g, s) && g.value === s.value);
      dateValue.add(tp, 0, fn);
      for (const g of doc.timexes) {
        const s = sys.find((x) => overlaps(g, x));
        if (!s) continue;
        matched++;
        if (s.value === g.value) sameValue++;
      }
    }
    return {
      suite: 'tempeval3',
      gold: dir,
      items,
      fields: { 'span (relaxed, all types)': span.result(), 'value (relaxed span + same value)': value.result() },
      figures: {
        'value accuracy on matched spans': matched ? sameValue / matched : 0,
        'recall of DATE values': dateValue.result().recall,
      },
      notes: ['durations, sets and clock times are not produced by newsgraph; they count as misses in the all-types rows'],
    };
  },
};
