import { describe, expect, it } from 'vitest';
import { cueText, read, recordOf, speakerText } from './quotes-fixtures.js';

// Eighth round: cues whose content or subject the earlier passes did not reach. Every sentence
// here is made up.

describe('quotes: an embedded question after a verb that names a topic', () => {
  it.each([
    ['The clerks discussed at length how to dry out the soaked ledgers.', 'discussed', 'The clerks', 'how to dry out the soaked ledgers'],
    ['The audit describes how the treasurer moved the funds.', 'describes', 'The audit', 'how the treasurer moved the funds'],
    ['Ms. Okafor outlined in her letter how the ferry had run aground.', 'outlined', 'Ms. Okafor', 'how the ferry had run aground'],
  ])('%s', (text, cue, speaker, content) => {
    expect(read(text, cue)).toEqual([speaker, cue, content]);
  });
});

describe('quotes: a bare reported clause after adjuncts', () => {
  it('reads the clause after a date phrase', () => {
    const text = 'The harbour master confirmed at the weekly briefing the north pier would shut.';
    expect(read(text, 'confirmed')).toEqual(['The harbour master', 'confirmed', 'the north pier would shut']);
  });

  it('leaves a content-first sentence alone when a comma follows the adjuncts', () => {
    const text = 'The pier is safe, the harbour master said on Monday, the day the storm ended.';
    expect(read(text, 'said')).toEqual(['the harbour master', 'said', 'The pier is safe']);
  });
});

describe('quotes: verbs in a list share their subject', () => {
  const text = 'The warden praised the rangers; criticized the surveyors over the late report; and said the dam would be shut.';
  it.each([
    ['praised', 'The warden', 'the rangers'],
    ['criticized', 'The warden', 'the surveyors over the late report'],
    ['said', 'The warden', 'the dam would be shut'],
  ])('%s after a semicolon', (cue, speaker, content) => {
    expect(read(text, cue)).toEqual([speaker, cue, content]);
  });

  it('after a comma, and the clause before ends at the listed verb', () => {
    const text = 'The growers have warned the crop is ruined, complained about the hail and predicted a lean winter.';
    expect(read(text, 'have warned')).toEqual(['The growers', 'have warned', 'the crop is ruined']);
    expect(read(text, 'complained about')).toEqual(['The growers', 'complained about', 'the hail']);
    expect(read(text, 'predicted')).toEqual(['The growers', 'predicted', 'a lean winter']);
  });

  it('needs a verb after "and" to close the list', () => {
    const text = 'The dam is sound, the warden said, blasted by the storm and the floods.';
    expect(recordOf(text).quotes.find((q) => cueText(q) === 'blasted')).toBeUndefined();
  });
});

describe('quotes: the object of a verb of causing speaks the infinitive cue', () => {
  it.each([
    ['The audit prompted the treasurer to criticize the auditors.', 'to criticize', 'the treasurer', 'the auditors'],
    ['The drought has led most orchard owners to believe that the canal will stay dry.', 'to believe', 'most orchard owners', 'that the canal will stay dry'],
    ['The pier stayed open long enough for the coastguard to announce that it would close.', 'to announce', 'the coastguard', 'that it would close'],
  ])('%s', (text, cue, speaker, content) => {
    expect(read(text, cue)).toEqual([speaker, cue, content]);
  });

  it('leaves an infinitive after a plain object alone', () => {
    const text = 'The council hired a surveyor to inspect the pier.';
    expect(recordOf(text).quotes).toEqual([]);
  });
});

describe('quotes: a participle between the subject and its verb', () => {
  it.each([
    ['Some tenants, shaken by the blasts, said the tower would fall.', 'said', 'Some tenants', 'the tower would fall'],
    ['The ferrymen, driven off the river by the ice, feared that the season was over.', 'feared', 'The ferrymen', 'that the season was over'],
    // An appositive noun phrase still describes the speaker.
    ['Lena Park, a nurse at the clinic, said the ward was full.', 'said', 'Lena Park, a nurse at the clinic', 'the ward was full'],
  ])('%s', (text, cue, speaker, content) => {
    expect(read(text, cue)).toEqual([speaker, cue, content]);
  });
});

describe('quotes: the cue takes an adverb after the verb and the colon before the content', () => {
  it.each([
    ['"The tide will turn," the skipper wrote calmly.', 'wrote calmly'],
    ['The skipper added later that the tide had turned.', 'added later'],
    ['The skipper said: "The tide will turn."', 'said:'],
    // Not an adverb that opens the content, nor a date or a phrase about the speech event.
    ['The skipper said there was no tide.', 'said'],
    ['The skipper said on Monday that the tide had turned.', 'said'],
    ['The tide will turn, the skipper said Wednesday.', 'said'],
  ])('%s', (text, cue) => {
    expect(recordOf(text).quotes.map((q) => cueText(q))).toContain(cue);
  });
});

describe('quotes: a partitive subject ("some of them", "many of whom")', () => {
  it.each([
    ['Some of them said the ferry was late again.', 'said', 'Some of them', 'the ferry was late again'],
    ['Two of us opposed the harbour plan.', 'opposed', 'Two of us', 'the harbour plan'],
    ['The anglers, many of whom are critical of the warden, stayed home.', 'are critical of', 'many of whom', 'the warden'],
  ])('%s', (text, cue, speaker, content) => {
    expect(read(text, cue)).toEqual([speaker, cue, content]);
  });
});

describe('quotes: an embedded question after the hearer', () => {
  it.each([
    ['The club sent out a short film, reminding members just how close the final had been.', 'reminding', 'The club', 'just how close the final had been'],
    ['She reminded the jury of how the fire had spread.', 'reminded', 'She', 'of how the fire had spread'],
    ['The pilot told the passengers why the flight was late.', 'told', 'The pilot', 'why the flight was late'],
  ])('%s', (text, cue, speaker, content) => {
    expect(read(text, cue)).toEqual([speaker, cue, content]);
  });
});

describe('quotes: verbs of effort lead into a cue with "to"', () => {
  it.each([
    ['The wardens struggled to explain the parking fees.', 'struggled to explain', 'The wardens', 'the parking fees'],
    ['The board failed to endorse the merger.', 'failed to endorse', 'The board', 'the merger'],
  ])('%s', (text, cue, speaker, content) => {
    expect(read(text, cue)).toEqual([speaker, cue, content]);
  });
});

describe('quotes: a quotation that a clause opens with a colon', () => {
  it.each([
    ['Mayor Okafor fired back at the critics on the radio: "We will not close the pier this year."', 'Mayor Okafor', 'fired back at the critics on the radio:'],
    ['But Lind brushed it off with a grin: "It is only a pier, and piers are cheap."', 'Lind', 'brushed it off with a grin:'],
  ])('%s', (text, speaker, cue) => {
    const q = recordOf(text).quotes[0];
    expect([speakerText(text, q), cueText(q), q?.kind]).toEqual([speaker, cue, 'direct']);
  });

  it('needs a subject that can speak and a clause without a comma', () => {
    for (const text of ['The plan was simple: "We will not close the pier this year."', 'In the end, Lind had one answer: "We will not close the pier this year."']) {
      expect(recordOf(text).quotes[0]?.cueSpan).toBeUndefined();
    }
  });
});

describe('quotes: a reported clause with an adverbial phrase before its verb', () => {
  it('reads "at least" between the subject and the verb', () => {
    const text = 'Inspectors argue the dams at least hold the water back.';
    expect(read(text, 'argue')).toEqual(['Inspectors', 'argue', 'the dams at least hold the water back']);
  });
});

describe('quotes: pledge and order with a plain object', () => {
  it.each([
    ['The brewery pledged two boats to the rescue service.', 'pledged', 'The brewery', 'two boats to the rescue service'],
    ['The harbour master has ordered three more inspections.', 'has ordered', 'The harbour master', 'three more inspections'],
  ])('%s', (text, cue, speaker, content) => {
    expect(read(text, cue)).toEqual([speaker, cue, content]);
  });
});

describe('quotes: a colon at the end of a paragraph introduces the quotation that opens the next', () => {
  it('reads across the paragraph break', () => {
    const text = 'The ferry company put out a notice. Its spokesman, Tom Reyes, wrote:\n\n"Crossings resume on Monday. We thank passengers for their patience."';
    const q = recordOf(text).quotes.find((x) => x.kind === 'direct');
    expect([speakerText(text, q), cueText(q), q?.text]).toEqual(['Its spokesman, Tom Reyes', 'wrote:', 'Crossings resume on Monday. We thank passengers for their patience.']);
  });
});

describe('quotes: "show" that wink tags a noun, and a subject that ends on its relative clause', () => {
  it('reads the whole subject with its relative clause', () => {
    const text = 'Old ledgers from the mill that were kept in a barn show the owner paid his workers late.';
    expect(read(text, 'show')).toEqual(['Old ledgers from the mill that were kept in a barn', 'show', 'the owner paid his workers late']);
  });

  it('reads "show" after a name before a degree adverb and a number', () => {
    const text = 'Figures from Harbour Control show almost 40 boats left early.';
    expect(read(text, 'show')[1]).toBe('show');
  });

  it('leaves the noun alone', () => {
    expect(recordOf('The Harbour Control show drew large crowds.').quotes).toEqual([]);
  });
});

describe('quotes: "since" inside a verb group', () => {
  it('keeps "has since" with its verb and subject', () => {
    const text = 'The guild elected Ms. Lind, who has since said the dues are too high.';
    expect(read(text, 'has since said')).toEqual(['who', 'has since said', 'the dues are too high']);
  });
});

describe('quotes: a subject whose appositive follows a preposition phrase', () => {
  it.each([
    ['By noon, a sign in the window of Hollis Bakery, a family shop, said the bread was sold out.', 'said', 'a sign in the window of Hollis Bakery, a family shop', 'the bread was sold out'],
    ['Advisers to Tom Reyes, who runs the ferry line, stressed the budget was tight.', 'stressed', 'Advisers to Tom Reyes, who runs the ferry line', 'the budget was tight'],
    // An opening adverbial phrase is still no subject.
    ['In the interview with Reyes, a retired pilot, Lind said the ferry was late.', 'said', 'Lind', 'the ferry was late'],
  ])('%s', (text, cue, speaker, content) => {
    expect(read(text, cue)).toEqual([speaker, cue, content]);
  });
});

describe('quotes: a relative clause whose verb only takes an infinitive stays a description', () => {
  it('keeps "who was seeking ..." with the speaker', () => {
    const text = 'Tom Reyes, who was seeking another season as coach, said the budget was tight.';
    expect(read(text, 'said')).toEqual(['Tom Reyes, who was seeking another season as coach', 'said', 'the budget was tight']);
  });
});
