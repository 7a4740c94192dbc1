import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultActorLexicon, roleOn } from './actor-lexicon.js';
import { loadAgents } from './agents.js';
import { loadUserLexicon } from './user-lexicon.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-user-lexicon-'));
const file = (name: string, text: string): string => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};

const actors = file('mine.actors.txt', 'ANNA_KOVAC_\n+KOVAC\n\t[USAGOV 20090120-20170119]\n\t[USAELI]\nKREMLIN [RUSMIL]\n');
const petrAgents = file('mine.agents.txt', 'COAST_GUARD [~MIL]\n');
const tsvAgents = file('mine-agents.tsv', 'phrase\tsector\tplural\tnote\nharbour master\tGOV\tn\t\n');

describe('loadUserLexicon', () => {
  const lex = loadUserLexicon({ actors: [actors], agents: [petrAgents, tsvAgents] });

  it.each([
    ['Kovac', '2010-01-01', 'USAGOV'],
    ['Kovac', '2020-01-01', 'USAELI'],
  ])("adds the user's actors: %s on %s is %s", (surface, date, code) => {
    expect(roleOn(lex.lookup(surface)![0]!, date)?.code).toBe(code);
  });

  it.each([
    ['Kremlin', 'RUSGOV'],
    ['Russia', 'RUS'],
  ])('keeps the project entry for %s (%s)', (surface, code) => {
    expect(lex.lookup(surface)!.map((e) => e.code)).toEqual([code]);
  });

  it.each([
    ['troops', 'MIL'],
    ['coast guard', 'MIL'],
    ['coast guards', 'MIL'],
    ['harbour master', 'GOV'],
  ])('has the agent %s -> %s', (phrase, code) => {
    expect(lex.agents.find((a) => a.phrase === phrase)?.code).toBe(code);
  });

  it("leaves the process-wide default lexicon and the project's agents alone", () => {
    expect(defaultActorLexicon().lookup('Kovac')).toBeUndefined();
    expect(lex.agents.length).toBe(loadAgents().length + 3);
  });

  it('with no files is the project lexicon', () => {
    const plain = loadUserLexicon({});
    expect(plain.size).toBe(defaultActorLexicon().size);
    expect(plain.agents).toEqual(loadAgents());
  });

  it('stops on a bad file with NG_E040', () => {
    const bad = file('bad.actors.txt', 'FOO [USA\n');
    expect(() => loadUserLexicon({ actors: [bad] })).toThrow(`${bad}:1: `);
  });
});
