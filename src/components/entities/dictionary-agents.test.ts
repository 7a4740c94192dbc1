// How actors and agents from a PETRARCH-style dictionary combine into one code: the actor's
// code, then each agent's (unless already in it), an agent written CODE~ before the actor's.
// Hand-made dictionaries: fictional countries and people.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine.js';
import { ActorLexicon } from '../../lexicon/actor-lexicon.js';
import { loadPetrarchActors } from '../../lexicon/petrarch-actors.js';
import { loadPetrarchAgents } from '../../lexicon/petrarch-agents.js';
import type { RecordEntity } from '../../record/types.js';
import { makeArticle } from '../../sources/article.js';
import { withSector, type AgentEntry } from './agent-phrases.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-dict-agents-'));
const write = (name: string, text: string): string => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};

const ACTORS = write('actors.txt', `VALDORIA [VAL]
+VALDORIAN
+KING_ORVEN
MERIDA_ [MER]
PLAINS_REPUBLIC
	[PLR <19800301]
	[PLZ]
OSTMARK_STATE [OSTGOV]
TIDEWATCH [NGM]
HARBOR_TRUST [MERHBT]
VALDORIA TELEVISION [VALTV]
THE_PALACE [VALGOV]
WARDEN SILVER_FORD [SVF]
ORLO_BRANN [OBR]
ORLO BRANN [OBT]
`);

const AGENTS = write('agents.txt', `MINISTER [~GOV]
OFFICIAL [~GOV]
GOVERNMENT [~GOV]
MEDIA {} [~MED]
SOLDIER [~MIL]
LAWMAKER [~LEG]
RIVER_GUARD [~RVG]
ZEALOT [~ZEA]
DOCKWORKER [~LAB]
!MIN! = MINISTRY, MINISTRIES
!MIN!_OF_FAIR_WEATHER [~GOV]
GREEN_CROSS {} [NGO~]
WATCHERS {} [NGM~]
`);

function engineOf(components?: string[]): ReturnType<typeof createEngine> {
  const lexicon = new ActorLexicon();
  loadPetrarchActors(ACTORS, lexicon);
  const agents = new Map<string, AgentEntry>();
  for (const a of loadPetrarchAgents(AGENTS)) {
    if (!agents.has(a.phrase)) agents.set(a.phrase, { sector: a.code, plural: a.plural ?? false, ...(a.before ? { before: true } : {}) });
  }
  return createEngine({ lexicon, agents, ...(components ? { components } : {}) });
}

const engine = engineOf(['entities']);
const engineWithEvents = engineOf();
const entitiesOf = (text: string, date = '1995-01-01'): RecordEntity[] => engine.extract(makeArticle({ source: 't', date, text })).entities;
const codes = (text: string, date?: string): string[] => entitiesOf(text, date).map((e) => e.code ?? '-');

describe('dictionary actors and agents', () => {
  it('codes a country whose code changes over time as on the article date', () => {
    expect(codes('The Plains Republic closed its border.', '1979-05-01')).toEqual(['PLR']);
    expect(codes('The Plains Republic closed its border.', '1990-05-01')).toEqual(['PLZ']);
  });

  it("adds an agent's sector after its owner's whole code, unless the code has it already", () => {
    expect(codes('Ostmark State river guards closed the crossing.')).toEqual(['OSTGOVRVG']);
    expect(codes('Ostmark State officials closed the crossing.')).toEqual(['OSTGOV']);
  });

  it('codes the members of a body or an institution named after "of"', () => {
    // The body keeps an entity of its own; inside the agent phrase it is no actor.
    expect(codes('The zealots of Tidewatch marched on Monday.')).toEqual(['NGMZEA', 'NGM']);
    expect(codes('Dockworkers of Harbor Trust walked out.')).toEqual(['MERHBTLAB', 'MERHBT']);
  });

  it('shares the owner of two agent nouns joined by "and"', () => {
    expect(codes('Valdorian media and government denied it.')).toEqual(['VALMED', 'VALGOV']);
    const es = entitiesOf('Lawmakers and officials in Valdoria and Merida denied it.');
    expect(es.map((e) => e.code)).toEqual(['VALLEG', 'VALGOV', 'VAL', 'MER']);
    const events = engineWithEvents.extract(makeArticle({ source: 't', date: '1995-01-01', text: 'Lawmakers and officials in Valdoria and Merida condemned Ostmark State.' })).events;
    expect(events.map((e) => e.source?.code).sort()).toEqual(['MERGOV', 'MERLEG', 'VALGOV', 'VALLEG']);
  });

  it("gives a name listed under a country the office a title names, with the title's own country", () => {
    // King Orven is listed under Valdoria; the possessive names the country whose minister he is.
    expect(codes("Merida's bold and cool minister King Orven left early.")[1]).toBe('MERGOV');
    expect(codes('On Monday the minister King Orven left early.')).toEqual(['VALGOV']);
  });

  it('codes an unknown institution by the country its name opens with and the agent phrase inside it', () => {
    expect(codes('The Valdoria Ministry of Fair Weather denied it.')).toEqual(['VALGOV']);
    // With no agent phrase inside, the opening country makes no actor of the name.
    expect(codes('The Valdoria Weather Society denied it.')).toEqual(['-']);
  });

  it('reads an unknown word opening a sentence before a known country as its modifier', () => {
    expect(codes('Sleepy Merida, proud Valdoria and the Plains Republic signed it.')).toEqual(['MER', 'VAL', 'PLZ']);
  });

  it("puts a CODE~ agent's code before its owner's", () => {
    expect(codes('Green Cross Merida opened a clinic.')).toEqual(['NGOMER']);
    // With a role noun after it, the combined owner takes the noun's sector.
    expect(codes('A Green Cross Merida official opened a clinic.')).toEqual(['NGOMERGOV']);
    expect(codes('The green cross of Valdoria opened a clinic.')).toEqual(['NGOVAL', 'VAL']);
    expect(codes('Green Cross Tidewatch opened a clinic.')).toEqual(['NGONGM']);
    // Already in the owner's code: not added twice.
    expect(codes('The watchers of Tidewatch opened a clinic.')).toEqual(['NGM', 'NGM']);
  });

  it('lets other words stand between the words of a dictionary name joined by a blank, not by "_"', () => {
    expect(codes('Valdoria state-run television praised the deal.')).toEqual(['VALTV']);
    expect(codes('Valdoria public television praised the deal.')).toEqual(['VALTV']);
    expect(codes('Valdoria television praised the deal.')).toEqual(['VALTV']);
    // "of the" may join them too, and a nickname in quotes.
    expect(codes('The Warden of the Silver Ford protested.')).toEqual(['SVF']);
    expect(codes('Orlo "The Hammer" Brann protested.')).toEqual(['OBT']);
    // A hyphen joins words as "_" does: ORLO_BRANN, the first of the two names.
    expect(codes('Orlo-Brann protested.')).toEqual(['OBR']);
    // Not across another preposition or a clause, and not for "_" (HARBOR_TRUST).
    expect(codes('Valdoria praised the deal on television.')).toEqual(['VAL']);
    expect(codes('The Harbor Union Trust praised the deal.')).not.toContain('MERHBT');
  });

  it('makes former holders of a state office elites (ELI), after their owner\'s code', () => {
    expect(codes('Valdoria former officials met the press.')).toEqual(['VALELI']);
    expect(codes('They met former Merida soldiers.')).toEqual(['MERELI']);
    expect(codes('Former officials in the Palace met the press.')[0]).toBe('VALGOVELI');
    // Not an office of state: the sector stays.
    expect(codes('Former dockworkers of Harbor Trust met the press.')[0]).toBe('MERHBTLAB');
  });

  it('adds a sector only where the code lacks it, block by block', () => {
    expect(withSector('VALGOV', 'GOV')).toBe('VALGOV');
    expect(withSector('VALGOV', 'MED')).toBe('VALGOVMED');
    // "OVM" sits inside "GOVMED" but not on a block boundary.
    expect(withSector('VALGOVMED', 'OVM')).toBe('VALGOVMEDOVM');
    expect(withSector('', 'GOV')).toBe('GOV');
  });

  it('finds the owner after nouns of the same phrase', () => {
    expect(entitiesOf('Dockworker unions in Merida walked out.')[0]?.code).toBe('MERLAB');
    expect(entitiesOf('Zealot cells of Tidewatch walked out.')[0]?.code).toBe('NGMZEA');
    // Not past a verb.
    expect(entitiesOf('Soldiers marched in Valdoria.')[0]?.code).toBe('MIL');
  });
});
