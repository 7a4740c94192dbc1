// Tests of format detection from extension and first line.
import { describe, expect, it } from 'vitest';
import { detectFormat, extensionOf, isLineFormat } from './detect.js';

describe('detectFormat', () => {
  it.each([
    ['a.txt', ' date 2024-05-17 Title\n\nBody', 'wire'],
    ['a.txt', '\n\n\tdate 2024-13-45 Bad date still wire\n\nBody', 'wire'],
    ['a.TXT', 'Just a title\n\nBody text', 'text'],
    ['a.text', 'Date palms grow well\nBody', 'text'],
    ['a.wire', 'No header at all', 'wire'],
    ['dir/page.html', '<html></html>', 'html'],
    ['page.htm', '<p>x</p>', 'html'],
    ['feed.xml', '<rss/>', 'feed'],
    ['feed.rss', '<rss/>', 'feed'],
    ['feed.atom', '<feed/>', 'feed'],
    ['feed.json', '{"version":"https://jsonfeed.org/version/1.1","items":[]}', 'jsonfeed'],
    ['lines.ndjson', '{}', 'ndjson'],
    ['lines.jsonl', '{}', 'ndjson'],
  ])('%s → %s', (name, text, format) => {
    expect(detectFormat(name, text)).toEqual({ format });
  });

  it.each([['report.pdf'], ['photo.JPG'], ['Makefile'], ['.hidden']])('%s is not supported', (name) => {
    const d = detectFormat(name, '');
    expect(d.format).toBeNull();
    expect(d.format === null && d.reason).toMatch(/expected one of .*\.txt.*found/);
  });

  it.each([
    ['a/b/Story.Txt', '.txt'],
    ['a.b/c', ''],
    ['win\\dir\\x.html', '.html'],
    ['.env', ''],
  ])('extensionOf(%j) → %j', (name, ext) => {
    expect(extensionOf(name)).toBe(ext);
  });

  it('knows the line formats', () => {
    expect([isLineFormat('a.ndjson'), isLineFormat('a.jsonl'), isLineFormat('a.json')]).toEqual([true, true, false]);
  });
});
