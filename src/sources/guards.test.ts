// Tests of the byte-level guards: size, empty, binary, UTF-8.
import { describe, expect, it } from 'vitest';
import { checkBinary, checkEmpty, checkSize, decodeUtf8, formatBytes, guardBytes } from './guards.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('guardBytes', () => {
  it.each([
    ['good text', utf8('A short story.'), null],
    ['0 bytes', bytes(), 'NG_E012'],
    ['whitespace only', utf8(' \n\t\r\n  '), 'NG_E012'],
    ['Unicode spaces only', utf8('\u00a0\u3000\n'), 'NG_E012'],
    ['a NUL byte: binary', bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a), 'NG_E013'],
    ['UTF-16 text', new Uint8Array(Buffer.from('\ufeffhello', 'utf16le')), 'NG_E013'],
    ['Latin-1 bytes', bytes(0x63, 0x61, 0x66, 0xe9), 'NG_E013'],
    ['a truncated UTF-8 sequence', bytes(0x61, 0xe2, 0x82), 'NG_E013'],
    ['over maxBytes', utf8('x'.repeat(101)), 'NG_E011'],
  ])('%s → %s', (_name, input, code) => {
    const result = guardBytes('in.txt', input, 100);
    if (code === null) expect(result).toEqual({ text: new TextDecoder().decode(input) });
    else expect('failure' in result && result.failure).toMatchObject({ kind: 'failed', code });
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(decodeUtf8('x', bytes(0xef, 0xbb, 0xbf, 0x68, 0x69))).toEqual({ text: 'hi' });
  });

  it('looks for NUL only in the first 8 KiB', () => {
    const late = new Uint8Array(9000).fill(0x61);
    late[8500] = 0;
    expect(checkBinary('x', late)).toBeNull();
    late[100] = 0;
    expect(checkBinary('x', late)?.kind).toBe('failed');
  });

  it('says the limit, the size and what to do when too large', () => {
    const item = checkSize('big.html', 25 * 1024 * 1024, 20 * 1024 * 1024);
    expect(item).toMatchObject({ kind: 'failed', code: 'NG_E011', origin: 'big.html' });
    const reason = item?.kind === 'failed' ? item.reason : '';
    expect(reason).toContain('20.0 MiB');
    expect(reason).toContain('25.0 MiB');
    expect(reason).toContain('split the file');
  });

  it.each([
    [0, '0 bytes'],
    [2048, '2.0 KiB'],
    [3 * 1024 * 1024, '3.0 MiB'],
  ])('formatBytes(%i) → %s', (n, s) => {
    expect(formatBytes(n)).toBe(s);
  });

  it('checkEmpty passes text with a letter', () => {
    expect(checkEmpty('x', utf8('  a '))).toBeNull();
  });
});
