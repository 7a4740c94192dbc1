import { describe, expect, it } from 'vitest';
import type { RecordEvent } from '../record/types.js';
import { exact, isoDate, matchTriples, NullActors, pentaClass, topAsserted, TripleScore, type Triple } from './events-common.js';
import { agentMap } from '../components/entities/agent-phrases.js';
import { classRows, confusionLines, readPenta } from './events-penta.js';
import { ploverCodes, ploverEvent, sameActor } from './events-plover-gsr.js';

const event = (over: Partial<RecordEvent>): RecordEvent => ({
  id: 'V1', sentence: 0, source: null, target: null, cameo: '042', root: '04', quadClass: 1, goldstein: 1.9, plover: 'CONSULT',
  trigger: { start: 0, end: 1, text: 'x' }, date: null, dateText: null, location: null, negated: false, modality: 'asserted', confidence: 0.5, ...over,
});
const actor = (code: string) => ({ entity: 'E1', code, country: code.slice(0, 3), text: code, start: 0, end: 1 });

describe('topAsserted', () => {
  it('takes the most confident asserted, non-negated event, the earliest on a tie', () => {
    const events = [
      event({ id: 'a', confidence: 0.7 }),
      event({ id: 'b', confidence: 0.9, modality: 'reported' }),
      event({ id: 'c', confidence: 0.95, negated: true }),
      event({ id: 'd', confidence: 0.7 }),
    ];
    expect(topAsserted(events)?.id).toBe('a');
    expect(topAsserted(events, true)?.id).toBe('b');
    expect(topAsserted([event({ modality: 'future' })])).toBeNull();
  });
});

describe('pentaClass', () => {
  it.each([
    ['01', 0], ['020', 0], ['03', 1], ['0512', 1], ['06', 2], ['087', 2], ['09', 3], ['138', 3], ['14', 4], ['204', 4], ['21', null], ['def', null],
  ] as const)('%s → %s', (root, cls) => {
    expect(pentaClass(root)).toBe(cls);
  });
});

describe('triple matching', () => {
  const t = (source: string, target: string, code: string): Triple => ({ source, target, code });

  it('matches gold and system triples as multisets', () => {
    const gold = [t('ARN', 'GON', '064'), t('ARN', 'GON', '064'), t('GON', 'ARN', '033')];
    expect(matchTriples(gold, [t('ARN', 'GON', '064'), t('ARN', 'GON', '012')], exact)).toEqual([1, 1, 2]);
  });

  it('scores only events with a coded source and target, counting the others apart', () => {
    const s = new TripleScore();
    s.add([t('ARN', 'GON', '064')], [event({ source: actor('ARN'), target: actor('GON'), cameo: '064' }), event({ source: actor('ARN') })]);
    expect(s.exact.result()).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect([s.notDyadic, s.allRight, s.sentences]).toEqual([1, 1, 1]);
  });
});

describe('isoDate', () => {
  it.each([['19950101', '1995-01-01'], ['950101', '1995-01-01'], ['150607', '2015-06-07'], ['', null], ['95011', null]])('%s → %s', (s, d) => {
    expect(isoDate(s)).toBe(d);
  });
});

describe('penta helpers', () => {
  it('reads sentence TAB label lines and skips others', () => {
    expect(readPenta('Troops shelled the town.\t4\nno label here\nTalks began.\t 1 \n')).toEqual([
      { text: 'Troops shelled the town.', label: 4 },
      { text: 'Talks began.', label: 1 },
    ]);
  });

  it('turns a confusion matrix into per-class rows and printable lines', () => {
    const m = [[2, 1, 0, 0, 0], [0, 1, 0, 0, 0], [0, 0, 0, 0, 0], [1, 0, 0, 0, 0], [0, 0, 0, 0, 3]];
    expect(classRows(m)['class 0 statement/appeal']).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(classRows(m)['class 4 material conflict']).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(confusionLines(m)[1]).toMatch(/^confusion gold 0 statement\/appeal\s+2\s+1\s+0\s+0\s+0$/);
  });
});

describe('plover helpers', () => {
  it.each([['DEMAND', 'REQUEST'], ['DISAPPROVE', 'ACCUSE'], ['INVESTIGATE', 'ACCUSE'], ['FIGHT', 'ASSAULT'], ['AGREE', 'AGREE']])('%s → %s', (old, now) => {
    expect(ploverEvent(old)).toBe(now);
  });

  it('reads gold actors and matches them by country or code prefix', () => {
    expect(ploverCodes([{ code: 'HUN' }, { code: ' ' }])).toEqual(['HUN']);
    expect(ploverCodes('')).toEqual([]);
    expect(sameActor('USA', actor('USAGOV'))).toBe(true);
    expect(sameActor('IGO', { ...actor('IGOUNO'), country: null })).toBe(true);
    expect(sameActor('USA', null)).toBe(false);
  });
});

describe('agentMap', () => {
  it('keeps the first entry of a phrase and passes CODE~ agents on with their code first', () => {
    const { agents, before } = agentMap([
      { phrase: 'soldiers', code: 'MIL', plural: true },
      { phrase: 'soldiers', code: 'REB', plural: true },
      { phrase: 'human rights body', code: 'NGO', plural: false, before: true },
    ]);
    expect([...agents]).toEqual([['soldiers', { sector: 'MIL', plural: true }], ['human rights body', { sector: 'NGO', plural: false, before: true }]]);
    expect(before).toBe(1);
  });
});

describe('NullActors', () => {
  const entity = (id: string, code: string, country: string | null) => ({ id, name: id, type: 'GROUP' as const, code, country, mentions: [] });
  const nulls = new NullActors([entity('E1', 'GOV', null), entity('E2', 'NGMOPP', null), entity('E3', 'NGO', null)]);
  const nullActor = (e: string, code: string | null) => ({ entity: e, code, country: null, text: e });
  it.each([
    ['E1', 'GOV', '---GOV'],
    // A transnational body owns the agent: nothing is missing.
    ['E2', 'NGMOPP', 'NGMOPP'],
    ['E3', 'NGO', '---NGO'],
    ['E9', null, '---'],
  ])('prints %s (%s) as %s', (e, code, printed) => {
    expect(nulls.code(nullActor(e, code))).toBe(printed);
  });
});
