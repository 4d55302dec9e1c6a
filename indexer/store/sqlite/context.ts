// What every part of the SQLite store shares: the connection, the segmenter, and the one way to write
// (an immediate transaction, reported to the hooks after it commits).
import type { Database, Statement } from 'better-sqlite3';
import type { Segmenter } from '../../segment/types.js';
import type { StoreHooks, StoreWrite } from '../types.js';

export interface SqliteContext {
  db: Database;
  segmenter: Segmenter;
  /**
   * Run `fn` in one transaction. IMMEDIATE takes the write lock up front, so a concurrent writer waits
   * (busy_timeout) instead of failing when a read-then-write transaction would have to upgrade.
   */
  write<T>(fn: () => T, report: (result: T, ms: number) => StoreWrite): T;
  /** A prepared statement for SQL assembled from fixed fragments, prepared once per distinct text. */
  statement(sql: string): Statement;
}

export function createContext(db: Database, segmenter: Segmenter, hooks: StoreHooks): SqliteContext {
  const cache = new Map<string, Statement>();
  return {
    db,
    segmenter,
    write(fn, report) {
      const started = performance.now();
      const result = db.transaction(fn).immediate();
      hooks.onWrite?.(report(result, performance.now() - started));
      return result;
    },
    statement(sql) {
      let s = cache.get(sql);
      if (!s) {
        s = db.prepare(sql);
        cache.set(sql, s);
      }
      return s;
    },
  };
}

/** Rows per page when listing: bounded memory, and the connection is free between pages. */
export const PAGE_ROWS = 500;

/**
 * Keyset paging: `fetch(after)` returns the next page after the key of the last row (null for the
 * first page). Each page is read completely before its rows are yielded, so the caller may use the
 * store while iterating.
 */
export async function* paged<R, K>(fetch: (after: K | null) => R[], keyOf: (row: R) => K): AsyncGenerator<R> {
  let after: K | null = null;
  for (;;) {
    const rows = fetch(after);
    for (const r of rows) yield r;
    if (rows.length < PAGE_ROWS) return;
    after = keyOf(rows[rows.length - 1]!);
  }
}

/** Build `WHERE a AND b …` from the conditions that apply (fixed SQL fragments only). */
export function where(conditions: (string | false | undefined)[]): string {
  const c = conditions.filter((x): x is string => typeof x === 'string');
  return c.length ? `WHERE ${c.join(' AND ')}` : '';
}
