import { describe, expect, it } from 'vitest';
import { cueText, recordOf, speakerText } from './quotes-fixtures.js';

// Sixth round: cues from the long tail of stance and communication (recall). Every sentence here is made up.

describe('quotes: feelings about something after "be"', () => {
  it.each([
    ['The fishermen were outraged by the new quota on cod.', 'were outraged by', 'The fishermen', 'the new quota on cod'],
    ['Parents are furious with the school board over the bus routes.', 'are furious with', 'Parents', 'the school board over the bus routes'],
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
    ['The festival presents itself as a showcase for young bands.', 'presents', 'The festival', 'itself as a showcase for young bands'],
    ['Coach Ilse Brandt listed three reasons for the defeat.', 'listed', 'Coach Ilse Brandt', 'three reasons for the defeat'],
    ['Mr. Okoro has crowed about his new contract.', 'has crowed about', 'Mr. Okoro', 'his new contract'],
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
    ['The referee ordered both captains to leave the pitch.', 'ordered', 'The referee', 'both captains to leave the pitch'],
    ['The principal has instructed teachers to collect the phones.', 'has instructed', 'The principal', 'teachers to collect the phones'],
    ['Mr. Dunn referenced the clerk\'s warning about the flood.', 'referenced', 'Mr. Dunn', "the clerk's warning about the flood"],
    ['The brewery trumpeted its new hiring plan.', 'trumpeted', 'The brewery', 'its new hiring plan'],
    ['Critics regarded the new stadium as a waste of money.', 'regarded', 'Critics', 'the new stadium as a waste of money'],
    ['Ms. Varga talks about her garden.', 'talks about', 'Ms. Varga', 'her garden'],
    ['He also talked about having lived abroad for ten years.', 'also talked about', 'He', 'having lived abroad for ten years'],
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
    ['The senator retweeted a photo of the flooded bridge.', 'retweeted', 'The senator', 'a photo of the flooded bridge'],
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
    const text = "Coach Ana Ruiz on the Move to the New Stadium: 'We Were Never Asked.'\n\nThe move was agreed on Monday.";
    const qs = recordOf(text).quotes.filter((q) => q.cue === ':');
    expect(qs.map((q) => q.text)).toEqual(['on the Move to the New Stadium', "'We Were Never Asked.'"]);
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
    ['Ms. Okafor joked at a picnic last summer about her own cooking.', 'joked at a picnic last summer about', 'Ms. Okafor', 'her own cooking'],
    ['The chef wrote in a blog post about the rising price of butter.', 'wrote in a blog post about', 'The chef', 'the rising price of butter'],
    ['He spoke out last week, at a meeting of the tenants, about the broken lifts.', 'spoke out last week, at a meeting of the tenants, about', 'He', 'the broken lifts'],
  ])('%s', (text, cue, speaker, content) => {
    const q = recordOf(text).quotes[0];
    expect(cueText(q)).toBe(cue);
    expect(speakerText(text, q)).toBe(speaker);
    expect(q?.text).toBe(content);
  });

  it('does not take "of" inside an adjunct for the verb\'s preposition', () => {
    expect(recordOf('The clerk spoke on the basis of secrecy.').quotes).toHaveLength(0);
  });
});

describe('quotes: a raising verb that leads into a cue of its own', () => {
  it.each([
    ['The coach appeared to acknowledge that the season was lost.', 'appeared to acknowledge', 'The coach', 'that the season was lost'],
    ['The memo at least appears to show a clumsy effort to hide the loss.', 'at least appears to show', 'The memo', 'a clumsy effort to hide the loss'],
    ['A ledger kept by the club appears to show heavy losses.', 'appears to show', 'A ledger kept by the club', 'heavy losses'],
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
