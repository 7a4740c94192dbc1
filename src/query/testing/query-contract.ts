// The QueryStore contract: every backend runs these cases over the same fixture records.
// Mention ids follow insertion order (1..9, see fixtures.ts); expected lists are newest first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryableStore } from '../../store/store.js';
import { parseQueryParams } from '../params.js';
import type { Query } from '../query.js';
import type { AggregateSpec } from '../types.js';
import { fixtureRecords } from './fixtures.js';

const q = (params: Record<string, string> = {}): Query =>
  parseQueryParams(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, [v]]))).query;

const EVENT_CASES: [string, Record<string, string>, number[]][] = [
  ['no condition (asserted, not negated)', {}, [9, 7, 4, 5, 8, 1]],
  ['an actor prefix on either side', { actor: 'RUS*' }, [8, 1]],
  ['an actor prefix, any modality', { actor: 'RUS*', modality: 'any' }, [3, 2, 8, 1]],
  ['an exact source', { source: 'USAGOV' }, [5]],
  ['an exact target', { target: 'UKR' }, [8, 1]],
  ['a target prefix', { target: 'UKR*' }, [7, 8, 1]],
  ['a directed dyad', { dyad: 'RUS*-UKR*' }, [8, 1]],
  ['a directed dyad the other way, negated included', { dyad: 'UKR*-RUS*', negated: 'include' }, [6]],
  ['an undirected dyad', { dyad: 'RUS*-UKR*', directed: 'false', negated: 'include', modality: 'any' }, [6, 3, 2, 8, 1]],
  ['several dyads', { dyad: 'USAGOV-IRN,CHNGOV-USAGOV' }, [4, 5]],
  ['a CAMEO prefix', { cameo: '19*' }, [8, 1]],
  ['negated events only', { cameo: '190', negated: 'only' }, [6]],
  ['CAMEO roots', { root: '05,16' }, [4, 5]],
  ['a quad class', { quad: '4' }, [7, 5, 8, 1]],
  ['a PLOVER type', { plover: 'protest' }, [7]],
  ['an actor country', { actorCountry: 'IRN' }, [5]],
  ['a place country', { country: 'UKR' }, [7, 8, 1]],
  ['a place name in another case', { place: 'kharkiv' }, [8, 1]],
  ['a radius around Kyiv', { near: '50.45,30.52,50' }, [7]],
  ['a radius around Kharkiv', { near: '50,36.2,100' }, [8, 1]],
  ['a month', { time: '2024-02' }, [7, 4, 5]],
  ['a closed interval of days', { time: '2024-02-01/2024-02-14' }, [4, 5]],
  ['a duration after a start', { time: '2024-02-10/P1W' }, [4]],
  ['the publication date', { time: '2024-03', dateField: 'published' }, [9, 7, 8]],
  ['an outlet', { outlet: 'Wire B' }, [9, 4, 5, 8]],
  ['a modality', { modality: 'reported' }, [2]],
  ['a minimum confidence', { minConfidence: '0.85', modality: 'any' }, [9, 7, 4, 5, 8, 1]],
  ['words of the article', { text: 'grain' }, [9, 8]],
  ['an injection attempt as text', { text: "'; DROP TABLE events; --" }, []],
  ['conditions on several fields at once', { actor: 'RUS*,USA*', quad: '4', time: '2024-01/2024-02' }, [5, 8, 1]],
];

const AGG_CASES: [string, Record<string, string>, AggregateSpec, object[]][] = [
  ['monthly counts with totals and zero months', { root: '19' }, { interval: 'month', groupBy: 'none' }, [
    { bucket: '2024-01-01', key: '', count: 2, goldsteinSum: -20, goldsteinMean: -10, total: 2, ratio: 1 },
    { bucket: '2024-02-01', key: '', count: 0, total: 3, ratio: 0 },
    { bucket: '2024-03-01', key: '', count: 0, total: 1, ratio: 0 },
  ]],
  ['a monthly dyad aggregate', { actor: 'RUS*' }, { interval: 'month', groupBy: 'dyad' }, [
    { bucket: '2024-01-01', key: 'RUSMIL>UKR', count: 2, goldsteinMean: -10, total: 2, ratio: 1 },
  ]],
  ['ISO weeks starting on Monday', { time: '2024-02' }, { interval: 'week', groupBy: 'root' }, [
    { bucket: '2024-01-29', key: '16', count: 1, total: 1 },
    { bucket: '2024-02-12', key: '05', count: 1, total: 1 },
    { bucket: '2024-02-26', key: '14', count: 1, total: 1 },
  ]],
  ['events counted once per actor', { time: '2024-02' }, { interval: 'month', groupBy: 'actor' }, [
    { bucket: '2024-02-01', key: 'USAGOV', count: 2, total: 3 },
    { bucket: '2024-02-01', key: 'CHNGOV', count: 1 },
    { bucket: '2024-02-01', key: 'IRN', count: 1 },
    { bucket: '2024-02-01', key: 'UKRCVL', count: 1 },
    { bucket: '2024-02-01', key: 'UKRGOV', count: 1 },
  ]],
  ['days by outlet', { outlet: 'Wire A' }, { interval: 'day', groupBy: 'outlet' }, [
    { bucket: '2024-01-08', key: 'Wire A', count: 1, total: 2, ratio: 0.5 },
  ]],
];

async function ids(store: QueryableStore, query: Query, limit = 100): Promise<number[]> {
  const out: number[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listEvents(query, { limit, cursor });
    out.push(...page.items.map((r) => r.id));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return out;
}

/** Defines the QueryStore cases for one backend; `makeStore` returns a fresh, empty store. */
export function runQueryContract(name: string, makeStore: () => Promise<QueryableStore>): void {
  describe(`QueryStore contract: ${name}`, () => {
    let store: QueryableStore;
    beforeAll(async () => {
      store = await makeStore();
      await store.saveBatch(fixtureRecords().map((record) => ({ kind: 'record' as const, origin: 'fixture', record })));
    });
    afterAll(async () => { await store.close(); });

    it.each(EVENT_CASES)('lists events by %s', async (_, params, expected) => {
      expect(await ids(store, q(params))).toEqual(expected);
    });

    it.each([1, 2, 4])('pages of %i reach every event exactly once, in order', async (limit) => {
      expect(await ids(store, q({ negated: 'include', modality: 'any' }), limit)).toEqual([9, 6, 7, 4, 5, 3, 2, 8, 1]);
    });

    it('gives each event row its provenance', async () => {
      const [row] = (await store.listEvents(q({ plover: 'PROTEST' }), { limit: 1 })).items;
      expect(row).toMatchObject({
        day: '2024-02-26', eventDate: '2024-W09', sourceCode: 'UKRCVL', sourceName: 'Protesters', targetCode: 'UKRGOV',
        cameo: '141', root: '14', quadClass: 4, goldstein: -6.5, placeName: 'Kyiv', outlet: 'Daily C', lang: 'en',
        published: '2024-03-03', sentence: 1, triggerText: 'rallied', negated: false, modality: 'asserted', rule: 'test:141',
      });
      const record = await store.getArticle(row!.articleId);
      expect(record!.article.text.slice(row!.triggerStart, row!.triggerEnd)).toBe('rallied');
      expect(record!.article.text.slice(row!.sourceStart!, row!.sourceEnd!)).toBe('Protesters');
    });

    it('groups mentions by signature with their counts (the GDELT event table)', async () => {
      const page = await store.listEventGroups(q(), { limit: 100 });
      expect(page.items).toHaveLength(5);
      const shelling = page.items.find((g) => g.cameo === '190');
      expect(shelling).toMatchObject({ globalEventId: 1, numMentions: 2, numSources: 2, numArticles: 2, firstSeen: '2024-01-10' });
      const signatures = page.items.map((g) => g.signature);
      expect(signatures).toEqual([...signatures].sort());
      const first = await store.listEventGroups(q(), { limit: 2 });
      const rest = await store.listEventGroups(q(), { limit: 100, cursor: first.nextCursor });
      expect([...first.items, ...rest.items].map((g) => g.signature)).toEqual(signatures);
    });

    it.each(AGG_CASES)('aggregates: %s', async (_, params, spec, expected) => {
      const result = await store.aggregateEvents(q(params), spec);
      expect(result).toMatchObject({ ...spec, truncated: false });
      expect(result.buckets).toHaveLength(expected.length);
      expected.forEach((row, i) => expect(result.buckets[i]).toMatchObject(row));
    });

    it('lists actors by how many events involve them, in pages', async () => {
      const all = await store.listActors(q(), { limit: 100 });
      expect(all.items.map((a) => [a.code, a.events])).toEqual([
        ['UKR', 3], ['RUSMIL', 2], ['USAGOV', 2], ['CHNGOV', 1], ['IRN', 1], ['UKRCVL', 1], ['UKRGOV', 1],
      ]);
      expect(all.items[1]).toMatchObject({ asSource: 2, asTarget: 0, firstDay: '2024-01-08', name: expect.any(String) });
      const first = await store.listActors(q(), { limit: 3 });
      const rest = await store.listActors(q(), { limit: 100, cursor: first.nextCursor });
      expect([...first.items, ...rest.items].map((a) => a.code)).toEqual(all.items.map((a) => a.code));
    });

    it('profiles one actor with its co-actors, events and quotes', async () => {
      const profile = await store.actorProfile('UKRGOV', q({ modality: 'any' }), { limit: 10 });
      expect(profile!.actor).toMatchObject({ code: 'UKRGOV', asSource: 1, asTarget: 2, events: 3 });
      expect(profile!.coActors.map((c) => c.code)).toEqual(['RUS', 'RUSGOV', 'UKRCVL']);
      expect(profile!.events.map((e) => e.id)).toEqual([7, 3, 2]);
      expect(profile!.quotes.map((x) => x.speakerName)).toEqual(['officials', 'Dmytro Kuleba']);
      expect(await store.actorProfile('ZZZ', q(), { limit: 10 })).toBeNull();
    });

    it.each([
      ['a speaker code', { actor: 'UKRGOV' }, ['officials', 'Dmytro Kuleba']],
      ['an outlet', { outlet: 'Wire A' }, ['Dmytro Kuleba']],
      ['a publication window', { time: '2024-03' }, ['officials']],
      ['a speaker nobody is', { actor: 'USA*' }, []],
      ['a speaker\'s name, in any case', { speaker: 'dmytro KULEBA' }, ['Dmytro Kuleba']],
      ['the speaker\'s words', { speaker: 'Officials' }, ['officials']],
      ['a name nobody has', { speaker: 'Nobody Here' }, []],
    ])('lists quotes by %s', async (_, params, speakers) => {
      const page = await store.listQuotes(q(params), { limit: 10 });
      expect(page.items.map((x) => x.speakerName)).toEqual(speakers);
    });

    it.each([
      ['an event condition', { root: '19' }, ['Looking back at the January shelling', 'Shelling of Kharkiv']],
      ['an outlet', { outlet: 'Wire B' }, ['Looking back at the January shelling', 'Beijing and Washington sign a deal']],
      ['words', { text: 'sanctions' }, ['Beijing and Washington sign a deal']],
      ['a publication window', { time: '2024-01/2024-02', dateField: 'published' }, ['Beijing and Washington sign a deal', 'Shelling of Kharkiv']],
      ['an event window (articles that report events of that time)', { time: '2024-01/2024-02' }, [
        'Looking back at the January shelling', 'Denial and protest', 'Beijing and Washington sign a deal', 'Shelling of Kharkiv',
      ]],
    ])('lists articles by %s', async (_, params, titles) => {
      const page = await store.queryArticles(q(params), { limit: 10 });
      expect(page.items.map((a) => a.title)).toEqual(titles);
    });

    it('searches the text, with snippets, in pages', async () => {
      const first = await store.searchArticles(q({ text: 'shelled' }), { limit: 1 });
      const rest = await store.searchArticles(q({ text: 'shelled' }), { limit: 10, cursor: first.nextCursor });
      const hits = [...first.items, ...rest.items];
      expect(hits).toHaveLength(2);
      expect(hits[0]!.snippet).toContain('«shelled»');
    });

    it('builds the actor network of a query', async () => {
      const graph = await store.actorGraph(q(), { limit: 2 });
      expect(graph.truncated).toBe(true);
      expect(graph.edges[0]).toMatchObject({ source: 'RUSMIL', target: 'UKR', events: 2, goldsteinMean: -10 });
      expect(graph.nodes.map((n) => n.id)).toContain('RUSMIL');
    });

    it('names the people, organisations and places of articles', async () => {
      const [, , third] = fixtureRecords();
      const names = await store.storyNames([third!.article.id]);
      expect(names.get(third!.article.id)).toEqual({ people: ['officials'], organizations: ['Ukrainian troops', 'Protesters', 'the government'], locations: ['Belgorod'] });
    });

    it('refuses a cursor of another list', async () => {
      const page = await store.listActors(q(), { limit: 1 });
      await expect(store.listEvents(q(), { limit: 1, cursor: page.nextCursor })).rejects.toMatchObject({ code: 'NG_E060' });
    });
  });
}
