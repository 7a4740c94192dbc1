// Tests of the JSON Feed reader.
import { describe, expect, it } from 'vitest';
import { readJsonFeed } from './json-feed.js';
import { articleOf, ctxFor, outcome } from './test-helpers.js';

const feed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Gull JSON',
  items: [
    { id: '1', url: 'https://g.example/1', title: 'Swans return', content_html: '<p>The swans came back to the lake.</p><p>Children fed them bread.</p>', date_published: '2024-05-01T08:00:00Z', date_modified: '2024-05-03T08:00:00Z' },
    { id: '2', title: 'Bus timetable', content_text: 'The winter bus timetable starts on Monday.', date_modified: '2024-05-02T08:00:00Z' },
    { id: '3', title: 'Just a picture', image: 'x.png' },
    'not an item',
  ],
});

describe('readJsonFeed', () => {
  const items = readJsonFeed(feed, ctxFor('feeds/gull.json'));

  it('reads items in order with their fields', () => {
    expect(articleOf(items[0])).toMatchObject({
      title: 'Swans return',
      url: 'https://g.example/1',
      date: '2024-05-01',
      source: 'Gull JSON',
      text: 'The swans came back to the lake.\n\nChildren fed them bread.',
    });
    expect(articleOf(items[1])).toMatchObject({ date: '2024-05-02', text: 'The winter bus timetable starts on Monday.', url: null });
    expect(items.map((i) => i.origin)).toEqual(['feeds/gull.json#1', 'feeds/gull.json#2', 'feeds/gull.json#3', 'feeds/gull.json#4']);
  });

  it('skips items without text', () => {
    expect([outcome(items[2]), outcome(items[3])]).toEqual([['skipped', 'NG_E012'], ['skipped', 'NG_E012']]);
  });

  it.each([
    ['JSON that does not parse', '{"version": "https://jsonfeed.org/version/1", ', 'NG_E016'],
    ['JSON without a jsonfeed version', '{"version": "2", "items": []}', 'NG_E018'],
    ['JSON without items', '{"version": "https://jsonfeed.org/version/1"}', 'NG_E018'],
    ['an array', '[1, 2]', 'NG_E018'],
  ])('fails %s', (_name, json, code) => {
    expect(readJsonFeed(json, ctxFor('x.json')).map(outcome)).toEqual([['failed', code]]);
  });
});
