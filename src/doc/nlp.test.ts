import { describe, expect, it } from 'vitest';
import { tokenise } from './nlp.js';

const words = (text: string): string[] => tokenise(text).value;
const sentences = (text: string): string[] => {
  const t = tokenise(text);
  return t.sentences.map(([a, b]) => text.slice(t.start[a]!, t.end[b]!));
};

describe('tokenise: what wink read before does not change how it reads now', () => {
  // First in the file, so that wink has read no "U.S." yet in this process.
  it('keeps "U.S." whole after the bare form was read ("U.S-led")', () => {
    words('Two U.S-led patrols and U.S aid left. U.N staff and E.U aid too.');
    const text = 'The U.S. envoy met them. The U.S. is far.';
    expect(words(text).filter((w) => w.startsWith('U.S'))).toEqual(['U.S.', 'U.S.']);
    expect(sentences(text)).toEqual(['The U.S. envoy met them.', 'The U.S. is far.']);
  });

  it('joins a dotted abbreviation wink split after it cached the bare form, and its sentence', () => {
    words('The Q.R group and Q.R aid.');
    const text = 'Officials of the Q.R. said on Monday that talks would go on.';
    expect(words(text)).toContain('Q.R.');
    expect(words(text)).not.toContain('Q.R');
    expect(sentences(text)).toEqual([text]);
  });

  it('joins an abbreviation wink split after a hyphen ("then-U.S.", "A.F.L.-C.I.O."), and its sentence', () => {
    const text = 'The then-U.S. envoy and the A.F.L.-C.I.O. said on Monday that talks would go on.';
    expect(words(text)).toEqual(expect.arrayContaining(['U.S.', 'A.F.L.', 'C.I.O.']));
    expect(words(text)).not.toContain('S.');
    expect(sentences(text)).toEqual([text]);
  });

  it('keeps the sentence break after an abbreviation before a capitalised word that is no name', () => {
    words('The Z.W band and Z.W fans.');
    expect(sentences('They flew to the Z.W. The talks ended.')).toEqual(['They flew to the Z.W.', 'The talks ended.']);
  });

  it('gives offsets that match the text', () => {
    words('The K.J unit and K.J aid.');
    const text = 'In the K.J. capital, the K.J. army said it would leave.';
    const t = tokenise(text);
    t.value.forEach((v, i) => expect(text.slice(t.start[i]!, t.end[i]!)).toBe(v));
  });
});

describe('tokenise: "I\'m" is a pronoun and a form of "be", as "I\'ve" and "I\'ll" are', () => {
  it('splits both apostrophes and keeps offsets, sentences and tags in step', () => {
    const text = 'I’m sure it works. Then I\'m told it failed.';
    const t = tokenise(text);
    expect(t.value).toEqual(['I', '’m', 'sure', 'it', 'works', '.', 'Then', 'I', '\'m', 'told', 'it', 'failed', '.']);
    expect(t.pos.slice(0, 2)).toEqual(['PRON', 'AUX']);
    t.value.forEach((v, i) => expect(text.slice(t.start[i]!, t.end[i]!)).toBe(v));
    expect(t.sentences.map(([a, b]) => text.slice(t.start[a]!, t.end[b]!))).toEqual(['I’m sure it works.', 'Then I\'m told it failed.']);
  });
});
