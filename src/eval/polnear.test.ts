import { describe, expect, it } from 'vitest';
import type { RecordQuote } from '../record/types.js';
import { Counter } from './metrics.js';
import { agreement, quoteRelations, readBrat, ROWS, tidyPieces, type Relation } from './polnear.js';

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

describe('polnear: agreement between annotators', () => {
  const rel = (source: string, cue: string, content: string): Relation => ({ source: [{ start: at(source)[0], end: at(source)[1] }], cue: [{ start: at(cue)[0], end: at(cue)[1] }], content: [{ start: at(content)[0], end: at(content)[1] }] });
  const counters = (): Map<string, Counter> => new Map(ROWS.map(([name]) => [name, new Counter()]));

  it('scores every annotator against every other one, and the system against each', () => {
    const one = [rel('The mayor', 'said', 'the bridge would reopen'), rel('she', 'added', 'It is safe')];
    const two = [rel('The mayor', 'said', 'the bridge would reopen')];
    const sys = [rel('mayor', 'said', 'the bridge would reopen')];
    const humans = counters();
    const system = counters();
    agreement([one, two], sys, humans, system);
    // Ordered pairs: one against two finds 1 of 2, two against one 1 of 1.
    expect(humans.get('source (exact)')!.result()).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    // "mayor" is not "The mayor" exactly, but it overlaps.
    expect(system.get('source (exact)')!.result()).toMatchObject({ tp: 0, fp: 2, fn: 3 });
    expect(system.get('source (overlap)')!.result()).toMatchObject({ tp: 2, fp: 0, fn: 1 });
  });
});
