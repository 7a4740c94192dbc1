import { describe, expect, it } from 'vitest';
import { recordOf, speakerText } from './quotes-fixtures.js';

// Fifth round: common constructions that gave no quotation (recall). Every sentence here is made up.

describe('quotes: a direct quotation with its attribution after it', () => {
  it.each([
    ['a speaker with a long appositive', '"The bridge is older than we thought," engineer Ana Ortiz, part of the crew that checked it last year, told CBS.', 'told', 'engineer Ana Ortiz, part of the crew that checked it last year'],
    ['a participle clause after the attribution', '"Why is the gate still locked?" Mr. Lind said, echoing many members of the club.', 'said', 'Mr. Lind'],
    ['a noun that wink tags an adverb', '"The mayor is ready to lead," the weekly wrote.', 'wrote', 'the weekly'],
    ['an age in a hyphenated compound', '"You can see how happy I was," the 71-year-old mayor said.', 'said', 'the 71-year-old mayor'],
    ['an appeal', '"Please stay home," Ms. Ruiz implored.', 'implored', 'Ms. Ruiz'],
  ])('%s', (_case, text, cue, speaker) => {
    const q = recordOf(text).quotes[0];
    expect(q?.kind).toBe('direct');
    expect(q?.cue).toBe(cue);
    expect(speakerText(text, q)).toBe(speaker);
  });

  it('carries the quotation on after an attribution with a long appositive', () => {
    const text = '"The bridge is old," engineer Ana Ortiz, part of the crew that checked it last year, told CBS. "It can still be saved."';
    const qs = recordOf(text).quotes;
    expect(qs).toHaveLength(2);
    expect(qs[1]!.continues).toBe(qs[0]!.id);
    expect(qs[1]!.cue).toBe('told');
  });
});

describe('quotes: an aside between the subject and its verb', () => {
  it.each([
    ['Mr. Lind, meanwhile, says that the forecast is too cheerful.', 'says', 'Mr. Lind', 'that the forecast is too cheerful'],
    ['Local officials, though, say the plant will close.', 'say', 'Local officials', 'the plant will close'],
    ['Growers - especially in the north - said that the rain came too late.', 'said', 'Growers', 'that the rain came too late'],
    ['Data gathered by the league for the month of May, for example, showed that crowds had doubled.', 'showed', 'Data gathered by the league for the month of May', 'that crowds had doubled'],
  ])('%s', (text, cue, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cue === cue);
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });

  it('does not take a clause between commas for an aside', () => {
    const text = 'Mr. Karl Lind, who runs the farm, says that the rain came too late.';
    const q = recordOf(text).quotes.find((x) => x.cue === 'says');
    expect(q?.speaker?.name).toBe('Mr. Karl Lind');
    expect(q?.speaker?.description?.text).toBe('who runs the farm');
  });
});

describe('quotes: cue forms that wink tags nouns', () => {
  it.each([
    ['Growers fear the rain will come too late.', 'fear', 'Growers', 'the rain will come too late'],
    ['Some engineers fear that the dam could fail.', 'fear', 'Some engineers', 'that the dam could fail'],
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
    const text = 'Private polling shows that the union is ahead.';
    const q = recordOf(text).quotes[0];
    expect(speakerText(text, q)).toBe('Private polling');
    expect(q?.text).toBe('that the union is ahead');
  });

  it.each([
    ['Parents say by a wide margin, 55 percent to 38 percent, that they want longer school days.', 'say', 'that they want longer school days'],
    ['The club claimed on its website later on Friday that the pitch was safe.', 'claimed', 'that the pitch was safe'],
    ['Ms. Ruiz did not signal in her first week as chief that she would change the lineup.', 'did not signal', 'that she would change the lineup'],
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
    const text = 'Farmers expect prices to rise slowly if the rain holds off.';
    const q = recordOf(text).quotes[0];
    expect(speakerText(text, q)).toBe('Farmers');
    expect(q?.text).toBe('prices to rise slowly if the rain holds off');
  });

  it('does not take "no longer" as a subject', () => {
    const text = 'The mayor said that he no longer believed the plan would work.';
    const q = recordOf(text).quotes.find((x) => x.cue === 'believed');
    expect(q === undefined || speakerText(text, q) === 'he').toBe(true);
  });
});

describe('quotes: where a reported clause ends', () => {
  it('runs a quotation that the content opens to its closing mark across a sentence break', () => {
    const q = recordOf('He later joked that the job would be "my long holiday. I am now sleeping till noon."').quotes[0];
    expect(q?.kind).toBe('partial');
    expect(q?.text).toBe('that the job would be "my long holiday. I am now sleeping till noon."');
  });

  it('ends before a participle cue after a quotation that closes on its comma', () => {
    const qs = recordOf('Mr. Lind told the board that the delay was "very, very costly," before noting that Ms. Ruiz is "a hard worker."').quotes;
    expect(qs.find((q) => q.cue === 'told')?.text).toBe('that the delay was "very, very costly,"');
    const noting = qs.find((q) => q.cue === 'noting');
    expect(noting?.text).toBe('that Ms. Ruiz is "a hard worker."');
    expect(noting?.speaker?.name).toBe('Mr. Lind');
  });

  it('ends before a new subject with its own reporting verb', () => {
    const qs = recordOf('In a note announcing that the shop was closed, the owner said that she had a new website.').quotes;
    expect(qs.find((q) => q.cue === 'announcing')?.text).toBe('that the shop was closed');
    expect(qs.find((q) => q.cue === 'said')?.text).toBe('that she had a new website');
  });

  it('ends before a new subject with a dash aside and its own reporting verb', () => {
    const qs = recordOf('But amid fears that the strike might hurt sales, workers - especially in the north - said that they had been patient.').quotes;
    expect(qs.find((q) => q.cue === 'fears')?.text).toBe('that the strike might hurt sales');
  });

  it('ends a subordinate clause at a doubled closing mark after its comma', () => {
    const q = recordOf("While the club stressed that Mr. Lind was ''ready to coach the side,'' the fans focused on his record.").quotes.find((x) => x.cue === 'stressed');
    expect(q?.text).toBe("that Mr. Lind was ''ready to coach the side,''");
  });

  it('does not end after an opening adverbial inside the clause', () => {
    const q = recordOf('The memo noted that in May 2019, Ms. Ruiz could not recall where she parked.').quotes.find((x) => x.cue === 'noted');
    expect(q?.text).toBe('that in May 2019, Ms. Ruiz could not recall where she parked');
  });
});

describe('quotes: the writer takes over at the end of a content', () => {
  it.each([
    ['a relative clause that ends the sentence', 'The union endorsed Ms. Ruiz, who has since backed the tax.', 'endorsed', 'Ms. Ruiz'],
    ['a relative clause after a reported clause', 'He said the vote would go to the council, which meets on Monday.', 'said', 'the vote would go to the council'],
    ['a new subject after ", but"', 'He said he would not back the plan, but this will not stop the vote.', 'said', 'he would not back the plan'],
    ['an elliptical clause after ", but", which stays', 'He said prices rose, but wages did not.', 'said', 'prices rose, but wages did not'],
    ['a bare verb after "and" that goes on a modal, which stays', 'Officials agreed that an early vote could split the party and suggest they feared the mayor.', 'agreed', 'that an early vote could split the party and suggest they feared the mayor'],
    ['a second reporting verb of the speaker after "and"', 'She said the plan was bold and added that it would pass.', 'said', 'the plan was bold'],
    ['", as" with a clause of its own', 'The coach vowed his team would never give up, as he walked onto the field.', 'vowed', 'his team would never give up'],
    ['", as well as", which stays', 'Lee said the tax would hit farmers, as well as small firms.', 'said', 'the tax would hit farmers, as well as small firms'],
  ])('%s', (_case, text, cue, content) => {
    expect(recordOf(text).quotes.find((q) => q.cue === cue)?.text).toBe(content);
  });
});

describe('quotes: a noun cue in the subject', () => {
  it.each([
    ['The claim that the vote was rigged has spread online.', 'claim', 'that the vote was rigged'],
    ['The announcement that the mill is closing has slowed hiring.', 'announcement', 'that the mill is closing'],
    ["Mr. Lee's proposal to widen the road was dropped.", 'proposal', 'to widen the road'],
  ])('%s', (text, cue, content) => {
    expect(recordOf(text).quotes.find((q) => q.cue === cue)?.text).toBe(content);
  });
});

describe('quotes: a quotation that carries on reported speech', () => {
  it('joins a whole-sentence quotation to the reported speech before it', () => {
    const qs = recordOf('Ms. Ruiz said the growers were short of water. "They have waited a long time for rain."').quotes;
    expect(qs).toHaveLength(2);
    expect(qs[1]!.continues).toBe(qs[0]!.id);
    expect(qs[1]!.kind).toBe('direct');
    expect(qs[1]!.speaker?.name).toBe('Ms. Ruiz');
    expect(qs[1]!.cue).toBe('said');
  });

  it('joins it to a lead-in quotation too', () => {
    const qs = recordOf("The new rules ''let small shops grow faster,'' he said. ''If they pass, we will hire more staff.''").quotes;
    expect(qs[1]!.continues).toBe(qs[0]!.id);
    expect(qs[1]!.kind).toBe('direct');
  });

  it.each([
    ['a negated cue', 'Officials have not said the agency is closing the office. "Remember, the lease ends in June."'],
    ['the writer\'s words after the reported clause', 'Ms. Ruiz said the growers were unhappy; the board met on Monday. "They have waited a long time for rain."'],
    ['a paragraph break', 'Ms. Ruiz said the growers were unhappy with the price.\n\n"They have waited a long time for rain."'],
  ])('does not join it after %s', (_case, text) => {
    const q = recordOf(text).quotes.find((x) => x.text.startsWith('They have') || x.text.startsWith('Remember'));
    expect(q?.cue ?? null).toBeNull();
  });
});

describe('quotes: a phrase that opens with a degree adverb', () => {
  it.each([
    ['Large surveys and panels show relatively little change in mood.', 'show', 'relatively little change in mood'],
    ['A phone survey showed far less change among older workers.', 'showed', 'far less change among older workers'],
  ])('%s', (text, cue, content) => {
    expect(recordOf(text).quotes.find((q) => q.cue === cue)?.text).toBe(content);
  });

  it('takes a hyphenated number in the adjuncts before "that"', () => {
    const q = recordOf('Parents say by an 8-point margin, 50 percent to 42 percent, that longer school days would help.').quotes[0];
    expect(q?.text).toBe('that longer school days would help');
  });
});

describe('quotes: a transcript quoted whole after an attributed quotation', () => {
  it('is not carried on: its labels name the speakers', () => {
    const qs = recordOf('Ms. Lee joked "Nobody here is shy." "GUEST: I drove here from Ohio. MS. LEE: Then you win the prize."').quotes;
    expect(qs.map((q) => [q.cue, q.speaker?.name])).toEqual([['joked', 'Ms. Lee'], [':', 'GUEST'], [':', 'MS. LEE']]);
  });
});

describe('quotes: headlines', () => {
  it.each([
    ['Transit Agency says new fares will start in June.\n\nThe board met on Monday.', 'says', 'Transit Agency', 'new fares will start in June'],
    ["Rights group claims 'the army' seized its offices.\n\nThe board met on Monday.", 'claims', 'Rights group', "'the army' seized its offices"],
    ['Ana Lopez Invokes ‘Lazy’ Tom Weller In Ad.\n\nThe board met on Monday.', 'Invokes', 'Ana Lopez', '‘Lazy’ Tom Weller In Ad'],
    ['Lopez Joked It Is “Brave” To Visit The Mine.\n\nThe board met on Monday.', 'Joked', 'Lopez', 'It Is “Brave” To Visit The Mine'],
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
    ['Lopez in recent days has suggested the budget is too small.', 'has suggested', 'Lopez'],
    ['Officials privy to internal polling data said the vote was close.', 'said', 'Officials privy to internal polling data'],
    ['A registered nurse, who received praise for the rescue, said she was proud.', 'said', 'A registered nurse, who received praise for the rescue'],
    ['So many fans who cheered for the losing team will have loudly supported the coach.', 'will have loudly supported', 'So many fans who cheered for the losing team'],
  ])('%s', (text, cue, speaker) => {
    const q = recordOf(text).quotes.find((x) => x.cueSpan?.text === cue);
    expect(speakerText(text, q)).toBe(speaker);
  });
});

describe('quotes: cue verbs in their base form and new frames', () => {
  it.each([
    ['The mayor went on to praise the firm.', 'went on to praise', 'The mayor', 'the firm'],
    ['Some tenants refuse to pay the new fee.', 'refuse', 'Some tenants', 'to pay the new fee'],
    ['The coaches privately defend their lineup.', 'privately defend', 'The coaches', 'their lineup'],
    ['The clerk also did not dispute the bill.', 'also did not dispute', 'The clerk', 'the bill'],
    ['Ana Ruiz claimed to have met the author twice.', 'claimed', 'Ana Ruiz', 'to have met the author twice'],
    ['Lee agreed: "We should fix the roof first."', 'agreed:', 'Lee', 'We should fix the roof first.'],
    ['Several tenants stated they were happy with the repairs.', 'stated', 'Several tenants', 'they were happy with the repairs'],
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
    ['The new flyer, printed Tuesday, argued the school should stay open.', 'argued', 'The new flyer', 'the school should stay open'],
    ['In Ohio, the critic Ana Ruiz, writing in The Ledger in 2019, described a mood of fear.', 'described', 'the critic Ana Ruiz', 'a mood of fear'],
    ['The coach, Ana Ruiz, acknowledged on the "Morning Show" that the team was tired.', 'acknowledged', 'The coach, Ana Ruiz', 'that the team was tired'],
    ['The date is near, given a study released Monday suggesting that the bridge is unsafe.', 'suggesting', 'a study released Monday', 'that the bridge is unsafe'],
    ['Lee later explained to the coach why he had left early.', 'later explained', 'Lee', 'why he had left early'],
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
    ['Lee told NBC’s “Morning Show” that the team would win.', 'told', 'that the team would win'],
    ['The board said this past month that it would redraw the routes.', 'said', 'that it would redraw the routes'],
    ['The rule helps the rich, and such gains "are mostly taken by a few families," said Ana Ruiz.', 'said', 'such gains "are mostly taken by a few families,"'],
    ['The plan helps some, but "not every town will sign up," said Ana Ruiz.', 'said', 'The plan helps some, but "not every town will sign up,"'],
    ['Here is a tip: by sleeping more, we think more clearly, she says.', 'says', 'by sleeping more, we think more clearly'],
  ])('%s', (text, cue, content) => {
    expect(recordOf(text).quotes.find((q) => q.cue === cue)?.text).toBe(content);
  });
});

describe('quotes: the subject of a raising verb', () => {
  it.each([
    ['The risk of flooding after the storm seems to be growing.', 'seems', ['The risk of flooding after the storm', 'to be growing']],
    ['The memo at least appears to be one clumsy effort to hide the loss.', 'at least appears', ['The memo', 'to be one clumsy effort to hide the loss']],
    ['"Nothing is settled" seems to be the usual reply.', 'seems', ['"Nothing is settled"', 'to be the usual reply']],
  ])('%s', (text, cue, pieces) => {
    const qs = recordOf(text).quotes.filter((q) => q.cueSpan?.text === cue);
    expect(qs.map((q) => q.text)).toEqual(pieces);
    expect(qs.every((q) => q.speaker === null)).toBe(true);
  });
});

describe('quotes: more cue forms that wink tags nouns', () => {
  it.each([
    ["Rights claims 'the army' seized its offices.\n\nThe board met on Monday.", 'claims', 'Rights', "'the army' seized its offices"],
    ['The suits were filed by tenants who claim to not have received their deposits.', 'claim', 'who', 'to not have received their deposits'],
  ])('%s', (text, cue, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cue === cue);
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });
});

describe('quotes: participles of reporting and stance verbs', () => {
  it.each([
    ['The coach spoke on Sunday, hoping a calm message would steady the players.', 'hoping', 'The coach', 'a calm message would steady the players'],
    ['Lee called her careless after dismissing the report as "idle gossip."', 'dismissing', 'Lee', 'the report as "idle gossip."'],
    ['The mayor sent a letter to the council, informing it that the vote would be delayed.', 'informing', 'The mayor', 'that the vote would be delayed'],
  ])('%s', (text, cue, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cue === cue);
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });

  it('does not read a first name that is a cue form as a cue', () => {
    const text = 'By noon Hope Lee, the press aide, said she would call back.';
    const qs = recordOf(text).quotes;
    expect(qs).toHaveLength(1);
    expect(speakerText(text, qs[0])).toBe('Hope Lee, the press aide');
  });
});

describe('quotes: more noun cues', () => {
  it.each([
    ['Shares fell after news that the bank had lost its license.', 'news', 'that the bank had lost its license'],
    ['Investors dislike his harsh criticism of lenders such as banks.', 'criticism of', 'lenders such as banks'],
  ])('%s', (text, cue, content) => {
    const q = recordOf(text).quotes.find((x) => x.cueSpan?.text.endsWith(cue));
    expect(q?.text).toBe(content);
  });
});

describe('quotes: the shared subject of a participle cue', () => {
  it.each([
    ["Ana Ruiz, the firm's chief, rejected that view on Sunday, calling the deal a merger of equals.", 'calling', "Ana Ruiz, the firm's chief"],
    ['Mr. Lind, 61, stayed a firm backer of the plan, telling the staff that it would work.', 'telling', 'Mr. Lind, 61'],
    ['Karl Lind, who runs the farm, left early, saying he was tired.', 'saying', 'Karl Lind, who runs the farm'],
  ])('%s', (text, cue, speaker) => {
    expect(speakerText(text, recordOf(text).quotes.find((q) => q.cue === cue))).toBe(speaker);
  });
});

describe('quotes: a long subject with an irregular participle', () => {
  it('takes the whole subject', () => {
    const text = 'A memo sent out in the second week of May by the finance chief to Lee indicates that the loss was known.';
    expect(speakerText(text, recordOf(text).quotes.find((q) => q.cue === 'indicates'))).toBe('A memo sent out in the second week of May by the finance chief to Lee');
  });

  it('does not take a finite verb for a participle', () => {
    const text = 'The clerk sent notices to the tenants on Monday after angry owners demanded payment.';
    expect(speakerText(text, recordOf(text).quotes.find((q) => q.cue === 'demanded'))).toBe('angry owners');
  });
});

describe('quotes: verbs of describing, outlining and criticising in words', () => {
  it.each([
    ['The mayor mocked his rival for losing.', 'mocked', 'The mayor', 'his rival for losing'],
    ['He railed against costly stadium deals.', 'railed against', 'He', 'costly stadium deals'],
    ['The charity portrays itself as a neutral helper.', 'portrays', 'The charity', 'itself as a neutral helper'],
    ['The lawyer laid out the steps that the two towns must take.', 'laid out', 'The lawyer', 'the steps that the two towns must take'],
    ['Lee has taken aim at two mayors for backing the tax.', 'has taken aim at', 'Lee', 'two mayors for backing the tax'],
    ['Asked about it, Lee blurted out, "Oh, no."', 'blurted out', 'Lee', 'Oh, no.'],
    ["The union attacked the mayor's record on housing.", 'attacked', 'The union', "the mayor's record on housing"],
    ['Lee has repeatedly hammered the city council.', 'has repeatedly hammered', 'Lee', 'the city council'],
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
    ['She asked the coach on the bench his advice for winning games.', 'She', 'his advice for winning games'],
    ['Lee, who asked the panel a question about rents, left early.', 'who', 'a question about rents'],
  ])('%s', (text, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cue === 'asked');
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });
});

describe('quotes: participles, gerunds and a comma inside a closing mark', () => {
  it('reads an -ing form that wink tags a noun after a comma as a participle cue', () => {
    const text = 'Two mayors urged the governor to fund the schools, warning that the budget gap is growing.';
    const qs = recordOf(text).quotes;
    expect(qs.find((q) => q.cue === 'urged')?.text).toBe('the governor to fund the schools');
    const w = qs.find((q) => q.cue === 'warning');
    expect(speakerText(text, w)).toBe('Two mayors');
    expect(w?.text).toBe('that the budget gap is growing');
  });

  it('takes a gerund as a noun-phrase content', () => {
    expect(recordOf('Lee opposed signing the petition.').quotes.find((q) => q.cue === 'opposed')?.text).toBe('signing the petition');
  });

  it('takes a document sent to someone', () => {
    const text = 'The coach sent a short note to her praising her effort.';
    const q = recordOf(text).quotes[0];
    expect(q?.cueSpan?.text).toBe('sent a short note to her praising');
    expect(speakerText(text, q)).toBe('The coach');
  });

  it('ends a content at "while" after a quotation that closes on its comma', () => {
    const qs = recordOf('Half the members say the fee is "unfair," while others call it "a fair price for the work."').quotes;
    expect(qs.find((q) => q.cue === 'say')?.text).toBe('the fee is "unfair,"');
    expect(qs.find((q) => q.cue === 'call')?.text).toBe('it "a fair price for the work."');
  });
});

describe('quotes: contents around a parenthetical attribution', () => {
  it('reads "X, he said, adding that ..."', () => {
    const qs = recordOf('The plan is dead, he said, adding that it cost too much.').quotes;
    expect(qs.find((q) => q.cue === 'said')?.text).toBe('The plan is dead');
    expect(qs.find((q) => q.cue === 'adding')?.speaker?.name).not.toBe('The plan');
  });

  it('takes a cue verb after the parenthetical as the predicate of a head without a verb', () => {
    const qs = recordOf('That habit, they said, emphasizes speed over care.').quotes.filter((q) => q.cue === 'said');
    expect(qs.map((q) => q.text)).toEqual(['That habit', 'emphasizes speed over care']);
  });

  it('reads an object and its adjective after "called"', () => {
    expect(recordOf('The mayor called Lee unworthy of the office.').quotes[0]?.text).toBe('Lee unworthy of the office');
  });
});

describe('quotes: a headline label', () => {
  it('leaves out the closing full stop of a reported statement', () => {
    const q = recordOf('Lind: If reelected, the mayor will cut taxes.\n\nThe board met on Monday.').quotes[0];
    expect(q?.cue).toBe(':');
    expect(q?.text).toBe('If reelected, the mayor will cut taxes');
  });

  it('keeps it in a transcript line', () => {
    const q = recordOf('Notes from the meeting follow.\n\nMS. LEE: Thank you all for coming.').quotes.find((x) => x.cue === ':');
    expect(q?.text).toBe('Thank you all for coming.');
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
    const text = 'Who won the debate?\n\nCarla Lind, author: "I am tired of long campaigns."';
    const q = recordOf(text).quotes.find((x) => x.cue === ':');
    expect(speakerText(text, q)).toBe('Carla Lind, author');
    expect(q?.kind).toBe('direct');
  });
});

describe('quotes: an inverted attribution needs a verb that reports a clause', () => {
  it('does not read a naming participle as one', () => {
    expect(recordOf('The plan relies on a loan scheme, called the Green Start program.').quotes.find((q) => q.cue === 'called')).toBeUndefined();
  });

  it('still reads "..., said X" and "..., added X"', () => {
    const qs = recordOf('The talks failed, said Ana Lee. The plan is dead, added Tom Ruiz.').quotes;
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Ana Lee', 'Tom Ruiz']);
  });
});

describe('quotes: noun-phrase contents', () => {
  it.each([
    ['The union criticized the mayor and her deputy, Tom Ruiz, for the late payments.', 'criticized', 'the mayor and her deputy, Tom Ruiz, for the late payments'],
    ["Lee sharply criticized the mayor's reliance on a personal email account.", 'sharply criticized', "the mayor's reliance on a personal email account"],
    ['Lee denied the report in an email on Monday.', 'denied', 'the report'],
  ])('%s', (text, cue, content) => {
    expect(recordOf(text).quotes.find((q) => q.cueSpan?.text === cue)?.text).toBe(content);
  });
});

describe('quotes: the shared subject after an opening past participle', () => {
  it('passes over "Asked about ...," to the clause subject', () => {
    const text = 'Asked about the error, the team manager Ana Lee did not apologize, but said the player had been confused.';
    const q = recordOf(text).quotes.find((x) => x.cue === 'said');
    expect(speakerText(text, q)).toBe('the team manager Ana Lee');
    expect(q?.text).toBe('the player had been confused');
  });
});

describe('quotes: the owner of a noun cue past its modifiers', () => {
  it.each([
    ['Her sharp comments on the budget drew fire.', 'sharp comments on', 'Her'],
    ["Ana Lee's Friday announcement that the school would close stunned parents.", 'Friday announcement', "Ana Lee's"],
  ])('%s', (text, cue, speaker) => {
    const q = recordOf(text).quotes[0];
    expect(q?.cueSpan?.text).toBe(cue);
    expect(speakerText(text, q)).toBe(speaker);
  });

  it('finds no owner after an article', () => {
    expect(recordOf('The sharp comments on the budget drew fire.').quotes[0]?.speaker).toBeNull();
  });
});

describe('quotes: a cue that leads into another', () => {
  it.each([
    ['The aide declined to endorse Lee.', 'declined to endorse', 'Lee'],
    ['The firm has refused to confirm the size of the loss.', 'has refused to confirm', 'the size of the loss'],
    ['The firm declined to comment.', 'declined', 'to comment'],
  ])('%s', (text, cue, content) => {
    const q = recordOf(text).quotes[0];
    expect(q?.cueSpan?.text).toBe(cue);
    expect(q?.text).toBe(content);
  });

  it('passes over a concessive clause with a cue of its own before a content', () => {
    const q = recordOf('And while the mayor has crowed about the surplus, the deficit has not shrunk, according to auditors.').quotes.find((x) => x.cue === 'according to');
    expect(q?.text).toBe('the deficit has not shrunk');
  });
});

describe('quotes: verb groups, infinitives and subjects with an aside', () => {
  it.each([
    ['Doctors say nurses in big hospitals - and those in rural clinics - tend to work longer shifts.', 'say', 'Doctors', 'nurses in big hospitals - and those in rural clinics - tend to work longer shifts'],
    ['The board has for months been confident that the audit would pass.', 'has for months been confident', 'The board', 'that the audit would pass'],
    ['Farm groups have in recent weeks sought to delay the vote.', 'have in recent weeks sought', 'Farm groups', 'to delay the vote'],
    ['The mills have in the past blamed cheap steel for their losses.', 'have in the past blamed', 'The mills', 'cheap steel for their losses'],
    ['The council plans to publicly release its budget in May.', 'plans', 'The council', 'to publicly release its budget in May'],
    ['The attorney general had urged the mayor not to sign the bill.', 'had urged', 'The attorney general', 'the mayor not to sign the bill'],
  ])('%s', (text, cue, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cueSpan?.text === cue);
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });

  it('leaves a noun before an infinitive after a possessive alone', () => {
    expect(recordOf('Her plans to run were dropped.').quotes).toEqual([]);
  });
});
