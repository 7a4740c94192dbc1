// The rows of cameo-verbs.tsv and cameo-nouns.tsv that news needs, each with a sentence of our own.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine.js';
import type { RecordEvent } from '../record/types.js';
import { makeArticle } from '../sources/article.js';

const engine = createEngine({ components: ['entities', 'dates', 'amounts', 'events'] });
const eventsOf = (text: string): RecordEvent[] => engine.extract(makeArticle({ source: 't', date: '2022-03-15', text })).events;
const brief = (v: RecordEvent) => `${v.source?.code ?? '-'} ${v.cameo} ${v.target?.code ?? '-'}`;

describe('cameo rows: phrasal verbs and the preposition that selects the code', () => {
  it.each([
    // 01–02: empathy, asylum, renewed calls and demands
    ['Norway expressed sorrow over the deaths of the Nepali climbers.', 'NOR 018'],
    ['Two Iranian diplomats sought asylum in Sweden.', 'IRNGOV 0233 SWE'],
    ['Chile renewed its call for calm in Bolivia.', 'CHL 020'],
    ['Ghana pressured Togo to reopen the border.', 'GHA 100 TGO'],
    ['Kenya reiterated its demand that Somalia hand over the suspects.', 'KEN 100 SOM'],
    // 03–05: offers, mediation, deeper ties
    ['Egypt offered troops to Sudan for the border force.', 'EGY 0332 SDN'],
    ['Algeria undertook mediation between Mali and the northern rebels.', 'DZA 045 MLI'],
    ['Chile deepened its partnership with Uruguay.', 'CHL 050 URY'],
    ['The Brazilian president called the Argentine president to discuss the drought.', 'BRAGOV 041 ARGGOV'],
    // 06–07: arms, medical teams, security
    ['Fiji contributed troops to the mission in Lebanon.', 'FJI 074 LBN'],
    ['Turkey opened its border on Monday.', 'TUR 081'],
    ['France sent arms to Lebanon last year.', 'FRA 072 LBN'],
    ['Cuba sent medical experts to Angola.', 'CUB 073 AGO'],
    ['Canada continued military aid to Ukraine.', 'CAN 072 UKR'],
    // 08: yielding
    ['Estonia cancelled restrictions on Finnish trucks.', 'EST 081'],
    // 09: investigation
    ['The Chilean senate opened a hearing into the mining accident.', 'CHLLEG 090'],
    // 11–12: accusation and reneging
    ['Ukraine presented evidence against Belarus at the tribunal.', 'UKR 112 BLR'],
    ['Peru reneged on the fishing deal.', 'PER 127'],
    ['Hungary denied permission to the Romanian party\'s march.', 'HUN 120'],
    // 14–15: strikes, force posture
    ['Chilean teachers continued their strike for a second week.', 'CHLEDU 143'],
    ['Turkey strengthened its forces in Cyprus.', 'TUR 154 CYP'],
    ['Japan increased its military presence in Okinawa.', 'JPN 154'],
    ['Iran conducted military exercises in the Gulf.', 'IRN 150'],
    // 16–17: travel advice, air links, blockades
    ['Australia advised against travel to Myanmar.', 'AUS 160 MMR'],
    ['Algeria suspended air links with Morocco.', 'DZA 160 MAR'],
    ['Egypt tightened its blockade of Gaza.', 'EGY 191'],
    ['Spain prevented a demonstration in Madrid.', 'ESP 1721'],
    ['Chile announced it had suspended air links with Bolivia.', 'CHL 160 BOL'],
    // 19–20: operations, firefights, cleansing
    ['Kenya began a military operation against al Shabaab.', 'KEN 190'],
    ['Somali troops engaged militants in a firefight near Kismayo.', 'SOMMIL 190'],
    ['Croatian forces engaged in ethnic cleansing in the region.', 'HRVMIL 203'],
    ['Ethiopia and Eritrea fired across the ceasefire line.', 'ETH 196'],
  ])('%s → %s', (text, expected) => {
    expect(eventsOf(text).map(brief).some((b) => b.startsWith(expected))).toBe(true);
  });

  it('declares the act when the speaker will do it ("will withdraw inspectors" threatens)', () => {
    expect(eventsOf('The United Nations will withdraw its inspectors from Iraq.').map(brief)).toContain('IGOUNO 131 IRQ');
  });

  it.each([
    // A row must not give its head a root of its own: these verbs mean nothing here.
    ['The Chilean president led a ceremony in Santiago.'],
    ['Peru reinforced its commitment to the treaty.'],
    ['Bolivia increased its spending on schools.'],
    ['Chile presented a plan to Peru.'],
    ['Peru advised Chile on the reform.'],
  ])('%s → no event', (text) => {
    expect(eventsOf(text).map(brief)).toEqual([]);
  });
});

describe('cameo rows, second round: demands in reported words, acceptances, denials, ceremonies', () => {
  it.each([
    // "X said Y must ...": CAMEO codes the demand (10), not the statement.
    ['Mexico said Guatemala must tighten its border controls.', 'MEX 100 GTM'],
    ['Argentina said on Friday that Chile must share the river data.', 'ARG 100 CHL'],
    ['Japan stressed that North Korea must stop the launches.', 'JPN 100 PRK'],
    ['Austria insisted that Hungary must respect the court ruling.', 'AUT 100 HUN'],
    // Acceptances of a plan or of people seeking refuge.
    ['The Bolivian government accepted the proposal on fuel prices.', 'BOLGOV 030'],
    ['Ireland accepted asylum seekers from Malta.', 'IRL 075'],
    ['Norway took in refugees from Syria.', 'NOR 075'],
    // Denials and symbolic acts are statements (01), not rejections or meetings.
    ['The Kenyan police rejected allegations of abuse.', 'KENCOP 016'],
    ['The Czech president attended a ceremony in Prague.', 'CZEGOV 017'],
    ['The Uruguayan senator released a statement on the vote.', 'URYLEG 010'],
    ['Kosovo submitted a petition to the Council of Europe.', 'XKX 020 IGOEURCOE'],
    // Mediation and expulsion.
    ['Norway acted as an intermediary between Colombia and the rebels.', 'NOR 045 COL'],
    ['Niger forced the French ambassador out of the country.', 'NER 174 FRAGOV'],
    ['Canada sent armoured vehicles to Ukraine.', 'CAN 070 UKR'],
    // Invitations turned down, consensus, ties, and force in the street.
    ['The Malian junta rejected an invitation to the regional summit.', 'MLIMIL 125'],
    ['Egypt and Jordan reached a consensus on the water talks.', 'EGY 030 JOR'],
    ['Nauru established diplomatic ties with India.', 'NRU 054 IND'],
    ['Nepali police opened fire near the border post.', 'NPLCOP 193'],
    ['Kenyan farmers blocked streets in Nairobi.', 'KENAGR 144'],
    // Aid given with no recipient in the verb's own phrase; a new round of drills or talks.
    ['Norway provided humanitarian aid during the drought.', 'NOR 073'],
    ['Saudi Arabia provided financial assistance to Pakistan.', 'SAU 071 PAK'],
    ['Finland provided 8 million euros for aid in Somalia.', 'FIN 070'],
    ['Greece and Cyprus began another round of joint exercises.', 'GRC 062 CYP'],
    ['Armenia began a new round of talks with Azerbaijan.', 'ARM 046 AZE'],
  ])('%s → %s', (text, expected) => {
    expect(eventsOf(text).map(brief).some((b) => b.startsWith(expected))).toBe(true);
  });

  it.each([
    // A demand needs an actor told what it must do; the speaker's own obligation is none.
    ['Chile said it must cut spending.', '100'],
    // A verb whose rows now span two roots takes no root default ("acted", "submitted", "concluded").
    ['The minister acted recklessly.', '040'],
    ['The Peruvian commission concluded its work on Friday.', '050'],
    ['The Bolivian party submitted its accounts late.', '080'],
  ])('%s → no %s event', (text, code) => {
    expect(eventsOf(text).map((v) => v.cameo)).not.toContain(code);
  });
});

describe('cameo rows, third round: ratified and struck deals, summits, offers of support, condolences, denials', () => {
  it.each([
    ['Albania ratified the energy agreement with Greece.', 'ALB 057 GRC'],
    ['The Slovak parliament ratified the defence pact.', 'SVKLEG 057'],
    ['Bolivia struck a deal with Brazil on gas prices.', 'BOL 057 BRA'],
    ['The Zambian president attended a summit in Luanda.', 'ZMBGOV 044'],
    ['Belgium offered its support after the floods.', 'BEL 032'],
    ['Portugal expressed condolences over Greece\'s wildfires.', 'PRT 018 GRC'],
    ['The Thai army denied allegations of torture.', 'THAMIL 016'],
    ['Nepal asked for help from India after the earthquake.', 'NPL 023 IND'],
    ['The Swedish prime minister called the Turkish president to apologize.', 'SWEGOV 055 TURGOV'],
    ['South Korea gave Vietnam assistance with its census.', 'KOR 070 VNM'],
    // A paper silenced by order is a restriction of political freedom (1721), not a demand (100).
    ['The Kenyan government ordered the Daily Nation to suspend publication.', 'KENGOV 1721'],
    ['The Sudanese authorities suspended publication of two newspapers.', 'SDNGOV 1721'],
  ])('%s → %s', (text, expected) => {
    expect(eventsOf(text).map(brief).some((b) => b.startsWith(expected))).toBe(true);
  });

  it.each([
    // "strike" now has rows of two roots: an air raid on a place that is no actor is still 19.
    ['Turkish jets struck a depot near the border.', 'TURMIL 190'],
    // Condolences outrank the condemnation that follows them (penta judges the most confident event).
    ['Spain expressed condolences and condemned the bombing.', 'ESP 018'],
  ])('%s → %s is the most confident event', (text, expected) => {
    const events = eventsOf(text);
    const top = events.find((v) => brief(v).startsWith(expected));
    expect(top).toBeDefined();
    expect(events.every((v) => v.confidence <= top!.confidence)).toBe(true);
  });
});
