import { describe, expect, it } from 'vitest';
import { datesComponent } from '../dates/dates.js';
import { entitiesComponent } from '../entities/entities.js';
import { createPipeline } from '../pipeline.js';
import { toRecord } from '../../record/to-record.js';
import type { ExtractionRecord, RecordQuote } from '../../record/types.js';
import { makeArticle } from '../../sources/article.js';
import { quotesComponent } from './quotes.js';

// Sixth round: cues from the long tail of stance and communication (recall). Every sentence here is made up.
const pipeline = createPipeline([entitiesComponent(), datesComponent(), quotesComponent()]);
const recordOf = (text: string): ExtractionRecord => toRecord(pipeline.process(makeArticle({ source: 't', date: '2024-05-17', text })));
const speakerText = (text: string, q: RecordQuote | undefined): string | null => {
  const sp = q?.speaker;
  if (!sp) return null;
  return text.slice(Math.min(sp.start, sp.description?.start ?? sp.start), Math.max(sp.end, sp.description?.end ?? sp.end));
};
const cueText = (q: RecordQuote | undefined): string | undefined => q?.cueSpan?.text ?? q?.cue;

describe('quotes: feelings about something after "be"', () => {
  it.each([
    ['The fishermen were outraged by the new quota on cod.', 'were outraged by', 'The fishermen', 'the new quota on cod'],
    ['Parents are already furious with the school board over the bus routes.', 'are already furious with', 'Parents', 'the school board over the bus routes'],
    ['Many nurses were frustrated with the staffing plan.', 'were frustrated with', 'Many nurses', 'the staffing plan'],
    ['The growers have been nervous about the late frost.', 'have been nervous about', 'The growers', 'the late frost'],
  ])('%s', (text, cue, speaker, content) => {
    const q = recordOf(text).quotes[0];
    expect(cueText(q)).toBe(cue);
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });

  it('gives nothing for the feeling alone or a verb use', () => {
    expect(recordOf('The fishermen were angry.').quotes).toHaveLength(0);
    expect(recordOf('The storm upset the schedule of the ferry.').quotes).toHaveLength(0);
  });
});

describe('quotes: verbs of presenting, listing and boasting', () => {
  it.each([
    ['The mayor presented a plan for three new parks.', 'presented', 'The mayor', 'a plan for three new parks'],
    ['The channel presents itself as a neutral voice on farming.', 'presents', 'The channel', 'itself as a neutral voice on farming'],
    ['Coach Ilse Brandt listed the team\'s many titles.', 'listed', 'Coach Ilse Brandt', "the team's many titles"],
    ['Mr. Okoro has crowed about the late goal.', 'has crowed about', 'Mr. Okoro', 'the late goal'],
  ])('%s', (text, cue, speaker, content) => {
    const q = recordOf(text).quotes[0];
    expect(cueText(q)).toBe(cue);
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });

  it('takes a bare clause after "worry"', () => {
    const text = 'Beekeepers worry the new spray will harm their hives.';
    const q = recordOf(text).quotes[0];
    expect(cueText(q)).toBe('worry');
    expect(speakerText(text, q)).toBe('Beekeepers');
    expect(q?.text).toBe('the new spray will harm their hives');
  });
});

describe('quotes: directives, references and verbs with their preposition', () => {
  it.each([
    ['The judge ordered the port authority to publish its contracts.', 'ordered', 'The judge', 'the port authority to publish its contracts'],
    ['The coach has instructed his players to skip the parade.', 'has instructed', 'The coach', 'his players to skip the parade'],
    ['Mr. Dunn referenced the clerk\'s warning about the flood.', 'referenced', 'Mr. Dunn', "the clerk's warning about the flood"],
    ['The brewery trumpeted its new hiring plan.', 'trumpeted', 'The brewery', 'its new hiring plan'],
    ['Traders long regarded the fund as the safest in the city.', 'long regarded', 'Traders', 'the fund as the safest in the city'],
    ['Ms. Varga talks about the tolls that drivers paid.', 'talks about', 'Ms. Varga', 'the tolls that drivers paid'],
    ['He also talked about being a coach who never gave up.', 'also talked about', 'He', 'being a coach who never gave up'],
  ])('%s', (text, cue, speaker, content) => {
    const q = recordOf(text).quotes[0];
    expect(cueText(q)).toBe(cue);
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });

  it('gives nothing for a noun before a preposition or a directive without an infinitive', () => {
    expect(recordOf('The peace talks about the border stalled.').quotes).toHaveLength(0);
    expect(recordOf('The scheme directed most of the money to the harbour.').quotes).toHaveLength(0);
  });
});

describe('quotes: posts passed on', () => {
  it.each([
    ['The senator later retweeted the rumour about the bridge.', 'later retweeted', 'The senator', 'the rumour about the bridge'],
    ['Ms. Haddad tweeted out a link to the new map.', 'tweeted out', 'Ms. Haddad', 'a link to the new map'],
  ])('%s', (text, cue, speaker, content) => {
    const q = recordOf(text).quotes[0];
    expect(cueText(q)).toBe(cue);
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });
});

describe('quotes: headline labels with an addressee or a topic', () => {
  it('leaves the addressee out of "X to Y: ..."', () => {
    const text = 'Bus Drivers to Mayor Ana Ruiz: Fix the Depot Before Winter.\n\nThe drivers met on Monday.';
    const q = recordOf(text).quotes[0];
    expect(q?.cue).toBe(':');
    expect(speakerText(text, q)).toBe('Bus Drivers');
    expect(q?.text).toBe('Fix the Depot Before Winter');
  });

  it('takes the topic of "X on Y: ..." into the content', () => {
    const text = "Coach Ana Ruiz on the Stadium Deal to the City: 'Shameful,' 'Avoidable.'\n\nThe deal was signed on Monday.";
    const qs = recordOf(text).quotes.filter((q) => q.cue === ':');
    expect(qs.map((q) => q.text)).toEqual(['on the Stadium Deal to the City', "'Shameful,' 'Avoidable.'"]);
    expect(speakerText(text, qs[0])).toBe('Coach Ana Ruiz');
    expect(qs[1]!.continues).toBe(qs[0]!.id);
  });

  it('gives nothing when the head before the preposition is no name', () => {
    const text = "Lee's Transfers to the Party: $2 Million.\n\nThe money moved on Monday.";
    expect(recordOf(text).quotes.filter((q) => q.cue === ':')).toHaveLength(0);
  });
});

describe('quotes: a verb and its preposition with adjuncts between them', () => {
  it.each([
    ['Ms. Okafor joked at a dinner in May about the drivers being the bravest people.', 'joked at a dinner in May about', 'Ms. Okafor', 'the drivers being the bravest people'],
    ['The senator wrote in her 2019 memoir about a colleague who mocked her accent.', 'wrote in her 2019 memoir about', 'The senator', 'a colleague who mocked her accent'],
    ['She spoke out in March, on the floor of the council, about her own dismissal.', 'spoke out in March, on the floor of the council, about', 'She', 'her own dismissal'],
  ])('%s', (text, cue, speaker, content) => {
    const q = recordOf(text).quotes[0];
    expect(cueText(q)).toBe(cue);
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });

  it('does not take "of" inside an adjunct for the verb\'s preposition', () => {
    expect(recordOf('The clerk spoke on the condition of anonymity.').quotes).toHaveLength(0);
  });
});

describe('quotes: a raising verb that leads into a cue of its own', () => {
  it.each([
    ['The mayor appeared to acknowledge the gap between her and the council.', 'appeared to acknowledge', 'The mayor', 'the gap between her and the council'],
    ['The memo at least appears to show a clumsy effort to hide the loss.', 'at least appears to show', 'The memo', 'a clumsy effort to hide the loss'],
    ['A memo leaked in June appears to show that the clerk knew of the flooding.', 'appears to show', 'A memo leaked in June', 'that the clerk knew of the flooding'],
  ])('%s', (text, cue, speaker, content) => {
    const q = recordOf(text).quotes[0];
    expect(cueText(q)).toBe(cue);
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });

  it('keeps a raising verb without a cue after it speakerless', () => {
    const q = recordOf('The ferry deal appears to be dead.').quotes[0];
    expect(q?.cue).toBe('appears');
    expect(q?.speaker).toBeNull();
  });
});
