// The contract every Store backend must pass: run it from each backend's test file with a
// factory that returns a fresh, empty store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractionRecord } from '../record/types.js';
import type { Store } from './store.js';
import { fullRecord, minimalRecord } from './store-fixtures.js';

const one = (record: ExtractionRecord, origin = 'test') => ({ kind: 'record' as const, origin, record });

type Mutation = (r: ExtractionRecord) => void;

// Each breaks the full fixture in one way; some are caught before SQL, some by constraints.
const BAD_RECORDS: [string, Mutation][] = [
  ['an event actor names an entity the record lacks', (r) => { r.events[0]!.source!.entity = 'E9'; }],
  ['an amount spans past the end of the text', (r) => { r.amounts[0]!.end = r.article.text.length + 5; }],
  ['two entities share one id', (r) => { r.entities[1]!.id = 'E1'; r.events[0]!.target!.entity = 'E1'; }],
  ['a quad class outside 1..4', (r) => { (r.events[0] as { quadClass: number }).quadClass = 7; }],
  ['a confidence above 1', (r) => { r.events[0]!.confidence = 1.5; }],
  ['a layer is missing', (r) => { delete (r as Partial<ExtractionRecord>).claims; }],
];

const HOSTILE = ['"', 'AND(', '*', 'NEAR(', "'; DROP TABLE articles; --", 'rail OR', '-rail', '^rail', 'title:rail', '(', 'a\u0000b', 'NOT', '""""'];

/** Defines the vitest cases of the Store contract for one backend. */
export function runStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => { store = await makeStore(); });
    afterEach(async () => { await store.close(); });

    describe('saving and reading records', () => {
      it('reads back the saved record exactly, offsets and all', async () => {
        const record = fullRecord();
        const result = await store.saveBatch([one(record, 'rail.txt')]);
        expect(result).toMatchObject({ ok: 1, duplicate: 0, skipped: 0, failed: 0 });
        expect(await store.getArticle(record.article.id)).toEqual(record);
      });

      it('reads back a minimal record with a null date and no optional fields', async () => {
        const record = minimalRecord({ text: 'A short dispatch with no date.', date: null });
        await store.saveBatch([one(record)]);
        expect(await store.getArticle(record.article.id)).toEqual(record);
      });

      it('fills every per-kind table', async () => {
        await store.saveBatch([one(fullRecord())]);
        expect(await store.stats()).toEqual({
          articles: 1, sentences: 2, entities: 2, mentions: 2, events: 1, eventMentions: 1,
          quotes: 1, dates: 1, amounts: 1, claims: 1, ledger: { ok: 1, duplicate: 0, skipped: 0, failed: 0 },
        });
      });

      it('accepts an empty batch', async () => {
        expect(await store.saveBatch([])).toEqual({ ok: 0, duplicate: 0, skipped: 0, failed: 0, items: [] });
      });
    });

    describe('getArticle', () => {
      const a = minimalRecord({ text: 'first of two', id: 'abcdef0000000001' });
      const b = minimalRecord({ text: 'second of two', id: 'abcdef0000000002' });
      beforeEach(async () => { await store.saveBatch([one(a), one(b)]); });

      it.each([
        ['an unknown id', 'ffffffffffffffff', null],
        ['the full id', 'abcdef0000000002', b],
      ])('resolves %s', async (_, id, expected) => {
        expect(await store.getArticle(id)).toEqual(expected);
      });

      it('resolves a unique prefix', async () => {
        const c = minimalRecord({ text: 'third, alone', id: '123456789abcdef0' });
        await store.saveBatch([one(c)]);
        expect(await store.getArticle('123456')).toEqual(c);
        expect(await store.getArticle('12345')).toBeNull();
      });

      it('refuses an ambiguous prefix with NG_E034', async () => {
        await expect(store.getArticle('abcdef00')).rejects.toMatchObject({ code: 'NG_E034' });
      });
    });

    describe('the ingest ledger', () => {
      it('ingesting twice changes nothing but the ledger', async () => {
        const record = fullRecord();
        await store.saveBatch([one(record, 'first.txt')]);
        const before = await store.stats();
        const again = await store.saveBatch([one(record, 'second.txt')]);
        expect(again).toMatchObject({ ok: 0, duplicate: 1 });
        const after = await store.stats();
        expect({ ...after, ledger: null }).toEqual({ ...before, ledger: null });
        expect(after.ledger).toEqual({ ok: 1, duplicate: 1, skipped: 0, failed: 0 });
        const [row] = await store.ledger({ limit: 1 });
        expect(row).toMatchObject({ status: 'duplicate', origin: 'second.txt', articleId: record.article.id });
      });

      it('counts a record repeated inside one batch as a duplicate', async () => {
        const record = minimalRecord({ text: 'Twice in one batch.' });
        expect(await store.saveBatch([one(record), one(record)])).toMatchObject({ ok: 1, duplicate: 1 });
      });

      it('records skipped and failed inputs with their codes and reasons', async () => {
        await store.saveBatch([
          { kind: 'skipped', origin: 'photo.jpg', code: 'NG_E018', reason: 'not a text format' },
          { kind: 'failed', origin: 'broken.html', code: 'NG_E015', reason: 'no article text', articleId: 'deadbeefdeadbeef' },
        ]);
        expect(await store.ledger({ status: 'skipped' })).toMatchObject([
          { status: 'skipped', origin: 'photo.jpg', code: 'NG_E018', reason: 'not a text format', articleId: null },
        ]);
        const [failed] = await store.ledger({ status: 'failed' });
        expect(failed).toMatchObject({ origin: 'broken.html', code: 'NG_E015', articleId: 'deadbeefdeadbeef' });
        expect(failed!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      });

      it('lists ledger rows newest first, up to the limit', async () => {
        const items = ['a', 'b', 'c'].map((o) => ({ kind: 'skipped' as const, origin: o, code: 'NG_E012', reason: 'empty' }));
        await store.saveBatch(items);
        expect((await store.ledger({ limit: 2 })).map((r) => r.origin)).toEqual(['c', 'b']);
      });

      it.each(BAD_RECORDS)('keeps the rest of the batch when %s', async (_, mutate) => {
        const bad = fullRecord();
        mutate(bad);
        const good = [minimalRecord({ text: 'Good one.' }), minimalRecord({ text: 'Good two.' })];
        const result = await store.saveBatch([one(good[0]!, 'g1'), one(bad, 'bad'), one(good[1]!, 'g2')]);
        expect(result).toMatchObject({ ok: 2, duplicate: 0, failed: 1 });
        expect(result.items.map((i) => i.status)).toEqual(['ok', 'failed', 'ok']);
        const [row] = await store.ledger({ status: 'failed' });
        expect(row).toMatchObject({ origin: 'bad', code: 'NG_E033', articleId: bad.article.id });
        expect(row!.reason).toContain(bad.article.id);
        expect(await store.getArticle(bad.article.id)).toBeNull();
        expect(await store.stats()).toMatchObject({ articles: 2, sentences: 2, entities: 0, mentions: 0, events: 0, eventMentions: 0 });
      });
    });

    describeListing(() => store);
  });
}

function describeListing(getStore: () => Store): void {
  const dates = ['2024-05-02', null, '2024-04-30', '2024-05-02', '2024-05-01'];
  const records = Array.from({ length: 23 }, (_, k) =>
    minimalRecord({ text: `Dispatch ${k}${k % 3 === 0 ? ' from the harbour' : ''}.`, date: dates[k % dates.length] }),
  );
  const newestFirst = [...records, fullRecord()]
    .map((r) => ({ date: r.article.date ?? '', id: r.article.id }))
    .sort((x, y) => (x.date === y.date ? (x.id < y.id ? 1 : -1) : x.date < y.date ? 1 : -1))
    .map((k) => k.id);

  async function collect(text?: string, limit = 5): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await getStore().listArticles({ limit, cursor, text });
      ids.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    return ids;
  }

  describe('listing and search', () => {
    beforeEach(async () => { await getStore().saveBatch([...records, fullRecord()].map((r) => one(r))); });

    it('reaches every article exactly once across pages, newest first', async () => {
      const ids = await collect(undefined, 4);
      expect(ids).toEqual(newestFirst);
      expect(new Set(ids).size).toBe(24);
    });

    it('pages through a text search exactly once', async () => {
      const harbour = records.filter((r) => r.article.text.includes('harbour')).map((r) => r.article.id);
      expect(await collect('harbour', 2)).toEqual(newestFirst.filter((id) => harbour.includes(id)));
    });

    it.each([
      ['a word of the text', 'Tallinn', true],
      ['a word in another case', 'tallinn', true],
      ['another form of the same stem', 'lending', true],
      ['a word only in the title', 'loan', true],
      ['every one of several words', 'rail corridor', true],
      ['a word that is not there', 'zebra', false],
      ['a phrase with one missing word', 'rail zebra', false],
    ])('finds the fixture by %s (%s)', async (_, text, found) => {
      const page = await getStore().listArticles({ text });
      expect(page.items.some((a) => a.id === fullRecord().article.id)).toBe(found);
    });

    it.each(HOSTILE)('does not throw on the search string %j', async (text) => {
      await expect(getStore().listArticles({ text })).resolves.toBeDefined();
      expect((await getStore().stats()).articles).toBe(24);
    });

    it('treats a blank search as no filter', async () => {
      expect((await getStore().listArticles({ text: '   ', limit: 100 })).items).toHaveLength(24);
    });

    it('refuses a cursor it did not issue with NG_E002', async () => {
      await expect(getStore().listArticles({ cursor: 'not-a-cursor' })).rejects.toMatchObject({ code: 'NG_E002' });
    });

    it('gives a null cursor on the last page', async () => {
      const page = await getStore().listArticles({ limit: 100 });
      expect(page.nextCursor).toBeNull();
      expect(page.items[0]).toMatchObject({ title: expect.any(String), source: 'fixture', lang: 'en', addedAt: expect.any(String) });
    });
  });
}
