import { describe, expect, it } from 'vitest';
import { claimsComponent } from '../claims/claims.js';
import { datesComponent } from '../dates/dates.js';
import { entitiesComponent } from '../entities/entities.js';
import { createPipeline } from '../pipeline.js';
import { toRecord } from '../../record/to-record.js';
import type { ExtractionRecord, RecordQuote } from '../../record/types.js';
import { makeArticle } from '../../sources/article.js';
import { quotesComponent } from './quotes.js';

const pipeline = createPipeline([entitiesComponent(), datesComponent(), quotesComponent(), claimsComponent()]);
const recordOf = (text: string): ExtractionRecord => toRecord(pipeline.process(makeArticle({ source: 't', date: '2024-05-17', text })));
/** The quotation that is `fragment`, else the first that holds it. */
const quoteWith = (r: ExtractionRecord, fragment: string): RecordQuote | undefined =>
  r.quotes.find((q) => q.text === fragment) ?? r.quotes.find((q) => q.text.includes(fragment));
/** The speaker's entity names: one for a single speaker, several for a plural one. */
const speakersOf = (r: ExtractionRecord, q: RecordQuote): string[] | null => {
  if (!q.speaker) return null;
  const ids = q.speaker.entity ? [q.speaker.entity] : (q.speaker.members ?? []);
  return ids.map((id) => r.entities.find((e) => e.id === id)?.name ?? id);
};

describe('quotes: the hard cases of issue 4', () => {
  it.each([
    [
      'a quotation before its speaker, who is described after the name',
      '"We will not back down on this," said Maria Okafor, who studies trade policy at the University of Lagos.',
      'We will not back down', 'direct', ['Maria Okafor'], 'said',
    ],
    [
      'a speaker named only after the quotation',
      '"The talks were useful and frank," Scholz said in brief remarks to reporters in Berlin.',
      'useful and frank', 'direct', ['Olaf Scholz'], 'said',
    ],
    [
      'a partial quotation inside reported speech',
      'Turkish President Recep Tayyip Erdogan met Greek officials on Monday. Erdogan said the agreement would "open a new chapter in relations between our nations."',
      'open a new chapter', 'partial', ['Recep Tayyip Erdoğan'], 'said',
    ],
    [
      'a quotation of a document, spoken for by its signatories',
      'Japan also signed a joint statement with Australia on Monday that said both countries should "resist any attempt to change the status quo by force." The joint statement from Japan and Australia was published in Tokyo.',
      'resist any attempt', 'partial', ['Japan', 'Australia'], 'said',
    ],
    [
      'a plural speaker ("they")',
      'Brazil and Argentina accused the bank of delaying the loans. They said that the delays were "hurting the poorest families."',
      'hurting the poorest', 'partial', ['Brazil', 'Argentina'], 'said',
    ],
    [
      'a collective speaker ("both leaders")',
      'Indian Prime Minister Narendra Modi and South African President Cyril Ramaphosa toured a port on Monday. Both leaders said they wanted a deal before the summer.',
      'wanted a deal', 'indirect', ['Narendra Modi', 'Cyril Ramaphosa'], 'said',
    ],
    ['a scare quote that nobody is saying', 'The two leaders praised their "ironclad" alliance on Friday.', 'ironclad', 'scare', null, null],
    ['a scare quote inside a described phrase', 'Officials described the operation as a "special mission" last week.', 'special mission', 'scare', null, null],
  ])('%s', (_case, text, fragment, kind, speakers, cue) => {
    const r = recordOf(text);
    const q = quoteWith(r, fragment);
    expect(q, `no quotation holds "${fragment}"`).toBeDefined();
    expect(q!.kind).toBe(kind);
    expect(speakersOf(r, q!)).toEqual(speakers);
    expect(q!.cue).toBe(cue);
  });

  it('keeps what the text says about the speaker as the description', () => {
    const r = recordOf('"We will not back down on this," said Maria Okafor, who studies trade policy at the University of Lagos.');
    expect(r.quotes[0]!.speaker).toMatchObject({ name: 'Maria Okafor', description: { text: 'who studies trade policy at the University of Lagos' } });
  });

  it('reads "the two countries" as the last pair of states joined by "and", past a pair of people', () => {
    const r = recordOf('Peru and Chile signed the accord. It was witnessed by Ana Ruiz, a Peruvian envoy, and Omar Diaz. The two neighbours said they would reopen the border.');
    const q = r.quotes.find((x) => x.speaker?.name === 'The two neighbours');
    expect(q && speakersOf(r, q)).toEqual(['Peru', 'Chile']);
  });

  it('resolves a possessive owner of a noun cue, and what was said to the one who said it', () => {
    const owner = recordOf("Peru's proposals for ending the dispute were rejected.");
    expect(speakersOf(owner, quoteWith(owner, 'ending the dispute')!)).toEqual(['Peru']);
    const words = recordOf('Marta Quiroga spoke on Monday. "Trade will grow," she said. Her remarks echoed what the ministry said.');
    const q = words.quotes.find((x) => x.speaker?.name === 'Her remarks');
    expect(q && speakersOf(words, q)).toEqual(['Marta Quiroga']);
  });
});

describe('quotes: indirect speech and its cues', () => {
  it.each([
    ['X said that ...', 'The Kremlin said that the talks would resume in May.', 'the talks would resume', 'indirect', ['Kremlin'], 'said'],
    ['according to X', 'The ceasefire collapsed overnight, according to the Red Cross.', 'The ceasefire collapsed', 'indirect', ['International Committee of the Red Cross'], 'according to'],
    ['X told reporters ...', 'Macron told reporters the summit had been a success.', 'the summit had been a success', 'indirect', ['Emmanuel Macron'], 'told'],
    ['X warned ...', 'The Kremlin warned that any new sanctions would be answered.', 'any new sanctions', 'indirect', ['Kremlin'], 'warned'],
    ['X insisted ...', 'Modi insisted that the export ban was temporary.', 'the export ban was temporary', 'indirect', ['Narendra Modi'], 'insisted'],
    ['"...," X added', '"We are ready to sign," Lula added.', 'We are ready to sign', 'direct', ['Luiz Inácio Lula da Silva'], 'added'],
    ['"...," X wrote', '"The verdict is a farce," Navalny wrote on social media.', 'The verdict is a farce', 'direct', ['Alexei Navalny'], 'wrote'],
    ['X said: "..."', 'Lavrov said: "The blockade must end now."', 'The blockade must end now', 'direct', ['Sergei Lavrov'], 'said'],
    ['..., X said.', 'The border will reopen on Monday, Zelensky said.', 'The border will reopen', 'indirect', ['Volodymyr Zelensky'], 'said'],
  ])('%s', (_case, text, fragment, kind, speakers, cue) => {
    const r = recordOf(text);
    const q = quoteWith(r, fragment);
    expect(q, `no quotation holds "${fragment}"`).toBeDefined();
    expect(q!.kind).toBe(kind);
    expect(speakersOf(r, q!)).toEqual(speakers);
    expect(q!.cue).toBe(cue);
  });

  it.each([
    ['a role description', 'Russian President Vladimir Putin arrived in Beijing on Thursday. The Russian leader said the visit would deepen trade.', 'deepen trade'],
    ['a pronoun', 'Russian President Vladimir Putin arrived in Beijing on Thursday. He added that more gas would flow east.', 'more gas would flow'],
  ])('resolves the speaker through coreference: %s', (_case, text, fragment) => {
    const r = recordOf(text);
    expect(speakersOf(r, quoteWith(r, fragment)!)).toEqual(['Vladimir Putin']);
  });

  it('links the pieces of one utterance split by its attribution', () => {
    const r = recordOf('"The blockade must end now," Lavrov told a news conference in Moscow. "Nobody wants a wider war."');
    const [first, second] = r.quotes;
    expect(second!.continues).toBe(first!.id);
    expect(speakersOf(r, second!)).toEqual(['Sergei Lavrov']);
  });

  it('carries a quotation over paragraphs that each reopen with a quote mark', () => {
    const text = '"The first part of the address runs to the end of this paragraph.\n\n"And the second part goes on here," Lavrov said.';
    const r = recordOf(text);
    expect(r.quotes).toHaveLength(2);
    expect(r.quotes.every((q) => q.kind === 'direct' && speakersOf(r, q)?.[0] === 'Sergei Lavrov')).toBe(true);
    expect(r.quotes[1]!.continues).toBe(r.quotes[0]!.id);
  });

  it('gives each quotation the whole cue as it stands in the text', () => {
    const r = recordOf('The Kremlin has also said that the talks would resume.');
    expect(r.quotes[0]).toMatchObject({ cue: 'said', cueSpan: { text: 'has also said' } });
  });
});

describe('quotes: bad input', () => {
  it('ends an unbalanced quotation at its paragraph and still finds the quotations after it', () => {
    const para = 'The council met on Tuesday. "We will balance the budget," the mayor said.';
    const text = ['Lavrov said "the blockade must end and the ports must open', ...Array.from({ length: 500 }, () => para)].join('\n\n');
    const r = recordOf(text);
    expect(r.quotes[0]!.text).toBe('the blockade must end and the ports must open');
    expect(r.quotes.filter((q) => q.text === 'We will balance the budget')).toHaveLength(500);
  });
});

describe('quotes: cues beyond the classic speech verbs (PolNeAR conventions)', () => {
  it.each([
    ['"called" with a quoted complement', 'The governor called the ruling "a gift to polluters".', 'the ruling "a gift to polluters"', 'indirect', 'The governor', 'called'],
    ['"called" with an object and its complement', 'Ms. Alvarez called her rival a coward.', 'her rival a coward', 'indirect', 'Ms. Alvarez', 'called'],
    ['"show" that wink tags a noun, after a plural subject', 'Court filings show the firm paid its lawyers twice.', 'the firm paid its lawyers twice', 'indirect', 'Court filings', 'show'],
    ['"show" after its content', 'The senator holds a narrow lead, new surveys show.', 'The senator holds a narrow lead', 'indirect', 'new surveys', 'show'],
    ['"asked" with its hearer and "whether"', 'The auditor asked the council whether the fund had been closed.', 'whether the fund had been closed', 'indirect', 'The auditor', 'asked'],
    ['"lamented" with a phrase', 'Ms. Reyes lamented the closure of the clinic.', 'the closure of the clinic', 'indirect', 'Ms. Reyes', 'lamented'],
    ['"touted" with a phrase', 'The governor touted his record on jobs.', 'his record on jobs', 'indirect', 'The governor', 'touted'],
    ['"expressed" with a phrase', 'Farmers expressed their anger at the new tariffs.', 'their anger at the new tariffs', 'indirect', 'Farmers', 'expressed'],
    ['a participle after a clause that opens with a prepositional phrase', 'At the hearing, Okafor questioned the minister, citing the audit.', 'the audit', 'indirect', 'Okafor', 'citing'],
    ['a document the speaker issued', 'The airline released a statement on Tuesday saying the delays were over.', 'the delays were over', 'indirect', 'The airline', 'saying'],
  ])('%s', (_case, text, fragment, kind, speaker, cue) => {
    const r = recordOf(text);
    const q = r.quotes.find((x) => x.text === fragment);
    expect(q, `no quotation is "${fragment}" in ${JSON.stringify(r.quotes.map((x) => x.text))}`).toBeDefined();
    expect(q!.kind).toBe(kind);
    expect(q!.speaker?.name).toBe(speaker);
    expect(q!.cue).toBe(cue);
  });

  it.each([
    ['a modifier with its object', 'A lawyer familiar with her defence said the appeal would fail.', 'A lawyer familiar with her defence'],
    ['a participle with its object', 'Officials briefed on the inquiry said the appeal would fail.', 'Officials briefed on the inquiry'],
    ['a quantifier with "of"', 'Several of his former aides say the appeal will fail.', 'Several of his former aides'],
    ['"more than" a number', 'More than 40 economists say the appeal will fail.', 'More than 40 economists'],
    ['a bare noun after "in"', 'Experts in labour law say the appeal will fail.', 'Experts in labour law'],
    ['a comma list of full names', 'Maria Lopez, Ben Okafor, Ana Silva and Tom Reyes said the appeal would fail.', 'Maria Lopez, Ben Okafor, Ana Silva and Tom Reyes'],
  ])('takes the whole subject as the speaker: %s', (_case, text, speaker) => {
    const q = recordOf(text).quotes.find((x) => x.cue);
    expect(q?.speaker?.name).toBe(speaker);
  });

  it.each([
    ['a participle and prepositions', 'Records filed by the firm in Ohio for the first quarter showed that sales had fallen.', 'Records filed by the firm in Ohio for the first quarter'],
    ['a date at its end', 'A county survey published on Sunday showed the mayor trailing.', 'A county survey published on Sunday'],
    ['a relative clause', 'Letters that were sent to the board in May said the mayor knew.', 'Letters that were sent to the board in May'],
  ])('takes a long subject whole: %s', (_case, text, subject) => {
    const sp = recordOf(text).quotes.find((x) => x.cue)?.speaker;
    expect(sp && text.slice(sp.start, sp.description?.end ?? sp.end)).toBe(subject);
  });

  it('does not make a phrase after a preposition into a list item', () => {
    const q = recordOf('In Lagos, Maria Lopez and Tom Reyes said the appeal would fail.').quotes.find((x) => x.cue);
    expect(q?.speaker?.name).toBe('Maria Lopez and Tom Reyes');
  });

  it.each([
    ['after the content', 'The plan failed, according to a survey conducted after the debate.', 'a survey', 'conducted after the debate', 'The plan failed'],
    ['before the content', 'According to a report published by the treasury in May, the plan failed.', 'a report', 'published by the treasury in May', 'the plan failed'],
  ])('takes what follows the source of "according to" up to the comma: %s', (_case, text, name, description, content) => {
    const q = recordOf(text).quotes.find((x) => x.cue?.toLowerCase() === 'according to');
    expect(q?.speaker).toMatchObject({ name, description: { text: description } });
    expect(q?.text).toBe(content);
  });

  it.each([
    ['a headline that opens with a name', 'Okafor: The port deal is a mistake\n\nThe minister spoke in Lagos on Monday.', 'Okafor', 'The port deal is a mistake'],
    ['a commentator and her outlet before a quotation', 'Ana Silva, The Daily Planet: "The debate settled nothing at all."', 'Ana Silva, The Daily Planet', '"The debate settled nothing at all."'],
  ])('reads a label with a colon as the speaker: %s', (_case, text, name, content) => {
    const q = recordOf(text).quotes.find((x) => x.cue === ':');
    expect(q?.speaker?.name).toBe(name);
    expect(q?.text).toBe(content);
  });

  it('takes the verb that issued the document into the cue', () => {
    const r = recordOf('The airline released a statement on Tuesday saying the delays were over.');
    expect(r.quotes[0]!.cueSpan?.text).toBe('released a statement on Tuesday saying');
  });

  it.each([
    ['a telephone call', 'The mayor called the police at noon.'],
    ['a television show', 'The reality show drew millions of viewers.'],
  ])('finds no attribution in %s', (_case, text) => {
    expect(recordOf(text).quotes.filter((q) => q.cue)).toEqual([]);
  });
});

describe('quotes: passives, raising verbs and verbs with a preposition', () => {
  it.each([
    ['"talked about" with its topic', 'The governor talked about the flood defences in Leeds.', 'the flood defences in Leeds', 'The governor', 'talked about'],
    ['"warned of" with its topic', 'Union leaders warned of deeper cuts to rural bus routes.', 'deeper cuts to rural bus routes', 'Union leaders', 'warned of'],
    ['"called out" with its object', 'The coach called out the referees for their decisions.', 'the referees for their decisions', 'The coach', 'called out'],
  ])('a verb with its preposition takes its object: %s', (_case, text, content, speaker, cue) => {
    const q = recordOf(text).quotes.find((x) => x.cue);
    expect(q).toMatchObject({ text: content, kind: 'indirect', cue });
    expect(q!.speaker?.name).toBe(speaker);
  });

  it.each([
    ['a passive with its agent', 'The new budget was criticised by the teachers union.', 'criticised', 'was criticised', 'the teachers union', ['The new budget']],
    ['a participle with its agent', 'The figures cited by the auditors on Friday blamed the mayor.', 'cited', 'cited', 'the auditors', ['The figures']],
    ['a passive with an infinitive and no agent', 'The minister is expected to resign next week.', 'expected', 'is expected', null, ['The minister', 'to resign next week']],
    ['a passive that takes "as" into its cue', 'The senator was seen as a moderate in her first term.', 'seen as', 'was seen as', null, ['The senator', 'a moderate in her first term']],
    ['a raising verb with an infinitive', 'The ceasefire appears to be holding in the north.', 'appears', 'appears', null, ['The ceasefire', 'to be holding in the north']],
    ['a raising verb with an adjective', 'The deal seemed unlikely after the vote.', 'seemed', 'seemed', null, ['The deal', 'unlikely after the vote']],
  ])('the subject is the content of %s', (_case, text, cue, cueSpan, speaker, pieces) => {
    const qs = recordOf(text).quotes.filter((x) => x.cue === cue);
    expect(qs.map((q) => q.text)).toEqual(pieces);
    expect(qs[0]!.cueSpan?.text).toBe(cueSpan);
    expect(qs[0]!.speaker?.name ?? null).toBe(speaker);
    if (qs.length > 1) expect(qs[1]!.continues).toBe(qs[0]!.id);
  });

  it.each([
    ['a passive that names no attribution', 'The driver was told to wait outside.'],
    ['a raising verb before a place', 'The singer appeared on stage at nine.'],
    ['bare "talk about" after a modal', 'We will talk about the budget tomorrow.'],
  ])('finds no attribution in %s', (_case, text) => {
    expect(recordOf(text).quotes.filter((q) => q.cue)).toEqual([]);
  });

  it.each([
    ['after "before"', 'The mayor spoke for an hour before noting that the budget was short.', 'noting', 'The mayor', 'that the budget was short'],
    ['after "by"', 'Ms. Reyes won the seat by telling voters she would fix the roads.', 'telling', 'Ms. Reyes', 'she would fix the roads'],
    ['opening the sentence', 'Insisting the talks had failed, the minister left the room.', 'Insisting', 'the minister', 'the talks had failed'],
    // A cue before "by" and a gerund is no passive: "by promising" says how, not who.
    ['after a cue and "by"', 'Mayor Ruiz responded by promising a second count of the ballots.', 'promising', 'Mayor Ruiz', 'a second count of the ballots'],
  ])('a participle shares the subject of its clause: %s', (_case, text, cue, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cue === cue);
    expect(q).toMatchObject({ text: content, kind: 'indirect' });
    expect(q!.speaker?.name).toBe(speaker);
  });

  it('takes a verb that leads into the cue with "to" into the cue', () => {
    const q = recordOf('The mayor tried to argue that the count was fair.').quotes.find((x) => x.cue === 'argue');
    expect(q).toMatchObject({ text: 'that the count was fair', cueSpan: { text: 'tried to argue' } });
    expect(q!.speaker?.name).toBe('The mayor');
  });

  it('leaves a passive without its agent inside a reported clause to that clause', () => {
    const r = recordOf('The union warned that any new cuts would be criticised.');
    expect(r.quotes.map((q) => q.cue)).toEqual(['warned']);
  });
});

describe('quotes: nouns as cues', () => {
  it.each([
    ['a light verb and its subject', 'The senator raised questions about the contract.', 'raised questions about', 'The senator', 'the contract'],
    ['a possessive pronoun', 'Officials rejected her claim that the files were lost.', 'claim', 'her', 'that the files were lost'],
    ['a genitive', "The council welcomed the mayor's pledge to repair the bridge.", 'pledge', "the mayor's", 'to repair the bridge'],
    ['no named source', 'Allegations of bribery have dogged the agency for years.', 'Allegations of', null, 'bribery'],
    ['a light verb before a possessive', 'The mayor has repeated her warnings that the bridge is unsafe.', 'has repeated her warnings', 'The mayor', 'that the bridge is unsafe'],
    ['adjectives before the noun', 'The coach made his first comments on the scandal at noon.', 'made his first comments on', 'The coach', 'the scandal'],
    ['an endorsement', 'Her endorsement of the mayor came late.', 'endorsement of', 'Her', 'the mayor'],
    ['a complaint after a light verb', 'Residents repeated their complaints about the noise.', 'repeated their complaints about', 'Residents', 'the noise'],
    ['an infinitive in the subject, before the main verb', 'The proposal to widen the road was dropped.', 'The proposal', null, 'to widen the road'],
    ['an infinitive after a possessive in the subject', 'Her pledge to fix the bridge has not been kept.', 'pledge', 'Her', 'to fix the bridge'],
  ])('%s', (_case, text, cueSpan, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cueSpan?.text === cueSpan);
    expect(q, JSON.stringify(recordOf(text).quotes.map((x) => x.cueSpan?.text))).toBeDefined();
    expect(q).toMatchObject({ text: content, kind: 'indirect' });
    expect(q!.speaker?.name ?? null).toBe(speaker);
  });

  it.each([
    ['a relative clause after the noun', 'The claims that were filed in May are still open.'],
    ['a noun without its complement', 'The report was long and dull.'],
    ['a noun whose complement is not listed', 'The support staff went home early.'],
    ['"concern" as a firm', 'The concern was closed in 1990.'],
  ])('finds no noun cue in %s', (_case, text) => {
    expect(recordOf(text).quotes.filter((q) => q.cue)).toEqual([]);
  });
});

describe('quotes: verbs of stance (PolNeAR counts praise, thanks, appeals and references)', () => {
  it.each([
    ['thanks', 'The coach thanked the volunteers for their patience.', 'thanked', 'The coach', 'the volunteers for their patience'],
    ['credit', 'The governor credited the new law with the drop in crime.', 'credited', 'The governor', 'the new law with the drop in crime'],
    ['an appeal', 'The pastor implored the crowd to stay calm.', 'implored', 'The pastor', 'the crowd to stay calm'],
    ['a reference', 'The senator invoked the Fifth Amendment.', 'invoked', 'The senator', 'the Fifth Amendment'],
    ['emphasis', 'The report highlighted a rise in rents.', 'highlighted', 'The report', 'a rise in rents'],
    ['an apology', 'The mayor apologized for the delays at the station.', 'apologized for', 'The mayor', 'the delays at the station'],
    ['regret', 'The city regrets the decision.', 'regrets', 'The city', 'the decision'],
    ['a written object', 'Ms. Lee wrote the memo in May.', 'wrote', 'Ms. Lee', 'the memo'],
    ['a predicted object', 'Analysts have predicted a weak quarter.', 'have predicted', 'Analysts', 'a weak quarter'],
    ['an acknowledged object', 'The minister acknowledged the mistake.', 'acknowledged', 'The minister', 'the mistake'],
    ['a posted object', 'A student posted a picture of the mural online.', 'posted', 'A student', 'a picture of the mural online'],
    ['realisation', 'The minister realized that the vote was lost.', 'realized', 'The minister', 'that the vote was lost'],
    ['an email', 'He emailed his aide that the trip was off.', 'emailed', 'He', 'that the trip was off'],
  ])('%s', (_case, text, cueSpan, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cueSpan?.text === cueSpan);
    expect(q).toMatchObject({ text: content, kind: 'indirect' });
    expect(q!.speaker?.name).toBe(speaker);
  });

  it('reads a manner-of-speaking verb with its quotation', () => {
    const q = recordOf('"What a night," gushed the singer.').quotes[0];
    expect(q).toMatchObject({ text: 'What a night', kind: 'direct', cue: 'gushed' });
    expect(q!.speaker?.name).toBe('the singer');
  });

  it.each([
    ['"hailed" as weather', 'It hailed for an hour.'],
    ['a participle used as an adjective', 'The highlighted passage was short.'],
    ['"credits" as a noun', 'The credits rolled after the film.'],
    ['"felt" without a that-clause', 'She felt sick after lunch.'],
    ['"wrote" without an object', 'She wrote for an hour.'],
  ])('finds no attribution in %s', (_case, text) => {
    expect(recordOf(text).quotes.filter((q) => q.cue)).toEqual([]);
  });
});

describe('quotes: a relative clause whose antecedent is the content', () => {
  it.each([
    ['a relative pronoun', 'The festival, which the mayor praised, drew large crowds.', 'praised', 'the mayor', ['which']],
    ['a pronoun before an appositive subject', 'The festival, which Tom Reed, the local mayor, praised, drew large crowds.', 'praised', 'Tom Reed', ['which']],
    ['a contact clause', 'Several workers accused the firm of fraud, a charge the company denied.', 'denied', 'the company', ['a charge']],
    ['"that" after a noun', 'The plan that the minister rejected was revised.', 'rejected', 'the minister', ['The plan that']],
    ['a reporting verb whose clause goes on', 'She named flaws it said are balanced by its merits.', 'said', 'it', ['flaws', 'are balanced by its merits']],
  ])('%s', (_case, text, cue, speaker, pieces) => {
    const r = recordOf(text);
    const qs = r.quotes.filter((x) => x.cue === cue);
    expect(qs.map((q) => q.text)).toEqual(pieces);
    expect(qs[0]!.speaker?.name).toBe(speaker);
    expect(qs[0]!.kind).toBe('indirect');
  });

  it.each([
    ['"that" after a reporting verb', 'He said that the company denied.', 'denied'],
    ['a phrase after a preposition', 'In a statement the company denied.', 'denied'],
    ['a title before a name', 'Senate Majority Leader Mitch McConnell denied.', 'denied'],
    ['a relative pronoun that is the subject', 'An aide who rejected the offer resigned.', 'rejected'],
  ])('takes no antecedent in %s', (_case, text, cue) => {
    expect(recordOf(text).quotes.filter((q) => q.cue === cue && q.end <= text.indexOf(cue))).toEqual([]);
  });
});

describe('quotes: content boundaries and continued quotations', () => {
  it.each([
    ['a new attribution after ", but"', 'The bank said that its accounts were frozen, but it then explained that they were closed.', 'said', 'that its accounts were frozen'],
    ['the main verb going on after ", but"', 'She said the state was winnable, but said nothing was certain.', 'said', 'the state was winnable'],
    ['a coordinated clause that is still reported', 'He said prices rose, but wages did not.', 'said', 'prices rose, but wages did not'],
    ['"and" with a clause that is still reported', 'He said prices rose, and wages fell.', 'said', 'prices rose, and wages fell'],
    ['a second cue of the same subject after "and"', 'She said the plan was bold and added that it would pass.', 'said', 'the plan was bold'],
    ['"and" with a plain verb stays in the content', 'He said prices rose and wages fell.', 'said', 'prices rose and wages fell'],
    ['the speech event after a phrase', 'The coach rejected that idea at a briefing on Sunday.', 'rejected', 'that idea'],
    ['a date after a phrase', 'The bank announced a settlement in early September.', 'announced', 'a settlement'],
    ['a phrase that goes on with its own preposition', 'She denied any role in the scheme.', 'denied', 'any role in the scheme'],
    ['an object pronoun as the hearer', 'Sen. Ann Lee, a member of the panel, called on him to step aside.', 'called on', 'him to step aside'],
    ['a quotation that opens after "to"', 'The mayor on Tuesday called on residents to "look inside" themselves.', 'called on', 'residents to "look inside" themselves'],
    ['the hearer after a finite verb', 'The mayor urged her supporters to vote early.', 'urged', 'her supporters to vote early'],
    ['no hearer after a participle', 'The mayor spoke for an hour, urging her supporters to vote early.', 'urging', 'to vote early'],
    ['a clause keeps its own place', 'He said the vote would take place in an open session.', 'said', 'the vote would take place in an open session'],
  ])('%s', (_case, text, cue, content) => {
    expect(recordOf(text).quotes.find((q) => q.cue === cue)?.text).toBe(content);
  });

  it.each([
    ['a title that wink ends a sentence at', '"It is a bad dream," said the Rev. Ann Lowe. "It keeps coming back again."', 'the Rev. Ann Lowe'],
    ['an attribution that ends with an abbreviation', '"We will win," Mr. Lee said in Miami, Fla. "It would be good to finish the job."', 'Mr. Lee'],
  ])('carries a quotation on after %s', (_case, text, speaker) => {
    const qs = recordOf(text).quotes;
    expect(qs).toHaveLength(2);
    expect(qs.map((q) => q.speaker?.name)).toEqual([speaker, speaker]);
    expect(qs[1]!.continues).toBe(qs[0]!.id);
  });

  it('does not carry on a quotation glued to an abbreviation', () => {
    const qs = recordOf('"We will win," Mr. Lee said on Jan. 5 in a speech about "the plan."').quotes;
    expect(qs.find((q) => q.text.includes('the plan'))?.continues).toBeUndefined();
  });
});

describe('quotes: questions', () => {
  it.each([
    ['a bare "Asked" that opens the sentence', 'Asked whether he would run again, the mayor smiled.', 'Asked', 'whether he would run again'],
    ['"When asked about"', 'When asked about the deal in an interview, she shrugged.', 'asked about', 'the deal'],
    ['"when asked" with an adverb', 'The coach frowned when asked later whether the loss hurt.', 'asked later', 'whether the loss hurt'],
  ])('a question whose asker is unnamed: %s', (_case, text, cueSpan, content) => {
    const q = recordOf(text).quotes.find((x) => x.cueSpan?.text === cueSpan);
    expect(q).toMatchObject({ text: content, kind: 'indirect', speaker: null });
  });

  it.each([
    ['"whether"', 'She asked whether the plan was legal.', 'asked', 'She', 'whether the plan was legal'],
    ['"how"', 'He asked how it would be paid for.', 'asked', 'He', 'how it would be paid for'],
    ['"ask for"', 'She asked for the records.', 'asked for', 'She', 'the records'],
  ])('a question with its asker: %s', (_case, text, cueSpan, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cueSpan?.text === cueSpan);
    expect(q).toMatchObject({ text: content, kind: 'indirect' });
    expect(q!.speaker?.name).toBe(speaker);
  });

  it.each([
    ['"asked" after its own subject with no question', 'The clerk asked politely.'],
    ['"asked" before a plain clause', 'Asked to leave, the fans went home.'],
  ])('finds no question in %s', (_case, text) => {
    expect(recordOf(text).quotes.filter((q) => q.cue)).toEqual([]);
  });
});

describe('quotes: headlines in title case', () => {
  it.each([
    ['a verb of the lexicon', 'Union Blasts Plan To Close Hospital', 'Blasts', 'Union', 'Plan To Close Hospital'],
    ['evidence', 'Polls Show Mayor Still Leading', 'Show', 'Polls', 'Mayor Still Leading'],
  ])('reads the headline verb: %s', (_case, text, cue, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cue === cue);
    expect(q).toMatchObject({ text: content, kind: 'indirect' });
    expect(q!.speaker?.name).toBe(speaker);
  });

  it.each([
    ['a capitalised form in an ordinary sentence', 'He moved his case to the Claims Court in May.'],
    ['a headline that opens with the form', 'Show Boat Opens Tonight At The Grand'],
  ])('finds no headline verb in %s', (_case, text) => {
    expect(recordOf(text).quotes.filter((q) => q.cue)).toEqual([]);
  });
});

describe('quotes: a parenthetical attribution inside its content', () => {
  it.each([
    ['with adjuncts after the cue', 'Cheaters, he said in the video, never last long.', ['Cheaters', 'never last long']],
    ['with a tail that opens with "but"', 'She was glad to help, she said, but just with small races.', ['She was glad to help', 'but just with small races']],
  ])('%s', (_case, text, pieces) => {
    expect(recordOf(text).quotes.filter((q) => q.cue === 'said').map((q) => q.text)).toEqual(pieces);
  });

  it.each([
    ['a participle after the attribution', 'The plan is dead, he said on Monday, musing about the cost.'],
    ['an appositive after the attribution', 'The site is busy again, the group wrote Thursday, a website about the region.'],
  ])('keeps %s out', (_case, text) => {
    const qs = recordOf(text).quotes.filter((q) => q.cue === 'said' || q.cue === 'wrote');
    expect(qs).toHaveLength(1);
  });
});

describe('quotes: "as" clauses', () => {
  it.each([
    ['opening the sentence', 'As the paper reported last week, the fund will level the field.', 'reported', 'the paper', 'the fund will level the field'],
    ['with a phrase after the cue', 'As he noted in his speech, costs are rising.', 'noted', 'he', 'costs are rising'],
    ['closing the sentence', 'The fund will level the field, as the paper reported.', 'reported', 'the paper', 'The fund will level the field'],
  ])('%s', (_case, text, cue, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cue === cue);
    expect(q).toMatchObject({ text: content, kind: 'indirect' });
    expect(q!.speaker?.name).toBe(speaker);
  });

  it('finds nothing in an "as" clause of time', () => {
    expect(recordOf('As the mayor spoke, the crowd cheered.').quotes.filter((q) => q.cue)).toEqual([]);
  });
});

describe('quotes: "according to" a source the chunker does not read as a phrase', () => {
  it.each([
    ['a noun with its modifier', 'The mayor won the suburbs easily, according to phone polls of residents.', 'phone polls of residents', 'The mayor won the suburbs easily'],
    ['a participle before the noun', 'The money sparked anxious talks, according to leaked letters shared by the group.', 'leaked letters shared by the group', 'The money sparked anxious talks'],
  ])('%s', (_case, text, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cue === 'according to');
    expect(q).toMatchObject({ text: content, kind: 'indirect' });
    expect(q!.speaker?.name).toBe(speaker);
  });
});

describe('quotes: speakers that open with a modifier wink tags as a verb', () => {
  it.each([
    ['an -ing modifier', 'Leading Democratic strategists say the race is close.', 'say', 'Leading Democratic strategists'],
    ['an -ed modifier', 'Hacked emails show the aide was worried.', 'show', 'Hacked emails'],
  ])('%s', (_case, text, cue, speaker) => {
    expect(recordOf(text).quotes.find((q) => q.cue === cue)?.speaker?.name).toBe(speaker);
  });

  it('keeps an opening participle clause out of the speaker', () => {
    const q = recordOf('Insisting the talks had failed, the minister left the room.').quotes.find((x) => x.cue === 'Insisting');
    expect(q!.speaker?.name).toBe('the minister');
  });
});

describe('quotes: a restrictive relative clause after an inverted speaker', () => {
  it('keeps it as the description', () => {
    const q = recordOf('The rule is weak, said a farm adviser who asked not to be named.').quotes[0];
    expect(q!.speaker).toMatchObject({ name: 'a farm adviser', description: { text: 'who asked not to be named' } });
  });
});

describe('quotes: transcript labels in the middle of a paragraph', () => {
  it('reads a title with its name and a one-word label in capitals, not the sentence before', () => {
    const qs = recordOf('She spoke to donors in Texas. MS. LEE: You are the best people. PARTICIPANT: I think you called me.').quotes.filter((q) => q.cue === ':');
    expect(qs.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['MS. LEE', 'You are the best people.'],
      ['PARTICIPANT', 'I think you called me.'],
    ]);
  });

  it('reads labels inside a transcript quoted whole, but not a quoted title', () => {
    const r = recordOf('The notes read: "MR. DALE: We thank you. MS. LEE: It was a pleasure." The flyer said "Campus Club: The Best Club Around."');
    expect(r.quotes.filter((q) => q.cue === ':').map((q) => q.speaker?.name)).toEqual(['MR. DALE', 'MS. LEE']);
  });

  it.each([['UPDATE: The vote was delayed.'], ["Editor's note: The vote was delayed."]])('finds no label in %s', (text) => {
    expect(recordOf(text).quotes.filter((q) => q.cue === ':')).toEqual([]);
  });
});

describe('quotes: stance adjectives after "be"', () => {
  it.each([
    ['a that-clause', 'The club was hopeful that it would win.', 'was hopeful', 'The club', 'that it would win'],
    ['an infinitive', 'Regulators have been reluctant to let the firms merge.', 'have been reluctant', 'Regulators', 'to let the firms merge'],
    ['a phrase after the preposition', 'She was openly dismissive of the plan.', 'was openly dismissive of', 'She', 'the plan'],
  ])('%s', (_case, text, cueSpan, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cueSpan?.text === cueSpan);
    expect(q).toMatchObject({ text: content, kind: 'indirect' });
    expect(q!.speaker?.name).toBe(speaker);
  });

  it.each([
    ['an adjective before its noun', 'The optimistic crowd cheered.'],
    ['an adjective after a verb other than "be"', 'The crowd grew eager and loud.'],
  ])('finds no cue in %s', (_case, text) => {
    expect(recordOf(text).quotes.filter((q) => q.cue)).toEqual([]);
  });
});

describe('quotes: cue forms that wink tags as adjectives', () => {
  it.each([
    ['a past form after a name', '"Are we still talking about him?" Mr. Burton fumed.', 'fumed', 'Mr. Burton', 'Are we still talking about him?'],
    ['a past form with its hearer', 'Ms. Abedin informed Mr. Lee that the visa was ready.', 'informed', 'Ms. Abedin', 'that the visa was ready'],
    ['an -ing form after "while"', 'He vowed to fight while promising to cut taxes.', 'promising', 'He', 'to cut taxes'],
  ])('%s', (_case, text, cue, speaker, content) => {
    const q = recordOf(text).quotes.find((x) => x.cue === cue);
    expect(q?.text).toBe(content);
    expect(q!.speaker?.name).toBe(speaker);
  });

  it.each([['It was a promising start.'], ['The informed voter chose well.']])('finds no cue in %s', (text) => {
    expect(recordOf(text).quotes.filter((q) => q.cue)).toEqual([]);
  });
});

describe('quotes: speakers named for what they stand for', () => {
  it('names a relative or personal pronoun speaker by its antecedent, keeping the pronoun\'s span', () => {
    const text = 'The talks were hosted by Norway, which said the border would reopen.';
    const q = quoteWith(recordOf(text), 'the border would reopen');
    expect(q?.speaker).toMatchObject({ name: 'Norway' });
    expect(text.slice(q!.speaker!.start, q!.speaker!.end)).toBe('which');
  });

  it('takes a possessor after a preposition as the owner of a noun cue, not the phrase before it', () => {
    const r = recordOf("Peru's envoy met Bolivia for Chile's proposals for settling the feud.");
    const q = quoteWith(r, 'settling the feud');
    expect(q?.speaker?.name).toBe("Chile's");
  });
});
