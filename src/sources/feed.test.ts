// Tests of the RSS and Atom reader, on hand-written feeds in fixtures/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFeed } from './feed.js';
import { articleOf, ctxFor, outcome } from './test-helpers.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('readFeed: RSS 2.0', () => {
  const items = readFeed(fixture('gull-times.rss'), ctxFor('feeds/gull.rss'));

  it('gives one item per <item>, numbered in the origin', () => {
    expect(items.map((i) => i.origin)).toEqual(['feeds/gull.rss#1', 'feeds/gull.rss#2', 'feeds/gull.rss#3']);
  });

  it('reads title, link, pubDate and content:encoded in paragraphs, the feed title as source', () => {
    expect(articleOf(items[0])).toMatchObject({
      title: 'Fog delays morning ferries',
      url: 'https://gull.example/fog',
      date: '2024-03-05',
      source: 'The Gull Times',
      text: 'Thick fog delayed the first three ferries of the day, the operator said.\n\nCrossings were back to normal by noon.',
    });
  });

  it('falls back to the description (escaped HTML) and a permalink guid', () => {
    expect(articleOf(items[1])).toMatchObject({
      url: 'https://gull.example/roof',
      date: '2024-03-06',
      text: 'The council approved the repair of the market hall roof & its gutters.',
    });
  });

  it('skips an item without usable text, saying why', () => {
    expect(outcome(items[2])).toEqual(['skipped', 'NG_E012']);
    expect(items[2]?.kind === 'skipped' && items[2].reason).toMatch(/Photo of the day.*description/);
  });

  it('lets the source option win over the feed title', () => {
    const [first] = readFeed(fixture('gull-times.rss'), ctxFor('gull.rss', { source: 'Gull Wire' }));
    expect(articleOf(first).source).toBe('Gull Wire');
  });
});

describe('readFeed: Atom', () => {
  const items = readFeed(fixture('gull-times.atom'), ctxFor('gull.atom'));

  it('takes published, not updated, when an entry has both', () => {
    expect(articleOf(items[0]).date).toBe('2024-03-07');
  });

  it('takes updated when there is no published', () => {
    expect(articleOf(items[1]).date).toBe('2024-03-09');
  });

  it('reads XHTML content as paragraphs and the alternate link', () => {
    expect(articleOf(items[0])).toMatchObject({
      title: 'Lifeboat crew rescues two sailors',
      url: 'https://gull.example/lifeboat',
      source: 'Gull Atom',
      text: 'The lifeboat crew rescued two sailors whose yacht lost its mast.\n\nBoth were unhurt, the coastguard said.',
    });
  });

  it.each([
    [1, 'Tide tables & times', 'New tide tables were printed for the spring season.'],
    [2, 'Plain text entry', 'The harbour master said berths were full & boats must wait.'],
  ])('entry %i: html title and summary, or text content', (i, title, text) => {
    expect(articleOf(items[i])).toMatchObject({ title, text });
  });
});

describe('readFeed: other shapes', () => {
  it('reads RSS 1.0 (RDF)', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://g.example/"><title>Gull RDF</title></channel>
      <item rdf:about="https://g.example/1"><title>One</title><link>https://g.example/1</link><dc:date>2024-04-01T10:00:00Z</dc:date><description>The pier was painted blue.</description></item>
    </rdf:RDF>`;
    expect(articleOf(readFeed(rdf, ctxFor('g.rss'))[0])).toMatchObject({ title: 'One', date: '2024-04-01', source: 'Gull RDF' });
  });

  it('skips a feed without items as a whole', () => {
    const items = readFeed('<rss version="2.0"><channel><title>Empty</title></channel></rss>', ctxFor('e.xml'));
    expect(items.map(outcome)).toEqual([['skipped', 'NG_E012']]);
  });

  it('keeps a date it cannot read as null, or the date option', () => {
    const xml = '<rss><channel><item><title>T</title><pubDate>someday</pubDate><description>The tide was high.</description></item></channel></rss>';
    expect(articleOf(readFeed(xml, ctxFor('d.xml'))[0]).date).toBeNull();
    expect(articleOf(readFeed(xml, ctxFor('d.xml', { date: '2024-01-01' }))[0]).date).toBe('2024-01-01');
  });

  it.each([
    ['an unclosed item', '<rss><channel><item><title>x</title></channel></rss>', /line 1, column \d+/],
    ['text after the root', '<rss><channel></channel></rss> trailing', /expected well-formed XML/],
    ['not XML at all', 'this is { not xml', /expected well-formed XML/],
    ['a mismatched tag', '<feed><entry><title>x</titel></entry></feed>', /expected well-formed XML/],
    ['XML that is not a feed', '<?xml version="1.0"?><catalog><book>x</book></catalog>', /found <catalog>/],
  ])('fails %s with NG_E016 for the whole file', (_name, xml, reason) => {
    const items = readFeed(xml, ctxFor('bad.xml'));
    expect(items.map(outcome)).toEqual([['failed', 'NG_E016']]);
    expect(items[0]?.kind === 'failed' && items[0].reason).toMatch(reason);
  });
});
