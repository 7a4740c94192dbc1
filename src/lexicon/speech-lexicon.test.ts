import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultClaimLexicon, defaultSpeechLexicon, loadClaimLexicon, loadSpeechLexicon } from './speech-lexicon.js';

const dir = mkdtempSync(join(tmpdir(), 'ng-speech-'));
const fileWith = (name: string, text: string): string => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};

describe('speech and claim lexicons', () => {
  it('loads the shipped lexicons and finds phrases by their first word', () => {
    const speech = defaultSpeechLexicon();
    const words = ['officials', 'said', 'according', 'to', 'reports'];
    expect(speech.forms.match((k) => words[k], 1)?.value.cue).toBe('say');
    expect(speech.forms.match((k) => words[k], 2)).toMatchObject({ length: 2, value: { cue: 'according to' } });
    expect(defaultClaimLexicon().claimNouns.has('allegations')).toBe(true);
  });

  it('loads adjective cues, which are cues only after "be"', () => {
    const words = ['was', 'optimistic', 'that'];
    expect(defaultSpeechLexicon().forms.match((k) => words[k], 1)?.value.frames.has('adjective')).toBe(true);
  });

  it('loads the noun cues with the complements that carry their content', () => {
    const claim = defaultSpeechLexicon().nouns.get('claims');
    expect(claim?.frames.has('noun')).toBe(true);
    expect([...(claim?.complements ?? [])]).toEqual(['that', 'of', 'to']);
  });

  it('stops with NG_E040 and the file and line on an unknown complement in speech-nouns', () => {
    const verbs = fileWith('verbs.tsv', 'cue\tforms\tclass\tframes\nsay\tsaid\tspeech\tdirect\n');
    const nouns = fileWith('nouns.tsv', 'noun\tforms\tcomplements\nclaim\tclaims\twith\n');
    expect(() => loadSpeechLexicon(verbs, nouns)).toThrow(/nouns.tsv:2: complements "with" is not one of/);
  });

  it.each([
    ['an unknown frame', 'cue\tforms\tclass\tframes\nsay\tsays|said\tspeech\tquoted\n', /:2: frames "quoted" is not one of/],
    ['a form listed twice', 'cue\tforms\tclass\tframes\nsay\tsaid\tspeech\tdirect\ntell\tsaid\tspeech\tdirect\n', /:3: form "said" must be lowercase and appear once/],
    ['a missing column', 'cue\tforms\tclass\tframes\nsay\tsaid\tspeech\n', /:2: expected 4 tab-separated columns/],
    ['an upper-case cue', 'cue\tforms\tclass\tframes\nSay\tsaid\tspeech\tdirect\n', /:2: cue must be lowercase/],
  ])('stops with NG_E040 and the file and line on %s in speech-verbs', (_case, text, message) => {
    const f = fileWith('speech.tsv', text);
    expect(() => loadSpeechLexicon(f)).toThrow(message);
    expect(() => loadSpeechLexicon(f)).toThrow(expect.objectContaining({ code: 'NG_E040' }));
  });

  it.each([
    ['an unknown flag', 'marker\tflag\tscope\nfalsely\twrong\tadverb\n', /:2: flag "wrong" is not one of/],
    ['a noun row with a flag', 'marker\tflag\tscope\nclaims\tfalse\tnoun\n', /:2: a noun row has flag "-"/],
  ])('stops with NG_E040 and the file and line on %s in claim-markers', (_case, text, message) => {
    expect(() => loadClaimLexicon(fileWith('claims.tsv', text))).toThrow(message);
  });
});
