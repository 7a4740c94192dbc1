import { describe, expect, it } from 'vitest';
import { cued, read, recordOf } from './quotes-fixtures.js';

// Eleventh round. Every sentence here is made up.

describe('quotes: certainty after "be" holds a view', () => {
  it.each([
    ['I am certain that the ferry will sail.', 'am certain', 'I', 'that the ferry will sail'],
    ['I’m quite sure the ferry will sail.', '’m quite sure', 'I', 'the ferry will sail'],
    ['The growers were convinced that the tolls would fall.', 'were convinced', 'The growers', 'that the tolls would fall'],
  ])('%s', (text, cue, speaker, content) => {
    expect(read(text, cue)).toEqual([speaker, cue, content]);
  });

  it.each(['A certain ferryman came late.', 'Make sure the gate is shut.', 'The tolls are certain to rise.'])('no view: %s', (text) => {
    expect(cued(text)).toEqual([]);
  });

  it('"I\'m told" names no speaker: the one told is not the one who said it', () => {
    expect(recordOf('I\'m told the mayor will resign.').quotes.filter((q) => q.speaker?.name === 'I')).toEqual([]);
  });
});

describe('quotes: a pronoun speaker far from any name keeps its gender', () => {
  it('does not give "she" to a man named sentences before', () => {
    const text = 'Mary Lind spoke first. Mr. Okoro listened. The hall was full. The crowd cheered. "We will win," she said.';
    const rec = recordOf(text);
    const q = rec.quotes.find((x) => x.text === 'We will win');
    const name = rec.entities.find((e) => e.id === q?.speaker?.entity)?.name ?? null;
    expect(q?.speaker?.name).toBe('she');
    expect(name).not.toBe('Okoro');
  });
});
