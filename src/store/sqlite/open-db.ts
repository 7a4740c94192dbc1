// Opens a better-sqlite3 connection with newsgraph's pragmas and schema, turning every way
// that can fail into NG_E030/NG_E031 with the path and what to do.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { NewsgraphError, isNewsgraphError } from '../../errors.js';
import { migrate } from './migrations.js';

const BUSY_TIMEOUT_MS = 5000;
const HINT = 'check the path, or pass --db (or set NEWSGRAPH_DB to) a new file name in an existing folder';

/** An open, migrated connection. `location` is a file path or ':memory:'. */
export function openDatabase(location: string): Database.Database {
  if (location !== ':memory:') checkPath(location);
  let db: Database.Database | undefined;
  try {
    db = new Database(location);
    // WAL lets readers run during a write; NORMAL is durable across crashes of the process
    // (not of the OS) in WAL mode, the usual trade for a local tool.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    migrate(db, location);
    return db;
  } catch (e) {
    db?.close();
    throw isNewsgraphError(e) ? e : cannotOpen(location, e);
  }
}

function checkPath(location: string): void {
  const folder = dirname(resolve(location));
  if (!existsSync(folder)) {
    throw new NewsgraphError('NG_E030', `${location}: cannot open the database, folder ${folder} does not exist`, {
      hint: `create the folder first, or ${HINT}`,
    });
  }
  if (existsSync(location) && statSync(location).isDirectory()) {
    throw new NewsgraphError('NG_E030', `${location}: cannot open the database, it is a folder`, { hint: HINT });
  }
}

function cannotOpen(location: string, e: unknown): NewsgraphError {
  const code = (e as { code?: unknown })?.code;
  const what =
    code === 'SQLITE_NOTADB'
      ? 'the file is not a SQLite database'
      : `${e instanceof Error ? e.message : String(e)}${typeof code === 'string' ? ` (${code})` : ''}`;
  return new NewsgraphError('NG_E030', `${location}: cannot open the database, ${what}`, {
    hint: HINT,
    detail: { sqliteCode: code },
  });
}
