// The amounts component: money, percentages and counts of things ("at least 12 people"),
// each with its value, unit and span.
import type { Doc } from '../../doc/doc.js';
import type { AmountSpan } from '../../doc/layers.js';
import { defineComponent, type Component } from '../component.js';
import { dropOverlaps, findAmounts, type AmountMatch } from './parse-amount.js';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
// Units that measure time belong to the dates layer, not to counts.
const NOT_COUNT_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'time', 'percent', 'decade', 'century']);

export function amountsComponent(): Component {
  return defineComponent({
    name: 'amounts',
    requires: ['tokens', 'sentences', 'pos', 'numerics'],
    assigns: ['amounts'],
    run(doc) {
      const found = [...findAmounts(doc.text), ...findCounts(doc)];
      doc.set('amounts', dropOverlaps(found).map((a) => toSpan(doc, a)));
    },
  });
}

function toSpan(doc: Doc, a: AmountMatch): AmountSpan {
  return { start: a.start, end: a.end, text: doc.slice(a.start, a.end), value: a.value, unit: a.unit, sentence: doc.sentenceAt(a.start) };
}

/** A cardinal number (digits or words, with scale words) followed by a plural noun. */
function findCounts(doc: Doc): AmountMatch[] {
  const t = doc.tokens;
  const out: AmountMatch[] = [];
  for (let i = 0; i < doc.size; i++) {
    if (t.pos[i] !== 'NUM') continue;
    let j = i;
    let value = numeral(t.value[i]!);
    if (value === null) continue;
    while (j + 1 < doc.size && t.value[j + 1]!.toLowerCase() in SCALES) {
      value *= SCALES[t.value[++j]!.toLowerCase()]!;
    }
    const unit = j + 1 < doc.size && t.pos[j + 1] === 'NOUN' ? t.lemma[j + 1]!.toLowerCase() : null;
    if (!unit || NOT_COUNT_UNITS.has(unit) || (value !== 1 && !isPlural(t.value[j + 1]!, unit))) {
      i = j;
      continue;
    }
    out.push({ start: t.start[i]!, end: t.end[j + 1]!, value, unit });
    i = j + 1;
  }
  return out;
}

function numeral(s: string): number | null {
  const w = s.toLowerCase();
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w]!;
  if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(s)) return null;
  return Number(s.replace(/,/g, ''));
}

function isPlural(word: string, lemma: string): boolean {
  const w = word.toLowerCase();
  return w !== lemma || w.endsWith('s') || w === 'people' || w === 'police';
}
