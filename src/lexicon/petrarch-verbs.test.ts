import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine.js';
import { makeArticle } from '../sources/article.js';
import { ActorLexicon } from './actor-lexicon.js';
import { loadCodes, type EventPattern } from './event-lexicon.js';
import { convertPetrarchVerbs, loadPetrarchVerbs } from './petrarch-verbs.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-petrarch-verbs-'));
const file = (name: string, text: string): string => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};
const words = (index: Map<string, EventPattern[]>, head: string): string[] => (index.get(head) ?? []).map((p) => `${p.words.join(' ')} [${p.code}]`);

// PETRARCH-2 layout (CAMEO.2.0.txt): synsets, blocks of synonym verbs, patterns with (PP) and {NP}.
const PETR2 = file('petr2.verbs.txt', `# a comment line
&WEAPON
+RIFLE
+HEAVY_ARMS
&ARMS_
+&WEAPON
+TANK

--- GIVE [070] ---
GIVE {GAVE GIVEN GIVING}  # irregular forms
DONATE [073]
+HAND_OVER {+HANDS_OVER +HANDED_OVER +HANDING_OVER}
WIRE_+TRANSFER
- * &ARMS (TO +)                    [072]   # GIVE
- * {MILITARY AID}                  [0712:071]
- SAID *                            [---]
- * (TO/FOR RELIEF)                 [073]
- % *                               [060]
- * WAS_ ^ TO_ $                    [070]
- * ^ SUPPORT                       [070]
- * &UNDEFINED                      [070]
- * (BROKEN                         [070]
- * NO CODE HERE
~ a (a b GIVE) SAY = a b 070
---STOP---
--- IGNORED [010] ---
IGNORED
`);

describe('loadPetrarchVerbs on a PETRARCH-2 dictionary', () => {
  const { verbs, stats } = convertPetrarchVerbs(PETR2, new Map(loadCodes()));

  it.each([
    ['give', 'give ~T [070]'],
    ['give', 'give [070]'],
    ['give', 'give rifle to ~T [072]'],
    // "_": the two words of the synset member must touch.
    ['give', 'give heavy _ arms to ~T [072]'],
    ['give', 'give ~S support ~T [070]'],
    ['give', 'give tank to ~T [072]'],
    ['give', 'give military aid ~T [0712]'],
    ['give', 'give for relief ~T [073]'],
    ['gave', 'gave rifle to ~T [072]'],
    ['donate', 'donate ~T [073]'],
    ['donate', 'donate tank to ~T [072]'],
    ['hand', 'hand over ~T [070]'],
    ['handed', 'handed over tank to ~T [072]'],
  ])('indexes %s → %s', (head, pattern) => {
    expect(words(verbs, head)).toContain(pattern);
  });

  it('sorts each head longest first and stops at ---STOP---', () => {
    const lengths = verbs.get('give')!.map((p) => p.words.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(verbs.has('ignored')).toBe(false);
  });

  it('counts what it could not express instead of failing', () => {
    expect(stats.dropped).toMatchObject({
      'null code ([---], [###], [+++])': 1,
      'source ($) after the verb': 1,
      'synset not defined in the file': 1,
      'unbalanced () in a pattern': 1,
      'pattern line without a [code] at its end': 1,
      'verb transformation (~) line': 1,
    });
    expect(stats.approximated).toMatchObject({ 'skip marker ^ read as one noun phrase skipped': 1, 'compound marker % read as a source of two or more actors': 1,
      'verb form with words before the verb (WIRE_+TAP) matched with them touching the verb': 1,
    });
    // "WIRE_+TRANSFER": "transfer" with "wire" right before it.
    expect(verbs.get('transfer')!.some((p) => p.before?.join(' ') === 'wire _' && p.code === '070')).toBe(true);
    expect(stats).toMatchObject({ synsets: 2, blocks: 1, verbForms: 4, patternLines: 10, patternsKept: 5 });
  });

  it('reads % before the verb as a compound subject, with no target slot', () => {
    const p = verbs.get('give')!.filter((x) => x.compound === 'source');
    expect(p.map((x) => `${x.words.join(' ')} [${x.code}]`)).toEqual(['give [060]']);
  });

  it('drops a pattern whose synsets give more variants than maxVariants', () => {
    const small = convertPetrarchVerbs(PETR2, new Map(loadCodes()), { maxVariants: 2 });
    expect(small.stats.dropped['synset expansion over 2 variants']).toBe(1);
  });

  it('adds PREP ~T variants only when asked', () => {
    const p = loadPetrarchVerbs(PETR2, new Map(loadCodes()), { targetPrepositions: ['with'] });
    expect(words(p, 'give')).toContain('give with ~T [070]');
    expect(words(verbs, 'give')).not.toContain('give with ~T [070]');
    expect(words(loadPetrarchVerbs(PETR2, new Map(loadCodes()), { implicitTarget: false }), 'give')).not.toContain('give ~T [070]');
  });
});

// TABARI layout (TABARI.Demo.verbs): one verb per line, ; comments, {A | B} alternatives, <TIME> block.
const TABARI = file('demo.verbs', `<SYNSETS>
&TIETYPES
+MILITARY
+ECONOMIC
</SYNSETS>
<TIME>
LAST_WEEK [-7]
</TIME>
RESTOR  [064] ;pas 18 Jun 2007 (a TABARI stem)
- * &TIETYPES TIES [345] ; a WEIS code
- * { FULL | WARM } RELATIONS  [0x1!]
- NOT *  [112]
ACT_ [100]
{ ACTING_ ACTED_ }
CAST DOUBT  [141]
BLAST  [+++]
- * STATEMENT  [122]
`);

describe('loadPetrarchVerbs on a TABARI dictionary', () => {
  it('reads verbs, their own forms line, phrases and disjunctions, keeping codes the codebook lacks', () => {
    const codes = new Map(loadCodes());
    const { verbs, stats } = convertPetrarchVerbs(TABARI, codes);
    expect(words(verbs, 'restore')).toEqual(expect.arrayContaining(['restore military ties ~T [345]', 'restore warm relations ~T [0x1]', 'restore ~T [064]']));
    expect(words(verbs, 'acting')).toContain('acting ~T [100]');
    expect(words(verbs, 'restor')).toContain('restor ~T [064]');
    expect(stats.approximated['TABARI verb stem also indexed as STEM+e']).toBe(3);
    expect(words(verbs, 'cast')).toContain('cast doubt [141]');
    expect(words(verbs, 'blast')).toEqual(['blast statement ~T [122]', 'blast statement [122]']);
    expect(verbs.has('last')).toBe(false);
    expect(verbs.has('acte')).toBe(false);
    expect(codes.get('345')).toMatchObject({ goldstein: 0, quad: 4, plover: null });
    expect(stats.unknownCodes).toEqual(['345', '0x1']);
    expect(stats.dropped['words before the verb']).toBeUndefined();
    expect(verbs.get('restor')!.find((p) => p.code === '112')).toMatchObject({ before: ['not'], words: ['restor', '~T'] });
  });

  it('skips codes the codebook lacks when told to', () => {
    const codes = new Map(loadCodes());
    const { verbs, stats } = convertPetrarchVerbs(TABARI, codes, { unknownCodes: 'skip' });
    expect(words(verbs, 'restore').some((w) => w.includes('[345]'))).toBe(false);
    expect(codes.has('345')).toBe(false);
    expect(stats.dropped['code not in the codebook']).toBe(2);
  });
});

describe('malformed dictionaries stop with NG_E040 file:line', () => {
  it.each([
    ['bad-code.txt', '--- X [042] ---\nX\n- * Y [0 42]\n', 3, 'must be letters and digits'],
    ['orphan.txt', '+ORPHAN\n--- X [042] ---\nX\n', 1, 'no "--- NAME [code] ---" block'],
    ['no-block.txt', '- * Y [042]\n', 1, 'no verb before it'],
    ['brace.txt', '--- X [042] ---\nGIVE {GAVE GIVEN\n', 2, 'no closing'],
    ['empty-synset.txt', '&\n+A\n', 1, 'needs a name'],
  ])('%s', (name, text, line, reason) => {
    const f = file(name, text);
    expect(() => loadPetrarchVerbs(f, new Map(loadCodes()))).toThrow(`${f}:${line}: `);
    expect(() => loadPetrarchVerbs(f, new Map(loadCodes()))).toThrow(reason);
  });

  it('keeps the reciprocal code of a TABARI verb line ("LEFT_ [032:033]")', () => {
    const f = file('tabari-reciprocal.verbs', 'ARRIVE  [032:033] ; a visit and its hosting\n');
    expect(loadPetrarchVerbs(f, new Map(loadCodes())).get('arrive')![0]).toMatchObject({ code: '032', reverse: '033' });
  });

  it('reads a + line inside a block as a multi-word verb', () => {
    const f = file('multi.txt', '--- X [042] ---\nX\n+BEEF_UP\n');
    expect(words(loadPetrarchVerbs(f, new Map(loadCodes())), 'beef')).toContain('beef up ~T [042]');
  });

  it('an unreadable file is NG_E040 too', () => {
    expect(() => loadPetrarchVerbs(join(dir, 'missing.txt'), new Map())).toThrow(/cannot read verb dictionary/);
  });
});

describe('the coder codes with converted patterns', () => {
  const lexicon = new ActorLexicon();
  for (const [name, code] of [['Arnor', 'ARN'], ['Arnorian', 'ARN'], ['Gondor', 'GON'], ['Osgiliath', 'OSG']] as const) lexicon.add(name, { name, kind: 'country', type: 'GPE', code, country: null });
  const engine = (targetPrepositions: string[]) => {
    const codes = new Map(loadCodes());
    const verbs = loadPetrarchVerbs(TABARI, codes, { targetPrepositions });
    return createEngine({ lexicon, agents: new Map(), eventLexicon: { codes, verbs, nouns: new Map() } });
  };

  // TABARI takes the first actor after the verb as target; so does the coder when a pattern's
  // slot holds no actor ("ties with Gondor"), with or without a PREP ~T variant.
  it.each([
    ['Arnor restored military ties with Gondor.', [], 'ARN GON 345'],
    ['Arnor restored military ties with Gondor.', ['with'], 'ARN GON 345'],
    ['Arnor restored Gondor.', [], 'ARN GON 064'],
  ])('%s (prepositions %j) → %s', (text, preps, expected) => {
    const r = engine(preps).extract(makeArticle({ source: 'test', date: '1995-01-01', text }));
    expect(r.events.map((e) => `${e.source?.code} ${e.target?.code ?? '-'} ${e.cameo}`)).toEqual([expected]);
  });

  // The PREP ~T variants added for a bare verb ("called on ~T" from CALLED) give way to the
  // block's own pattern of the same words.
  const CALLED = file('called.verbs.txt', `--- CALLED [010] ---
CALLED
- *_ON [095]
- * FOR [096]

--- RESCUE [066] ---
RESCUE
- + * FROM $ [066]
`);
  it.each([
    ['Arnor called on Gondor.', 'ARN GON 095'],
    ['Arnor called for Gondor.', 'ARN GON 096'],
    ['Arnor called Gondor.', 'ARN GON 010'],
    // The made "rescued from ~T" would take the passive's agent; the reversed pattern takes the "from" actor.
    ['Arnor was rescued from Gondor.', 'GON ARN 066'],
  ])('%s → %s (the block\'s pattern wins over an added variant)', (text, expected) => {
    const codes = new Map(loadCodes());
    const verbs = loadPetrarchVerbs(CALLED, codes, { targetPrepositions: ['on', 'for', 'from'] });
    const r = createEngine({ lexicon, agents: new Map(), eventLexicon: { codes, verbs, nouns: new Map() } }).extract(makeArticle({ source: 'test', date: '1995-01-01', text }));
    expect(r.events.map((e) => `${e.source?.code} ${e.target?.code ?? '-'} ${e.cameo}`)).toEqual([expected]);
  });

  // Words before the verb: "_" joins words that must touch; a space lets a few words stand between.
  const NEGATED = file('negated.verbs.txt', `&NOTAUX
+DID_N'T
+WILL_NOT

--- QUARREL [121] ---
QUARREL
- NEITHER * WITH + [906]
- SURELY_&NOTAUX * OVER  [905]
- &NOTAUX * OVER  [904]
- * OVER  [121]
`);
  const negEngine = () => {
    const codes = new Map(loadCodes());
    return createEngine({ lexicon, agents: new Map(), eventLexicon: { codes, verbs: loadPetrarchVerbs(NEGATED, codes), nouns: new Map() } });
  };
  it.each([
    ['Arnor quarrelled over water with Gondor.', 'ARN GON 121 asserted'],
    ["Arnor didn't quarrel over water with Gondor.", 'ARN GON 904 asserted'],
    ['Arnor will not ever quarrel over water with Gondor.', 'ARN GON 904 future'],
    ["Arnor surely didn't quarrel over water with Gondor.", 'ARN GON 905 asserted'],
    ["Arnor surely really didn't quarrel over water with Gondor.", 'ARN GON 904 asserted'],
  ])('%s → %s', (text, expected) => {
    const r = negEngine().extract(makeArticle({ source: 'test', date: '1995-01-01', text }));
    expect(r.events.map((e) => `${e.source?.code} ${e.target?.code ?? '-'} ${e.cameo} ${e.negated ? 'negated' : e.modality}`)).toEqual([expected]);
  });
  it('reads "NEITHER *" as a pattern that names the negation: the code of the act not done, asserted', () => {
    const r = negEngine().extract(makeArticle({ source: 'test', date: '1995-01-01', text: 'Neither Arnor nor Osgiliath quarrelled with Gondor.' }));
    expect(r.events.map((e) => `${e.source?.code} ${e.target?.code ?? '-'} ${e.cameo} ${e.negated ? 'negated' : e.modality}`)).toEqual(['ARN GON 906 asserted', 'OSG GON 906 asserted']);
  });
  // "%" before the verb: a compound subject acts on its own members; after it, a slot of two or more actors.
  // "^" passes over one noun phrase.
  const MARKED = file('marked.verbs.txt', `--- CONCUR [081] ---
CONCUR
- % * [030:030]
- * WITH % [031]

--- FEAST [181] ---
FEAST
- * AT ^ WITH + [043]

--- REMARK [080] ---
REMARK
- * VERY_GOOD [024]
- * REALLY_FINE [025]
- LATELY_* [026]

--- ADOPT [081] ---
ADOPT
- * RESOLUTION [102]

--- SHOOT [190] ---
SHOOT {SHOT}
- + WAS * DEAD IN $ [224]
`);
  const markedEngine = () => {
    const codes = new Map(loadCodes());
    return createEngine({ lexicon, agents: new Map(), eventLexicon: { codes, verbs: loadPetrarchVerbs(MARKED, codes), nouns: new Map() } });
  };
  it.each([
    ['Arnor and Gondor concur that the river must stay open.', ['ARN GON 030', 'GON ARN 030']],
    ['Arnor concurs that the river must stay open.', ['ARN - 081']],
    ['Arnor concurred with Gondor and Osgiliath on the river.', ['ARN GON 031', 'ARN OSG 031']],
    ['Arnor concurred with Gondor on the river.', ['ARN GON 081']],
    ['Arnor feasted at Osgiliath with Gondor.', ['ARN GON 043']],
    // "+ ... * ... $": the subject is the target, the actor after the verb the source.
    ['An Arnorian was shot dead in Gondor.', ['GON ARN 224']],
    // A dictionary pattern's words may stand apart inside the clause, as PETRARCH matches a verb
    // phrase; the actor passed over is the target. Punctuation ends the search.
    ['Arnor remarked that Gondor is not a very good neighbour.', ['ARN GON 024']],
    ['Arnor remarked on the river, and Gondor is not a very good neighbour.', ['ARN - 080']],
    // "_" joins words that must touch, after the verb and before it ("LATELY_*": right before it).
    ['Arnor remarked that Gondor is a really fine neighbour.', ['ARN GON 025']],
    ['Arnor remarked that Gondor is a really old and fine neighbour.', ['ARN GON 080']],
    ['Arnor lately remarked on the river.', ['ARN - 026']],
    ['Arnor lately did remark on the river.', ['ARN - 080']],
    // With nothing in its slot, a peer pattern's target is the first actor of the verb phrase,
    // the subject of a complement included, as PETRARCH reads it.
    ['Arnor remarked that Gondor is wet.', ['ARN GON 080']],
    // PETRARCH matches the words after the verb as written: "RESOLUTION" is not "resolutions".
    ['Arnor adopted a resolution on Gondor.', ['ARN GON 102']],
    ['Arnor adopted resolutions on Gondor.', ['ARN GON 081']],
    // ... and so is a place named in the verb phrase.
    ['Arnor remarked on the old bridges in Gondor.', ['ARN GON 080']],
    // An -ing word after a determiner is a noun, not the verb of a new clause.
    ['Arnor remarked on the rebuilding of the bridges in Gondor.', ['ARN GON 080']],
  ])('%s → %j', (text, expected) => {
    const r = markedEngine().extract(makeArticle({ source: 'test', date: '1995-01-01', text }));
    expect(r.events.map((e) => `${e.source?.code} ${e.target?.code ?? '-'} ${e.cameo}`).sort()).toEqual(expected);
  });
});

const PEERS = resolve(import.meta.dirname, '../../../shared/peers');

describe.skipIf(!existsSync(PEERS))('the peer dictionaries (read from ../shared at run time)', () => {
  it.each([
    ['petrarch2/dictionaries/CAMEO.2.0.txt', 'skip', 'accuse'],
    ['petrarch2/dictionaries/PETR.Validate.verbs.txt', 'add', 'restore'],
    ['tabari/TABARI.Demo.verbs', 'add', 'restore'],
    ['petrarch2/dictionaries/CAMEO.verbpatterns.150430.txt', 'skip', 'accuse'],
  ] as const)('%s loads without a malformed line', (path, unknownCodes, head) => {
    const { verbs, stats } = convertPetrarchVerbs(join(PEERS, path), new Map(loadCodes()), { unknownCodes });
    expect(verbs.get(head)?.length).toBeGreaterThan(0);
    expect(stats.patternsKept).toBeGreaterThan(stats.patternLines / 2);
  });
});
