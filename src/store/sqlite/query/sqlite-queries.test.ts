// The QueryStore contract against SQLite, and what only SQLite has: the event_facts table
// that the V2 migration adds and its triggers keep.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fixtureRecords } from '../../../query/testing/fixtures.js';
import { runQueryContract } from '../../../query/testing/query-contract.js';
import { openSqliteStore } from '../sqlite-store.js';
import { migrate } from '../migrations.js';

runQueryContract('sqlite :memory:', async () => openSqliteStore({ location: ':memory:' }));

describe('event_facts', () => {
  it('fills one row per event mention, with the effective day of each date form', async () => {
    const store = openSqliteStore({ location: ':memory:' });
    await store.saveBatch(fixtureRecords().map((record) => ({ kind: 'record' as const, origin: 'f', record })));
    const days = (await store.listEvents((await import('../../../query/query.js')).emptyQuery(), { limit: 100 })).items.map((r) => [r.eventDate, r.day]);
    expect(days).toContainEqual(['2024-W09', '2024-02-26']);
    expect(days).toContainEqual(['2024-02', '2024-02-01']);
    expect(days).toContainEqual([null, '2024-03-20']);
    await store.close();
  });

  it('backfills rows that a version 1 database already had', () => {
    const db = new Database(':memory:');
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db, ':memory:');
    const before = db.prepare('SELECT count(*) AS n FROM event_facts').get() as { n: number };
    expect(before.n).toBe(0);
    db.close();
  });
});
