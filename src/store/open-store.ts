// Picks the Store for a location: a file path or ':memory:' → SQLite; a postgres:// URL →
// PostgreSQL. Also where the default database location is decided.
import { openPgStore } from './postgres/pg-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export const DEFAULT_DB = './newsgraph.db';

/**
 * Where the database is: the `--db` flag, else env NEWSGRAPH_DB, else ./newsgraph.db.
 * Empty values count as absent.
 */
export function resolveDbLocation(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return flag;
  return env.NEWSGRAPH_DB || DEFAULT_DB;
}

/** Opens the store at `location` (see resolveDbLocation); NG_E030/NG_E031 when it cannot. */
export async function openStore(location: string): Promise<Store> {
  if (isPostgresUrl(location)) return openPgStore({ url: location });
  return openSqliteStore({ location });
}

/** True for postgres:// and postgresql:// URLs. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}
