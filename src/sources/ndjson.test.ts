// Tests of the NDJSON reader: good lines, each kind of bad line, streaming.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { SourceItem } from './article.js';
import { readNdjson, readNdjsonStream } from './ndjson.js';
import { articleOf, ctxFor, outcome } from './test-helpers.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const line = (o: unknown): string => JSON.stringify(o);
const TEXT = 'The town band played in the square on Sunday and the mayor gave a short speech.';

const MIXED = [
  line({ text: TEXT, title: 'Band plays', date: '2024-06-02', url: 'https://b.example/1', source: 'Band News', id: 7 }),
  '{"text": "broken',
  '',
  line({ title: 'no text here' }),
  line({ text: TEXT, date: 'next week' }),
  line({ text: 'Le maire a parlé.', lang: 'fr' }),
  line({ text: '   ' }),
  '[1,2]',
  line({ text: `${TEXT} Again.`, title: null, date: null, url: null }),
].join('\n');

describe('readNdjson', () => {
  const items = readNdjson(enc(MIXED), ctxFor('data/news.ndjson'));

  it('gives one item per non-blank line, a bad line failing alone with its line number', () => {
    expect(items.map((i) => [i.origin, ...outcome(i)])).toEqual([
      ['data/news.ndjson#1', 'article', ''],
      ['data/news.ndjson#2', 'failed', 'NG_E017'],
      ['data/news.ndjson#4', 'failed', 'NG_E017'],
      ['data/news.ndjson#5', 'failed', 'NG_E020'],
      ['data/news.ndjson#6', 'skipped', 'NG_E019'],
      ['data/news.ndjson#7', 'failed', 'NG_E017'],
      ['data/news.ndjson#8', 'failed', 'NG_E017'],
      ['data/news.ndjson#9', 'article', ''],
    ]);
  });

  it('reads every field of a good line', () => {
    expect(articleOf(items[0])).toMatchObject({ title: 'Band plays', date: '2024-06-02', url: 'https://b.example/1', source: 'Band News', text: TEXT });
  });

  it('uses the file name when a line has no source, and null for missing fields', () => {
    expect(articleOf(items[7])).toMatchObject({ title: '', date: null, url: null, source: 'news.ndjson' });
  });

  it.each([
    [1, /line 2: expected a JSON object, found invalid JSON/],
    [2, /line 4: expected an object with a non-empty string 'text', found text: /],
    [3, /line 5: expected a date .* found 'next week'/],
    [4, /line 6: expected English, found lang 'fr'/],
  ])('item %i says what was expected and found', (i, reason) => {
    const item = items[i];
    expect(item?.kind !== 'article' && item?.reason).toMatch(reason);
  });

  it.each([
    ['CRLF lines and a BOM', `\ufeff${line({ text: TEXT })}\r\n${line({ text: TEXT })}\r\n`, [['article', ''], ['article', '']]],
    ['only blank lines', '\n  \n\n', [['failed', 'NG_E012']]],
    ['a line over maxBytes', `${line({ text: TEXT.repeat(5) })}\n${line({ text: TEXT })}`, [['failed', 'NG_E011'], ['article', '']]],
  ])('%s', (_name, text, expected) => {
    expect(readNdjson(enc(text), ctxFor('x.ndjson', { maxBytes: 300 })).map(outcome)).toEqual(expected);
  });

  it('fails a line of invalid UTF-8 alone', () => {
    const bytes = Uint8Array.from([...enc(`${line({ text: TEXT })}\n`), 0x7b, 0xff, 0x7d, 0x0a, ...enc(line({ text: TEXT }))]);
    expect(readNdjson(bytes, ctxFor('x.ndjson')).map(outcome)).toEqual([['article', ''], ['failed', 'NG_E013'], ['article', '']]);
  });

  it('uses the source option when a line has no source of its own', () => {
    const items = readNdjson(enc(`${line({ text: TEXT })}\n${line({ text: TEXT, source: 'Own' })}`), ctxFor('x.ndjson', { source: 'Opt' }));
    expect(items.map((i) => articleOf(i).source)).toEqual(['Opt', 'Own']);
  });
});

describe('readNdjsonStream', () => {
  it('gives the same items as the in-memory reader, whatever the chunk size', async () => {
    const bytes = enc(MIXED);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    const streamed: SourceItem[] = [];
    for await (const item of readNdjsonStream(Readable.from(chunks), ctxFor('data/news.ndjson'))) streamed.push(item);
    expect(streamed).toEqual(readNdjson(bytes, ctxFor('data/news.ndjson')));
  });
});
