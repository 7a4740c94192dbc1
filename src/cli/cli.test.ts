import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, main } from './main.js';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false });
  return { code, out, err };
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));

describe('newsgraph ingest', () => {
  it('ingesting the examples twice leaves the same row counts, and the ledger shows the duplicates', async () => {
    const db = join(tmp(), 'g.db');
    const first = await run('ingest', EXAMPLES, '--db', db);
    expect(first.code).toBe(0);
    const before = JSON.parse((await run('stats', '--db', db, '--format', 'json')).out[0]!);
    expect(before.articles).toBeGreaterThanOrEqual(12);
    const second = await run('ingest', EXAMPLES, '--db', db);
    expect(second.out[0]).toMatch(/^ingested 0 new, \d+ duplicate/);
    const after = JSON.parse((await run('stats', '--db', db, '--format', 'json')).out[0]!);
    expect({ ...after, ledger: undefined }).toEqual({ ...before, ledger: undefined });
    expect(after.ledger.duplicate).toBe(before.articles);
    const dups = await run('ledger', '--db', db, '--status', 'duplicate', '--limit', '100');
    expect(dups.out).toHaveLength(before.articles);
  });

  it('records every bad input in the ledger with its code and keeps going', async () => {
    const dir = tmp();
    const db = join(tmp(), 'g.db');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]));
    writeFileSync(join(dir, 'nodate.txt'), 'date 2024-13-45 A headline\n\nThe council met on Monday and agreed a budget.\n');
    writeFileSync(join(dir, 'broken.rss'), '<rss><channel><item><title>x</title></chan');
    writeFileSync(join(dir, 'nav.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>');
    writeFileSync(
      join(dir, 'good.txt'),
      'date 2022-06-01 Ministers agree grain corridor\n\nForeign ministers from three countries agreed on Tuesday to open a grain corridor, officials said. The deal is worth $2 billion a year.\n',
    );
    const r = await run('ingest', dir, '--db', db);
    expect(r.code).toBe(1);
    expect(r.out[0]).toMatch(/^ingested 1 new/);
    const failed = (await run('ledger', '--db', db, '--status', 'failed', '--format', 'json')).out.map((l) => JSON.parse(l));
    const codes = Object.fromEntries(failed.map((f) => [f.origin.split('/').pop(), f.code]));
    expect(codes).toMatchObject({
      'empty.txt': 'NG_E012',
      'binary.txt': 'NG_E013',
      'latin1.txt': 'NG_E013',
      'nodate.txt': 'NG_E014',
      'broken.rss': 'NG_E016',
      'nav.html': 'NG_E015',
    });
    const again = await run('ingest', EXAMPLES, '--db', db);
    expect(again.code).toBe(0);
    const stats = JSON.parse((await run('stats', '--db', db, '--format', 'json')).out[0]!);
    expect(stats.articles).toBeGreaterThanOrEqual(13);
  });
});

const PETRARCH = resolve(import.meta.dirname, '../../../shared/peers/petrarch2/dictionaries');

describe('user dictionaries on the command line', () => {
  it('refuses a verb dictionary with no pattern, naming the file (exit 5)', async () => {
    const bad = join(tmp(), 'verbs.txt');
    writeFileSync(bad, 'just some words\n');
    const r = await run('extract', '--verbs', bad, join(EXAMPLES, '05-geneva-summit.txt'));
    expect(r.code).toBe(5);
    expect(r.err[0]).toMatch(/^NG_E040 .*verbs\.txt:1: no verb pattern/);
  });

  it.skipIf(!existsSync(PETRARCH))('codes with the Phoenix verb dictionary when asked', async () => {
    const r = await run('extract', '--verbs', join(PETRARCH, 'CAMEO.2.0.txt'), join(EXAMPLES, '05-geneva-summit.txt'));
    expect(r.code).toBe(0);
    const events = JSON.parse(r.out[0]!).events as Array<{ rule: string }>;
    expect(events.length).toBeGreaterThan(0);
    // The verb dictionary replaces the shipped verb patterns; the shipped event nouns stay.
    expect(events.some((e) => e.rule.startsWith('CAMEO.2.0.txt:'))).toBe(true);
    expect(events.every((e) => e.rule.startsWith('CAMEO.2.0.txt:') || e.rule.startsWith('cameo-nouns.tsv:'))).toBe(true);
  });
});

describe('newsgraph errors and help', () => {
  it.each([
    [['nonsense'], 2, /NG_E001 unknown command/],
    [['extract', '--bogus', 'x'], 2, /NG_E001 extract: Unknown option/],
    [['extract', '--format', 'xml', 'x'], 2, /NG_E002 --format expects one of json, ndjson, pretty/],
    [['ingest'], 2, /NG_E001 ingest: no input given/],
    [['extract', '/no/such/file.txt'], 3, /NG_E010/],
  ])('%j exits %i with a coded message', async (argv, code, message) => {
    const r = await run(...(argv as string[]));
    expect(r.code).toBe(code);
    expect(r.err.join('\n')).toMatch(message);
  });

  it('show on an unknown id says so and what to do', async () => {
    const db = join(tmp(), 'g.db');
    const r = await run('show', 'abcdef123456', '--db', db);
    expect(r.code).toBe(4);
    expect(r.err[0]).toMatch(/NG_E032 .*newsgraph articles/);
  });

  it('every command has a --help that names its options', async () => {
    for (const name of COMMANDS.map((c) => c.name)) {
      const r = await run(name, '--help');
      expect(r.code).toBe(0);
      expect(r.out.join('\n')).toMatch(new RegExp(`newsgraph ${name}`));
    }
  });
});
