// The Store contract against SQLite (a temp file and :memory:), and what only SQLite has:
// opening files, schema versions, pragmas and the tables themselves.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runStoreContract } from '../store-contract.js';
import { fullRecord } from '../store-fixtures.js';
import { SCHEMA_VERSION } from './migrations.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-'));
let n = 0;
const tempPath = () => join(dir, `db-${++n}.sqlite`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runStoreContract('sqlite file', async () => openSqliteStore({ location: tempPath() }));
runStoreContract('sqlite :memory:', async () => openSqliteStore({ location: ':memory:' }));

describe('opening a SQLite store', () => {
  it('keeps its data when reopened', async () => {
    const path = tempPath();
    const record = fullRecord();
    const first = openSqliteStore({ location: path });
    await first.saveBatch([{ kind: 'record', origin: 'a.txt', record }]);
    await first.close();
    const second = openSqliteStore({ location: path });
    expect(await second.getArticle(record.article.id)).toEqual(record);
    expect((await second.listArticles({ text: 'corridor' })).items).toHaveLength(1);
    await second.close();
  });

  it('opens in WAL mode at the current schema version', async () => {
    const path = tempPath();
    await openSqliteStore({ location: path }).close();
    const raw = new Database(path);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    raw.close();
  });

  it.each([
    ['a file that is not a database', () => { const p = tempPath(); writeFileSync(p, 'date 2024-05-17 Not a database\n\n'.repeat(200)); return p; }, /not a SQLite database/],
    ['a folder that does not exist', () => join(dir, 'no-such-folder', 'x.db'), /does not exist/],
    ['a folder', () => dir, /is a folder/],
    ['a SQLite file of another application', () => foreignDb(), /not a newsgraph one/],
  ])('refuses %s with NG_E030', (_, makePath, message) => {
    const path = makePath();
    expect(() => openSqliteStore({ location: path })).toThrowError(message);
    try {
      openSqliteStore({ location: path });
    } catch (e) {
      expect(e).toMatchObject({ code: 'NG_E030', hint: expect.any(String) });
      expect((e as Error).message).toContain(path);
    }
  });

  it('refuses a database whose schema is newer with NG_E031, and leaves it as it was', async () => {
    const path = tempPath();
    await openSqliteStore({ location: path }).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openSqliteStore({ location: path })).toThrowError(
      expect.objectContaining({ code: 'NG_E031', message: expect.stringContaining(`version ${SCHEMA_VERSION + 1}`) }),
    );
    const after = new Database(path);
    expect(after.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    after.close();
  });
});

describe('SQLite tables', () => {
  it('keys an event mention to its event, with a signature and the trigger span', async () => {
    const path = tempPath();
    const store = openSqliteStore({ location: path });
    const record = fullRecord();
    await store.saveBatch([{ kind: 'record', origin: 'a', record }]);
    await store.close();
    const raw = new Database(path, { readonly: true });
    const row = raw.prepare(`SELECT e.signature, e.root, e.source_code, m.trigger_start, m.trigger_end, m.negated
      FROM event_mentions m JOIN events e ON e.seq = m.event_seq`).get();
    raw.close();
    const trigger = record.events[0]!.trigger;
    expect(row).toEqual({
      signature: expect.stringMatching(/^[0-9a-f]{16}$/), root: '06', source_code: 'EST',
      trigger_start: trigger.start, trigger_end: trigger.end, negated: 0,
    });
  });

  it('stamps ledger rows with the clock it is given', async () => {
    const store = openSqliteStore({ location: ':memory:', now: () => new Date('2024-05-17T12:00:00Z') });
    const r = await store.saveBatch([{ kind: 'skipped', origin: 'x', code: 'NG_E012', reason: 'empty' }]);
    expect(r.items[0]!.at).toBe('2024-05-17T12:00:00.000Z');
    await store.close();
  });
});

function foreignDb(): string {
  const path = tempPath();
  const raw = new Database(path);
  raw.exec('CREATE TABLE recipes (name TEXT)');
  raw.close();
  return path;
}
