import { describe, expect, it } from 'vitest';
import { cueText, recordOf, speakerText } from './quotes-fixtures.js';

// Eighth round: cues whose content or subject the earlier passes did not reach. Every sentence
// here is made up.

/** The first quotation whose cue is `cue`, as [speaker, cue, content]. */
function read(text: string, cue: string): [string | null, string | undefined, string | undefined] {
  const q = recordOf(text).quotes.find((x) => cueText(x) === cue);
  return [speakerText(text, q), cueText(q), q?.text];
}

describe('quotes: an embedded question after a verb that names a topic', () => {
  it.each([
    ['The clerks discussed how to handle the flooded archive.', 'discussed', 'The clerks', 'how to handle the flooded archive'],
    ['The audit describes how the treasurer moved the funds.', 'describes', 'The audit', 'how the treasurer moved the funds'],
    ['Ms. Okafor described in her letter how the ferry had run aground.', 'described', 'Ms. Okafor', 'how the ferry had run aground'],
  ])('%s', (text, cue, speaker, content) => {
    expect(read(text, cue)).toEqual([speaker, cue, content]);
  });
});

describe('quotes: a bare reported clause after adjuncts', () => {
  it('reads the clause after a date phrase', () => {
    const text = 'The harbour master announced on Monday she was closing the north pier.';
    expect(read(text, 'announced')).toEqual(['The harbour master', 'announced', 'she was closing the north pier']);
  });

  it('leaves a content-first sentence alone when a comma follows the adjuncts', () => {
    const text = 'The pier is safe, the harbour master said on Monday, the day the storm ended.';
    expect(read(text, 'said')).toEqual(['the harbour master', 'said', 'The pier is safe']);
  });
});
