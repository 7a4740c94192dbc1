import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine.js';
import type { RecordEntity } from '../../record/types.js';
import { makeArticle } from '../../sources/article.js';

const engine = createEngine({ components: ['entities'] });
const entitiesOf = (text: string, date = '2024-03-05'): RecordEntity[] => engine.extract(makeArticle({ source: 't', date, text })).entities;
const byName = (es: RecordEntity[], name: string) => es.find((e) => e.name === name);

describe('entities: names, codes for the article date, agents and coreference', () => {
  it.each([
    ['Turkish President Recep Tayyip Erdogan spoke to reporters.', 'Recep Tayyip Erdoğan', 'PERSON', 'TURGOV'],
    ['German Chancellor Olaf Scholz arrived in Warsaw.', 'Olaf Scholz', 'PERSON', 'DEUGOV'],
    ['The Kremlin said the talks were useful.', 'Kremlin', 'ORG', 'RUSGOV'],
    ['NATO held an emergency meeting.', 'NATO', 'ORG', 'IGOWSTNAT'],
    ['Officials in Kyiv welcomed the move.', 'Kyiv', 'GPE', 'UKR'],
    ['Ukrainian troops pushed back an assault near the city.', 'Ukrainian troops', 'GROUP', 'UKRMIL'],
    ["Sudan's army shelled the market.", "Sudan's army", 'GROUP', 'SDNMIL'],
    // A typographic apostrophe makes the same possessive.
    ['Sudan’s army shelled the market.', 'Sudan’s army', 'GROUP', 'SDNMIL'],
    ['Mexico’s foreign minister spoke.', 'Mexico’s foreign minister', 'GROUP', 'MEXGOV'],
    ['Chinese companies bought more oil.', 'Chinese companies', 'GROUP', 'CHNBUS'],
  ])('%s → %s', (text, name, type, code) => {
    const e = byName(entitiesOf(text), name);
    expect(e).toMatchObject({ type, code });
  });

  it.each([
    // A leader's name before "administration" or "government": that leader's state, and the person stays.
    ['The Bush administration criticised Iran.', 'Bush administration:USAGOV', 'George W. Bush'],
    ["Putin's government criticised Finland.", "Putin's government:RUSGOV", 'Vladimir Putin'],
    // An unknown name between the possessor and the head.
    ["Chile's Alianza government closed the paper.", "Chile's Alianza government:CHLGOV", null],
    // A spokesman for a body named by a demonym's phrase.
    ['A spokesman for the Chinese foreign ministry spoke.', 'spokesman for the Chinese foreign ministry:CHNGOV', null],
  ])('%s → %s', (text, agent, person) => {
    const es = entitiesOf(text, '2004-03-05');
    expect(es.map((e) => `${e.name}:${e.code}`)).toContain(agent);
    if (person) expect(byName(es, person)).toBeDefined();
  });

  it('reads a lone capitalised word as a city when it is a big one, or a large one in a country the article names', () => {
    expect(byName(entitiesOf('Russian forces shelled Kharkiv.'), 'Kharkiv')).toMatchObject({ type: 'GPE', country: 'UKR' });
    // A small town of the same name as a person stays a person's name without a cue.
    expect(entitiesOf('The coach praised Nelson.').some((e) => e.type === 'GPE')).toBe(false);
  });

  it('gives an agent after "its" the country of the state it stands for', () => {
    // The sentence's subject, not the nearer object.
    expect(entitiesOf('Chile will not attack Peru, its president said.').map((e) => `${e.name}:${e.code}`)).toContain('its president:CHLGOV');
    // "Peru and its president": the state it is joined to.
    expect(entitiesOf('Chile blamed Peru and its president.').map((e) => `${e.name}:${e.code}`)).toContain('its president:PERGOV');
    // No state before: the agent keeps no country.
    expect(entitiesOf('The bank said its president resigned.').map((e) => `${e.name}:${e.code}`)).toContain('president:GOV');
    // An agent with an owner, first in the sentence, stands for its state.
    const es = entitiesOf("Chile's navy seized a Peruvian trawler. The navy said its commander ordered it.");
    expect(es.find((e) => e.mentions.some((m) => m.text === 'its commander'))?.code).toBe('CHLMIL');
  });

  it('gives officials with no owner the country of the capital that opens their sentence', () => {
    const es = entitiesOf('In Lima, officials said the border would stay open. Officials in a small town said nothing.');
    expect(es.find((e) => e.mentions.some((m) => m.text === 'officials'))?.code).toBe('PERGOV');
    expect(entitiesOf('Officials said the border would stay open.').map((e) => e.code)).toEqual(['GOV']);
  });

  it('reads an unknown name after a preposition of place as a place, not a person', () => {
    const es = entitiesOf('The family walked for three days from Tal Mirah and sheltered near Wadi Korra.');
    expect(byName(es, 'Tal Mirah')?.type).toBe('LOC');
    expect(byName(es, 'Wadi Korra')?.type).toBe('LOC');
    // A title or a speech verb still makes a person.
    expect(byName(entitiesOf('A letter came from Dr. Tal Mirah yesterday.'), 'Tal Mirah')?.type).toBe('PERSON');
  });

  it('gives an agent after "his" or "her" the country of the person it stands for', () => {
    const codeOf = (es: RecordEntity[], text: string): string | null | undefined => es.find((e) => e.mentions.some((m) => m.text === text))?.code;
    // The sentence's first person, else the first of the sentence before: mostly the subject.
    expect(codeOf(entitiesOf('Peruvian President Ana Ruiz met Joe Biden. Her government rejected the claims.'), 'Her government')).toBe('PERGOV');
    // An international official's office is the body's; it stays an agent of its own.
    const un = entitiesOf('U.N. Secretary-General Antonio Guterres urged restraint, his spokesman said.');
    expect(codeOf(un, 'his spokesman')).toBe('IGOUNOGOV');
    // An actor of another kind first in the sentence: no owner is guessed.
    expect(codeOf(entitiesOf("Marco Diaz spoke. Chile's navy said his ship was safe."), 'ship')).toBeUndefined();
  });

  it('codes an unknown official titled by an international body by that body', () => {
    const es = entitiesOf('U.N. deputy spokesman Omar Haddad said the council would meet. NATO spokeswoman Ilse Varga agreed.');
    expect(byName(es, 'Omar Haddad')?.code).toBe('IGOUNO');
    expect(byName(es, 'Ilse Varga')?.code).toBe('IGOWSTNAT');
  });

  it('gives an unknown person set off by commas after an owned office that office', () => {
    const es = entitiesOf("Peru's foreign minister, Marta Quispe, said the talks would resume.");
    expect(byName(es, 'Marta Quispe')).toMatchObject({ type: 'PERSON', code: 'PERGOV' });
    expect(es.some((e) => e.code === 'PERGOV' && e.type === 'GROUP')).toBe(true);
  });

  it('does not make a pronoun right after a relative pronoun its antecedent ("X, who he said ...")', () => {
    const es = entitiesOf('Marcus Webb spoke for an hour. He praised Omar Diaz, who he said had saved the port.');
    const pronounsOf = (name: string): string[] => byName(es, name)!.mentions.filter((m) => m.kind === 'pronoun').map((m) => m.text);
    expect(pronounsOf('Marcus Webb')).toEqual(['He', 'he']);
    expect(pronounsOf('Omar Diaz')).toEqual([]);
  });

  it('reads a definite agent with no owner as the owned agent of the same head named a few sentences before', () => {
    const es = entitiesOf("Chile's foreign ministry summoned the envoy of Peru. The ministry said the talks had failed.");
    const ministry = es.find((e) => e.code === 'CHLGOV')!;
    expect(ministry.mentions.map((m) => `${m.text}/${m.kind}`)).toContain('The ministry/description');
    expect(es.some((e) => e.code === 'GOV')).toBe(false);
    // An indefinite one, or one too far back, names another.
    const far = ["Chile's foreign ministry summoned the envoy.", ...Array(6).fill('Markets were calm.'), 'The ministry said nothing.'].join(' ');
    expect(entitiesOf(far).some((e) => e.code === 'GOV')).toBe(true);
    expect(entitiesOf("Chile's foreign ministry met. A ministry said nothing.").some((e) => e.code === 'GOV')).toBe(true);
  });

  it('finds names the capitalisation hides: a role noun opening a sentence, an ideology before a name, a lowercase "al-"', () => {
    expect(entitiesOf('Officials said the border stays shut.').map((e) => `${e.name}:${e.code}`)).toEqual(['Officials:GOV']);
    expect(entitiesOf('The Islamist Hamas movement rejected it.').map((e) => e.code)).toEqual(['PSEREB']);
    expect(entitiesOf('A court convicted two members of al-Shabaab.').some((e) => e.code === 'SOMREB')).toBe(true);
  });

  it('takes, among people of one name, the one in office on the article date, and codes a person before any office by country', () => {
    expect(byName(entitiesOf('Bush spoke in Kuwait.', '1991-03-01'), 'George H. W. Bush')?.code).toBe('USAGOV');
    expect(byName(entitiesOf('Bush spoke in Kuwait.', '2003-03-01'), 'George W. Bush')?.code).toBe('USAGOV');
    expect(byName(entitiesOf('Barack Obama spoke in Chicago.', '1995-01-01'), 'Barack Obama')?.code).toBe('USA');
  });

  it('reads a role word before a noun as an adjective, not an actor', () => {
    // "official talks", "military exercises": no one acts; "officials", "the military" do.
    expect(entitiesOf('Peru rejected official talks with Chile.').some((e) => e.code === 'GOV')).toBe(false);
    expect(entitiesOf('Peru said its military exercises will go on.').some((e) => e.code?.endsWith('MIL'))).toBe(false);
    expect(entitiesOf('Officials in Lima rejected the talks.').some((e) => e.code?.endsWith('GOV'))).toBe(true);
  });

  it('codes a person by the role held on the article date', () => {
    const text = 'Joe Biden met the Japanese prime minister at the White House.';
    expect(byName(entitiesOf(text, '2022-05-01'), 'Joe Biden')?.code).toBe('USAGOV');
    expect(byName(entitiesOf(text, '2026-05-01'), 'Joe Biden')?.code).not.toBe('USAGOV');
  });

  it('merges surnames, role descriptions and pronouns into one entity', () => {
    const es = entitiesOf(
      'Brazilian President Luiz Inacio Lula da Silva flew to Beijing on Tuesday. Lula said trade would grow. The Brazilian leader added that he hoped for more investment.',
    );
    const lula = es.filter((e) => e.type === 'PERSON');
    expect(lula).toHaveLength(1);
    expect(lula[0]!.code).toBe('BRAGOV');
    expect(lula[0]!.mentions.map((m) => m.text)).toEqual(['Luiz Inacio Lula da Silva', 'Lula', 'Brazilian leader', 'he']);
  });

  it('codes a known person out of office by the title the text gives, else as a former official', () => {
    const bush = 'US President George W. Bush rejected the offer.';
    expect(byName(entitiesOf(bush, '2018-01-01'), 'George W. Bush')?.code).toBe('USAGOV');
    expect(byName(entitiesOf('Former US President George W. Bush spoke.', '2018-01-01'), 'George W. Bush')?.code).toBe('USAELI');
    expect(byName(entitiesOf('George W. Bush spoke in Texas.', '2018-01-01'), 'George W. Bush')?.code).toBe('USAELI');
  });

  it('gives an unknown body the sector its own head noun names', () => {
    expect(byName(entitiesOf('The Northern Water Council rejected the plan.'), 'Northern Water Council')?.code).toBe('GOV');
  });

  it('takes the country of a seat-of-power name that modifies an agent ("Kremlin officials")', () => {
    expect(byName(entitiesOf('Kremlin officials denied the report.'), 'Kremlin officials')?.code).toBe('RUSGOV');
  });

  it('shares an agent noun among the demonyms joined before it', () => {
    const es = entitiesOf('Senior Chilean, Peruvian and Bolivian officials met in Lima.');
    expect(es.filter((e) => e.type === 'GROUP').map((e) => e.code).sort()).toEqual(['BOLGOV', 'CHLGOV', 'PERGOV']);
    expect(es.some((e) => e.type === 'PERSON')).toBe(false);
  });

  it('types unknown names by their cues', () => {
    const es = entitiesOf('Maria Okonkwo, who teaches law at Lagos State University, said the ruling was flawed.');
    expect(byName(es, 'Maria Okonkwo')?.type).toBe('PERSON');
    expect(byName(es, 'Lagos State University')?.type).toBe('ORG');
  });

  it('makes no entity of common capitalised words at the start of a sentence', () => {
    const es = entitiesOf('Protests continued. However, Negotiators met. Earlier talks failed.');
    expect(es.map((e) => e.name)).not.toContain('However');
    expect(es.map((e) => e.name)).not.toContain('Protests');
  });

  it('finishes in linear time on a 10,000-word capitalised run', () => {
    const run = Array.from({ length: 10_000 }, (_, i) => `Name${i % 97}`).join(' ');
    const t0 = Date.now();
    entitiesOf(`${run}.`);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
