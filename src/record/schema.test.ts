import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { main } from '../cli/main.js';
import { SCHEMA_FILE, schemaText } from './write-schema.js';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');
const SEED = resolve(import.meta.dirname, '../../../shared/corpus/seed');

async function cliRecords(args: string[]): Promise<unknown[]> {
  const out: string[] = [];
  const code = await main(['extract', '--format', 'ndjson', ...args], { out: (l) => out.push(l), err: () => undefined, isTTY: false });
  expect(code).toBe(0);
  return out.map((l) => JSON.parse(l) as unknown);
}

describe('the shipped JSON Schema of the extraction record', () => {
  it('is the one generated from the zod schema (run `npm run schema` after changing it)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText());
  });

  it('validates every record the CLI prints for the examples and the seed article', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
    // The seed article is read from ../shared when it stands beside the clone (as in CI).
    const records = await cliRecords(existsSync(SEED) ? [EXAMPLES, SEED] : [EXAMPLES]);
    expect(records.length).toBeGreaterThanOrEqual(12);
    for (const r of records) {
      const ok = validate(r);
      expect(ok ? [] : validate.errors).toEqual([]);
    }
  });

  it('rejects a record whose span is not a number', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
    expect(validate({ schema: 'newsgraph.extraction/1', article: {}, sentences: 'x' })).toBe(false);
  });
});
