// `newsgraph query` and `newsgraph export` over a database of the fixture records: flags map
// to Query fields, errors are coded lines, and an export writes its codebook beside it.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureRecords } from '../../query/testing/fixtures.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { main } from '../main.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-query-'));
const db = join(dir, 'g.db');

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...argv, '--db', db], { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false });
  return { code, out, err };
}

beforeAll(async () => {
  const store = openSqliteStore({ location: db });
  await store.saveBatch(fixtureRecords().map((record) => ({ kind: 'record' as const, origin: 'fixture', record })));
  await store.close();
});

describe('newsgraph query', () => {
  it.each([
    [['query', '--actor', 'RUS*', '--format', 'json'], (j: any) => expect(j.items.map((e: any) => e.id)).toEqual([8, 1])],
    [['query', 'events', '--dyad', 'RUS*-UKR*', '--dyad', 'UKR*-RUS*', '--negated', 'include', '--format', 'json'], (j: any) => expect(j.items).toHaveLength(3)],
    [['query', '--root', '05,16', '--date-field', 'event', '--min-confidence', '0.5', '--format', 'json'], (j: any) => expect(j.items.map((e: any) => e.id)).toEqual([4, 5])],
    [['query', 'aggregate', '--interval', 'month', '--group-by', 'dyad', '--actor', 'RUS*', '--format', 'json'], (j: any) => expect(j.buckets[0]).toMatchObject({ key: 'RUSMIL>UKR', count: 2 })],
    [['query', 'actors', '--limit', '2', '--format', 'json'], (j: any) => expect(j.items.map((a: any) => a.code)).toEqual(['UKR', 'RUSMIL'])],
    [['query', 'quotes', '--actor', 'UKRGOV', '--format', 'json'], (j: any) => expect(j.items).toHaveLength(2)],
    [['query', 'search', '--text', 'grain', '--format', 'json'], (j: any) => expect(j.items).toHaveLength(1)],
    [['query', 'graph', '--format', 'json'], (j: any) => expect(j.edges[0]).toMatchObject({ source: 'RUSMIL', target: 'UKR' })],
    [['query', 'articles', '--outlet', 'Wire B', '--format', 'json'], (j: any) => expect(j.items).toHaveLength(2)],
  ])('%j', async (argv, check) => {
    const r = await run(...argv);
    expect(r.code, r.err.join('\n')).toBe(0);
    check(JSON.parse(r.out[0]!));
  });

  it('prints a table with the cursor of the next page', async () => {
    const r = await run('query', '--limit', '2');
    expect(r.out).toHaveLength(3);
    expect(r.out[2]).toMatch(/^more: --cursor \S+$/);
    const next = await run('query', '--limit', '2', '--cursor', r.out[2]!.split(' ').pop()!);
    expect(next.out[0]).toContain('2024-02-14');
  });

  it.each([
    [['query', '--quad', '7'], /NG_E060 query parameter "quad": expected a quad class from 1 to 4, found "7"/],
    [['query', '--time', 'yesterday'], /NG_E060 query parameter "time"/],
    [['query', 'everything'], /NG_E060 query parameter "view"/],
    [['query', '--colour', 'red'], /NG_E001 query: Unknown option '--colour'/],
    [['export', '--actor', 'RUS*'], /NG_E001 export: no --format given/],
  ])('%j exits 2 with a coded line', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(message);
  });
});

describe('newsgraph export', () => {
  it.each([['csv', 3], ['gdelt', 1], ['polecat', 3]])('writes %s (%i lines) and its codebook', async (format, lines) => {
    const out = join(dir, `rus.${format}`);
    const r = await run('export', '--format', format, '--actor', 'RUS*', '--out', out);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(r.err[0]).toMatch(new RegExp(`^wrote \\d+ bytes of ${format} to `));
    const text = readFileSync(out, 'utf8').trim().split(/\r?\n/);
    expect(text).toHaveLength(lines);
    expect(existsSync(`${out}.codebook.md`)).toBe(true);
    expect(readFileSync(`${out}.codebook.md`, 'utf8')).toContain('Query: `actor=RUS*`');
  });
});
