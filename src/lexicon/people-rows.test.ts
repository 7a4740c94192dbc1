// Rows of people.tsv and countries.tsv for the leaders, former states and disputed territories of
// news since about 1980: each has a sentence of our own here with the code it must give on a date.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine.js';
import type { ExtractionRecord } from '../record/types.js';
import { makeArticle } from '../sources/article.js';

const engine = createEngine({ components: ['entities', 'dates', 'amounts', 'events'] });
const recordOf = (text: string, date: string): ExtractionRecord => engine.extract(makeArticle({ source: 't', date, text }));
const codeOf = (text: string, name: string, date: string): string | null | undefined =>
  recordOf(text, date).entities.find((e) => e.mentions.some((m) => m.text === name))?.code;

describe('people: a leader is coded by the office held on the article date', () => {
  it.each([
    ['1995-03-02', 'President Mitterrand received the Algerian foreign minister in Paris.', 'Mitterrand', 'FRAGOV'],
    ['1985-05-10', 'Chancellor Helmut Kohl met the Dutch prime minister in Bonn.', 'Helmut Kohl', 'DEUGOV'],
    ['1983-01-01', 'Thatcher met Reagan at the White House.', 'Thatcher', 'GBRGOV'],
    ['1983-01-01', 'Thatcher met Reagan at the White House.', 'Reagan', 'USAGOV'],
    ['1989-02-01', 'Gorbachev proposed cuts in conventional forces.', 'Gorbachev', 'RUSGOV'],
    ['1992-06-01', 'Yeltsin signed a decree on land reform.', 'Yeltsin', 'RUSGOV'],
    ['1999-10-01', 'Milosevic refused to meet the opposition.', 'Milosevic', 'SRBGOV'],
    ['1993-04-01', 'Museveni received the Kenyan envoy.', 'Museveni', 'UGAGOV'],
    ['1980-06-01', 'Robert Mugabe appealed for reconciliation.', 'Robert Mugabe', 'ZWEGOV'],
    ['1993-01-01', 'Mobutu refused to hand power to the prime minister.', 'Mobutu', 'CODGOV'],
    ['1993-05-01', 'Habyarimana met rebel leaders in Arusha.', 'Habyarimana', 'RWAGOV'],
    ['1999-08-01', 'Bouteflika promised an amnesty for militants who surrender.', 'Bouteflika', 'DZAGOV'],
    ['1996-05-01', 'Suharto rejected calls for political reform.', 'Suharto', 'IDNGOV'],
    ['1992-04-01', 'Askar Akayev signed a trade agreement with Kazakhstan.', 'Askar Akayev', 'KGZGOV'],
    ['1984-01-01', 'Indira Gandhi ordered the army into Punjab.', 'Indira Gandhi', 'INDGOV'],
    ['1994-03-01', 'Rabin condemned the massacre in Hebron.', 'Rabin', 'ISRGOV'],
    ['1988-06-01', 'Arafat rejected the American proposal.', 'Arafat', 'PSEGOV'],
  ])('%s: %s → %s %s', (date, text, name, code) => {
    expect(codeOf(text, name, date)).toBe(code);
  });
});

describe('people: the same person before, between and after offices', () => {
  it.each([
    // Defence minister in a unity government, then prime minister: GOV both times.
    ['1988-03-01', 'Defence Minister Rabin ordered troops into Nablus.', 'Rabin', 'ISRGOV'],
    // Opposition leader before his first election, president after it.
    ['1998-01-10', 'Laurent Gbagbo called for a boycott of the vote.', 'Laurent Gbagbo', 'CIVOPP'],
    ['2003-01-10', 'Gbagbo accused the rebels of breaking the truce.', 'Gbagbo', 'CIVGOV'],
    ['1990-06-01', 'Nelson Mandela urged supporters to stay calm.', 'Nelson Mandela', 'ZAFOPP'],
    ['1996-06-01', 'Mandela praised the new constitution.', 'Mandela', 'ZAFGOV'],
    // Vice president and defence minister before he became president.
    ['1997-03-01', 'Paul Kagame accused Zairean troops of shelling Gisenyi.', 'Paul Kagame', 'RWAGOV'],
    // Out of office: an elite of the country of the last office.
    ['1985-06-01', 'Prime Minister Laurent Fabius visited the Pacific test site.', 'Laurent Fabius', 'FRAGOV'],
    ['1998-05-01', 'George W. Bush signed the school funding bill in Austin.', 'George W. Bush', 'USAGOV'],
    ['2001-06-01', 'Helmut Kohl criticised the party leadership.', 'Helmut Kohl', 'DEUELI'],
    ['1997-01-01', 'Margaret Thatcher attacked the government on Europe.', 'Margaret Thatcher', 'GBRELI'],
  ])('%s: %s → %s %s', (date, text, name, code) => {
    expect(codeOf(text, name, date)).toBe(code);
  });
});

describe('countries: former states are coded by the state that continues them', () => {
  it.each([
    ['1985-01-01', 'The Soviet Union protested to Washington.', 'Soviet Union', 'RUS'],
    ['1991-07-01', 'Yugoslavia sent tanks into Slovenia.', 'Yugoslavia', 'SRB'],
    ['1988-09-01', 'East Germany expelled two Western journalists.', 'East Germany', 'DEU'],
    ['1990-02-01', 'Czechoslovakia asked Moscow to withdraw its troops.', 'Czechoslovakia', 'CZE'],
    ['1997-03-01', 'Paul Kagame accused Zairean troops of shelling Gisenyi.', 'Zairean troops', 'CODMIL'],
  ])('%s: %s → %s %s', (date, text, name, code) => {
    expect(codeOf(text, name, date)).toBe(code);
  });
});

describe('countries: territories and regions take the country CAMEO codes them to', () => {
  it.each([
    ['Rockets were fired from the Gaza Strip overnight.', 'Gaza Strip', 'PSE'],
    ['Israeli troops raided refugee camps in the West Bank.', 'West Bank', 'PSE'],
    ['Israel annexed the Golan Heights in 1981.', 'Golan Heights', 'SYR'],
    ['Rebels in Darfur attacked a police post.', 'Darfur', 'SDN'],
    ['Militants in Kashmir ambushed an army patrol.', 'Kashmir', 'IND'],
    ['Israel withdrew from South Lebanon.', 'South Lebanon', 'LBN'],
    ['Chechnya declared independence.', 'Chechnya', 'RUS'],
    ['Iraqi Kurds fled to the Turkish border.', 'Iraqi Kurds', 'IRQ'],
    ['Texas sued the federal government over the rule.', 'Texas', 'USA'],
    ['Scotland held a referendum on independence.', 'Scotland', 'GBR'],
  ])('%s → %s %s', (text, name, code) => {
    expect(codeOf(text, name, '2005-06-01')).toBe(code);
  });

  it('codes the people of a region by its country in an event', () => {
    const events = recordOf('Bosnian Serbs shelled the town of Gorazde.', '1994-05-01').events;
    expect(events.map((v) => v.source?.code)).toContain('BIH');
    expect(recordOf('Rebels in Darfur attacked a police post.', '2006-05-01').events.map((v) => v.source?.code)).toContain('SDNREB');
  });
});
