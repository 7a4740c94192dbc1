// Tests of reading files and folders end to end, in a temporary folder.
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceItem } from './article.js';
import { readInputs } from './read-inputs.js';
import { articleOf, outcome } from './test-helpers.js';

const EN = 'The ferry between the invented islands of Orra and Sallow ran late on Monday because of high winds, the operator said, and two evening crossings were cancelled.';
const FR = "Le ferry entre les îles imaginaires d'Orra et de Sallow a eu du retard lundi à cause du vent, a indiqué l'opérateur, et deux traversées du soir ont été annulées.";
const PAGE = `<html><head><meta property="article:published_time" content="2024-07-02"></head><body><article><p>${EN}</p><p>${EN}</p></article></body></html>`;
const RSS = `<rss version="2.0"><channel><title>Orra Post</title><item><title>One</title><description>${EN}</description></item><item><title>Two</title><description>${EN} Again.</description></item></channel></rss>`;

/** The folder under test: one file for each outcome, named so the sorted walk order is clear. */
const FILES: Record<string, string | Uint8Array> = {
  'a-wire.txt': ` date 2024-07-01 Ferry late\n\n${EN}`,
  'b-plain.txt': `Ferry late\n\n${EN}`,
  'c-bad-date.txt': `date 2024-13-45 Ferry late\n\n${EN}`,
  'd-empty.txt': '',
  'e-blank.txt': '  \n\n\t ',
  'f-binary.txt': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]),
  'g-latin1.txt': Uint8Array.from([...Buffer.from('Caf'), 0xe9, 0x20, 0x6f, 0x6b]),
  'h-page.html': PAGE,
  'i-index.html': '<html><body><nav><a href="/">Home</a></nav><ul><li>One</li></ul></body></html>',
  'j-feed.rss': RSS,
  'k-broken.xml': '<rss><channel><item><title>x</item></channel></rss>',
  'l-lines.ndjson': [JSON.stringify({ text: EN }), '{"text": oops}', JSON.stringify({ text: `${EN} Later.` })].join('\n'),
  'm-french.txt': `Ferry en retard\n\n${FR}`,
  'n-photo.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47]),
  'no-header.wire': `Ferry late\n\n${EN}`,
  '.hidden.txt': `Hidden\n\n${EN}`,
  'node_modules/dep.txt': `Dep\n\n${EN}`,
  'sub/z-nested.txt': `date 2024-07-03 Nested\n\n${EN}`,
};

let dir = '';

async function collect(paths: string[], opts = {}): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readInputs(paths, opts)) items.push(item);
  return items;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-sources-'));
  for (const [name, content] of Object.entries(FILES)) {
    await mkdir(join(dir, 'news', name, '..'), { recursive: true });
    await writeFile(join(dir, 'news', name), content);
  }
  await symlink(join(dir, 'news'), join(dir, 'news', 'sub', 'loop'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readInputs over a folder', () => {
  it('walks sorted and recursively, one outcome per article, failure or skip, and never stops', async () => {
    const items = await collect([join(dir, 'news')]);
    const rows = items.map((i) => [relative(join(dir, 'news'), i.origin), ...outcome(i)]);
    expect(rows).toEqual([
      ['a-wire.txt', 'article', ''],
      ['b-plain.txt', 'article', ''],
      ['c-bad-date.txt', 'failed', 'NG_E014'],
      ['d-empty.txt', 'failed', 'NG_E012'],
      ['e-blank.txt', 'failed', 'NG_E012'],
      ['f-binary.txt', 'failed', 'NG_E013'],
      ['g-latin1.txt', 'failed', 'NG_E013'],
      ['h-page.html', 'article', ''],
      ['i-index.html', 'failed', 'NG_E015'],
      ['j-feed.rss#1', 'article', ''],
      ['j-feed.rss#2', 'article', ''],
      ['k-broken.xml', 'failed', 'NG_E016'],
      ['l-lines.ndjson#1', 'article', ''],
      ['l-lines.ndjson#2', 'failed', 'NG_E017'],
      ['l-lines.ndjson#3', 'article', ''],
      ['m-french.txt', 'skipped', 'NG_E019'],
      ['n-photo.png', 'skipped', 'NG_E018'],
      ['no-header.wire', 'failed', 'NG_E014'],
      ['sub/z-nested.txt', 'article', ''],
    ]);
  });

  it('fills the article fields per format', async () => {
    const items = await collect([join(dir, 'news')], { date: '2024-07-09' });
    const byName = (name: string) => articleOf(items.find((i) => i.origin.endsWith(name)));
    expect(byName('a-wire.txt')).toMatchObject({ title: 'Ferry late', date: '2024-07-01', source: 'a-wire.txt', lang: 'en' });
    expect(byName('b-plain.txt')).toMatchObject({ title: 'Ferry late', date: '2024-07-09', source: 'b-plain.txt' });
    expect(byName('h-page.html')).toMatchObject({ date: '2024-07-02', source: 'h-page.html' });
    expect(byName('j-feed.rss#2')).toMatchObject({ title: 'Two', source: 'Orra Post', date: '2024-07-09' });
    expect(byName('l-lines.ndjson#3').source).toBe('l-lines.ndjson');
  });
});

describe('readInputs on named paths', () => {
  it.each([
    ['a path that does not exist', 'missing/nothing.txt', 'failed', 'NG_E010'],
    ['an unsupported file named directly', 'news/n-photo.png', 'failed', 'NG_E018'],
    ['a dotfile named directly', 'news/.hidden.txt', 'article', ''],
  ])('%s', async (_name, path, kind, code) => {
    expect((await collect([join(dir, path)])).map(outcome)).toEqual([[kind, code]]);
  });

  it('goes on after a bad path', async () => {
    const items = await collect([join(dir, 'nope.txt'), join(dir, 'news', 'a-wire.txt')]);
    expect(items.map(outcome)).toEqual([['failed', 'NG_E010'], ['article', '']]);
  });

  it('fails a file over maxBytes, saying the limit, the size and to split it', async () => {
    const [item] = await collect([join(dir, 'news', 'a-wire.txt')], { maxBytes: 64 });
    expect(outcome(item)).toEqual(['failed', 'NG_E011']);
    expect(item?.kind === 'failed' && item.reason).toMatch(/at most 64 bytes.*found \d+ bytes.*split the file/);
  });

  it('fails a real file over the 20 MiB default from its size alone', async () => {
    const huge = join(dir, 'huge.txt');
    await writeFile(huge, '');
    await truncate(huge, 21 * 1024 * 1024);
    const t0 = performance.now();
    const [item] = await collect([huge]);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(outcome(item)).toEqual(['failed', 'NG_E011']);
    expect(item?.kind === 'failed' && item.reason).toMatch(/20\.0 MiB.*21\.0 MiB/);
  });

  it('streams NDJSON past maxBytes, holding the limit per line', async () => {
    const path = join(dir, 'many.ndjson');
    const lines = Array.from({ length: 200 }, (_, i) => JSON.stringify({ text: `${EN} Number ${i}.` }));
    await writeFile(path, `${lines.join('\n')}\n${JSON.stringify({ text: EN.repeat(20) })}\n`);
    const items = await collect([path], { maxBytes: 1024 });
    expect(items).toHaveLength(201);
    expect(items.slice(0, 200).every((i) => i.kind === 'article')).toBe(true);
    expect(outcome(items[200])).toEqual(['failed', 'NG_E011']);
    expect(items[200]?.origin).toBe(`${path}#201`);
  });

  it.each([
    [{ date: '2024-02-30' }, 'NG_E020'],
    [{ maxBytes: -1 }, 'NG_E002'],
  ])('throws on the bad option %j before reading', (opts, code) => {
    expect(() => readInputs([dir], opts)).toThrow(expect.objectContaining({ code }));
  });
});
