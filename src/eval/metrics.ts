// Precision, recall and F1 counters for the evaluation suites.

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export class Counter {
  tp = 0;
  fp = 0;
  fn = 0;

  add(tp: number, fp: number, fn: number): void {
    this.tp += tp;
    this.fp += fp;
    this.fn += fn;
  }

  result(): Prf {
    const precision = this.tp + this.fp === 0 ? 0 : this.tp / (this.tp + this.fp);
    const recall = this.tp + this.fn === 0 ? 0 : this.tp / (this.tp + this.fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { tp: this.tp, fp: this.fp, fn: this.fn, precision, recall, f1 };
  }
}

export interface Span {
  start: number;
  end: number;
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Matches system spans to gold spans one to one (greedy, in order) under `same`, and counts
 * true positives, false positives and false negatives.
 */
export function matchSpans<G extends Span, S extends Span>(gold: G[], sys: S[], same: (g: G, s: S) => boolean): [number, number, number] {
  const used = new Uint8Array(sys.length);
  let tp = 0;
  for (const g of gold) {
    const k = sys.findIndex((s, i) => !used[i] && same(g, s));
    if (k >= 0) {
      used[k] = 1;
      tp++;
    }
  }
  return [tp, sys.length - tp, gold.length - tp];
}
