import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine.js';
import { makeArticle } from '../sources/article.js';
import { ActorLexicon, loadActorLexicon, roleOn } from './actor-lexicon.js';
import { displayName, loadPetrarchActors } from './petrarch-actors.js';
import { loadPetrarchAgents, pluralOf } from './petrarch-agents.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-petrarch-'));
let count = 0;
const write = (text: string): string => {
  const f = join(dir, `dict-${++count}.txt`);
  writeFileSync(f, text);
  return f;
};

// Hand-made, in the syntax of the PETRARCH/TABARI files: fictional actors, real country codes.
const ACTORS = write(`# a hand-made actor dictionary
<!-- a one-line XML comment -->
<!-- a comment
     over two lines -->
FREEDONIA_  [FRD]
+FREEDONIAN
+FREEDONIA_CITY  # its capital
+PARIS
SYLVANIA [SYL] ; a TABARI comment
ANNA_KOVAC_  # dated roles on indented lines
	[USAELI <20090119]
	[USAGOV 20090120-20170119]
	[USAOPP >20170120]
BORIS_ZELL [RUSMIL 950601-990815] [RUSELI]
CARLOS_MENDE
+MENDE
	[CHLGOV > 100101]
MARTA_VELL  # a person whose first role is a bare code, then dated roles
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
	[HOBREB > 990816]
OLD_IRAQ_NAME  # a country's codes over time: a real country code and a status, no role
	[IRQ <20030320]
	[IRQOCC 20030320-20060520]
	[IRQ >20060520]
NORTHERN_LEAGUE_OF_STATES [IGOEURNLS]
FREEDONIAN_NAVY_  [FRDMIL]#no blank before this comment
THE_MARSH  [---]
TWIN_REPUBLICS [FRD/SYL]  # a compound code: one name, two actors
WESTERN_BLOC [wst]
CHEESE= [CHZ]  # a final = : no ending
<NOUN>
BEES
</NOUN>
~~FINISH
AFTER_THE_END [XXX]
`);

describe('loadPetrarchActors', () => {
  const lex = new ActorLexicon();
  loadPetrarchActors(ACTORS, lex);
  const first = (s: string) => lex.lookup(s)?.[0];

  it.each([
    ['Freedonia', 'Freedonia', 'country', 'GPE', 'FRD', 'FRD'],
    ['Freedonian', 'Freedonia', 'country', 'GPE', 'FRD', 'FRD'],
    ['Freedonia City', 'Freedonia', 'country', 'GPE', 'FRD', 'FRD'],
    // Texts prepared for PETRARCH join a name's words with "_" as its dictionaries do.
    ['Freedonia_City', 'Freedonia', 'country', 'GPE', 'FRD', 'FRD'],
    ['Sylvania', 'Sylvania', 'country', 'GPE', 'SYL', 'SYL'],
    ['Northern League of States', 'Northern League of States', 'igo', 'ORG', 'IGOEURNLS', 'EUR'],
    ['Freedonian Navy', 'Freedonian Navy', 'metonym', 'ORG', 'FRDMIL', 'FRD'],
    ['Western Bloc', 'Western Bloc', 'region', 'LOC', 'WST', 'WST'],
    ['Anna Kovac', 'Anna Kovac', 'person', 'PERSON', null, 'USA'],
    ['Marta Vell', 'Marta Vell', 'person', 'PERSON', null, 'HOB'],
    ['Old Iraq Name', 'Old Iraq Name', 'country', 'GPE', 'IRQ', 'IRQ'],
  ])('%s is %s (%s, %s, code %s, country %s)', (surface, name, kind, type, code, country) => {
    expect(first(surface)).toMatchObject({ name, kind, type, code, country });
  });

  it.each([
    ['Anna Kovac', '2005-03-01', 'USAELI'],
    ['Anna Kovac', '2009-01-20', 'USAGOV'],
    ['Anna Kovac', '2017-01-19', 'USAGOV'],
    ['Anna Kovac', '2021-06-01', 'USAOPP'],
    ['Boris Zell', '1997-01-01', 'RUSMIL'],
    ['Boris Zell', '2005-01-01', 'RUSELI'],
    ['Mende', '2011-01-01', 'CHLGOV'],
    ['Mende', '2009-12-31', null],
    ['Marta Vell', '1990-01-01', 'HOB'],
    ['Marta Vell', '1997-01-01', 'HOBGOV'],
    ['Marta Vell', '2001-01-01', 'HOBREB'],
  ])('%s on %s is coded %s', (surface, date, code) => {
    expect(roleOn(first(surface)!, date)?.code ?? null).toBe(code);
  });

  it('reads a compound code as its first actor with the others beside it', () => {
    expect(first('Twin Republics')).toMatchObject({ code: 'FRD', also: ['SYL'], country: 'FRD' });
  });

  it('codes an event of a compound actor once for each of its actors', () => {
    const l = loadActorLexicon();
    loadPetrarchActors(ACTORS, l);
    const engine = createEngine({ lexicon: l });
    const r = engine.extract(makeArticle({ source: 't', date: '2024-03-01', text: 'The Twin Republics condemned Russia on Monday.' }));
    const pairs = r.events.filter((e) => e.root === '11').map((e) => `${e.source?.code}>${e.target?.code}`);
    expect(pairs.sort()).toEqual(['FRD>RUS', 'SYL>RUS']);
    // The record's entity keeps one code, the first.
    expect(r.entities.find((e) => e.name === 'Twin Republics')?.code).toBe('FRD');
  });

  it.each([['The Marsh'], ['Bees'], ['After the End']])('%s is not an actor (null code, noun block, after ~~FINISH)', (surface) => {
    expect(lex.lookup(surface)).toBeUndefined();
  });

  it('reads a one-word name without a final "_" as a stem: it also matches a longer word with a short ending', () => {
    // SYLVANIA is written without "_", FREEDONIA_ with one.
    expect(lex.lookupStem('Sylvanian')?.[0]?.code).toBe('SYL');
    expect(lex.lookupStem('Sylvanias')?.[0]?.code).toBe('SYL');
    expect(lex.lookupStem('Freedonias')).toBeUndefined();
    // Only a short ending: a word much longer than the stem is another word.
    expect(lex.lookupStem('Sylvaniaphilosophy')).toBeUndefined();
  });

  it('reads a regular plural on the last word of a name that is not a person, as TABARI does', () => {
    expect(first('Freedonias')?.code).toBe('FRD');
    expect(first('Freedonian Navys')?.code).toBe('FRDMIL');
    expect(first('Western Blocs')?.code).toBe('WST');
    expect(lex.lookup('Anna Kovacs')).toBeUndefined();
    expect(lex.lookup('Freedoniax')).toBeUndefined();
    expect(first('Cheese')?.code).toBe('CHZ');
    expect(lex.lookup('Cheeses')).toBeUndefined();
  });

  it('leaves a name the project lexicon knows to the project', () => {
    const project = loadActorLexicon();
    const before = project.lookup('Paris');
    loadPetrarchActors(ACTORS, project);
    expect(project.lookup('Paris')).toEqual(before);
    expect(project.lookup('Freedonian')?.[0]?.code).toBe('FRD');
  });

  it.each([
    ['[USA]\n', 1, /a code line with no actor name/],
    ['+ALIAS\n', 1, /a synonym \(\+\) line with no actor/],
    ['FOO [USA\n', 1, /no closing "\]"/],
    ['FOO [US$A]\n', 1, /code "US\$A" must be letters and digits/],
    ['FOO\n\t[USAGOV 2009-01-20]\n', 2, /date restriction "2009-01-20" must be/],
    ['FOO\n\n\t[USAGOV >20091320]\n', 3, /"20091320" is not a calendar date/],
    ['FOO [USAGOV ~2009]\n', 1, /must be <DATE, >DATE or DATE-DATE/],
    ['FOO } [USA]\n', 1, /unexpected "}" in the name/],
    ['name\taliases\tcode\nVladimir Putin\tPutin\tRUSGOV\n', 1, /no actor with a \[CODE\]/],
  ])('refuses %j at line %i', (text, line, why) => {
    const f = write(text);
    const err = (() => {
      try {
        loadPetrarchActors(f, new ActorLexicon());
      } catch (e) {
        return e as { code: string; message: string };
      }
      return null;
    })();
    expect(err?.code).toBe('NG_E040');
    expect(err?.message).toContain(`${f}:${line}: `);
    expect(err?.message).toMatch(why);
  });

  it.each([
    ['FOO [USAGOV 20100101-20090101]\n', /ends before it starts/, undefined],
    ['FOO [USAGOV >201005011]\n', /neither YYMMDD nor YYYYMMDD/, 'USAGOV'],
    ['FOO [USA]  Newspapers  $137,000,000\n', /after the codes is ignored/, 'USA'],
    ['FOO [USA]\n+BAR]_\n', /has a bracket in it; skipped/, 'USA'],
  ])('reads %j as PETRARCH does, with a warning', (text, why, code) => {
    const warnings: string[] = [];
    const l = new ActorLexicon();
    loadPetrarchActors(write(text), l, { onWarning: (w) => warnings.push(w) });
    expect(warnings.join('\n')).toMatch(why);
    const e = l.lookup('Foo')?.[0];
    expect(e ? (e.code ?? roleOn(e, '2012-01-01')?.code) : undefined).toBe(code);
  });
});

describe('loadPetrarchAgents', () => {
  const agents = loadPetrarchAgents(
    write(`!PERSON! = MAN, MEN, WOMAN
GUARD [~MIL]
ARMY {} [~MIL]
ENVOY [~GOV]
BUS_DRIVER [~LAB]
THIEF {THIEVES} [~CRM]
RELIEF_AGENCY [NGO~]
BORDER!PERSON! [~COP]
MINISTRY_OF_CHEESE  [ ~GOVAGR] # a comment
`),
  );
  const find = (phrase: string) => agents.filter((a) => a.phrase === phrase);

  it.each([
    ['guard', 'MIL', false, undefined],
    ['guards', 'MIL', true, undefined],
    ['army', 'MIL', false, undefined],
    ['envoys', 'GOV', true, undefined],
    ['bus drivers', 'LAB', true, undefined],
    ['thieves', 'CRM', true, undefined],
    ['relief agency', 'NGO', false, true],
    ['relief agencies', 'NGO', true, true],
    ['borderman', 'COP', false, undefined],
    ['bordermen', 'COP', false, undefined],
    ['borderwoman', 'COP', false, undefined],
    ['ministry of cheese', 'GOVAGR', false, undefined],
  ])('%s -> %s (plural %s, before %s)', (phrase, code, plural, before) => {
    expect(find(phrase)).toEqual([{ phrase, code, plural, ...(before ? { before } : {}) }]);
  });

  it.each([['armys'], ['thiefs'], ['bordermans']])('makes no %s', (phrase) => {
    expect(find(phrase)).toEqual([]);
  });

  it.each([
    ['GUARD [MIL]\n', /must be ~CODE/],
    ['GUARD [~MIL\n', /no closing "\]"/],
    ['BORDER!NOPE! [~COP]\n', /!NOPE! is not defined/],
    ['GUARD {GUARDS [~MIL]\n', /"\{" plural with no closing "\}"/],
    ['!EMPTY! =\n', /has no words/],
  ])('refuses %j', (text, why) => {
    const f = write(text);
    expect(() => loadPetrarchAgents(f)).toThrow(why);
    expect(() => loadPetrarchAgents(f)).toThrow(`${f}:1: `);
  });
});

describe('names and plurals', () => {
  it.each([
    ['MOHAMMAD ZAHIR SHAH', 'Mohammad Zahir Shah'],
    ['AL-QAEDA', 'Al-Qaeda'],
    ['IMF', 'IMF'],
    ['U.S. STATE DEPARTMENT', 'U.S. State Department'],
    ['BANK OF THE NORTH', 'Bank of the North'],
    ['CNN INTERNATIONAL', 'CNN International'],
    ['Already Mixed', 'Already Mixed'],
  ])('displayName(%s) = %s', (raw, name) => {
    expect(displayName(raw)).toBe(name);
  });

  it.each([
    ['soldier', 'soldiers'],
    ['militia', 'militias'],
    ['embassy', 'embassies'],
    ['attorney', 'attorneys'],
    ['congress', 'congresses'],
    ['church', 'churches'],
  ])('pluralOf(%s) = %s', (s, p) => {
    expect(pluralOf(s)).toBe(p);
  });
});

// The peers' files are read where they are, never copied into the repository.
const PEERS = join(import.meta.dirname, '../../../shared/peers');
const PETR = join(PEERS, 'petrarch2/dictionaries');
const TABARI = join(PEERS, 'tabari');

describe.skipIf(!existsSync(PETR))('the PETRARCH-2 and TABARI dictionaries', () => {
  it.each([
    ['PETR.Validate.actors.txt', 'Gollum', '1996-01-01', 'HOBGOV'],
    ['PETR.Validate.actors.txt', 'Interpol', null, 'IGOCOPITP'],
    ['PETR.Validate.actors.txt', 'Zimbabwe', '2000-01-01', 'ZBW'],
  ])('%s: %s on %s is %s', (file, surface, date, code) => {
    const lex = new ActorLexicon();
    loadPetrarchActors(join(PETR, file), lex);
    const e = lex.lookup(surface)![0]!;
    expect(e.kind === 'person' ? roleOn(e, date)?.code : e.code).toBe(code);
  });

  it.skipIf(!existsSync(TABARI))('reads the TABARI demo actors and validation agents', () => {
    const lex = new ActorLexicon();
    loadPetrarchActors(join(TABARI, 'TABARI.Demo.actors'), lex);
    expect(lex.lookup('Bees')).toBeUndefined();
    expect(roleOn(lex.lookup('Albright')![0]!, '2000-06-01')?.code).toBe('USAGOV');
    expect(loadPetrarchAgents(join(TABARI, 'Validate.agents')).find((a) => a.phrase === 'human rights body')).toMatchObject({ code: 'NGO', before: true });
  });

  it('loads the three Phoenix actor files and the Phoenix agents, with only PETRARCH-tolerated oddities', () => {
    const lex = new ActorLexicon();
    const warnings: string[] = [];
    const t0 = performance.now();
    for (const f of ['Countries', 'International', 'MilNonState']) loadPetrarchActors(join(PETR, `Phoenix.${f}.actors.txt`), lex, { onWarning: (w) => warnings.push(w) });
    const ms = performance.now() - t0;
    expect(lex.size).toBeGreaterThan(30_000);
    expect(ms).toBeLessThan(10_000);
    expect(warnings.length).toBeLessThan(20);
    expect(roleOn(lex.lookup('Barack Obama')![0]!, '2010-06-01')?.code).toBe('USAGOV');
    const agents = loadPetrarchAgents(join(PETR, 'Phoenix.agents.txt'), { onWarning: () => undefined });
    expect(agents.find((a) => a.phrase === 'soldiers')?.code).toBe('MIL');
  });
});
