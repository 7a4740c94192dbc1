import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConll, wikigold } from './wikigold.js';

const CONLL = [
  'The I-ORG', 'Blue I-ORG', 'Lantern I-ORG', 'Singers I-ORG', 'toured O', 'Japan I-LOC', '. O', '',
  'John I-PER', 'Smith I-PER', 'met O', 'Ann I-PER', 'B-Lee B-PER', 'in O', 'Japanese I-MISC', 'Osaka I-LOC', '. O', '',
  '-DOCSTART- O', '',
  'Paris I-LOC', 'is O', 'big O', '. O', '',
  '-DOCSTART- O', '',
].join('\n');

describe('readConll', () => {
  const docs = readConll(CONLL);
  const spans = (i: number) => docs[i]!.gold.map((g) => `${g.label}:${docs[i]!.text.slice(g.start, g.end)}`);

  it('splits documents at -DOCSTART- and rebuilds each text, one sentence a line', () => {
    expect(docs.map((d) => d.text)).toEqual(['The Blue Lantern Singers toured Japan .\nJohn Smith met Ann B-Lee in Japanese Osaka .', 'Paris is big .']);
  });

  it.each([
    [0, ['ORG:The Blue Lantern Singers', 'LOC:Japan', 'PER:John Smith', 'PER:Ann', 'PER:B-Lee', 'MISC:Japanese', 'LOC:Osaka']],
    [1, ['LOC:Paris']],
  ])('document %i has the gold spans %j (IOB1: B- starts a new entity next to one of its type)', (i, expected) => {
    expect(spans(i)).toEqual(expected);
  });

  it('leaves MISC without a scored kind', () => {
    expect(docs[0]!.gold.filter((g) => g.kinds.size === 0).map((g) => g.label)).toEqual(['MISC']);
  });
});

describe('the wikigold suite', () => {
  it('scores a hand-made CoNLL file', async () => {
    const shared = mkdtempSync(join(tmpdir(), 'newsgraph-wikigold-'));
    mkdirSync(join(shared, 'datasets/wikigold'), { recursive: true });
    writeFileSync(join(shared, 'datasets/wikigold/wikigold.conll.txt'), CONLL);
    const report = await wikigold.run(shared);
    expect(report.items).toBe(7);
    expect(report.figures).toEqual({ documents: 2, 'MISC entities (not scored)': 1 });
    const all = report.fields['person+organisation+location (exact)']!;
    expect(all.tp + all.fn).toBe(7);
    expect(report.fields['location (exact)']!.tp).toBeGreaterThanOrEqual(1);
  });
});
