// The QueryStore contract against SQLite, and what only SQLite has: the event_facts and
// event_day_totals tables of the second migration, their backfill and their triggers.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { emptyQuery } from '../../../query/query.js';
import { fixtureRecords } from '../../../query/testing/fixtures.js';
import { runQueryContract } from '../../../query/testing/query-contract.js';
import { migrate, MIGRATIONS } from '../migrations.js';
import { openSqliteStore } from '../sqlite-store.js';
import { prepareWriter } from '../write-record.js';

runQueryContract('sqlite :memory:', async () => openSqliteStore({ location: ':memory:' }));

const count = (db: Database.Database, sql: string) => (db.prepare(sql).get() as { n: number }).n;

describe('event_facts and event_day_totals', () => {
  it('gives every date form its effective day', async () => {
    const store = openSqliteStore({ location: ':memory:' });
    await store.saveBatch(fixtureRecords().map((record) => ({ kind: 'record' as const, origin: 'f', record })));
    const q = { ...emptyQuery(), modality: ['asserted' as const, 'hypothetical' as const] };
    const days = (await store.listEvents(q, { limit: 100 })).items.map((r) => [r.eventDate, r.day]);
    expect(days).toEqual(expect.arrayContaining([['2024-W09', '2024-02-26'], ['2024-02', '2024-02-01'], ['2024-01-08', '2024-01-08'], [null, '2024-01-10']]));
    await store.close();
  });

  it('backfills the rows of a version 1 database, and its triggers keep them', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    db.exec(MIGRATIONS[0]!);
    const [first, ...rest] = fixtureRecords();
    // Today's writer also fills columns of later steps: add them for the write, then drop
    // them again so the database is as version 1 left it.
    const later = ['mentions ADD COLUMN kind TEXT', 'quotes ADD COLUMN extra TEXT', 'claims ADD COLUMN extra TEXT'];
    for (const step of later) db.exec(`ALTER TABLE ${step}`);
    prepareWriter(db)(first!, '2024-04-01T00:00:00Z');
    for (const step of later) db.exec(`ALTER TABLE ${step.replace(/ ADD COLUMN (\w+) TEXT/, ' DROP COLUMN $1')}`);
    db.pragma('user_version = 1');
    migrate(db, ':memory:');
    const write = prepareWriter(db);
    expect(count(db, 'SELECT count(*) AS n FROM event_facts')).toBe(3);
    for (const r of rest) write(r, '2024-04-02T00:00:00Z');
    expect(count(db, 'SELECT count(*) AS n FROM event_facts')).toBe(9);
    const totals = (field: string) => count(db, `SELECT sum(n) AS n FROM event_day_totals WHERE date_field = '${field}'`);
    expect([totals('event'), totals('published')]).toEqual([9, 9]);
    db.prepare('DELETE FROM articles WHERE id = ?').run(first!.article.id);
    expect(count(db, 'SELECT count(*) AS n FROM event_facts')).toBe(6);
    expect(totals('event')).toBe(6);
    db.close();
  });

  it('keeps the daily Goldstein sums equal to the events', () => {
    const db = new Database(':memory:');
    migrate(db, ':memory:');
    const write = prepareWriter(db);
    for (const r of fixtureRecords()) write(r, '2024-04-01T00:00:00Z');
    const a = db.prepare("SELECT round(sum(goldstein_sum), 6) AS n FROM event_day_totals WHERE date_field = 'event'").get();
    const b = db.prepare('SELECT round(sum(goldstein), 6) AS n FROM event_facts').get();
    expect(a).toEqual(b);
    db.close();
  });
});
