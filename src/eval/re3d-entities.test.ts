import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EntityScore, isNameLike, kindOf, re3dEntities, re3dGold, type GoldEntity, type Kind, type SysEntity } from './re3d-entities.js';

const g = (start: number, end: number, ...kinds: Kind[]): GoldEntity => ({ start, end, kinds: new Set(kinds) });
const s = (start: number, end: number, kind: Kind): SysEntity => ({ start, end, kind });
const counts = (score: EntityScore, row: string) => {
  const r = score.rows()[row]!;
  return [r.tp, r.fp, r.fn];
};

describe('kindOf', () => {
  it.each([
    ['PERSON', 'person'], ['ORG', 'organisation'], ['GPE', 'location'], ['LOC', 'location'], ['FAC', 'location'], ['NORP', 'nationality'], ['GROUP', 'organisation'],
  ] as const)('%s -> %s', (type, kind) => {
    expect(kindOf(type)).toBe(kind);
  });
});

describe('EntityScore', () => {
  it.each([
    ['an exact match', [g(0, 5, 'location')], [s(0, 5, 'location')], 'location (exact)', [1, 0, 0]],
    ['a wrong type', [g(0, 5, 'location')], [s(0, 5, 'person')], 'location (exact)', [0, 0, 1]],
    ['a wrong type, seen from the system type', [g(0, 5, 'location')], [s(0, 5, 'person')], 'person (exact)', [0, 1, 0]],
    ['a two-type span found as one type', [g(0, 5, 'location', 'organisation')], [s(0, 5, 'organisation')], 'organisation (exact)', [1, 0, 0]],
    ['a two-type span found as one type, in the other row', [g(0, 5, 'location', 'organisation')], [s(0, 5, 'organisation')], 'location (exact)', [0, 0, 0]],
    ['a two-type span missed', [g(0, 5, 'location', 'organisation')], [], 'location (exact)', [0, 0, 1]],
    ['a two-type span, all rows', [g(0, 5, 'location', 'organisation')], [s(0, 5, 'location')], 'person+organisation+location (exact)', [1, 0, 0]],
    ['a boundary error', [g(0, 14, 'person')], [s(0, 8, 'person')], 'person+organisation+location (exact)', [0, 1, 1]],
    ['a boundary error, overlap row', [g(0, 14, 'person')], [s(0, 8, 'person')], 'person+organisation+location (overlap)', [1, 0, 0]],
    ['an overlap with the wrong type', [g(0, 14, 'person')], [s(0, 8, 'location')], 'person+organisation+location (overlap)', [0, 1, 1]],
    ['nationality is apart from the name rows', [g(0, 5, 'nationality')], [s(0, 5, 'nationality')], 'person+organisation+location (exact)', [0, 0, 0]],
    ['nationality row', [g(0, 5, 'nationality')], [s(0, 5, 'nationality')], 'nationality (exact)', [1, 0, 0]],
    ['one gold span, two system mentions on it', [g(0, 5, 'person')], [s(0, 5, 'person'), s(0, 5, 'person')], 'person (exact)', [1, 1, 0]],
  ])('%s', (_, gold, sys, row, expected) => {
    const score = new EntityScore(['person', 'organisation', 'location', 'nationality']);
    score.add(gold, sys);
    expect(counts(score, row)).toEqual(expected);
  });
});

describe('re3d gold', () => {
  const e = (begin: number, end: number, type: string, value: string, documentId = 'D1') => ({ begin, end, type, value, documentId });

  it('merges the annotations of one span and keeps only the scored types of the document', () => {
    const gold = re3dGold([e(0, 5, 'Location', 'Syria'), e(0, 5, 'Organisation', 'Syria'), e(10, 14, 'Temporal', 'June'), e(0, 5, 'Person', 'Other', 'D2')], 'D1');
    expect(gold.map((x) => [x.start, x.end, [...x.kinds].sort()])).toEqual([[0, 5, ['location', 'organisation']]]);
  });

  it.each([
    ['Tobias Ellwood', true], ['the Kurdish YPG', true], ['al-Nusra', true], ['rebels', false], ["the US's head of state", false], ['U.S. service members', false],
  ])('isNameLike(%s) = %s', (text, expected) => {
    expect(isNameLike(text)).toBe(expected);
  });
});

describe('the re3d suite', () => {
  it('scores a hand-made document set laid out as re3d is', async () => {
    const shared = mkdtempSync(join(tmpdir(), 'newsgraph-re3d-'));
    const dir = join(shared, 'datasets/re3d/Test source');
    mkdirSync(dir, { recursive: true });
    const text = 'Russia and China signed a deal in Beijing. Russian officials said the rebels agreed.';
    writeFileSync(join(dir, 'documents.json'), JSON.stringify({ _id: 'D1', text }) + '\n');
    const ents = [[0, 6, 'Location'], [0, 6, 'Organisation'], [11, 16, 'Location'], [34, 41, 'Location'], [43, 50, 'Nationality'], [70, 76, 'Organisation']];
    writeFileSync(join(dir, 'entities.json'), ents.map(([b, en, type]) => JSON.stringify({ begin: b, end: en, type, value: text.slice(b as number, en as number), documentId: 'D1' })).join('\n'));
    const report = await re3dEntities.run(shared);
    expect(report.items).toBe(5);
    expect(report.figures).toEqual({ documents: 1, 'gold spans with several types': 1 });
    expect(Object.keys(report.fields)).toContain('nationality (exact)');
    expect(Object.keys(report.fields)).toContain('person+organisation+location, name-like gold (overlap)');
    expect(report.fields['location (exact)']!.tp).toBeGreaterThanOrEqual(2);
    expect(report.fields['person+organisation+location (exact)']!.fn + report.fields['person+organisation+location (exact)']!.tp).toBe(4);
    expect(report.fields['person+organisation+location, name-like gold (exact)']!.fn + report.fields['person+organisation+location, name-like gold (exact)']!.tp).toBe(3);
  });
});
