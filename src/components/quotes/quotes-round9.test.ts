import { describe, expect, it } from 'vitest';
import { read, recordOf } from './quotes-fixtures.js';

// Ninth round: constructions that report a statement without a reporting verb of the lexicon.
// Every sentence here is made up.

describe('quotes: a light verb with a noun of speech or stance', () => {
  it.each([
    ['The harbour board made no mention of the flooded quay.', 'made no mention of', 'The harbour board', 'the flooded quay'],
    ['Mayor Ilse Brandt took issue with the ferry timetable.', 'took issue with', 'Mayor Ilse Brandt', 'the ferry timetable'],
    ['The weekly took note of the council\'s silence.', 'took note of', 'The weekly', "the council's silence"],
    ['Ms. Varga never made any secret of her dislike for the toll road.', 'never made any secret of', 'Ms. Varga', 'her dislike for the toll road'],
    ['The coach made a case that the pitch was unsafe.', 'made a case', 'The coach', 'that the pitch was unsafe'],
    ['Lind is making clear that the tunnel will stay shut.', 'is making clear', 'Lind', 'that the tunnel will stay shut'],
  ])('%s', (text, cue, speaker, content) => {
    expect(read(text, cue)).toEqual([speaker, cue, content]);
  });

  it('leaves a light verb with any other noun alone', () => {
    const text = 'The growers made a fortune on the harvest.';
    expect(recordOf(text).quotes.filter((q) => q.cue !== null)).toEqual([]);
  });
});

describe('quotes: a verb before a possessive noun cue joins the cue, and its subject speaks', () => {
  it.each([
    ['The dockers quietly pulled their endorsement of the harbour scheme.', 'quietly pulled their endorsement of', 'The dockers', 'the harbour scheme'],
    ['Mayor Brandt has not formally rescinded her endorsement of the levy.', 'has not formally rescinded her endorsement of', 'Mayor Brandt', 'the levy'],
  ])('%s', (text, cue, speaker, content) => {
    expect(read(text, cue)).toEqual([speaker, cue, content]);
  });

  it('keeps the possessive when it does not agree with the subject', () => {
    const text = 'The clerks ignored her warnings that the vault was flooding.';
    expect(read(text, 'warnings')).toEqual(['her', 'warnings', 'that the vault was flooding']);
  });
});

describe('quotes: a relative clause that opens with a preposition describes the speaker', () => {
  it('keeps "for whom ..." in the source', () => {
    const text = 'Senator Ilse Brandt, for whom Mr. Lind briefly worked, complained that the pier was shut.';
    expect(read(text, 'complained')).toEqual(['Senator Ilse Brandt, for whom Mr. Lind briefly worked', 'complained', 'that the pier was shut']);
  });
});

describe('quotes: a cue form tagged an adjective after an adverb', () => {
  it.each([
    ['In doing so, Varga also detailed a scheme in which the harbour fees were doubled.', 'also detailed', 'Varga', 'a scheme in which the harbour fees were doubled'],
    ['The growers are urging Mayor Lind to reopen the pier, publicly revealing a rift in the council.', 'publicly revealing', 'The growers', 'a rift in the council'],
  ])('%s', (text, cue, speaker, content) => {
    expect(read(text, cue)).toEqual([speaker, cue, content]);
  });
});
