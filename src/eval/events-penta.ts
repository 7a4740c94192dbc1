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
    const m = /^(.+)\t\s*([0-4])\s*$/.exec(line);
    if (m) out.push({ text: m[1]!.trim(), label: Number(m[2]) });
  }
  return out;
}

/** Rows: gold class; columns: predicted class. */
export function confusionLines(m: number[][]): string[] {
  const head = `confusion (rows gold, columns predicted)${m.map((_, j) => String(j).padStart(6)).join('')}`;
  return [head, ...m.map((row, i) => `confusion gold ${i} ${PENTA_NAMES[i]!.padEnd(23)}${row.map((n) => String(n).padStart(6)).join('')}`)];
}

/** Gold class by predicted class for each sentence, and how many had no asserted event. */
function confusion(items: ReadonlyArray<{ text: string; label: number }>): { m: number[][]; none: number; withReported: number; root16: [number, number] } {
  const engine = createEngine();
  const m = PENTA_NAMES.map(() => PENTA_NAMES.map(() => 0));
  let none = 0;
  let withReported = 0;
  const root16: [number, number] = [0, 0];
  for (const [n, s] of items.entries()) {
    const events = engine.extract(makeArticle({ source: `penta#${n + 1}`, date: PENTA_DATE, text: s.text })).events;
    const top = topAsserted(events);
    if (!top) none++;
    m[s.label]![(top && pentaClass(top.root)) ?? 0]!++;
    if (top?.root === '16') root16[s.label === 3 ? 0 : 1]++;
    const any = topAsserted(events, true);
    if (((any && pentaClass(any.root)) ?? 0) === s.label) withReported++;
  }
  return { m, none, withReported, root16 };
}

/** One P/R/F1 row per class from the confusion matrix. */
export function classRows(m: number[][]): Record<string, Prf> {
  const fields: Record<string, Prf> = {};
  PENTA_NAMES.forEach((name, c) => {
    const k = new Counter();
    const predicted = m.reduce((s, row) => s + row[c]!, 0);
    const gold = m[c]!.reduce((s, v) => s + v, 0);
    k.add(m[c]![c]!, predicted - m[c]![c]!, gold - m[c]![c]!);
    fields[`class ${c} ${name}`] = k.result();
  });
  return fields;
}

export const penta: EvalSuite = {
  name: 'penta',
  description: 'ConfliBERT cameo_class train (1,349 sentences): CAMEO five-class label of the top asserted event',
  async run(shared) {
    const file = goldPath(shared, 'datasets/conflibert-cameo-train/cameo_class/train.tsv');
    const items = readPenta(readFileSync(file, 'utf8'));
    const { m, none, withReported, root16 } = confusion(items);
    const fields = classRows(m);
    return {
      suite: 'penta',
      gold: file,
      items: items.length,
      fields,
      figures: {
        accuracy: m.reduce((s, row, i) => s + row[i]!, 0) / items.length,
        'macro-F1': Object.values(fields).reduce((s, r) => s + r.f1, 0) / PENTA_NAMES.length,
        'sentences with no asserted event (predicted class 0)': none,
        'accuracy if events inside reported speech counted too (not the score)': withReported / items.length,
      },
      notes: [
        'class of the most confident asserted, non-negated event by its CAMEO root (01–02 → 0, 03–05 → 1, 06–08 → 2, 09–13 → 3, 14–20 → 4); no event → class 0',
        `the sentences have no date: every one is read as an article dated ${PENTA_DATE}`,
        `judged events of root 16 (reduce relations): ${root16[0] + root16[1]}, of which the gold labels ${root16[0]} verbal conflict (class 3); CAMEO's classes, used here, put 16 in material conflict (class 4)`,
        ...confusionLines(m),
      ],
    };
  },
};
