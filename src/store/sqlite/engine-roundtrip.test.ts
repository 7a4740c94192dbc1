import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine.js';
import { readText } from '../../sources/read-buffer.js';
import { openSqliteStore } from './sqlite-store.js';

const EXAMPLES = resolve(import.meta.dirname, '../../../examples');

describe('the SQLite store keeps every field the engine writes', () => {
  it('reads back each example record exactly as extracted', async () => {
    const engine = createEngine();
    const store = openSqliteStore({ location: ':memory:' });
    const records = readdirSync(EXAMPLES).sort().flatMap((f) =>
      readText(f, readFileSync(join(EXAMPLES, f), 'utf8')).flatMap((item) => (item.kind === 'article' ? [engine.extract(item.article)] : [])),
    );
    const saved = await store.saveBatch(records.map((record) => ({ kind: 'record' as const, origin: record.article.source, record })));
    expect(saved.ok).toBe(records.length);
    for (const record of records) {
      // JSON drops undefined fields on both sides; nulls must survive as nulls.
      expect(JSON.parse(JSON.stringify(await store.getArticle(record.article.id)))).toEqual(JSON.parse(JSON.stringify(record)));
    }
    await store.close();
  });
});
