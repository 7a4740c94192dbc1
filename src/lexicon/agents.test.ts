import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgents } from './agents.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-agents-'));
const write = (name: string, rows: string[]): string => {
  const f = join(dir, name);
  writeFileSync(f, ['# a hand-made agents file', 'phrase\tsector\tplural\tnote', ...rows, ''].join('\n'));
  return f;
};

describe('loadAgents', () => {
  const shipped = loadAgents();

  it.each([
    ['troops', 'MIL', true],
    ['troop', 'MIL', false],
    ['army', 'MIL', false],
  ])('the shipped agents.tsv has %s -> %s (plural %s)', (phrase, code, plural) => {
    expect(shipped.find((a) => a.phrase === phrase)).toEqual({ phrase, code, plural });
  });

  it('reads a user file in the same format', () => {
    expect(loadAgents(write('ok.tsv', ['coast guards\tMIL\ty\t', 'state media\tGOVMED\tn\tnote']))).toEqual([
      { phrase: 'coast guards', code: 'MIL', plural: true },
      { phrase: 'state media', code: 'GOVMED', plural: false },
    ]);
  });

  it.each([
    ['case.tsv', ['Troops\tMIL\ty\t'], /must be lowercase/],
    ['sector.tsv', ['troops\tmil\ty\t'], /not a CAMEO agent code/],
    ['plural.tsv', ['troops\tMIL\tyes\t'], /plural must be y or n/],
    ['twice.tsv', ['troops\tMIL\ty\t', 'troops\tMIL\ty\t'], /listed twice/],
    ['columns.tsv', ['troops\tMIL\ty'], /expected 4 tab-separated columns/],
  ])('refuses %s with NG_E040 and the line', (name, rows, why) => {
    const f = write(name, rows);
    expect(() => loadAgents(f)).toThrow(why);
    expect(() => loadAgents(f)).toThrow(`${f}:${2 + rows.length}: `);
  });
});
