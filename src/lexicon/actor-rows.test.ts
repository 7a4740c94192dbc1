// Rows of the actor data (agents, groups, IGOs, metonyms): each one that matters has a sentence of
// our own here with the actor code it must give, read through the whole engine.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine.js';
import type { ExtractionRecord } from '../record/types.js';
import { makeArticle } from '../sources/article.js';

const engine = createEngine({ components: ['entities', 'dates', 'amounts', 'events'] });
const recordOf = (text: string): ExtractionRecord => engine.extract(makeArticle({ source: 't', date: '2023-06-09', text }));
const sourcesOf = (text: string): string[] => recordOf(text).events.map((v) => v.source?.code ?? '-');
const codeOf = (text: string, name: string): string | null | undefined =>
  recordOf(text).entities.find((e) => e.mentions.some((m) => m.text === name))?.code;

describe('agents: military craft stand for the forces using them', () => {
  it.each([
    ['Israeli helicopters fired on a house near Khan Younis.', 'ISRMIL'],
    ['Syrian tanks shelled the village overnight.', 'SYRMIL'],
    ['Turkish drones struck a convoy near the border.', 'TURMIL'],
    ['Iranian gunboats harassed a tanker in the Gulf.', 'IRNMIL'],
    ['Russian warplanes bombed the town at dawn.', 'RUSMIL'],
    ['Ukrainian attack helicopters hit a fuel depot.', 'UKRMIL'],
  ])('%s → %s', (text, code) => {
    expect(sourcesOf(text)).toContain(code);
  });

  it('leaves a water tank or a think tank out of the forces', () => {
    expect(codeOf('The village shares one water tank.', 'tank')).toBeUndefined();
    expect(codeOf('A think tank in Oslo published the study.', 'tank')).toBeUndefined();
  });
});

describe('agents: attackers, captors and crowds', () => {
  it.each([
    // CAMEO codes a bomb whose makers the text does not name as an unidentified armed force.
    ['A car bomb killed six people in Kirkuk.', 'UAF'],
    ['Unidentified assailants shot a judge in the capital.', 'UAF'],
    ['Suicide bombers struck a market in the north.', 'REB'],
    ['Kidnappers released the engineer on Friday.', 'CRM'],
    ['Israeli settlers attacked Palestinian farmers.', 'ISRCVL'],
  ])('%s → %s', (text, code) => {
    expect(sourcesOf(text)).toContain(code);
  });

  it('codes an advisor spelt the American way like an adviser', () => {
    expect(sourcesOf("Iraq's national security advisor met Syrian officials.")).toContain('IRQGOV');
  });
});

describe('groups: armed groups, parties and named forces', () => {
  it.each([
    ['The Revolutionary United Front released the hostages.', 'Revolutionary United Front', 'SLEREB'],
    ['UNITA rejected the peace plan.', 'UNITA', 'AGOREB'],
    ['The Kosovo Liberation Army attacked a police station.', 'Kosovo Liberation Army', 'XKXREB'],
    ['The Free Aceh Movement accused Jakarta of abuses.', 'Free Aceh Movement', 'IDNREB'],
    ['The Islamic Salvation Front called for a boycott.', 'Islamic Salvation Front', 'DZAOPP'],
    ['Ennahda criticised the new constitution.', 'Ennahda', 'TUNPTY'],
    ['The Zapatistas declared a ceasefire in Chiapas.', 'Zapatistas', 'MEXREB'],
    ['The U.S. Navy seized a boat carrying rifles.', 'U.S. Navy', 'USAMIL'],
    ['USAID pledged food aid to Malawi.', 'USAID', 'USAGOV'],
    ['The Israeli Air Force struck a weapons depot.', 'Israeli Air Force', 'ISRMIL'],
  ])('%s (%s → %s)', (text, name, code) => {
    expect(codeOf(text, name)).toBe(code);
  });

  it('does not split a country and an army it does not list ("Bangladesh Army")', () => {
    const rec = recordOf('The Bangladesh Army opened a new base.');
    expect(rec.entities.map((e) => e.mentions[0]?.text)).toContain('Bangladesh Army');
  });
});

describe('igos and metonyms: international forces, bodies and government departments', () => {
  it.each([
    ['UN peacekeepers withdrew from the buffer zone.', 'UN peacekeepers', 'IGOUNOMIL'],
    ['NATO troops arrested a suspect near Pristina.', 'NATO troops', 'IGOWSTNATMIL'],
    ['The Organization of African Unity condemned the coup.', 'Organization of African Unity', 'IGOAFROAU'],
    ['AMISOM handed a base to Somali forces.', 'AMISOM', 'IGOAFRAFUMIL'],
    ['The International Labour Office published its report.', 'International Labour Office', 'IGOUNOLABILO'],
    ['The Justice Department charged three men.', 'Justice Department', 'USAGOV'],
    ['The Federal Reserve raised interest rates.', 'Federal Reserve', 'USAGOV'],
    ['Aso Rock denied the report.', 'Aso Rock', 'NGAGOV'],
  ])('%s (%s → %s)', (text, name, code) => {
    expect(codeOf(text, name)).toBe(code);
  });

  it('gives a group its own code as the source of an event', () => {
    expect(sourcesOf('The Organization of African Unity condemned the coup.')).toContain('IGOAFROAU');
    expect(sourcesOf('UN peacekeepers withdrew from the buffer zone.')).toContain('IGOUNOMIL');
  });
});
