import { describe, expect, it } from 'vitest';
import type { RecordQuote } from '../record/types.js';
import { quoteRelations, readBrat, tidyPieces } from './polnear.js';

const text = 'The mayor said the bridge would reopen. "It is safe," she added. "We checked it twice."';
const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
const span = (s: string): string => at(s).join(' ');

describe('polnear: brat standoff and newsgraph quotations as relations', () => {
  it('reads relations with discontinuous pieces, tidied of spaces', () => {
    const ann = [
      `T1\tSource ${span('The mayor')}\tThe mayor`,
      `T2\tCue ${span('said')}\tsaid`,
      `T3\tContent ${span('the bridge would reopen')}\tthe bridge would reopen`,
      `T4\tAttribution ${span('said')}\tsaid`,
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      `T5\tCue ${span('added')}\tadded`,
      `T6\tContent ${span('"It is safe,"')};${span('"We checked it twice."')}\t...`,
      `T7\tSource ${span('she')}\tshe`,
      `T8\tAttribution ${span('added')}\tadded`,
      'E2\tAttribution:T8 Content:T6 Cue:T5 Source:T7',
    ].join('\n');
    const rels = readBrat(ann, text);
    expect(rels).toHaveLength(2);
    expect(rels[1]!.content.map((p) => text.slice(p.start, p.end))).toEqual(['"It is safe,"', '"We checked it twice."']);
  });

  it('joins pieces that only spaces separate', () => {
    const [a, b] = [at('It is safe,"'), at('she added')];
    expect(tidyPieces([{ start: a[0], end: a[1] + 1 }, { start: b[0], end: b[1] }], text)).toEqual([{ start: a[0], end: b[1] }]);
  });

  it('turns an utterance split by its attribution into one relation, with its quotation marks', () => {
    const quote = (id: string, s: string, extra: Partial<RecordQuote> = {}): RecordQuote => ({
      id, ...{ start: at(s)[0], end: at(s)[1], text: s }, kind: 'direct', cue: 'added',
      speaker: { entity: null, name: 'she', start: at('she')[0], end: at('she')[1] },
      cueSpan: { start: at('added')[0], end: at('added')[1], text: 'added' }, ...extra,
    });
    const rels = quoteRelations([quote('Q1', 'It is safe'), quote('Q2', 'We checked it twice.', { continues: 'Q1' })], text);
    expect(rels).toHaveLength(1);
    expect(rels[0]!.content.map((p) => text.slice(p.start, p.end))).toEqual(['"It is safe,"', '"We checked it twice."']);
    expect(rels[0]!.source.map((p) => text.slice(p.start, p.end))).toEqual(['she']);
  });
});
