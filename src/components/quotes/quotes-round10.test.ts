import { describe, expect, it } from 'vitest';
import { cued, read, recordOf } from './quotes-fixtures.js';

// Tenth round. Every sentence here is made up.

describe('quotes: a feeling whose object is the one who feels', () => {
  it.each([
    ['The late ferry infuriated the growers.', 'infuriated', 'the growers', 'The late ferry'],
    ['Her late filings in 2019 annoyed the clerks.', 'annoyed', 'the clerks', 'Her late filings in 2019'],
    ['The harbour tax - and the silence of the council - alarmed Mayor Brandt.', 'alarmed', 'Mayor Brandt', 'The harbour tax - and the silence of the council -'],
    ['The "gift," as the harbour master put it, angered the ferrymen.', 'angered', 'the ferrymen', 'The "gift," as the harbour master put it,'],
    ['The new tolls are alarming traders in Port Vell.', 'are alarming', 'traders in Port Vell', 'The new tolls'],
    ['It annoyed the crews that nobody had called ahead.', 'annoyed', 'the crews', 'that nobody had called ahead'],
    ['What grates on the tenants is that the lift is still broken.', 'grates on', 'the tenants', 'that the lift is still broken'],
  ])('%s', (text, cue, speaker, content) => {
    expect(read(text, cue)).toEqual([speaker, cue, content]);
  });

  it.each([
    'The outraged growers blocked the pier.',
    'The growers were alarmed by the tolls.',
    'The clerks felt embarrassed.',
    'The trouble with the ferry is its engine.',
    'The storm troubled it for a week.',
  ])('gives no feeling cue in "%s"', (text) => {
    expect(cued(text).filter((c) => !/by$/.test(c))).toEqual([]);
  });
});

describe('quotes: a participle clause between the subject and its verb', () => {
  const text = 'Mr. Lind, noting that the harbour fees were "far too steep," added: "We will not pay them. Nobody will."';

  it('gives the verb after the clause its subject, and the quotation after its colon', () => {
    expect(read(text, 'added:')).toEqual(['Mr. Lind', 'added:', 'We will not pay them. Nobody will.']);
  });

  it('leaves the quotation inside the clause to the participle', () => {
    expect(read(text, 'noting')).toEqual(['Mr. Lind', 'noting', 'that the harbour fees were "far too steep,"']);
  });

  it('looks through a relative clause that holds a quotation', () => {
    const kaia = 'Kaia Holm, who carried a banner that read "Lind for mayor," yelled, "The count starts at nine!"';
    expect(read(kaia, 'yelled')).toEqual(['Kaia Holm', 'yelled', 'The count starts at nine!']);
  });

  it('keeps a quotation split by its attribution as one', () => {
    const q = recordOf('"The pier is shut," Lind said, "and it stays shut."').quotes.filter((x) => x.cue !== null);
    expect(q.map((x) => [x.text, x.speaker?.name])).toEqual([['The pier is shut', 'Lind'], ['and it stays shut.', 'Lind']]);
  });

  it('still reads a cue after a closing mark without a colon', () => {
    expect(read('"The pier is shut," added Mayor Brandt.', 'added')).toEqual(['Mayor Brandt', 'added', 'The pier is shut']);
  });
});
