// Tests of the streaming line splitter.
import { describe, expect, it } from 'vitest';
import { LineSplitter, type RawLine } from './line-splitter.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (line: RawLine): string | null => (line.bytes ? new TextDecoder().decode(line.bytes) : null);

function split(chunks: string[], max = 1000): Array<[number, string | null]> {
  const splitter = new LineSplitter(max);
  const out: Array<[number, string | null]> = [];
  for (const c of chunks) for (const line of splitter.push(enc(c))) out.push([line.lineNo, dec(line)]);
  for (const line of splitter.end()) out.push([line.lineNo, dec(line)]);
  return out;
}

describe('LineSplitter', () => {
  it.each([
    ['one chunk', ['a\nb\nc'], [[1, 'a'], [2, 'b'], [3, 'c']]],
    ['a trailing newline', ['a\nb\n'], [[1, 'a'], [2, 'b']]],
    ['lines across chunks', ['ab', 'c\nd', 'e', '\n'], [[1, 'abc'], [2, 'de']]],
    ['blank lines keep their numbers', ['a\n\n\nb'], [[1, 'a'], [2, ''], [3, ''], [4, 'b']]],
    ['nothing', [], []],
  ] as const)('%s', (_name, chunks, expected) => {
    expect(split([...chunks])).toEqual(expected);
  });

  it('joins a multi-byte character split across chunks', () => {
    const splitter = new LineSplitter(100);
    const bytes = enc('né\n');
    const lines = [...splitter.push(bytes.subarray(0, 2)), ...splitter.push(bytes.subarray(2)), ...splitter.end()];
    expect(lines.map(dec)).toEqual(['né']);
  });

  it('drops the bytes of a line over the limit but counts it and goes on', () => {
    const splitter = new LineSplitter(4);
    const lines = [...splitter.push(enc('ok\ntoo long here\nfine')), ...splitter.end()];
    expect(lines.map((l) => [l.lineNo, dec(l), l.size])).toEqual([[1, 'ok', 2], [2, null, 13], [3, 'fine', 4]]);
  });

  it('copies a tail kept across chunks, so a reused buffer cannot change it', () => {
    const splitter = new LineSplitter(100);
    const chunk = enc('abc');
    [...splitter.push(chunk)];
    chunk.fill(0x7a);
    const [line] = [...splitter.push(enc('\n'))];
    expect(dec(line!)).toBe('abc');
  });
});
