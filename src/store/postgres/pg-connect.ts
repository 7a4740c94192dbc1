// Connections to PostgreSQL: a pool that returns numbers and ISO times, the URL without its
// password for messages, and which errors mean "the server is away" rather than "bad data".
import pg from 'pg';
import { NewsgraphError, isNewsgraphError } from '../../errors.js';

const INT8 = 20;
const NUMERIC = 1700;
const TIMESTAMPTZ = 1184;
const CONNECT_TIMEOUT_MS = 5000;
// A query whose server vanished mid-flight (a restart that left the socket half-open) would
// wait forever and hold its job "active"; past this it fails as transient and is retried.
const QUERY_TIMEOUT_MS = 60_000;

/** The URL without its password, fit for a message or a log. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@]*@/i, '$1:***@');
}

// Counts and identities are bigint (sums numeric); they stay far below 2^53. Times become ISO strings, as
// SQLite stores them. Parsers are per pool, so other users of `pg` are unaffected.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    if (oid === TIMESTAMPTZ) {
      const parse = pg.types.getTypeParser(TIMESTAMPTZ);
      return (v: string) => (parse(v) as Date).toISOString();
    }
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

/** A pool for `url`. Errors of idle connections (a server restart) are dropped, not thrown. */
export function createPool(url: string, max = 4): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url, max, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, query_timeout: QUERY_TIMEOUT_MS, keepAlive: true, types,
  });
  // Without a listener an idle client that loses its server would crash the process; the
  // next query simply opens a new connection.
  pool.on('error', () => undefined);
  return pool;
}

// Class 08: connection exception; 57P01-03: admin shutdown, crash shutdown, cannot connect
// now (starting up); 53300: too many connections; 40001/40P01: serialization failure and
// deadlock, which succeed when retried.
const TRANSIENT_SQLSTATE = /^(08...|57P0[123]|53300|40001|40P01)$/;
const TRANSIENT_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/** True when the error says the server was unreachable or went away: retrying may succeed. */
export function isTransientPgError(e: unknown): boolean {
  if (isNewsgraphError(e)) return e.code === 'NG_E030' && e.detail.transient === true;
  const code = (e as { code?: unknown })?.code;
  if (typeof code === 'string' && (TRANSIENT_SQLSTATE.test(code) || TRANSIENT_ERRNO.has(code))) return true;
  const message = e instanceof Error ? e.message : '';
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Query read timeout/i.test(message);
}

/** NG_E030 for a PostgreSQL URL that cannot be used, with the cause and what to do. */
export function cannotOpenPg(url: string, e: unknown): NewsgraphError {
  if (isNewsgraphError(e)) return e;
  const code = (e as { code?: unknown })?.code;
  const cause = e instanceof Error && e.message ? e.message : String(e);
  const transient = isTransientPgError(e);
  const hint = transient
    ? 'start PostgreSQL (see docs/scale-out.md) or check host and port in --db / NEWSGRAPH_DB'
    : code === '3D000'
      ? 'create the database first (createdb NAME), or name an existing one in the URL'
      : 'check the user, password and database in the URL';
  return new NewsgraphError('NG_E030', `${redactUrl(url)}: cannot open the PostgreSQL database, ${cause}${typeof code === 'string' ? ` (${code})` : ''}`, {
    hint,
    detail: { pgCode: code, transient },
  });
}
