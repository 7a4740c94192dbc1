// ConfliBERT's CAMEO sentences (PentaClass labels): the five-class label of each sentence's most confident asserted event.
import { readFileSync } from 'node:fs';
import { createEngine } from '../engine.js';
import { makeArticle } from '../sources/article.js';
import { PENTA_NAMES, pentaClass, topAsserted } from './events-common.js';
import { Counter, type Prf } from './metrics.js';
import { goldPath, type EvalSuite } from './suite.js';

/** The sentences carry no date; people's dated roles are read on this day. */
export const PENTA_DATE = '2018-01-01';

/** `sentence TAB label` lines, label 0–4; a line without a label 0–4 is skipped. */
export function readPenta(text: string): Array<{ text: string; label: number }> {
  const out: Array<{ text: string; label: number }> = [];
  for (const line of text.split('\n')) {
    const k = line.lastIndexOf('\t');
    const label = k < 0 ? NaN : Number(line.slice(k + 1).trim());
    if (k > 0 && /^[0-4]$/.test(line.slice(k + 1).trim())) out.push({ text: line.slice(0, k).trim(), label });
  }
  return out;
}

/** Rows: gold class; columns: predicted class. */
export function confusionLines(m: number[][]): string[] {
  const head = `confusion (rows gold, columns predicted): ${'     '}${m.map((_, j) => String(j).padStart(5)).join('')}`;
  return [head, ...m.map((row, i) => `confusion gold ${i} ${PENTA_NAMES[i]!.padEnd(20)}${row.map((n) => String(n).padStart(5)).join('')}`)];
}

export const penta: EvalSuite = {
  name: 'penta',
  description: 'ConfliBERT cameo_class train (1,349 sentences): CAMEO five-class label of the top asserted event',
  async run(shared) {
    const file = goldPath(shared, 'datasets/conflibert-cameo-train/cameo_class/train.tsv');
    const items = readPenta(readFileSync(file, 'utf8'));
    const engine = createEngine();
    const m = PENTA_NAMES.map(() => PENTA_NAMES.map(() => 0));
    let none = 0;
    for (const [n, s] of items.entries()) {
      const top = topAsserted(engine.extract(makeArticle({ source: `penta#${n + 1}`, date: PENTA_DATE, text: s.text })).events);
      if (!top) none++;
      m[s.label]![(top && pentaClass(top.root)) ?? 0]!++;
    }
    const fields: Record<string, Prf> = {};
    PENTA_NAMES.forEach((name, c) => {
      const k = new Counter();
      k.add(m[c]![c]!, m.reduce((s, row, g) => s + (g === c ? 0 : row[c]!), 0), m[c]!.reduce((s, v, p) => s + (p === c ? 0 : v), 0));
      fields[`class ${c} ${name}`] = k.result();
    });
    const right = m.reduce((s, row, i) => s + row[i]!, 0);
    return {
      suite: 'penta',
      gold: file,
      items: items.length,
      fields,
      figures: {
        accuracy: right / items.length,
        'macro-F1': Object.values(fields).reduce((s, r) => s + r.f1, 0) / PENTA_NAMES.length,
        'sentences with no asserted event (predicted class 0)': none,
      },
      notes: [
        `class of the most confident asserted, non-negated event by its CAMEO root (01–02 → 0, 03–05 → 1, 06–08 → 2, 09–13 → 3, 14–20 → 4); no event → class 0`,
        `the sentences have no date: every one is read as an article dated ${PENTA_DATE}`,
        ...confusionLines(m),
      ],
    };
  },
};
