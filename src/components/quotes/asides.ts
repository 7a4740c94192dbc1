// Short asides a writer sets between a subject and its verb: "X, though, said", "X, for
// example, showed", "X - especially in the north - said".
import type { Doc } from '../../doc/doc.js';
import { wordAt } from './cues.js';
import { isQuoteMark } from './token-tags.js';

/** Words of the connective phrases a writer sets between commas: "for example", "in turn", "of course", "at the same time". */
const CONNECTIVES = new Set(['though', 'however', 'meanwhile', 'too', 'also', 'instead', 'for', 'example', 'instance', 'in', 'turn', 'fact', 'of', 'course', 'at', 'the', 'same', 'time', 'least', 'by', 'contrast', 'particular', 'part', 'their', 'his', 'her', 'its', 'own', 'on', 'other', 'hand']);
const ASIDE_DASHES = new Set(['-', '--', '\u2014', '\u2013']);
const MAX_COMMA_ASIDE = 4;
const MAX_DASH_ASIDE = 10;

/**
 * The opening comma or dash of a short aside that ends at `close` ("X, though, said", "X,
 * for example, showed", "X - especially in the north - said"), or -1. A comma aside holds only
 * adverbs and connective phrases; a dash aside any words but a verb.
 */
export function asideOpening(doc: Doc, pos: (i: number) => string, close: number, limit: number): number {
  const t = doc.tokens;
  const mark = t.value[close]!;
  const dash = ASIDE_DASHES.has(mark);
  if ((mark !== ',' && !dash) || (dash && t.end[close - 1] === t.start[close])) return -1;
  const window = dash ? MAX_DASH_ASIDE : MAX_COMMA_ASIDE;
  for (let k = close - 1; k >= limit && close - k <= window + 1; k--) {
    const v = t.value[k]!;
    if (v === mark && k < close - 1) return k;
    const p = pos(k);
    if (p === 'VERB' || p === 'AUX' || isQuoteMark(v) || v === ',' || ASIDE_DASHES.has(v)) return -1;
    if (!dash && p !== 'ADV' && !CONNECTIVES.has(wordAt(doc, k) ?? '')) return -1;
  }
  return -1;
}
