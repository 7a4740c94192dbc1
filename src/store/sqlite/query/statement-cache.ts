// Prepared statements of the query layer, cached by their SQL text: a Query yields one of a
// bounded number of shapes, and preparing costs more than running a small indexed query.
import type Database from 'better-sqlite3';

const MAX_STATEMENTS = 500;

export type Prepare = (sql: string) => Database.Statement;

/** A `prepare` that remembers the last MAX_STATEMENTS statements it prepared (least recently used out). */
export function statementCache(db: Database.Database): Prepare {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    const hit = cache.get(sql);
    if (hit) {
      cache.delete(sql);
      cache.set(sql, hit);
      return hit;
    }
    const st = db.prepare(sql);
    cache.set(sql, st);
    if (cache.size > MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
    return st;
  };
}
