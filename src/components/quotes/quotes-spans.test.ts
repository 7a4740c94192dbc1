import { describe, expect, it } from 'vitest';
import { recordOf, speakerText } from './quotes-fixtures.js';

// Seventh round: where a speaker span starts and ends (source exact). Every sentence here is made up.

describe('quotes: a speaker with its preposition phrase', () => {
  it.each([
    // A common noun keeps its place or group; a name does not ("Lopez in the past has ...").
    ['Veteran organizers in both parties say the vote will be close.', 'Veteran organizers in both parties'],
    ['Managers at those firms have largely said the rules are fine.', 'Managers at those firms'],
    ['Lopez in the past has said the tunnel is too costly.', 'Lopez'],
    ['"The water is too cold," a lifeguard at the busy pool in Dayton said.', 'a lifeguard at the busy pool in Dayton'],
    // After a passive or an inverted cue: a possessive after "of", a group after "in"/"at".
    ['The plan was denounced by the deputy leader of her party.', 'the deputy leader of her party'],
    ['The river plan was welcomed by farmers in both valleys.', 'farmers in both valleys'],
  ])('%s', (text, speaker) => {
    expect(speakerText(text, recordOf(text).quotes[0])).toBe(speaker);
  });
});

describe('quotes: a relative clause after a later mention is no description', () => {
  it.each([
    ['The inspector, who had toured the quarry twice, said the walls were unsafe.', 'The inspector'],
    ['Okafor, who coaches the junior squad, said the pitch was flooded.', 'Okafor'],
    ['Mrs. Lind, who chairs the parish council, said the hall would close.', 'Mrs. Lind'],
    // A first mention keeps it: it says who the speaker is.
    ['Tomas Reyes, who runs the ferry service, said the crossings would resume.', 'Tomas Reyes, who runs the ferry service'],
    ['A baker who sells at the market said the flour price had doubled.', 'A baker who sells at the market'],
  ])('%s', (text, speaker) => {
    expect(speakerText(text, recordOf(text).quotes[0])).toBe(speaker);
  });
});

describe('quotes: the shared subject of a participle past an opening adverbial clause', () => {
  it.each([
    ['Even as the auditors were checking the books, Ms. Varga stayed a firm backer of the merger, telling a reporter that the plan would hold.', 'Ms. Varga'],
    ['While the rain kept falling, the groundskeeper left the pitch open, insisting that the match could go on.', 'the groundskeeper'],
  ])('%s', (text, speaker) => {
    const q = recordOf(text).quotes.find((x) => x.cue === 'telling' || x.cue === 'insisting');
    expect(speakerText(text, q)).toBe(speaker);
  });
});

describe('quotes: a participle after reported speech goes with the reporter', () => {
  it('takes the outer speaker, not the subject of a cue inside the content', () => {
    const text = 'The dock workers said the notice was referring to the night shifts, adding that the union would meet on Friday.';
    const q = recordOf(text).quotes.find((x) => x.cue === 'adding');
    expect(speakerText(text, q)).toBe('The dock workers');
  });
});

describe('quotes: a clause after the speaker\'s comma is no description', () => {
  it.each([
    ['Between 2019 and 2021, according to the harbour log, the ferry had left late on forty days.', 'the harbour log'],
    ['The mill changed hands twice and, according to the county filings, the last owner had paid $2 million for it.', 'the county filings'],
    ['In a tape first reported by the Valley Courier, Lind boasted that his mill was the oldest in the county.', 'the Valley Courier'],
    // An appositive keeps its description, also with a quoted title or a "think tank".
    ['"The levee is sound," said Rosa Imbert, author of the guide "How Rivers Move."', 'Rosa Imbert, author of the guide "How Rivers Move."'],
    ['"The levee is sound," said Rosa Imbert, head of a think tank that studies floods.', 'Rosa Imbert, head of a think tank that studies floods'],
  ])('%s', (text, speaker) => {
    expect(speakerText(text, recordOf(text).quotes[0])).toBe(speaker);
  });
});

describe('quotes: a passive of belief before "that" names who holds it', () => {
  it('takes the subject as the speaker and the clause as the content', () => {
    const text = 'But a number of city officials were worried that the bridge would close.';
    const q = recordOf(text).quotes[0];
    expect(speakerText(text, q)).toBe('a number of city officials');
    expect(q?.text).toBe('that the bridge would close');
  });
});

describe('quotes: a past participle that modifies a noun reports nothing', () => {
  it('gives no attribution for "a film expected to draw crowds opened"', () => {
    expect(recordOf('A film expected to draw crowds opened on Friday.').quotes).toHaveLength(0);
  });

  it('keeps a simple past whose infinitive holds a clause of its own', () => {
    const text = 'The club treasurer declined to say when the mayor planned to pay the rest.';
    expect(speakerText(text, recordOf(text).quotes[0])).toBe('The club treasurer');
  });
});

describe('quotes: a relative clause that reports speech is no description', () => {
  it.each([
    ['"The dam will hold," said Vera Holm, an engineer at the river board who describes the spillway as "overbuilt."', 'Vera Holm, an engineer at the river board'],
    ['"The dam will hold," said Vera Holm, an engineer at the river board who designed the spillway.', 'Vera Holm, an engineer at the river board who designed the spillway'],
  ])('%s', (text, speaker) => {
    expect(speakerText(text, recordOf(text).quotes[0])).toBe(speaker);
  });
});
