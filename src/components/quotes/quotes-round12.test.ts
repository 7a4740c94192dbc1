import { describe, expect, it } from 'vitest';
import { cueText, cued, read, recordOf, speakerText } from './quotes-fixtures.js';

// Twelfth round. Every sentence here is made up.

describe('quotes: evidence verbs that wink mis-tags around their subject', () => {
  it.each([
    ['Two tallies out Friday show Lind leading in Port Vell.', 'show', 'Lind leading in Port Vell'],
    ['Figures released on Tuesday show that ferry fares rose.', 'show', 'that ferry fares rose'],
  ])('reads "show" after a weekday: %s', (text, cue, content) => {
    expect(read(text, cue).slice(1)).toEqual([cue, content]);
  });

  it('reads no cue in a weekday show', () => {
    expect(cued('He watched the Monday show with his cousins.')).toEqual([]);
  });

  it('reads a capitalised word tagged a verb inside the subject as part of a name', () => {
    const text = 'A new Harbor Watch poll conducted Friday shows that Lind trails by two points.';
    expect(read(text, 'shows')).toEqual(['A new Harbor Watch poll conducted Friday', 'shows', 'that Lind trails by two points']);
  });
});

describe('quotes: an evidence verb after its content', () => {
  it('takes a participle modifier after the comma into the subject', () => {
    expect(read('The firm paid its lawyers twice, leaked emails show.', 'show')).toEqual(['leaked emails', 'show', 'The firm paid its lawyers twice']);
  });

  it('leaves a cue participle after the comma out of the subject', () => {
    expect(read('The firm paid its lawyers twice, saying records show it.', 'show')[0]).not.toBe('saying records');
  });

  it('reads the content up to a comma inside the closing mark', () => {
    const text = 'The firm lobbied the port on "fees for the new pier," ledgers show.';
    expect(read(text, 'show')).toEqual(['ledgers', 'show', 'The firm lobbied the port on "fees for the new pier,"']);
  });

  it('reads "advises" after a quotation as a direct cue', () => {
    const text = '"Call your sister before the vote," advises counsellor Ines Varga.';
    expect(read(text, 'advises')).toEqual(['counsellor Ines Varga', 'advises', 'Call your sister before the vote']);
  });
});

describe('quotes: a cue inside a relative clause', () => {
  const pieces = (text: string, cue: string): string[] => recordOf(text).quotes.filter((q) => cueText(q) === cue).map((q) => q.text);

  it('reads "show" after a relative pronoun and a plural subject, before the clause verb', () => {
    const text = 'The dockers backed Ana Ruiz, who surveys show is ahead in Port Vell.';
    expect(read(text, 'show')[0]).toBe('surveys');
    expect(pieces(text, 'show')).toEqual(['who', 'is ahead in Port Vell']);
  });

  it('ends a clause set off by commas at the next comma', () => {
    expect(pieces('The mill, which she said was sold in 1990, closed last year.', 'said')).toEqual(['which', 'was sold in 1990']);
  });

  it('reads no cue in "the show" after a relative pronoun', () => {
    expect(cued('The crews, who the show hired in May, left.')).toEqual([]);
  });
});

describe('quotes: a restrictive "that" as the subject', () => {
  it.each([
    ['Ms. Varga forwarded a memo that suggests the board knew of the leak.', 'suggests', 'a memo'],
    ['Better still, sail with a crew that supports the ferry strike.', 'supports', 'a crew'],
  ])('takes the antecedent: %s', (text, cue, speaker) => {
    expect(read(text, cue).slice(0, 2)).toEqual([speaker, cue]);
  });

  it('takes no complementizer "that" as the subject of a participle', () => {
    const text = 'Lind quipped that admitting he was seasick might win him a day off.';
    expect(recordOf(text).quotes.filter((q) => cueText(q) === 'saying').map((q) => speakerText(text, q))).not.toContain('that');
  });
});

describe('quotes: a verb that wink tags a noun between a name and an article or possessive', () => {
  it('ends the shared subject of a participle at the verb', () => {
    const text = 'Mr. Lind and Mr. Holm cast their votes early, saying the ferry must run.';
    expect(read(text, 'saying')).toEqual(['Mr. Lind and Mr. Holm', 'saying', 'the ferry must run']);
  });

  it('reads the verb before a document and a participle as the issuing verb', () => {
    const text = 'Port chief Ana Ruiz issues a brief memo Friday criticizing the council for its delay.';
    expect(read(text, 'issues a brief memo Friday criticizing')[0]).toBe('Port chief Ana Ruiz');
  });

  it('keeps a noun after a name inside its phrase', () => {
    const text = 'The Port Vell ferry schedule, the council said, will change.';
    expect(read(text, 'said')[0]).toBe('the council');
  });
});

describe('quotes: a periodical that wink tags an adverb', () => {
  it('reads "daily" after a name and an article as the speaker\'s noun', () => {
    expect(read('"The port must stay open," the venerable Lusitanian daily wrote.', 'wrote')).toEqual(['the venerable Lusitanian daily', 'wrote', 'The port must stay open']);
  });

  it('keeps an adverb "daily" in the verb group after a plain subject', () => {
    expect(read('The harbour master daily said that the port was open.', 'daily said')[0]).toBe('The harbour master');
  });
});

describe('quotes: a party and state in parentheses after a name', () => {
  const text = '"We will rebuild the pier by June," said Sen. Ana Ruiz (R-Ore.), a member of the Fisheries Panel.';

  it('keeps the parenthesis and the appositive after an inverted cue', () => {
    expect(read(text, 'said')[0]).toBe('Sen. Ana Ruiz (R-Ore.), a member of the Fisheries Panel');
  });

  it('resolves the speaker to the name before the parenthesis', () => {
    const r = recordOf(text);
    const id = r.quotes[0]?.speaker?.entity;
    expect(r.entities.find((e) => e.id === id)?.name).toBe('Ana Ruiz');
  });
});

describe('quotes: "suspect" takes a clause without "that"', () => {
  it('reads the clause', () => {
    expect(read('Pilots suspect a new delay is coming.', 'suspect')).toEqual(['Pilots', 'suspect', 'a new delay is coming']);
  });

  it('reads no cue in "the suspected gunman"', () => {
    expect(cued('The suspected gunman fled north.')).toEqual([]);
  });
});

describe('quotes: "be" and an adjective before "to" and a cue', () => {
  it('takes them into the cue', () => {
    expect(read('Dock workers are quick to note that the fees rose.', 'are quick to note')).toEqual(['Dock workers', 'are quick to note', 'that the fees rose']);
  });
});

describe('quotes: a cue in a relative clause opened by "that"', () => {
  const pieces = (text: string, cue: string): string[] => recordOf(text).quotes.filter((q) => cueText(q) === cue).map((q) => q.text);

  it('reads the clause after a noun that follows a preposition', () => {
    expect(pieces('The fee is above the cap that most pilots say is fair.', 'say')).toEqual(['the cap that', 'is fair']);
  });

  it('reads the clause when the subject has a modifier', () => {
    expect(read('Rents are near the 40-euro mark that many tenants agree is too high.', 'agree')[0]).toBe('many tenants');
  });

  it('reads no cue in a relative clause without a reported clause', () => {
    expect(cued('The clinic that nurses run is closed.')).toEqual([]);
  });
});

describe('quotes: a naming participle after an indefinite noun phrase', () => {
  it.each([
    'The error comes from a quirk called "sampling drift."',
    'A small firm called Lindco Energy won the contract.',
  ])('quotes nobody in "%s"', (text) => {
    expect(cued(text).filter((c) => c.includes('called'))).toEqual([]);
  });

  it('still quotes a subject that calls something a name', () => {
    expect(read('A council member called Lind "a fraud."', 'called')[0]).toBe('A council member');
  });
});

describe('quotes: a past participle after the object of an adverbial preposition', () => {
  it.each([
    ['In a talk focused mostly on fishing, Lind said quotas would fall.', 'focused mostly on'],
    ['Ana Ruiz spoke for an hour during a visit here devoted to ferries.', 'here devoted to'],
  ])('is no cue: %s', (text, cue) => {
    expect(cued(text)).not.toContain(cue);
  });

  it('gives the verb after "and" the clause subject, not the visit', () => {
    expect(read('Ana Ruiz set aside her notes during a visit here devoted to ferries and asserted that the captains agree.', 'asserted')[0]).toBe('Ana Ruiz');
  });

  it('keeps a cue after a subject with its own phrase', () => {
    expect(read('Officials at the agency warned that fees would rise.', 'warned')[0]).toBe('Officials at the agency');
  });
});

describe('quotes: an -ing cue after a possessive object of a finite verb', () => {
  it.each([
    ['Lind spent most of her speech on Friday attacking Ruiz over the ferry fees.', 'attacking', 'Lind'],
    ['Lind ended his speech urging voters to turn out.', 'urging', 'Lind'],
  ])('shares the verb\'s subject: %s', (text, cue, speaker) => {
    expect(read(text, cue)[0]).toBe(speaker);
  });

  it('keeps the object of a verb that depicts it as the speaker', () => {
    expect(read('The tape shows his aide saying the port was shut.', 'saying')[0]).toBe('his aide');
  });
});

describe('quotes: the shared subject of a participle after a relative clause', () => {
  it('skips the verb of a clause opened by "that" and reads a verb cue tagged a noun', () => {
    const text = 'In a 2019 lecture, Ruiz talks about the anger that the fishermen felt after the flood, saying, "Nobody warned them."';
    expect(read(text, 'saying')[0]).toBe('Ruiz');
  });
});

describe('quotes: a participle before a quotation', () => {
  it('takes the phrase after it as its hearer, not its speaker, and skips a clause opened by "for whom"', () => {
    const text = 'Ana Ruiz, for whom Lind once sailed, quietly voiced doubts about his plans, telling a deckhand: "He never listens."';
    expect(read(text, 'telling')[0]).toBe('Ana Ruiz, for whom Lind once sailed');
  });
});

describe('quotes: opening participles and parentheses', () => {
  it('gives a sentence-opening participle before a quotation the subject after it', () => {
    const text = 'Calling the harbour chief, Ana Ruiz, "the best sailor in Port Vell," Lind praised her crew.';
    expect(read(text, 'Calling')).toEqual(['Lind', 'Calling', 'the best sailor in Port Vell']);
  });

  it('skips a parenthesis with a quotation inside an opening adverbial', () => {
    const text = 'After the fire at the boat shed (Ruiz called it "vile"), Lind left the hall, saying, "Vandals did this."';
    expect(read(text, 'saying')[0]).toBe('Lind');
  });
});

describe('quotes: an -ing noun after a determiner and a noun', () => {
  it('heads the phrase a subject with an appositive hangs from', () => {
    const text = 'On Monday, a blog posting on the page of the Harbor Club, a sailing society, said the regatta was off.';
    expect(read(text, 'said')).toEqual(['a blog posting on the page of the Harbor Club, a sailing society', 'said', 'the regatta was off']);
  });
});

describe('quotes: an "including" list after the subject', () => {
  it('belongs to the speaker phrase', () => {
    expect(read('But several skippers, including Ruiz, argue that the fee is unfair.', 'argue')).toEqual(['several skippers, including Ruiz', 'argue', 'that the fee is unfair']);
  });

  it('leaves another participle out', () => {
    expect(read('Lind, writing in The Ledger, argued that the fee is unfair.', 'argued')[0]).toBe('Lind');
  });
});

describe('quotes: a poll gives or has a result', () => {
  it.each([
    ['The forecast now gives Ruiz a 70 percent chance of a second term.', 'now gives', 'The forecast', 'Ruiz a 70 percent chance of a second term'],
    ['A Lima Herald survey gave Lind a three-point edge in Cusco.', 'gave', 'A Lima Herald survey', 'Lind a three-point edge in Cusco'],
    ['The poll had Lind ahead by four points.', 'had', 'The poll', 'Lind ahead by four points'],
  ])('%s', (text, cue, speaker, content) => {
    expect(read(text, cue)).toEqual([speaker, cue, content]);
  });

  it.each([
    'The poll has a sample of 900 adults.',
    'The mayor gave Lind a medal.',
  ])('reads no poll cue in "%s"', (text) => {
    expect(cued(text)).toEqual([]);
  });
});

describe('quotes: a date that owns the subject', () => {
  it('opens the speaker phrase', () => {
    expect(read("Friday's Lima Herald survey shows Lind ahead.", 'shows')[0]).toBe("Friday's Lima Herald survey");
  });
});

describe('lexicon: outline, signal, press', () => {
  it.each([
    ['In the memo, Lind outlined that the pier had cost twice the estimate.', 'outlined', 'Lind', 'that the pier had cost twice the estimate'],
    ['Her choice of venue signaled she wanted a fresh start.', 'signaled', 'Her choice of venue', 'she wanted a fresh start'],
    ['Two councillors pressed the mayor to publish the figures.', 'pressed', 'Two councillors', 'the mayor to publish the figures'],
  ])('%s', (text, cue, speaker, content) => {
    expect(read(text, cue)).toEqual([speaker, cue, content]);
  });

  it.each(['She pressed the button twice.', 'Lind pressed ahead with the plan.'])('reads no cue in "%s"', (text) => {
    expect(cued(text)).toEqual([]);
  });
});

describe('quotes: "for the first time" before the reported clause', () => {
  it('is skipped as an adjunct', () => {
    expect(read('The mayor admitted for the first time that the ferry had been late.', 'admitted')).toEqual(['The mayor', 'admitted', 'that the ferry had been late']);
  });
});

describe('quotes: a reported clause whose subject has an aside', () => {
  it.each([
    ['Port records indicate the new pier, Dock Nine, is nearly finished.', 'indicate', 'the new pier, Dock Nine, is nearly finished'],
    ['Lind said the plan, which was costly, failed.', 'said', 'the plan, which was costly, failed'],
  ])('%s', (text, cue, content) => {
    expect(read(text, cue)[2]).toBe(content);
  });

  it('ends a phrase before a name that opens the main clause', () => {
    const text = 'With surveys showing her far ahead in the last week, Ruiz wants a bigger win, expecting a split council after the vote.';
    expect(read(text, 'showing')[2]).toBe('her far ahead in the last week');
  });
});

describe('quotes: an inquiry finds a plain object', () => {
  it('reads the finding', () => {
    expect(read('The Lima Herald survey also finds growing doubts among the fishermen.', 'also finds')).toEqual(['The Lima Herald survey', 'also finds', 'growing doubts among the fishermen']);
  });

  it('reads no finding of a person', () => {
    expect(cued('Police found a body in the river.')).toEqual([]);
  });
});

describe('quotes: a speaker\'s own belief inside their reported speech', () => {
  const cues = (text: string): string[] => recordOf(text).quotes.filter((q) => q.cue !== null).map((q) => cueText(q)!);

  it.each([
    'Ana Ruiz said she believes the ferry fee is unfair.',
    'Lars Lind, the harbour master, said he was concerned about the pier.',
    'Tom Holm said he planned to vote for the council.',
  ])('is left to the outer attribution: %s', (text) => {
    expect(cues(text)).toEqual(['said']);
  });

  it('keeps the belief of someone else', () => {
    expect(cues('Ana Ruiz said Lind believes the ferry fee is unfair.')).toEqual(['said', 'believes']);
  });

  it('keeps a second statement of the same speaker', () => {
    expect(cues('Ana Ruiz said the pier would open in May, and she said the fee would stay.')).toEqual(['said', 'said']);
  });
});

describe('quotes: a pronoun that opens the reported clause with a belief', () => {
  it('is the outer speaker\'s own view even when the pronoun is unresolved', () => {
    const text = 'Dock crews have said they were not certain why the ferry stopped.';
    expect(recordOf(text).quotes.filter((q) => q.cue !== null).map((q) => cueText(q))).toEqual(['have said']);
  });
});
