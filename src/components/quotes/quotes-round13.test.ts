import { describe, expect, it } from 'vitest';
import { cued, read } from './quotes-fixtures.js';

// Thirteenth round. Every sentence here is made up.

describe('quotes: the compound noun "think tank"', () => {
  it('reads the speaker whose description names a think tank', () => {
    const text = 'Lise Moreau, head of a Lima think tank that studies fishing quotas, said the catch fell.';
    expect(read(text, 'said')).toEqual(['Lise Moreau, head of a Lima think tank that studies fishing quotas', 'said', 'the catch fell']);
  });

  it('reads "think tanks" as a speaker, not a cue', () => {
    expect(read('Think tanks warn that the catch fell.', 'warn')).toEqual(['Think tanks', 'warn', 'that the catch fell']);
  });

  it('still reads "think" after a pronoun', () => {
    expect(cued('They think tanks of diesel are too costly for the fleet.')).toEqual(['think']);
  });
});
