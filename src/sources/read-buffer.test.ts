// Tests of reading in-memory inputs of every format, and every bad-input outcome.
import { describe, expect, it } from 'vitest';
import { NewsgraphError } from '../errors.js';
import { readBuffer, readText } from './read-buffer.js';
import { articleOf, outcome } from './test-helpers.js';

const EN = 'The council of the invented town of Marrow said on Thursday that the old library would open again in the spring, after a fund raised enough money for a new roof.';
const FR = "Le conseil de la ville imaginaire de Marrow a annoncé jeudi que la vieille bibliothèque rouvrirait au printemps, après qu'une collecte a réuni assez d'argent pour un nouveau toit.";
const PAGE = `<html><head><meta name="date" content="2024-02-01"></head><body><article><p>${EN}</p><p>${EN.replace('Thursday', 'Friday')}</p></article></body></html>`;
const RSS = `<rss version="2.0"><channel><title>Marrow Post</title><item><title>Library</title><description>${EN}</description></item></channel></rss>`;
const JSON_FEED = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ content_text: EN }] });

describe('readBuffer', () => {
  it.each([
    ['wire.txt', `date 2024-01-31 Library\n\n${EN}`, '2024-01-31'],
    ['plain.txt', `Library\n\n${EN}`, null],
    ['page.html', PAGE, '2024-02-01'],
    ['feed.xml', RSS, null],
    ['feed.json', JSON_FEED, null],
    ['lines.jsonl', `${JSON.stringify({ text: EN, date: '2024-02-03' })}\n`, '2024-02-03'],
  ])('reads %s', (name, text, date) => {
    const items = readBuffer(name, Buffer.from(text));
    expect(items).toHaveLength(1);
    expect(articleOf(items[0])).toMatchObject({ date, lang: 'en' });
  });

  it.each([
    ['a name with no known extension', 'upload.bin', Buffer.from(EN), 'failed', 'NG_E018'],
    ['empty bytes', 'x.txt', Buffer.alloc(0), 'failed', 'NG_E012'],
    ['empty NDJSON', 'x.ndjson', Buffer.from('  \n'), 'failed', 'NG_E012'],
    ['binary bytes', 'x.html', Buffer.from([0x3c, 0x00, 0x3e]), 'failed', 'NG_E013'],
    ['binary NDJSON', 'x.ndjson', Buffer.from([0x7b, 0x00, 0x7d]), 'failed', 'NG_E013'],
    ['invalid UTF-8', 'x.txt', Buffer.from([0x41, 0xc3, 0x28]), 'failed', 'NG_E013'],
    ['a missing wire header', 'x.wire', Buffer.from(`Library\n\n${EN}`), 'failed', 'NG_E014'],
    ['a page with no article', 'x.html', Buffer.from('<html><body><p>Moved.</p></body></html>'), 'failed', 'NG_E015'],
    ['malformed feed XML', 'x.rss', Buffer.from('<rss><channel><item></rss>'), 'failed', 'NG_E016'],
    ['French text', 'x.txt', Buffer.from(`Bibliothèque\n\n${FR}`), 'skipped', 'NG_E019'],
    ['a French page', 'x.html', Buffer.from(`<html><body><article><p>${FR}</p><p>${FR}</p></article></body></html>`), 'skipped', 'NG_E019'],
  ])('gives %s as %s %s', (_name, name, bytes, kind, code) => {
    expect(readBuffer(name, bytes).map(outcome)).toEqual([[kind, code]]);
  });

  it('applies maxBytes to whole inputs', () => {
    expect(readBuffer('x.txt', Buffer.from(`T\n\n${EN}`), { maxBytes: 20 }).map(outcome)).toEqual([['failed', 'NG_E011']]);
  });

  it('uses the name as the origin and the source', () => {
    const [item] = readText('upload-7.txt', `T\n\n${EN}`);
    expect(item?.origin).toBe('upload-7.txt');
    expect(articleOf(item).source).toBe('upload-7.txt');
  });

  it.each([
    [{ date: '2024-13-01' }, 'NG_E020'],
    [{ date: '17 May 2024' }, 'NG_E020'],
    [{ maxBytes: 0 }, 'NG_E002'],
    [{ maxBytes: 1.5 }, 'NG_E002'],
  ])('throws on the bad option %j', (opts, code) => {
    expect(() => readText('x.txt', EN, opts)).toThrow(NewsgraphError);
    expect(() => readText('x.txt', EN, opts)).toThrow(expect.objectContaining({ code }));
  });
});
