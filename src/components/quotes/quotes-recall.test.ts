import { describe, expect, it } from 'vitest';
import { datesComponent } from '../dates/dates.js';
import { entitiesComponent } from '../entities/entities.js';
import { createPipeline } from '../pipeline.js';
import { toRecord } from '../../record/to-record.js';
import type { ExtractionRecord, RecordQuote } from '../../record/types.js';
import { makeArticle } from '../../sources/article.js';
import { quotesComponent } from './quotes.js';

// Fifth round: common constructions that gave no quotation (recall). Every sentence here is made up.
const pipeline = createPipeline([entitiesComponent(), datesComponent(), quotesComponent()]);
const recordOf = (text: string): ExtractionRecord => toRecord(pipeline.process(makeArticle({ source: 't', date: '2024-05-17', text })));
/** The speaker's words with its description, as PolNeAR's source spans take them. */
const speakerText = (text: string, q: RecordQuote | undefined): string | null => {
  const sp = q?.speaker;
  if (!sp) return null;
  return text.slice(Math.min(sp.start, sp.description?.start ?? sp.start), Math.max(sp.end, sp.description?.end ?? sp.end));
};

describe('quotes: a direct quotation with its attribution after it', () => {
  it.each([
    ['a speaker with a long appositive', '"The bridge is weaker than in June," pollster Ana Ortiz, part of the team that ran the survey, told CBS.', 'told', 'pollster Ana Ortiz, part of the team that ran the survey'],
    ['a participle clause after the attribution', '"Why was the cash left in the vault?" Mr. Lind said, echoing many members of the board.', 'said', 'Mr. Lind'],
    ['a noun that wink tags an adverb', '"The mayor is ready to lead," the daily wrote.', 'wrote', 'the daily'],
    ['an age in a hyphenated compound', '"You can guess how tired I was," the 63-year-old mayor said.', 'said', 'the 63-year-old mayor'],
    ['an appeal', '"Go and vote," Ms. Ruiz implored.', 'implored', 'Ms. Ruiz'],
  ])('%s', (_case, text, cue, speaker) => {
    const q = recordOf(text).quotes[0];
    expect(q?.kind).toBe('direct');
    expect(q?.cue).toBe(cue);
    expect(speakerText(text, q)).toBe(speaker);
  });

  it('carries the quotation on after an attribution with a long appositive', () => {
    const text = '"The bridge is weak," pollster Ana Ortiz, part of the team that ran the survey, told CBS. "It can still be saved."';
    const qs = recordOf(text).quotes;
    expect(qs).toHaveLength(2);
    expect(qs[1]!.continues).toBe(qs[0]!.id);
    expect(qs[1]!.cue).toBe('told');
  });
});

describe('quotes: an aside between the subject and its verb', () => {
  it.each([
    ['Mr. Lind, meanwhile, says that the figures are too rosy.', 'says', 'Mr. Lind', 'that the figures are too rosy'],
    ['Local officials, though, say the plant will close.', 'say', 'Local officials', 'the plant will close'],
    ['Growers - especially in the north - said that the rain came too late.', 'said', 'Growers', 'that the rain came too late'],
    ['Figures released by the board for the month of May, for example, showed that sales had doubled.', 'showed', 'Figures released by the board for the month of May', 'that sales had doubled'],
  ])('%s', (text, cue, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cue === cue);
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });

  it('does not take a clause between commas for an aside', () => {
    const text = 'Mr. Lind, who runs the farm, says that the rain came too late.';
    const q = recordOf(text).quotes.find((x) => x.cue === 'says');
    expect(q?.speaker?.name).toBe('Mr. Lind');
    expect(q?.speaker?.description?.text).toBe('who runs the farm');
  });
});

describe('quotes: cue forms that wink tags nouns', () => {
  it.each([
    ['Growers fear the rain will come too late.', 'fear', 'Growers', 'the rain will come too late'],
    ['Some analysts fear that the dam could fail.', 'fear', 'Some analysts', 'that the dam could fail'],
    ['Critics call it a waste of public money.', 'call', 'Critics', 'it a waste of public money'],
  ])('%s', (text, cue, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cue === cue);
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });

  it('leaves a noun before a relative clause alone', () => {
    expect(recordOf('The show it aired last week was long.').quotes).toEqual([]);
  });
});

describe('quotes: subjects and contents the chunker cut', () => {
  it('takes an -ing noun after an adjective as the subject', () => {
    const text = 'Public polling shows that the party is ahead.';
    const q = recordOf(text).quotes[0];
    expect(speakerText(text, q)).toBe('Public polling');
    expect(q?.text).toBe('that the party is ahead');
  });

  it.each([
    ['Voters say by a wide margin, 49 percent to 42 percent, that they want a new mayor.', 'say', 'that they want a new mayor'],
    ['The group claimed on its website later on Monday that the dam was safe.', 'claimed', 'that the dam was safe'],
    ['Ms. Ruiz did not signal in her first week as chief that she would change course.', 'did not signal', 'that she would change course'],
  ])('reads "that" after longer adjuncts: %s', (text, cue, content) => {
    const q = recordOf(text).quotes[0];
    expect(q?.cueSpan?.text).toBe(cue);
    expect(q?.text).toBe(content);
  });

  it('keeps a noun that "that" modifies in the content', () => {
    const q = recordOf('The mayor said the plan that the council backed was dead.').quotes[0];
    expect(q?.text).toBe('the plan that the council backed was dead');
  });

  it('reads an object and its infinitive after "expect"', () => {
    const text = 'Traders expect prices to fall sharply if the bill passes.';
    const q = recordOf(text).quotes[0];
    expect(speakerText(text, q)).toBe('Traders');
    expect(q?.text).toBe('prices to fall sharply if the bill passes');
  });

  it('does not take "no longer" as a subject', () => {
    const text = 'The mayor said that he no longer believed the plan would work.';
    const q = recordOf(text).quotes.find((x) => x.cue === 'believed');
    expect(q === undefined || speakerText(text, q) === 'he').toBe(true);
  });
});

describe('quotes: where a reported clause ends', () => {
  it('runs a quotation that the content opens to its closing mark across a sentence break', () => {
    const q = recordOf('He later joked that losing would be "my quick exit plan. I am now leaving for good."').quotes[0];
    expect(q?.kind).toBe('partial');
    expect(q?.text).toBe('that losing would be "my quick exit plan. I am now leaving for good."');
  });

  it('ends before a participle cue after a quotation that closes on its comma', () => {
    const qs = recordOf('Mr. Lind told the board that the news was "very, very worrying," before noting that Ms. Ruiz is "a good person."').quotes;
    expect(qs.find((q) => q.cue === 'told')?.text).toBe('that the news was "very, very worrying,"');
    const noting = qs.find((q) => q.cue === 'noting');
    expect(noting?.text).toBe('that Ms. Ruiz is "a good person."');
    expect(noting?.speaker?.name).toBe('Mr. Lind');
  });

  it('ends before a new subject with its own reporting verb', () => {
    const qs = recordOf('In a post announcing that the site was down, the group said that it had a backup plan.').quotes;
    expect(qs.find((q) => q.cue === 'announcing')?.text).toBe('that the site was down');
    expect(qs.find((q) => q.cue === 'said')?.text).toBe('that it had a backup plan');
  });

  it('ends before a new subject with a dash aside and its own reporting verb', () => {
    const qs = recordOf('But amid fears that the scandal might hurt the party, Democrats - especially in his home state - said that they had been too kind.').quotes;
    expect(qs.find((q) => q.cue === 'fears')?.text).toBe('that the scandal might hurt the party');
  });

  it('ends a subordinate clause at a doubled closing mark after its comma', () => {
    const q = recordOf("While the board stressed that Mr. Lind was ''ready to lead the firm,'' the critics focused on his role.").quotes.find((x) => x.cue === 'stressed');
    expect(q?.text).toBe("that Mr. Lind was ''ready to lead the firm,''");
  });

  it('does not end after an opening adverbial inside the clause', () => {
    const q = recordOf('The memo noted that in September 2015, Ms. Ruiz could not recall how she voted.').quotes.find((x) => x.cue === 'noted');
    expect(q?.text).toBe('that in September 2015, Ms. Ruiz could not recall how she voted');
  });
});

describe('quotes: the writer takes over at the end of a content', () => {
  it.each([
    ['a relative clause that ends the sentence', 'The union endorsed Ms. Ruiz, who has since backed the tax.', 'endorsed', 'Ms. Ruiz'],
    ['a relative clause after a reported clause', 'He said the vote would go to the council, which meets on Monday.', 'said', 'the vote would go to the council'],
    ['a new subject after ", but"', 'He said he would not back the plan, but this would change little.', 'said', 'he would not back the plan'],
    ['an elliptical clause after ", but", which stays', 'He said prices rose, but wages did not.', 'said', 'prices rose, but wages did not'],
    ['a bare verb after "and" that goes on a modal, which stays', 'Officials agreed that the leak could sway the race and suggest they favored Lee.', 'agreed', 'that the leak could sway the race and suggest they favored Lee'],
    ['a second reporting verb of the speaker after "and"', 'She said the plan was bold and added that it would pass.', 'said', 'the plan was bold'],
    ['", as" with a clause of its own', 'Lee vowed he and his fans would never quit, as he charged into new territory.', 'vowed', 'he and his fans would never quit'],
    ['", as well as", which stays', 'Lee said the tax would hit farmers, as well as small firms.', 'said', 'the tax would hit farmers, as well as small firms'],
  ])('%s', (_case, text, cue, content) => {
    expect(recordOf(text).quotes.find((q) => q.cue === cue)?.text).toBe(content);
  });
});

describe('quotes: a noun cue in the subject', () => {
  it.each([
    ['The claim that the vote was rigged has spread online.', 'claim', 'that the vote was rigged'],
    ['The announcement that the agency is reviewing new files has slowed the campaign.', 'announcement', 'that the agency is reviewing new files'],
    ["Mr. Lee's proposal to widen the road was dropped.", 'proposal', 'to widen the road'],
  ])('%s', (text, cue, content) => {
    expect(recordOf(text).quotes.find((q) => q.cue === cue)?.text).toBe(content);
  });
});

describe('quotes: a quotation that carries on reported speech', () => {
  it('joins a whole-sentence quotation to the reported speech before it', () => {
    const qs = recordOf('Ms. Ruiz said the growers were upset with the board. "They are very angry with the people at the top."').quotes;
    expect(qs).toHaveLength(2);
    expect(qs[1]!.continues).toBe(qs[0]!.id);
    expect(qs[1]!.kind).toBe('direct');
    expect(qs[1]!.speaker?.name).toBe('Ms. Ruiz');
    expect(qs[1]!.cue).toBe('said');
  });

  it('joins it to a lead-in quotation too', () => {
    const qs = recordOf("Her tax returns ''show that even the rich can avoid tax,'' he said. ''If she is elected, we will look at it.''").quotes;
    expect(qs[1]!.continues).toBe(qs[0]!.id);
    expect(qs[1]!.kind).toBe('direct');
  });

  it.each([
    ['a negated cue', 'Officials have not said the agency is reopening the case. "Remember, you need a warrant to search the files."'],
    ['the writer\'s words after the reported clause', 'Ms. Ruiz said the growers were upset; the board met on Monday. "They are very angry with the people at the top."'],
    ['a paragraph break', 'Ms. Ruiz said the growers were upset with the board.\n\n"They are very angry with the people at the top."'],
  ])('does not join it after %s', (_case, text) => {
    const q = recordOf(text).quotes.find((x) => x.text.startsWith('They are') || x.text.startsWith('Remember'));
    expect(q?.cue ?? null).toBeNull();
  });
});

describe('quotes: a phrase that opens with a degree adverb', () => {
  it.each([
    ['Large polls and panels show relatively little movement in opinion.', 'show', 'relatively little movement in opinion'],
    ['An online poll showed far less change among young voters.', 'showed', 'far less change among young voters'],
  ])('%s', (text, cue, content) => {
    expect(recordOf(text).quotes.find((q) => q.cue === cue)?.text).toBe(content);
  });

  it('takes a hyphenated number in the adjuncts before "that"', () => {
    const q = recordOf('Voters say by a 7-point margin, 49 percent to 42 percent, that they want a new mayor.').quotes[0];
    expect(q?.text).toBe('that they want a new mayor');
  });
});

describe('quotes: a transcript quoted whole after an attributed quotation', () => {
  it('is not carried on: its labels name the speakers', () => {
    const qs = recordOf('Ms. Lee joked "You are the best people." "GUEST: I gave money to you in Texas. MS. LEE: You are the best people."').quotes;
    expect(qs.map((q) => [q.cue, q.speaker?.name])).toEqual([['joked', 'Ms. Lee'], [':', 'GUEST'], [':', 'MS. LEE']]);
  });
});

describe('quotes: headlines', () => {
  it.each([
    ['Transit Agency says new fares will start in June.\n\nThe board met on Monday.', 'says', 'Transit Agency', 'new fares will start in June'],
    ["Rights group claims 'the state' cut its phone lines.\n\nThe board met on Monday.", 'claims', 'Rights group', "'the state' cut its phone lines"],
    ['Ana Lopez Invokes ‘Rogue’ Tom Weller In Ad.\n\nThe board met on Monday.', 'Invokes', 'Ana Lopez', '‘Rogue’ Tom Weller In Ad'],
    ['Lopez Joked It Is “Risky” To Speak To Bankers.\n\nThe board met on Monday.', 'Joked', 'Lopez', 'It Is “Risky” To Speak To Bankers'],
  ])('%s', (text, cue, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cue === cue);
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });

  it('leaves a compound noun after a determiner alone', () => {
    expect(recordOf('The city claims office opened on Monday.').quotes).toEqual([]);
  });
});

describe('quotes: speaker phrases', () => {
  it.each([
    ['Lopez in recent days has suggested the mayor is tired.', 'has suggested', 'Lopez'],
    ['Republicans privy to private polling data said the race was close.', 'said', 'Republicans privy to private polling data'],
    ['The registered Democrat, who received threats for the post, said he was sorry.', 'said', 'The registered Democrat, who received threats for the post'],
    ['So many people who voted for the losing side will have passionately supported the mayor.', 'will have passionately supported', 'So many people who voted for the losing side'],
  ])('%s', (text, cue, speaker) => {
    const q = recordOf(text).quotes.find((x) => x.cueSpan?.text === cue);
    expect(speakerText(text, q)).toBe(speaker);
  });
});

describe('quotes: cue verbs in their base form and new frames', () => {
  it.each([
    ['The mayor went on to praise the firm.', 'went on to praise', 'The mayor', 'the firm'],
    ['Some members refuse to meet the press alone.', 'refuse', 'Some members', 'to meet the press alone'],
    ['Republicans privately defend their strategy.', 'privately defend', 'Republicans', 'their strategy'],
    ['The aide also did not dispute it.', 'also did not dispute', 'The aide', 'it'],
    ['Ana Ruiz claimed to have voted three times.', 'claimed', 'Ana Ruiz', 'to have voted three times'],
    ['Lee agreed: "We should focus on raising money."', 'agreed', 'Lee', 'We should focus on raising money.'],
    ['Other members stated they were fine with it.', 'stated', 'Other members', 'they were fine with it'],
    ['Lee also commented that the plan was late.', 'also commented', 'Lee', 'that the plan was late'],
    ['The survey also finds that voters are tired.', 'also finds', 'The survey', 'that voters are tired'],
    ['The firm maintains that it did nothing wrong.', 'maintains', 'The firm', 'that it did nothing wrong'],
  ])('%s', (text, cue, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cueSpan?.text === cue);
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });
});

describe('quotes: descriptions, quoted titles, modified nouns and embedded questions', () => {
  it.each([
    ['The first ad, launched Wednesday, argued the mayor could not serve.', 'argued', 'The first ad, launched Wednesday', 'the mayor could not serve'],
    ['In Ohio, the reporter Ana Ruiz, writing in The Observer in 2013, described a culture of fear.', 'described', 'the reporter Ana Ruiz, writing in The Observer in 2013', 'a culture of fear'],
    ['The manager, Ana Ruiz, acknowledged on the "Morning Show" that the mayor was trailing.', 'acknowledged', 'The manager, Ana Ruiz', 'that the mayor was trailing'],
    ['That is close, in light of a report released Thursday suggesting that the goal is out of reach.', 'suggesting', 'a report released Thursday', 'that the goal is out of reach'],
    ['Lee later explained to the coach why he felt he had to stand.', 'later explained', 'Lee', 'why he felt he had to stand'],
  ])('%s', (text, cue, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cueSpan?.text === cue);
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });

  it('leaves a participle after a pronoun or a name alone', () => {
    expect(recordOf('We watched him leaving the hall.').quotes).toEqual([]);
  });
});

describe('quotes: where a content starts', () => {
  it.each([
    ['Lee told NBC’s “Morning Show” that the campaign would win.', 'told', 'that the campaign would win'],
    ['Seoul said this past week that it would consult its ally.', 'said', 'that it would consult its ally'],
    ['The rule helps the rich, and such income "is highly concentrated at the top," said Ana Ruiz.', 'said', 'such income "is highly concentrated at the top,"'],
    ['The rule helps some, but "not all members take it up," said Ana Ruiz.', 'said', 'The rule helps some, but "not all members take it up,"'],
    ['Here is a bonus: by doing those things, we grow stronger, she says.', 'says', 'by doing those things, we grow stronger'],
  ])('%s', (text, cue, content) => {
    expect(recordOf(text).quotes.find((q) => q.cue === cue)?.text).toBe(content);
  });
});

describe('quotes: the subject of a raising verb', () => {
  it.each([
    ['The prospect of violence after the vote seems to be growing.', 'seems', ['The prospect of violence after the vote', 'to be growing']],
    ['The exchange at least appears to be a deliberate attempt to mislead.', 'at least appears', ['The exchange', 'to be a deliberate attempt to mislead']],
    ['"Anything could happen" seems to be the common refrain.', 'seems', ['"Anything could happen"', 'to be the common refrain']],
  ])('%s', (text, cue, pieces) => {
    const qs = recordOf(text).quotes.filter((q) => q.cueSpan?.text === cue);
    expect(qs.map((q) => q.text)).toEqual(pieces);
    expect(qs.every((q) => q.speaker === null)).toBe(true);
  });
});

describe('quotes: more cue forms that wink tags nouns', () => {
  it.each([
    ["Rights claims 'the state' cut its phone lines.\n\nThe board met on Monday.", 'claims', 'Rights', "'the state' cut its phone lines"],
    ['The suits were brought by people who claim to not have been paid by the firm.', 'claim', 'who', 'to not have been paid by the firm'],
  ])('%s', (text, cue, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cue === cue);
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });
});

describe('quotes: participles of reporting and stance verbs', () => {
  it.each([
    ['Lee aimed high on Sunday, hoping an upbeat message would win over voters.', 'hoping', 'Lee', 'an upbeat message would win over voters'],
    ['Lee labeled her the worst in politics after dismissing the remarks as "locker-room talk."', 'dismissing', 'Lee', 'the remarks as "locker-room talk."'],
    ['The mayor sent a letter to the council, informing it that the vote would be delayed.', 'informing', 'The mayor', 'that the vote would be delayed'],
  ])('%s', (text, cue, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cue === cue);
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });

  it('does not read a first name that is a cue form as a cue', () => {
    const text = 'Last week Hope Lee, the top aide, said she would call back.';
    const qs = recordOf(text).quotes;
    expect(qs).toHaveLength(1);
    expect(speakerText(text, qs[0])).toBe('Hope Lee, the top aide');
  });
});

describe('quotes: more noun cues', () => {
  it.each([
    ['Shares fell after news that the bank had lost its license.', 'news', 'that the bank had lost its license'],
    ['The market fears his harsh criticism of trading partners such as Peru.', 'criticism of', 'trading partners such as Peru'],
  ])('%s', (text, cue, content) => {
    const q = recordOf(text).quotes.find((x) => x.cueSpan?.text.endsWith(cue));
    expect(q?.text).toBe(content);
  });
});

describe('quotes: the shared subject of a participle cue', () => {
  it.each([
    ["Ana Ruiz, the firm's chief, dismissed that idea in an interview on Sunday, calling the deal a merger of equals.", 'calling', "Ana Ruiz, the firm's chief"],
    ['Mr. Lind, 56, remained a staunch defender of the plan, telling the staff that it would work.', 'telling', 'Mr. Lind, 56'],
    ['Mr. Lind, who runs the farm, left early, saying he was tired.', 'saying', 'Mr. Lind, who runs the farm'],
  ])('%s', (text, cue, speaker) => {
    expect(speakerText(text, recordOf(text).quotes.find((q) => q.cue === cue))).toBe(speaker);
  });
});

describe('quotes: a long subject with an irregular participle', () => {
  it('takes the whole subject', () => {
    const text = 'An email sent out in the first week of May by the press chief to Lee indicates that the plan was known.';
    expect(speakerText(text, recordOf(text).quotes.find((q) => q.cue === 'indicates'))).toBe('An email sent out in the first week of May by the press chief to Lee');
  });

  it('does not take a finite verb for a participle', () => {
    const text = 'The aide sent letters to the council on Monday after angry members demanded answers.';
    expect(speakerText(text, recordOf(text).quotes.find((q) => q.cue === 'demanded'))).toBe('angry members');
  });
});

describe('quotes: verbs of describing, outlining and criticising in words', () => {
  it.each([
    ['The mayor mocked his rival for losing.', 'mocked', 'The mayor', 'his rival for losing'],
    ['He railed against costly construction projects.', 'railed against', 'He', 'costly construction projects'],
    ['The broadcaster portrays itself as an independent voice.', 'portrays', 'The broadcaster', 'itself as an independent voice'],
    ['The lawyer laid out the ways that the two groups could work together.', 'laid out', 'The lawyer', 'the ways that the two groups could work together'],
    ['Lee has taken aim at two senators for standing by their nominee.', 'has taken aim at', 'Lee', 'two senators for standing by their nominee'],
    ['Asked about it, Lee blurted out, "Oh, no."', 'blurted out', 'Lee', 'Oh, no.'],
    ["The senator attacked the mayor's record on crime.", 'attacked', 'The senator', "the mayor's record on crime"],
    ['Lee has repeatedly hammered the party leaders.', 'has repeatedly hammered', 'Lee', 'the party leaders'],
  ])('%s', (text, cue, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cueSpan?.text === cue);
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });

  it('leaves the plural noun "details" alone', () => {
    expect(recordOf('Knowledge of policy details matters to voters.').quotes).toEqual([]);
  });
});

describe('quotes: a question with two objects', () => {
  it.each([
    ['She asked the speaker on the dais his advice for getting bills passed.', 'She', 'his advice for getting bills passed'],
    ['Lee, who asked the candidates a question about taxes, left early.', 'who', 'a question about taxes'],
  ])('%s', (text, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cue === 'asked');
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });
});

describe('quotes: participles, gerunds and a comma inside a closing mark', () => {
  it('reads an -ing form that wink tags a noun after a comma as a participle cue', () => {
    const text = 'Two lawmakers urged Ms. Lee to fund the races, warning that control of Congress is at stake.';
    const qs = recordOf(text).quotes;
    expect(qs.find((q) => q.cue === 'urged')?.text).toBe('Ms. Lee to fund the races');
    const w = qs.find((q) => q.cue === 'warning');
    expect(speakerText(text, w)).toBe('Two lawmakers');
    expect(w?.text).toBe('that control of Congress is at stake');
  });

  it('takes a gerund as a noun-phrase content', () => {
    expect(recordOf('Lee opposed signing the letter.').quotes.find((q) => q.cue === 'opposed')?.text).toBe('signing the letter');
  });

  it('takes a document sent to someone', () => {
    const text = 'Ms. Lee sent a warm email to him praising his speech.';
    const q = recordOf(text).quotes[0];
    expect(q?.cueSpan?.text).toBe('sent a warm email to him praising');
    expect(speakerText(text, q)).toBe('Ms. Lee');
  });

  it('ends a content at "while" after a quotation that closes on its comma', () => {
    const qs = recordOf('Forty percent say the remarks are "unacceptable," while 31 percent call them "typical of how men talk."').quotes;
    expect(qs.find((q) => q.cue === 'say')?.text).toBe('the remarks are "unacceptable,"');
    expect(qs.find((q) => q.cue === 'call')?.text).toBe('them "typical of how men talk."');
  });
});

describe('quotes: contents around a parenthetical attribution', () => {
  it('reads "X, he said, adding that ..."', () => {
    const qs = recordOf('The plan is dead, he said, adding that it cost too much.').quotes;
    expect(qs.find((q) => q.cue === 'said')?.text).toBe('The plan is dead');
    expect(qs.find((q) => q.cue === 'adding')?.speaker?.name).not.toBe('The plan');
  });

  it('takes a cue verb after the parenthetical as the predicate of a head without a verb', () => {
    const qs = recordOf('That culture, they said, emphasizes selling as many accounts as possible.').quotes.filter((q) => q.cue === 'said');
    expect(qs.map((q) => q.text)).toEqual(['That culture', 'emphasizes selling as many accounts as possible']);
  });

  it('reads an object and its adjective after "called"', () => {
    expect(recordOf('The mayor called Lee unworthy of the office.').quotes[0]?.text).toBe('Lee unworthy of the office');
  });
});

describe('quotes: a headline label', () => {
  it('leaves out the closing full stop of a reported statement', () => {
    const q = recordOf('Lind: If elected, the mayor could be removed.\n\nThe board met on Monday.').quotes[0];
    expect(q?.cue).toBe(':');
    expect(q?.text).toBe('If elected, the mayor could be removed');
  });

  it('keeps it in a transcript line', () => {
    const q = recordOf('Notes from the meeting follow.\n\nMS. LEE: You are the best people.').quotes.find((x) => x.cue === ':');
    expect(q?.text).toBe('You are the best people.');
  });
});

describe('quotes: a closing parenthesis at the end of a content', () => {
  it.each([
    ['(Some members had never endorsed the mayor.) Lee has denounced the remarks.)', 'has denounced', 'the remarks'],
    ['Sen. Ana Lee said the vote was close (R-Ohio).', 'said', 'the vote was close (R-Ohio)'],
  ])('%s', (text, cue, content) => {
    expect(recordOf(text).quotes.find((q) => q.cueSpan?.text === cue)?.text).toBe(content);
  });
});

describe('quotes: a commentator label with a role', () => {
  it('reads "Name, role: \'...\'"', () => {
    const text = 'Who won the debate?\n\nJeremy Lind, author: "I am tired of being told whom to vote for."';
    const q = recordOf(text).quotes.find((x) => x.cue === ':');
    expect(speakerText(text, q)).toBe('Jeremy Lind, author');
    expect(q?.kind).toBe('direct');
  });
});

describe('quotes: an inverted attribution needs a verb that reports a clause', () => {
  it('does not read a naming participle as one', () => {
    expect(recordOf('The pitch relies on a visa initiative, called the EB-5 program.').quotes.find((q) => q.cue === 'called')).toBeUndefined();
  });

  it('still reads "..., said X" and "..., added X"', () => {
    const qs = recordOf('The talks failed, said Ana Lee. The plan is dead, added Tom Ruiz.').quotes;
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Ana Lee', 'Tom Ruiz']);
  });
});

describe('quotes: noun-phrase contents', () => {
  it.each([
    ['Lee criticized Obama and the nominee, Hillary Clinton, for the poor relations.', 'criticized', 'Obama and the nominee, Hillary Clinton, for the poor relations'],
    ["Lee sharply criticized the mayor's use of a private email server.", 'sharply criticized', "the mayor's use of a private email server"],
    ['Lee denied the report in an email on Monday.', 'denied', 'the report'],
  ])('%s', (text, cue, content) => {
    expect(recordOf(text).quotes.find((q) => q.cueSpan?.text === cue)?.text).toBe(content);
  });
});

describe('quotes: the shared subject after an opening past participle', () => {
  it('passes over "Asked about ...," to the clause subject', () => {
    const text = 'Asked about the rumor, the campaign manager Ana Lee did not apologize, but said the son was acting out of worry.';
    const q = recordOf(text).quotes.find((x) => x.cue === 'said');
    expect(speakerText(text, q)).toBe('the campaign manager Ana Lee');
    expect(q?.text).toBe('the son was acting out of worry');
  });
});

describe('quotes: the owner of a noun cue past its modifiers', () => {
  it.each([
    ['His crude comments on women drew fire.', 'crude comments on', 'His'],
    ["Ana Lee's Friday announcement that the agency was reviewing files stunned her.", 'Friday announcement', "Ana Lee's"],
  ])('%s', (text, cue, speaker) => {
    const q = recordOf(text).quotes[0];
    expect(q?.cueSpan?.text).toBe(cue);
    expect(speakerText(text, q)).toBe(speaker);
  });

  it('finds no owner after an article', () => {
    expect(recordOf('The harsh comments on women drew fire.').quotes[0]?.speaker).toBeNull();
  });
});

describe('quotes: a cue that leads into another', () => {
  it.each([
    ['The aide declined to endorse Lee.', 'declined to endorse', 'Lee'],
    ['The firm has refused to confirm the authenticity of the emails.', 'has refused to confirm', 'the authenticity of the emails'],
    ['The firm declined to comment.', 'declined', 'to comment'],
  ])('%s', (text, cue, content) => {
    const q = recordOf(text).quotes[0];
    expect(q?.cueSpan?.text).toBe(cue);
    expect(q?.text).toBe(content);
  });

  it('passes over a concessive clause with a cue of its own before a content', () => {
    const q = recordOf('And while Lee has crowed about the twist, the letter has not moved the polls, according to strategists.').quotes.find((x) => x.cue === 'according to');
    expect(q?.text).toBe('the letter has not moved the polls');
  });
});

describe('quotes: verb groups, infinitives and subjects with an aside', () => {
  it.each([
    ['Experts say workers at large firms - and those in public agencies - tend to have better protections.', 'say', 'Experts', 'workers at large firms - and those in public agencies - tend to have better protections'],
    ['The agency has for weeks been confident that hackers were behind the attack.', 'has for weeks been confident', 'The agency', 'that hackers were behind the attack'],
    ['World leaders have in recent months sought to blunt the attack.', 'have in recent months sought', 'World leaders', 'to blunt the attack'],
    ['The firms have in the past blamed cheap imports for poor results.', 'have in the past blamed', 'The firms', 'cheap imports for poor results'],
    ['The department plans to publicly post more pages on Friday.', 'plans', 'The department', 'to publicly post more pages on Friday'],
    ['The attorney general had urged Lee not to announce the review.', 'had urged', 'The attorney general', 'Lee not to announce the review'],
  ])('%s', (text, cue, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cueSpan?.text === cue);
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });

  it('leaves a noun before an infinitive after a possessive alone', () => {
    expect(recordOf('Her plans to run were dropped.').quotes).toEqual([]);
  });
});
