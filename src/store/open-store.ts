// Picks the Store for a location: a file path or ':memory:' → SQLite; a PostgreSQL URL →
// not built yet. Also where the default database location is decided.
import { NewsgraphError } from '../errors.js';
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
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new NewsgraphError('NG_E030', `${redact(location)}: PostgreSQL support is not built yet`, {
      hint: 'use a SQLite file for now (--db ./newsgraph.db); a later release adds PostgreSQL',
    });
  }
  return openSqliteStore({ location });
}

/** The URL without its password, fit for a message. */
function redact(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/i, '$1:***@');
}
