import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine.js';
import { DATA_DIR } from '../../lexicon/actor-lexicon.js';
import { readTsv } from '../../lexicon/tsv.js';
import type { RecordEvent } from '../../record/types.js';
import { makeArticle } from '../../sources/article.js';

const engine = createEngine({ components: ['entities', 'dates', 'amounts', 'events'] });
const eventsOf = (text: string, date = '2023-06-09'): RecordEvent[] => engine.extract(makeArticle({ source: 't', date, text })).events;
const brief = (v: RecordEvent) => `${v.source?.code ?? '-'} ${v.cameo} ${v.target?.code ?? '-'}`;

describe('events: who did what to whom', () => {
  it.each([
    ['German Chancellor Olaf Scholz criticised Hungary on Monday.', 'DEUGOV 111 HUN'],
    // The demonym of an object that names no actor is the target; the town is only the place.
    ['Ukrainian troops attacked Russian positions near Bakhmut.', 'UKRMIL 190 RUS'],
    ['Saudi Arabia hosted Ukrainian President Volodymyr Zelensky in Jeddah.', 'SAU 043 UKRGOV'],
    ["Chile's president met his Peruvian counterpart in Lima.", 'CHLGOV 040 PERGOV'],
    // A capital stands for the government, another city for its country.
    ['Moscow criticised Kyiv.', 'RUSGOV 111 UKRGOV'],
    ['Russian forces shelled Kharkiv.', 'RUSMIL 194 UKR'],
    ['The European Union imposed fresh sanctions on Iran.', 'IGOEUREEC 163 IRN'],
    ['Turkey accused Sweden of harbouring militants.', 'TUR 112 SWE'],
    ['Egypt called for a ceasefire in Gaza.', 'EGY 0256 -'],
  ])('%s → %s', (text, expected) => {
    expect(eventsOf(text).map(brief)).toContain(expected);
  });

  it('codes one event per pair of coordinated actors', () => {
    // The country the condemned act took place in is its target (a city would only be the place).
    const got = eventsOf('France and Germany condemned the coup in Niger.').map(brief);
    expect(got).toEqual(['FRA 111 NER', 'DEU 111 NER']);
  });

  it('finds the target later in the clause, not in the next clause', () => {
    expect(eventsOf('Egypt appealed for calm in Libya on Sunday.').map(brief)).toEqual([expect.stringMatching(/^EGY 02\d+ LBY$/)]);
    expect(eventsOf('Ukrainian troops shelled positions near Bakhmut.').map(brief)).toEqual([expect.stringMatching(/^UKRMIL 19\d+ -$/)]);
    expect(eventsOf('Officials in Cairo said Israel attacked a convoy.').map(brief)[0]).not.toMatch(/ ISR$/);
  });

  it('reads through participles that modify a noun and through "neither ... nor"', () => {
    // A reduced relative ("the convoys heading into Sudan", "the aid sent by Japan") starts no new clause.
    expect(eventsOf('Chadian troops blocked the roads leading into Sudan.').map(brief)).toEqual([expect.stringMatching(/^TCDMIL \d+ SDN$/)]);
    expect(eventsOf('Kenya welcomed the food aid sent by Japan.').map(brief)).toEqual([expect.stringMatching(/^KEN 0\d+ JPN$/)]);
    // "the wounded Gaza residents": a participle after an article modifies what follows.
    expect(eventsOf('Jordan promised aid to the wounded Gaza residents.').map(brief)).toEqual([expect.stringMatching(/^JOR 0\d+ \w*CVL$/)]);
    const neither = eventsOf('Neither Chile nor Peru criticised Bolivia.');
    expect(neither.map(brief)).toEqual(['CHL 111 BOL', 'PER 111 BOL']);
    // ... and both acts are denied.
    expect(neither.every((v) => v.negated)).toBe(true);
  });

  it('reads British spellings of titles, hyphenated modifiers, and verbs a promise governs', () => {
    // "Defence Secretary" is the row "defense secretary"; "storm-hit" stays inside the object.
    const got = eventsOf('The Australian Defence Secretary vowed to continue its military aid to storm-hit Tonga.');
    expect(got.map(brief)).toContain('AUSGOV 072 TON');
    // The promise is coded as CAMEO codes a declared act: intent to give material aid (033), asserted.
    expect(got.find((e) => e.cameo === '033')).toMatchObject({ modality: 'asserted', target: { code: 'TON' } });
    // A verb coded by its root alone ("pledged", no pattern matched) leaves the verb after it to be coded.
    expect(eventsOf('Kenya pledged to criticise Uganda.').map(brief)).toContain('KEN 111 UGA');
  });

  it('reads a pattern noun that heads an actor phrase, and a slot filled by the subject itself', () => {
    // "Sudanese refugees" is an actor whose head is the pattern's "refugees": that actor is the target.
    expect(eventsOf('Chad accepted Sudanese refugees.').map(brief)).toEqual([expect.stringMatching(/^TCD 0\d+ SDNREF$/)]);
    // "said it must": no demand of anyone, a statement.
    expect(eventsOf('Chile said it must cut spending.').map(brief)).toEqual(['CHL 010 -']);
  });

  it('codes members of a named group as the group, and weapons with no country only as subjects', () => {
    expect(eventsOf('Hezbollah fighters attacked a convoy.').map(brief)).toEqual(['LBNREB 190 -']);
    // "tanks" sold are no target; "Ukrainian drones" shot down stand for Ukraine's forces.
    expect(eventsOf('Russia sold tanks to India.').map(brief)[0]).toMatch(/^RUS 0\d+ IND$/);
    expect(eventsOf('Russia shot down Ukrainian drones.').map(brief)).toEqual(['RUS 195 UKRMIL']);
  });

  it('passes a demonym in a passive agent phrase and gives the passive subject\'s demonym as target', () => {
    expect(eventsOf('Two British sailors were detained by Iranian Revolutionary Guards.').map(brief)).toEqual([expect.stringMatching(/^IRNMIL 1\d+ GBR/)]);
  });

  it('reads a participle with "by" after its noun as a passive that describes, and codes visits and talks both ways', () => {
    const got = eventsOf('Malian troops backed by French jets attacked the rebels.');
    expect(got.map(brief)).toEqual(expect.arrayContaining(['FRAMIL 051 MLIMIL', 'MLIMIL 190 REB']));
    // The clause's own verb outranks the description.
    expect(got.find((e) => e.root === '05')!.confidence).toBeLessThan(got.find((e) => e.root === '19')!.confidence);
    expect(eventsOf('Chile held talks with Peru.').map(brief)).toEqual(['CHL 046 PER', 'PER 046 CHL']);
    expect(eventsOf('Ghana hosted the Togolese president.').map(brief)).toEqual(['GHA 043 TGOGOV', 'TGOGOV 042 GHA']);
  });

  it('asserts an act that is itself an intent when the subject declares it ("willing to offer aid")', () => {
    expect(eventsOf('Chile is willing to offer aid to Peru.')).toEqual([expect.objectContaining({ cameo: '033', modality: 'asserted' })]);
  });

  it('codes a decision as the act, force against a plague as nothing, and a relative "that" after a place as no subject', () => {
    expect(eventsOf('Japan has decided to lift sanctions on India.')).toEqual([expect.objectContaining({ cameo: '085', modality: 'asserted' })]);
    expect(eventsOf('Kenya vowed to fight corruption.')).toEqual([]);
    expect(eventsOf('A blast at a market in Peru that killed nine people was condemned.').map((v) => v.source?.code)).not.toContain('PER');
  });

  it('does not coordinate a pronoun subject with an actor before ", and"', () => {
    const got = eventsOf('Chile and Peru renewed their pact as both feel pressure from the EU, and they condemned US bases in Asia.');
    expect(got.filter((e) => e.root === '11').map(brief)).toEqual(['CHL 111 USA', 'PER 111 USA']);
  });

  it('keeps a date between the pattern words out of the pattern', () => {
    // "on Tuesday" is no "agree on"; the "to" after the date still belongs to "agree to".
    expect(eventsOf('Hamas agreed on Tuesday to release more hostages.').map(brief)).toEqual([expect.stringMatching(/^\w+ 0353 /)]);
    expect(eventsOf('Chile and Peru agreed on new fishing rules.').map(brief)).toEqual(['CHL 050 PER', 'PER 050 CHL']);
  });

  it('does not read ", and said" as an attribution of the clause before it', () => {
    const got = eventsOf('Turkey shelled Kurdish positions on Monday, and said it also opposed the talks.');
    expect(got.find((e) => e.cameo.startsWith('19'))?.modality).toBe('asserted');
    expect(eventsOf('Turkey shelled Kurdish positions on Monday, officials said.').find((e) => e.cameo.startsWith('19'))?.modality).toBe('reported');
  });

  it('makes coordinated subjects of a joint act each other\'s targets', () => {
    expect(eventsOf('Chile and Peru held talks in Lima.').map(brief)).toEqual(['CHL 046 PER', 'PER 046 CHL']);
    expect(eventsOf('France and Germany condemned the attack.').map(brief)).toEqual(['FRA 111 -', 'DEU 111 -']);
  });

  it.each([
    // A support verb's subject does the act its object names.
    ['Norway announced a suspension of its aid to Mali.', 'NOR 162 MLI'],
    ['Israel carried out an air strike on Gaza.', 'ISR 195 -'],
    // ", saying ..." is the subject's own statement: the main clause stays asserted.
    ['Chile rejected the proposal, saying it was unfair.', 'CHL 120 - asserted'],
    // A capitalised "May" inside a sentence is a name, not a modal.
    ['Britain\'s Theresa May met the Irish premier in London.', 'asserted met'],
    // "forces" before a verb is the subject, not the verb "force".
    ['Syrian government forces shelled the town.', 'SYRMIL 194 -'],
    // The actor between a support verb and its noun is the act's target.
    ['Seoul sent Tokyo a formal complaint.', 'KORGOV 114 JPNGOV'],
    ['Peru\'s authorities opened an investigation into the bank.', 'PERGOV 090'],
    // An amount or a number word before the pattern's noun.
    ['Chile accepted 40,000 refugees.', 'CHL 075'],
    ['Chile accepted thousands of refugees.', 'CHL 075'],
    // Coordinated nouns inside a pattern.
    ['Chile gave food and medicine to Peru.', 'CHL 073 PER'],
    ['Chile provided maps and other military intelligence to Peru.', 'CHL 064 PER'],
    // A date between pattern words; an amount between a support verb and its noun.
    ['Chile opened its borders today to refugees.', 'CHL 075'],
    ['Chile gave Peru 5 million dollars of aid.', 'CHL 070 PER'],
    // A possessor noun inside the pattern's phrase; the serial comma in a list of subjects.
    ["Chile signed the fishermen's agreement with Peru.", 'CHL 057 PER'],
    ['The lawyers said Chile, Peru, and Bolivia welcomed the deal.', 'BOL'],
    // An amount between pattern words is passed over whole.
    ['Chile provided over 3 million dollars in assistance to Haiti.', 'CHL 070 HTI'],
    // Noun modifiers before a pattern's noun, and joint subjects before a later actor.
    ['Chile and Peru signed a historic fisheries research agreement to help the fleets.', 'CHL 057 PER'],
    // Scare quotes around a modifier; coordinated subjects of a partnership are each other's targets.
    ['Chile\'s president and Peru\'s president on Monday reaffirmed their "rock-solid" partnership.', 'CHLGOV 050 PERGOV'],
    // Numbers, hyphenated modifiers and progressive forms.
    ['Chilean forces carried out more than three dozen air strikes against Peru.', 'CHLMIL 195 PER'],
    ['Chile carried out a two-pronged attack on Peru.', 'CHL 190 PER'],
    ['Chilean jets are striking Peru.', '19'],
    // A hyphenated event noun that the tokenizer splits; its trigger covers the whole word.
    ["Peru's cease-fire with Chile collapsed.", 'PER 0871 CHL asserted cease-fire'],
    // A container noun and its "of" inside the object.
    ['The EU imposed a new round of sanctions on Russia.', 'IGOEUREEC 163 RUS'],
    ['Peru sent a consignment of medicine to Chile.', 'PER 07'],
    // A hyphenated modifier does not break a pattern.
    ['The US lifted decade-old sanctions against Cuba.', 'USA 085 CUB'],
  ])('%s → %s', (text, expected) => {
    const got = eventsOf(text).map((v) => `${brief(v)} ${v.modality} ${v.trigger.text}`);
    expect(got.some((g) => g.includes(expected))).toBe(true);
  });

  it.each([
    // CAMEO codes a declared act as the declaration (intent 03x, threat 13x, refusal 12x); the act stays, not asserted.
    ['Peru will meet Bolivia\'s president next week.', ['PER 040 BOLGOV future', 'PER 036 BOLGOV asserted']],
    ['Israel will not lift its sanctions on Gaza.', ['ISR 085 - future negated', 'ISR 124 - asserted']],
    ['Peru vowed to attack Bolivia.', ['PER 190 BOL future', 'PER 138 BOL asserted']],
    // A speaker who reports their own intent declares it; someone else's intent stays reported.
    ['Iran said it would attack Israel.', ['IRN 010 - asserted', 'IRN 190 ISR future', 'IRN 138 ISR asserted']],
    ['Chile said Peru will meet Bolivia.', ['CHL 010 - asserted', 'PER 040 BOL future']],
    // "..., X's office said": the speaker may come after the declaration.
    ['Chile will meet Peru, Chile\'s foreign ministry said.', ['CHL 040 PER future', 'CHLGOV 010 - asserted', 'CHL 036 PER asserted']],
    ['Chile is willing to meet Peru.', ['CHL 040 PER future', 'CHL 036 PER asserted']],
    // Offering force is no threat: troops offered are intent to provide military aid (0332).
    ['Chile offered to send troops to Peru.', ['CHL 154 PER future', 'CHL 0332 PER asserted']],
    ['Chile offered to attack Peru.', ['CHL 190 PER future']],
    ['Chile wants to attack Peru.', ['CHL 190 PER future', 'CHL 138 PER asserted']],
    // Forecasts, conditions and plain negation declare nothing.
    ['Russia is expected to attack Chile.', ['RUS 190 CHL future']],
    ['Brazil could meet Chile.', ['BRA 040 CHL hypothetical']],
    ['Colombia did not plan to meet Peru.', ['COL 040 PER future negated']],
    // An infinitive after a noun: "plans to" (a noun or a verb) declares, "no plan to" denies,
    // "the right to" and "a place to" only make the act possible.
    ['Chile plans to attack Peru.', ['CHL 190 PER future', 'CHL 138 PER asserted']],
    ['Chile has no plan to attack Peru.', ['CHL 190 PER future negated']],
    ['Chile has the right to expel Peru\'s envoys.', ['CHL 166 PER hypothetical']],
    ['Peru is not a safe place to visit.', ['PER 042 - hypothetical']],
    // Content that the subject denies is negated and reported; a claim's content is reported.
    ['Chile denied that it had attacked Peru.', ['CHL 016 - asserted', 'CHL 190 PER reported negated']],
    ['Chile rejected claims that it had shelled Peru.', ['CHL 016 - asserted', 'CHL 194 PER reported negated']],
    ['Reports that Chile had attacked Peru spread.', ['CHL 190 PER reported']],
    // A rejection followed by another act of the subject denies nothing.
    ['Chile rejected the offer and attacked Peru.', ['CHL 120 - asserted', 'CHL 190 PER asserted']],
    ['Chile has yet to recognise Kosovo.', ['CHL 054 XKX asserted negated']],
    // ", X said" after the act reports it, however long the speaker's phrase.
    ["Chile attacked Peru, Bolivia's defence ministry said.", ['CHL 190 PER reported', 'BOLMIL 010 - asserted']],
    // "reportedly", "allegedly": the writer passes on what others say.
    ['Chile reportedly attacked Peru.', ['CHL 190 PER reported']],
  ])('%s → %j', (text, expected) => {
    expect(eventsOf(text).map((v) => `${brief(v)} ${v.modality}${v.negated ? ' negated' : ''}`)).toEqual(expected);
  });

  it('reads a participle after an object as describing it, not as its act', () => {
    expect(eventsOf('Chile expelled three Peruvian diplomats accused of spying.').map(brief)).toEqual(['CHL 161 PERGOV']);
    // After a verb that takes a clause, the participle is the clause's verb.
    expect(eventsOf('Officials said Chile attacked in the night.').map(brief)).toContain('CHL 190 -');
  });

  it('reads exchanges between coordinated subjects as mutual', () => {
    expect(eventsOf('India and Pakistan traded fire along the border.').map(brief)).toEqual(['IND 193 PAK', 'PAK 193 IND']);
    expect(eventsOf('Russia and Ukraine exchanged 90 prisoners of war.').map(brief)).toEqual(['RUS 0841 UKR', 'UKR 0841 RUS']);
  });

  it('passes over a participle phrase after the subject', () => {
    expect(eventsOf('Chilean troops carrying heavy weapons attacked Peru.').map(brief)).toEqual(['CHLMIL 190 PER']);
    expect(eventsOf("Peru, citing security concerns, expelled Chile's ambassador.").map(brief)).toEqual(['PER 166 CHLGOV']);
    expect(eventsOf('Chilean jets using laser guided bombs struck Peru.').map(brief)).toEqual(['CHLMIL 190 PER']);
  });

  it('takes no actor from another clause as the subject of a noun phrase that is none', () => {
    // ", a monitor said": the monitor is the speaker, not Chile.
    expect(eventsOf('Chilean troops shelled Peru, a monitor said.').map(brief)).toEqual(['CHLMIL 194 PER']);
    // An actor inside the subject's own phrase still counts: "a Chilean army helicopter".
    expect(eventsOf('A Chilean army helicopter attacked Peru.').map(brief)).toEqual(['CHLMIL 190 PER']);
    // ", officials said, killing ...": the participle borrows the main clause's subject.
    const killing = eventsOf('Chilean troops stormed a base in Peru, officials said, killing two soldiers.').find((v) => v.trigger.text === 'killing');
    expect(killing?.source?.code).toBe('CHLMIL');
  });

  it('codes a demand, threat or accusation inside a quotation with its speaker as source (reported)', () => {
    const full = createEngine();
    const text = '"We demand that Peru withdraw its troops," Chilean President Gabriel Boric said.';
    const events = full.extract(makeArticle({ source: 't', date: '2023-06-09', text })).events;
    expect(events.find((v) => v.trigger.text === 'demand')).toMatchObject({ source: { code: 'CHLGOV', text: 'We' }, target: { code: 'PER' }, root: '10', modality: 'reported' });
  });

  it('takes "it" with an adverb after it as the subject pronoun of the body named before', () => {
    const got = eventsOf('The UN Security Council condemned the attack. It also called on Israel to halt the strikes.').map(brief);
    expect(got).toContain('IGOUNO 020 ISR');
  });

  it('codes no event from a noun inside an actor\'s name', () => {
    expect(eventsOf("Peru's riot police fired tear gas at protesters.").map((v) => v.trigger.text)).not.toContain('riot');
  });

  it('codes a nominal event after a support verb, reciprocal for joint subjects, without a root default for the verb', () => {
    expect(eventsOf('Chile and Peru resumed talks on Monday.').map(brief)).toEqual(['CHL 046 PER', 'PER 046 CHL']);
    // "Peru resumed talks": the finite verb's subject is no owner of the noun; a participle's is.
    expect(eventsOf("Chile's planned visit to Peru was delayed.").map(brief)).toContain('CHL 042 PER');
    // A visit, sanctions or an embargo taken back is not an event of its own.
    expect(eventsOf("Chile's planned visit to Peru was cancelled.").map((v) => v.cameo)).not.toContain('042');
    expect(eventsOf('EU sanctions on Peru were dropped.').map((v) => v.cameo)).not.toContain('163');
    expect(eventsOf('Canada lifted its embargo on Cuba.').map((v) => v.cameo)).not.toContain('163');
  });

  it('reads irregular past forms that the tagger calls nouns, and no participle that modifies a noun', () => {
    expect(eventsOf('Chile forgave Peru.').map(brief)).toEqual(['CHL 056 PER']);
    expect(eventsOf('Chilean troops rescued 20 kidnapped students.').map((v) => v.cameo)).not.toContain('181');
    expect(eventsOf('Chilean and Peruvian armed forces agreed to cooperate.').map((v) => v.trigger.text)).not.toContain('armed');
  });

  it('ranks a declaration in the speaker\'s own words, and a nominal act after a support verb, above the bare statement', () => {
    const top = (text: string) => [...eventsOf(text)].sort((a, b) => b.confidence - a.confidence)[0];
    expect(top('Chile said it will not lift its sanctions.')?.cameo).toBe('124');
    expect(top('Chile announced a suspension of flights to Peru.')?.root).toBe('16');
  });

  it('takes the demonym of an object that names no actor as the target ("a Peruvian offer")', () => {
    expect(eventsOf('Chile rejected a Peruvian offer.').map(brief)).toEqual(['CHL 120 PER']);
    expect(eventsOf('Chile rejected the proposal.').map(brief)).toEqual(['CHL 120 -']);
    // ... and of the pattern's own words ("reject peace plan").
    expect(eventsOf('Chile rejected a Peruvian peace plan.').map(brief)).toEqual(['CHL 127 PER']);
    expect(eventsOf('Chile rejected a Chilean peace plan.').map(brief)).toEqual(['CHL 127 -']);
  });

  it('takes a demonym before an event noun as its owner ("Western sanctions", "the Chilean raid")', () => {
    expect(eventsOf('Western sanctions hit the economy.').map(brief)).toEqual(['WST 163 -']);
    expect(eventsOf('The Chilean raid lasted three hours.').map(brief)).toEqual(['CHL 190 -']);
  });

  it('gives a light verb no code of its own', () => {
    expect(eventsOf('Jordan and Chile began a new season of talks on television.').map(brief).filter((b) => !b.includes(' 04'))).toEqual([]);
    expect(eventsOf('Peru continued the work.').map(brief)).toEqual([]);
  });

  it('gives an agent phrase\'s sector to the countries listed after it', () => {
    const got = eventsOf('The ambassadors of Chile, Peru and Bolivia met the Argentine president.').map(brief);
    expect(got).toEqual(expect.arrayContaining(['CHLGOV 040 ARGGOV', 'PERGOV 040 ARGGOV', 'BOLGOV 040 ARGGOV']));
    expect(got.some((e) => e.startsWith('CHL '))).toBe(false);
  });

  it('codes the passive with the agent as source', () => {
    const got = eventsOf('The proposal was rejected by Russia and China.');
    expect(got.map((v) => `${v.source?.code} ${v.root} ${v.target?.text}`)).toEqual(expect.arrayContaining(['RUS 12 proposal', 'CHN 12 proposal']));
  });

  it.each([
    ['India has not condemned the attack.', { negated: true }],
    ['Iran will meet European negotiators in Oslo next week.', { modality: 'future' }],
    ['Israel could strike Iranian nuclear sites.', { modality: 'hypothetical' }],
    ['If Serbia attacks Kosovo, NATO will respond.', { modality: 'hypothetical' }],
    ['Officials said Russia attacked a convoy.', { modality: 'reported' }],
  ])('%s is not coded as an asserted fact', (text, expected) => {
    // The act, not the statement that reports it ("Officials said" is an event of its own).
    const v = eventsOf(text).find((e) => e.root !== '01');
    expect(v).toMatchObject(expected);
  });

  it.each([
    'The weather in Geneva was mild.',
    'Markets rose on Friday after the data release.',
    'The report runs to 40 pages.',
  ])('gives no event for "%s"', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });

  it('dates an event by its clause and places it', () => {
    const [v] = eventsOf('Japanese Prime Minister Fumio Kishida met Joe Biden in Tokyo on Tuesday.');
    expect(v).toMatchObject({ cameo: '040', date: '2023-06-06', dateText: 'on Tuesday', location: { name: 'Tokyo', country: 'JPN' } });
    expect(v!.rule).toMatch(/^cameo-verbs\.tsv:\d+ /);
  });

  it('points trigger and actors at their characters', () => {
    const text = 'Kenyan police arrested dozens of protesters in Nairobi.';
    const [v] = eventsOf(text);
    expect(text.slice(v!.trigger.start, v!.trigger.end)).toBe('arrested');
    expect(text.slice(v!.source!.start!, v!.source!.end!)).toBe(v!.source!.text);
  });

  it('stays linear on a 5,000-token sentence and a list of 200 coordinated names', () => {
    const long = `${Array.from({ length: 2500 }, () => 'Egypt and').join(' ')} Jordan condemned Israel`;
    const t0 = Date.now();
    eventsOf(long);
    const names = Array.from({ length: 200 }, (_, i) => `Person${i} Name${i}`).join(', ');
    eventsOf(`${names} and Egypt criticised Israel.`);
    expect(Date.now() - t0).toBeLessThan(8000);
  });

  it('stays linear on a long sentence of declarations, quotations and speech verbs', () => {
    const clause = (i: number) => `Egypt said it would meet Jordan, "we will attack Israel," Syria said, and Peru vowed to aid Chile ${i}`;
    const time = (n: number): number => {
      const text = `${Array.from({ length: n }, (_, i) => clause(i)).join(' and ')}.`;
      const t0 = performance.now();
      eventsOf(text);
      return performance.now() - t0;
    };
    time(50);
    const [small, large] = [time(200), time(800)];
    // Four times the text may take four times as long, with slack for a busy machine; not sixteen.
    expect(large).toBeLessThan(Math.max(small * 9, 400));
  });
});

describe('every pattern of the shipped lexicon codes its own example sentence', () => {
  for (const file of ['cameo-verbs.tsv', 'cameo-nouns.tsv']) {
    it(`${file}: at least 80% of examples give the pattern's code`, () => {
      const rows = readTsv(DATA_DIR + file, ['code', 'pattern', 'example']);
      const misses = rows.filter((r) => !eventsOf(r.get('example'), '2021-06-01').some((v) => v.cameo === r.get('code').split(':')[0]));
      const share = 1 - misses.length / rows.length;
      expect(share, misses.slice(0, 20).map((r) => `${r.get('code')} ${r.get('pattern')}: ${r.get('example')}`).join('\n')).toBeGreaterThanOrEqual(0.8);
    });
  }
});
