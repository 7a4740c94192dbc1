import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine.js';
import type { RecordEntity } from '../../record/types.js';
import { makeArticle } from '../../sources/article.js';

// Unknown people: where their names end, and which of them a pronoun means. Made-up names.
const engine = createEngine({ components: ['entities'] });
const entitiesOf = (text: string): RecordEntity[] => engine.extract(makeArticle({ source: 't', date: '2024-03-05', text })).entities;
/** Each entity as "name:TYPE", with the pronouns that point at it. */
const summary = (text: string): string[] =>
  entitiesOf(text).map((e) => [`${e.name}:${e.type}`, ...e.mentions.filter((m) => m.kind === 'pronoun').map((m) => text.slice(m.start, m.end))].join(' '));

describe('entities: a person of a place', () => {
  it('ends a person\'s name before "of" and reads what follows as the place', () => {
    const text = 'Pedro Alves Okoro of Fort Lindam was charged on Monday.';
    expect(summary(text)).toEqual(['Pedro Alves Okoro:PERSON', 'Fort Lindam:LOC']);
  });

  it('keeps names that hold "of" whole', () => {
    const names = entitiesOf('The Battle of Orvena and the Marovian Academy of Sciences were named.').map((e) => `${e.name}:${e.type}`);
    expect(names).toContain('Marovian Academy of Sciences:ORG');
    expect(names.some((n) => n.startsWith('Battle:'))).toBe(false);
  });

  it('never runs a name over a line break', () => {
    const names = entitiesOf('She was held near Fort Lindam, Ark.\nProsecutors said more.').map((e) => e.name);
    expect(names.some((n) => n.includes('Prosecutors') && n.includes('Ark'))).toBe(false);
  });

  it('reads a company by its last word, and keeps "he" off it', () => {
    expect(summary('Lena Marsh said Orvex Technologies would grow, but he disagreed.')).toContain('Orvex Technologies:ORG');
  });

  it('reads a jail as a place, not a person', () => {
    expect(summary('He was held in the Marov County Jail.')).toContain('Marov County Jail:FAC');
  });
});

describe('entities: pronouns of unknown people', () => {
  it('gives "he" to the man, though a woman was named nearer', () => {
    expect(summary('Pedro Okoro met Ana Lindqvist in the capital, and later he left.')).toEqual(['Pedro Okoro:PERSON he', 'Ana Lindqvist:PERSON']);
  });

  it('reads the gender of an honorific', () => {
    expect(summary('Mrs. Lindqvist met Mr. Okoro. She spoke first.')).toEqual(['Lindqvist:PERSON She', 'Okoro:PERSON']);
  });

  it('keeps an object pronoun off the subject of its own clause', () => {
    const out = summary('Pedro Okoro and Sam Teller met Jordan Vale after Vale called him.');
    expect(out.find((e) => e.startsWith('Jordan Vale'))).toBe('Jordan Vale:PERSON');
  });

  it('gives "he" to a spokesman named by his office after a person named before', () => {
    const out = summary('Pedro Okoro left the talks. A government spokesman said they had failed. He added that more were planned.');
    expect(out).toContain('spokesman:GROUP He');
  });

  it('keeps "she" off an office that does not act, and off one set beside a name', () => {
    expect(summary('Ana Lindqvist wants to be president, and she said so.')).toContain('Ana Lindqvist:PERSON she');
    expect(summary('Ana Lindqvist, a former negotiator, spoke. She was brief.')).toContain('Ana Lindqvist:PERSON She');
  });

  it('does not read a capitalised role inside a name as a person', () => {
    const out = summary('Pedro Okoro starred in Doctor Orvo, and critics loved him.');
    expect(out).toContain('Pedro Okoro:PERSON him');
  });

  it('falls back to the nearest person whose name marks no gender', () => {
    expect(summary('Kaveri Ondaatje spoke first. She was brief.')).toEqual(['Kaveri Ondaatje:PERSON She']);
  });
});

describe('entities: unknown acronyms', () => {
  it('reads an acronym that acts, owns or stands alone as a body, and gives it "it"', () => {
    expect(summary('ORVX said it would close the plant.')).toEqual(['ORVX:ORG it']);
    expect(summary('The mill was bought by ORVX last year.')).toContain('ORVX:ORG');
  });

  it('leaves an acronym in brackets after a name, and one after a modifier, to the name and the thing', () => {
    expect(entitiesOf('The Marov Workers Congress (MWC) met on Monday.').map((e) => e.name)).not.toContain('MWC');
    expect(entitiesOf('Dania gave more ODA this year.').map((e) => e.name)).not.toContain('ODA');
  });

  it('reads a state\'s postal code as no body', () => {
    expect(entitiesOf('He flew to Albany, NY and met ORVX there.').map((e) => e.name)).not.toContain('NY');
  });

  it('does not take an office or a time zone for a body', () => {
    expect(entitiesOf('The CEO said at 9 EST that sales rose.').filter((e) => e.type === 'ORG')).toEqual([]);
  });
});

describe('entities: "they" for a company', () => {
  it('gives "they" to an organisation that acts when no group or pair is named', () => {
    expect(summary('Orvex-Lindam announced that they will open a plant.')).toEqual(['Orvex-Lindam:ORG they']);
  });

  it('still gives "they" to a pair joined by "and" first', () => {
    expect(summary('Chile and Peru said they would talk.')).toEqual(['Chile:GPE they', 'Peru:GPE they']);
  });
});

describe('entities: "it" for bodies', () => {
  it('prefers a body that is the subject of a verb in the pronoun\'s sentence over a nearer one that is not', () => {
    const out = summary('ORVX is making Chile a hub for phones, and it unveiled two.');
    expect(out).toContain('ORVX:ORG it');
  });
});

describe('entities: hyphenated names', () => {
  it('reads one hyphenated word with no given name in it as a body, and a titled or given one as a person', () => {
    const out = summary('Orvex-Lindam said it would grow. Ms. Okoro-Vale said she agreed. Jean-Luc Marovic spoke.');
    expect(out).toEqual(['Orvex-Lindam:ORG it', 'Okoro-Vale:PERSON she', 'Jean-Luc Marovic:PERSON']);
  });
});

describe('entities: a pronoun in an opening adjunct looks ahead', () => {
  it('gives a possessive in a fronted -ing phrase to the subject after the comma', () => {
    const text = 'Orvex Technologies opened a depot in March.\nWidening its reach into farm tools, Halvor Systems today bought a small maker of seed drills.';
    expect(summary(text)).toContain('Halvor Systems:ORG its');
  });

  it('reads a fronted prepositional phrase the same way, for a person', () => {
    const text = 'Lena Marsh spoke first. In his reply to the board, Pedro Okoro said the plan was sound.';
    expect(summary(text)).toContain('Pedro Okoro:PERSON his');
  });

  it('does not look ahead from an object pronoun or from "it"', () => {
    const text = 'Lena Marsh arrived late. After meeting her, Pedro Okoro left the hall.';
    expect(summary(text)).not.toContain('Pedro Okoro:PERSON her');
    const weather = 'When it comes to rivers, the Marovian ministry keeps records.';
    expect(summary(weather).some((s) => s.endsWith(' it'))).toBe(false);
  });

  it('looks back as before when the pronoun is not in the opening adjunct', () => {
    const text = 'Lena Marsh lost the vote. The council, which backed her bid, met on Friday.';
    expect(summary(text)).toContain('Lena Marsh:PERSON her');
  });
});

describe('entities: a pronoun in an opening adjunct after a name', () => {
  it('looks back to the person the adjunct names', () => {
    const text = 'When Lena Marsh said she would stay, Anna Okoro left the hall.';
    expect(summary(text)).toContain('Lena Marsh:PERSON she');
  });
});

describe('entities: company words', () => {
  it('reads names that end in a trade word as companies, and gives "it" to them', () => {
    expect(summary('Nimbus Orbital Devices announced on Monday that it would close a plant.')).toContain('Nimbus Orbital Devices:ORG it');
    expect(summary('Harlow Wireless said sales fell.')).toContain('Harlow Wireless:ORG');
  });
});
