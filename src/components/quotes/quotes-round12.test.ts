import { describe, expect, it } from 'vitest';
import { cueText, recordOf, speakerText } from './quotes-fixtures.js';

// Twelfth round. Every sentence here is made up.

/** The first quotation whose cue is `cue`, as [speaker, cue, content]. */
function read(text: string, cue: string): [string | null, string | undefined, string | undefined] {
  const q = recordOf(text).quotes.find((x) => cueText(x) === cue);
  return [speakerText(text, q), cueText(q), q?.text];
}

const cued = (text: string): string[] => recordOf(text).quotes.filter((q) => q.cue !== null).map((q) => cueText(q)!);

describe('quotes: evidence verbs that wink mis-tags around their subject', () => {
  it.each([
    ['New surveys out Monday show Lind ahead in Port Vell.', 'show', 'Lind ahead in Port Vell'],
    ['Figures released on Tuesday show that ferry fares rose.', 'show', 'that ferry fares rose'],
  ])('reads "show" after a weekday: %s', (text, cue, content) => {
    expect(read(text, cue).slice(1)).toEqual([cue, content]);
  });

  it('reads no cue in a weekday show', () => {
    expect(cued('He watched the Monday show with his cousins.')).toEqual([]);
  });

  it('reads a capitalised word tagged a verb inside the subject as part of a name', () => {
    const text = 'A new Harbor Watch poll conducted Monday shows that Lind remains five points back.';
    expect(read(text, 'shows')).toEqual(['A new Harbor Watch poll conducted Monday', 'shows', 'that Lind remains five points back']);
  });
});
