// Tests of the HTML page reader: readability text, meta dates, canonical URLs, refusals.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtml } from './html.js';
import { articleOf, ctxFor, outcome } from './test-helpers.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const PARAGRAPHS = [
  'The lighthouse keeper of the invented island of Brannock retired on Friday after forty years, and the island council said that the light would now be run from the mainland by remote control.',
  'Residents gathered at the quay to thank him, and the council presented him with a painting of the lighthouse made by children from the island school.',
];

/** A small article page with the given extra markup in its head and before the article. */
function page(head: string, before = ''): string {
  return `<!DOCTYPE html><html><head><title>Keeper retires</title>${head}</head><body>${before}<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

describe('readHtml', () => {
  it('reads the article of a news page: title, date, canonical url, paragraphs', () => {
    const article = articleOf(readHtml(fixture('harbour-article.html'), ctxFor('pages/harbour.html')));
    expect(article.title).toContain('Harbour strike ends after eleven days');
    expect(article.date).toBe('2024-03-02');
    expect(article.url).toBe('https://courier.example/news/harbour-strike');
    expect(article.source).toBe('harbour.html');
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(4);
    expect(article.text).toContain('Traders said prices of fish would fall.');
    expect(article.text).not.toMatch(/Most read|Copyright|window\.track|color: red/);
  });

  it.each([
    ['article:published_time', '<meta property="article:published_time" content="2024-01-05T10:00:00Z">', '', '2024-01-05'],
    ['og:published_time', '<meta property="og:published_time" content="2024-01-06">', '', '2024-01-06'],
    ['JSON-LD datePublished', '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-01-07T09:00:00+02:00"}]}</script>', '', '2024-01-07'],
    ['itemprop datePublished', '<meta itemprop="datePublished" content="2024-01-08">', '', '2024-01-08'],
    ['name=date', '<meta name="date" content="2024-01-09">', '', '2024-01-09'],
    ['DC.date', '<meta name="DC.date" content="2024-01-10">', '', '2024-01-10'],
    ['pubdate', '<meta name="pubdate" content="20240111">', '', '2024-01-11'],
    ['<time datetime>', '', '<time datetime="2024-01-12T07:00">12 January</time>', '2024-01-12'],
    ['<time pubdate> over an earlier <time>', '', '<time datetime="2023-05-05">old</time><time pubdate datetime="2024-01-16">now</time>', '2024-01-16'],
    ['article:published_time before DC.date', '<meta name="DC.date" content="2023-12-31"><meta property="article:published_time" content="2024-01-13">', '', '2024-01-13'],
    ['a bad meta date, then a good one', '<meta property="article:published_time" content="soon"><meta name="date" content="2024-01-14">', '', '2024-01-14'],
    ['broken JSON-LD ignored', '<script type="application/ld+json">{not json</script><meta name="date" content="2024-01-15">', '', '2024-01-15'],
    ['no date at all', '', '', null],
  ])('takes the date from %s', (_name, head, before, date) => {
    expect(articleOf(readHtml(page(head, before), ctxFor('a.html'))).date).toBe(date);
  });

  it('falls back to the date option when the page has none', () => {
    expect(articleOf(readHtml(page(''), ctxFor('a.html', { date: '2024-02-02' }))).date).toBe('2024-02-02');
  });

  it.each([
    ['canonical link', '<link rel="canonical" href="https://x.example/a">', 'https://x.example/a'],
    ['og:url', '<meta property="og:url" content="https://x.example/og">', 'https://x.example/og'],
    ['canonical over og:url', '<meta property="og:url" content="https://x.example/og"><link rel="canonical" href="https://x.example/c">', 'https://x.example/c'],
    ['a relative canonical is not a url', '<link rel="canonical" href="/a">', null],
    ['none', '', null],
  ])('takes the url from %s', (_name, head, url) => {
    expect(articleOf(readHtml(page(head), ctxFor('a.html'))).url).toBe(url);
  });

  it.each([
    ['an index page', fixture('index-page.html')],
    ['an empty body', '<html><head><title>Nothing</title></head><body></body></html>'],
    ['a short notice', '<html><body><p>This page has moved.</p></body></html>'],
    ['not HTML at all', 'just some words'],
  ])('fails %s with NG_E015', (_name, html) => {
    const item = readHtml(html, ctxFor('x.html'));
    expect(outcome(item)).toEqual(['failed', 'NG_E015']);
    expect(item.kind === 'failed' && item.reason).toMatch(/expected an article of at least 200 characters/);
  });

  it.each([
    ['deep nesting', `${'<div>'.repeat(3000)}<p>${PARAGRAPHS[0]}</p>${'</div>'.repeat(3000)}`, /nested more than \d+ deep/],
    ['nesting under the parse limit, over the readability limit', `${'<div>'.repeat(600)}<p>${PARAGRAPHS[0]}</p>${'</div>'.repeat(600)}`, /nested more than \d+ deep/],
    ['a million stray less-than signs', `<p>${'<'.repeat(1_000_000)}</p>`, /tags and entities/],
  ])('refuses %s quickly instead of running readability for minutes', (_name, before, reason) => {
    const t0 = performance.now();
    const item = readHtml(page('', before), ctxFor('hostile.html'));
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(outcome(item)).toEqual(['failed', 'NG_E015']);
    expect(item.kind === 'failed' && item.reason).toMatch(/expected a page the article extractor can read in bounded time/);
    expect(item.kind === 'failed' && item.reason).toMatch(reason);
  });
});
