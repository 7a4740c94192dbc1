import { describe, expect, it } from 'vitest';
import { cued, read, recordOf, speakerText } from './quotes-fixtures.js';

// Thirteenth round. Every sentence here is made up.

describe('quotes: the compound noun "think tank"', () => {
  it('reads the speaker whose description names a think tank', () => {
    const text = 'Lise Moreau, head of a Lima think tank that studies fishing quotas, said the catch fell.';
    expect(read(text, 'said')).toEqual(['Lise Moreau, head of a Lima think tank that studies fishing quotas', 'said', 'the catch fell']);
  });

  it('reads "think tanks" as a speaker, not a cue', () => {
    expect(read('Think tanks warn that the catch fell.', 'warn')).toEqual(['Think tanks', 'warn', 'that the catch fell']);
  });

  it('still reads "think" after a pronoun', () => {
    expect(cued('They think tanks of diesel are too costly for the fleet.')).toEqual(['think']);
  });
});

describe('quotes: a verb that wink tags an adjective before a participle cue', () => {
  it('gives "by saying" the subject of an -ed verb tagged an adjective', () => {
    const text = 'After the fire at a depot in Porto (Ruiz called it "awful and sad" and was "glad that nobody died"), Vale inflamed tempers by saying, "The pier is safe."';
    expect(read(text, 'saying')).toEqual(['Vale', 'saying', 'The pier is safe.']);
  });

  it('leaves an adjective inside the subject alone', () => {
    const text = 'The tired crews at the depot in Porto left early, saying the pier was unsafe.';
    expect(read(text, 'saying')).toEqual(['The tired crews at the depot in Porto', 'saying', 'the pier was unsafe']);
  });
});

describe('quotes: a participle after a relative clause on the object', () => {
  const text = 'Vale turned on the growers who have accused her of fraud, threatening to take them to court in May.';

  it('gives the participle the subject of the main clause', () => {
    expect(read(text, 'threatening')).toEqual(['Vale', 'threatening', 'to take them to court in May']);
  });

  it('keeps the relative pronoun as the speaker of the relative clause', () => {
    expect(read(text, 'have accused')).toEqual(['who', 'have accused', 'her of fraud']);
  });
});

describe('quotes: "at least" opening the content, and a name with a word in capitals', () => {
  it.each([
    ['Officials said at least 12 boats sank in the storm.', 'said', 'Officials', 'at least 12 boats sank in the storm'],
    ['The ledger shows at most ten unpaid fees.', 'shows', 'The ledger', 'at most ten unpaid fees'],
    ['The LIMA TODAY Harbor audit found at least 14 unpaid invoices, most of them from 2019.', 'found', 'The LIMA TODAY Harbor audit', 'at least 14 unpaid invoices'],
  ])('reads %s', (text, cue, speaker, content) => {
    expect(read(text, cue)).toEqual([speaker, cue, content]);
  });

  it('reads no content in an adverbial "at least"', () => {
    expect(cued('Lind spoke at least twice.')).toEqual([]);
  });

  it('still reads a date in capitals after a verb as a date', () => {
    expect(read('Ruiz said TODAY that the pier is safe.', 'said')).toEqual(['Ruiz', 'said', 'that the pier is safe']);
  });
});

describe('quotes: an adverbial aside between the subject and its verb', () => {
  it.each([
    ['Vale, despite a long day at the port, said the pier was safe.', 'said'],
    ['Vale, during a visit to the docks, said the pier was safe.', 'said'],
    ['Vale, after the board voted, said the pier was safe.', 'said'],
  ])('reads the subject without the aside: %s', (text, cue) => {
    expect(read(text, cue)).toEqual(['Vale', cue, 'the pier was safe']);
  });

  it('leaves an object before the aside out of the speaker', () => {
    expect(read('Growers cheered Vale, despite the fees, saying the pier was safe.', 'saying')[0]).toBe('Growers');
  });
});

describe('quotes: a second verb after a gerund or infinitive in the subject\'s aside', () => {
  it('finds the subject past the gerund and the infinitive', () => {
    const text = 'Vale, despite making a real effort to stay calm, left her notes at home Friday and asserted that the pier was safe.';
    expect(read(text, 'asserted')).toEqual(['Vale', 'asserted', 'that the pier was safe']);
  });

  it('still finds the subject after an opening participle clause', () => {
    const text = 'Before leaving the port, Vale told the crews to stay calm and added that the pier was safe.';
    expect(read(text, 'added')).toEqual(['Vale', 'added', 'that the pier was safe']);
  });
});

describe('quotes: "according to" a rule the action follows', () => {
  it('reads no attribution right after a verb phrase before a formula', () => {
    expect(cued('The guild shares out its dues according to a formula set by the ports.')).toEqual([]);
  });

  it.each([
    ['According to the harbour plan, the pier opens in May.', 'According to'],
    ['The pier opens in May, according to the harbour plan.', 'according to'],
  ])('still reads a plan set off by a comma as the source: %s', (text, cue) => {
    expect(read(text, cue)[0]).toBe('the harbour plan');
  });
});

describe('quotes: the object of a preposition before a cue', () => {
  it('takes no speaker from "with a sly grin"', () => {
    const text = 'On the quay, Vale recalled, Ruiz took her hand and, with a sly grin said, "Not one word."';
    expect(recordOf(text).quotes.map((q) => speakerText(text, q))).not.toContain('a sly grin');
  });

  it('keeps a subject after an opening phrase and its comma', () => {
    expect(read('In Porto, the officials said the pier was safe.', 'said')).toEqual(['the officials', 'said', 'the pier was safe']);
  });
});

describe('quotes: "that" after a longer adjunct, before a pronoun and its verb', () => {
  it('opens the reported clause even when wink tags "that" a pronoun', () => {
    const text = 'For her part, Ms. Vale did not hint in her first week as mayor that she planned any big changes.';
    expect(read(text, 'did not hint')).toEqual(['Ms. Vale', 'did not hint', 'that she planned any big changes']);
  });

  it('reads no clause after a cue that takes only a noun phrase', () => {
    expect(cued('Vale praised in her speech the pier that she built.')).toEqual([]);
  });
});

describe('quotes: new lexicon rows', () => {
  it('reads "telegraph" with a that-clause', () => {
    expect(read('Vale had telegraphed that she would stand again.', 'had telegraphed')).toEqual(['Vale', 'had telegraphed', 'that she would stand again']);
  });

  it('reads no cue in "telegraph" without a clause', () => {
    expect(cued('The crew telegraphed the port at noon.')).toEqual([]);
  });

  it.each([
    ['The board did not specify how much the pier would cost.', 'did not specify', 'The board', 'how much the pier would cost'],
    ['Vale specified that the fee was ten pesos.', 'specified', 'Vale', 'that the fee was ten pesos'],
  ])('reads "specify" with a clause: %s', (text, cue, speaker, content) => {
    expect(read(text, cue)).toEqual([speaker, cue, content]);
  });

  it('reads no cue in "specify" with a plain object', () => {
    expect(cued('The rules specify a fee of ten pesos.')).toEqual([]);
  });

  it('reads "debate" with an embedded question', () => {
    expect(read('The crews debated whether to buy a second boat.', 'debated')).toEqual(['The crews', 'debated', 'whether to buy a second boat']);
  });

  it('reads no cue in "debate" with an opponent', () => {
    expect(cued('Vale will debate Lind on Sunday in Porto.')).toEqual([]);
  });
});

describe('quotes: an -ing cue that wink tags an adjective before "that"', () => {
  it('reads the cue and a subject with an -ly adverb and participle', () => {
    const text = 'Vale faces new doubts, with newly released port records revealing that the guild had cash.';
    expect(read(text, 'revealing')).toEqual(['newly released port records', 'revealing', 'that the guild had cash']);
  });

  it('reads no cue in an adjective before a noun', () => {
    expect(cued('It was a revealing week for the guild.')).toEqual([]);
  });
});

describe('quotes: a relative clause in an opening adverbial', () => {
  const text = 'At a rally in Porto over the weekend that was meant to be a reset for her campaign, Vale turned on the growers who have accused her of fraud, threatening to take them to court.';

  it('gives the participle the subject of the main clause, not the antecedent', () => {
    expect(read(text, 'threatening')).toEqual(['Vale', 'threatening', 'to take them to court']);
  });

  it('still reads the subject before a relative clause set off by commas', () => {
    expect(read('Lind, who has long run the farm, left early, saying the pier was unsafe.', 'saying')[0]).toBe('Lind');
  });
});

describe('quotes: a name that modifies a noun cue', () => {
  const text = 'Last week, following a Lima Herald report about a 2019 contract, a club at Lima College derided her as a fraud.';

  it('is the noun cue\'s source', () => {
    expect(read(text, 'report about')).toEqual(['Lima Herald', 'report about', 'a 2019 contract']);
  });

  it('is not the subject of the clause after it', () => {
    expect(read(text, 'derided')[0]).toBe('a club at Lima College');
  });

  it('leaves a common noun modifier out', () => {
    expect(read('A harbour report about the fees surfaced.', 'report about')[0]).toBeNull();
  });
});

describe('quotes: an embedded question with "where"', () => {
  it('reads "where" right after the verb as the content', () => {
    expect(read('The ledger revealed where the money went.', 'revealed')).toEqual(['The ledger', 'revealed', 'where the money went']);
  });

  it('reads no content at a "where" that belongs to an adjunct', () => {
    expect(recordOf('Vale said at a rally in Porto where she grew up that the pier was safe.').quotes.map((q) => q.text)).not.toContain('where she grew up that the pier was safe');
  });
});

describe('quotes: a clause after a passive cue\'s agent', () => {
  const pieces = (text: string, cue: string): string[] => recordOf(text).quotes.filter((q) => q.cueSpan?.text === cue || q.cue === cue).map((q) => q.text);

  it('reads a question after the agent of "asked"', () => {
    const text = 'When asked directly by the Gazette if they had a stake in the pier deal, neither firm replied.';
    expect(read(text, 'When asked directly')).toEqual(['the Gazette', 'When asked directly', 'if they had a stake in the pier deal']);
  });

  it('reads an infinitive after the agent as a second piece', () => {
    expect(pieces('Vale was urged by the board to resign.', 'was urged')).toEqual(['Vale', 'to resign']);
  });

  it('reads no piece after the agent that is not a clause', () => {
    expect(pieces('The plan was criticised by the union as too costly.', 'was criticised')).toEqual(['The plan']);
  });
});

describe('quotes: a "whose" clause with commas of its own before the verb', () => {
  it.each([
    ['Rosa Lind, whose son, Tomas, sailed for Porto last year, called on the crowd to vote in May.', 'called on', 'Rosa Lind, whose son, Tomas, sailed for Porto last year'],
    ['Ana Ruiz, whose firm builds piers, said the port was safe.', 'said', 'Ana Ruiz, whose firm builds piers'],
  ])('reads the name with its clause: %s', (text, cue, speaker) => {
    expect(read(text, cue)[0]).toBe(speaker);
  });

  it('leaves an object before the clause out of the speaker', () => {
    expect(read('Crews cheered Ruiz, whose firm built the pier, saying it was safe.', 'saying')[0]).toBe('Crews');
  });
});
