// Where the database is and which backend opens it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DB, openStore, resolveDbLocation } from './open-store.js';

describe('resolveDbLocation', () => {
  it.each([
    ['the --db flag first', 'flag.db', { NEWSGRAPH_DB: 'env.db' }, 'flag.db'],
    ['then NEWSGRAPH_DB', undefined, { NEWSGRAPH_DB: 'env.db' }, 'env.db'],
    ['then the default', undefined, {}, DEFAULT_DB],
    ['an empty flag as absent', '', { NEWSGRAPH_DB: 'env.db' }, 'env.db'],
    ['an empty NEWSGRAPH_DB as absent', undefined, { NEWSGRAPH_DB: '' }, DEFAULT_DB],
  ])('takes %s', (_, flag, env, expected) => {
    expect(resolveDbLocation(flag, env)).toBe(expected);
  });
});

describe('openStore', () => {
  it('opens SQLite for :memory:', async () => {
    const store = await openStore(':memory:');
    expect((await store.stats()).articles).toBe(0);
    await store.close();
  });

  it.each(['postgres://u:secret@127.0.0.1:1/news', 'postgresql://u:secret@127.0.0.1:1/news'])(
    'routes %s to PostgreSQL, failing with NG_E030 when nothing listens, hiding the password',
    async (url) => {
      const error = await openStore(url).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'NG_E030', message: expect.stringContaining('cannot open the PostgreSQL database') });
      expect((error as Error).message).not.toContain('secret');
    },
  );
});
