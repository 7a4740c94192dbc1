// Throwaway PostgreSQL databases for tests and benchmarks: CREATE DATABASE with a random
// name on the server of NEWSGRAPH_TEST_PG (default: the local one), DROP ... WITH (FORCE) after.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server and database used to create and drop test databases (trust auth locally). */
export const TEST_PG_ADMIN = process.env.NEWSGRAPH_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** True when the admin server answers; tests skip (or, with CI set, fail) when it does not. */
export async function testPgAvailable(url = TEST_PG_ADMIN): Promise<boolean> {
  return admin(url, async (c) => (await c.query('SELECT 1')).rowCount === 1).catch(() => false);
}

/** A new empty database `newsgraph_test_<random>` on the admin server. */
export async function createTestDatabase(adminUrl = TEST_PG_ADMIN): Promise<TestDatabase> {
  const name = `newsgraph_test_${randomBytes(6).toString('hex')}`;
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
