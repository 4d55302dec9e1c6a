// An SQLite store as the source of `ccm reindex --to es`: the Store interface for most kinds, and
// read-only queries on its documented `frontier` and `state` tables for the two kinds the interface
// only lists in part (dueLinks) or not at all.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { LINK_COLUMNS, linkFromRow, type LinkRow } from '../sqlite/frontier.js';
import { openSqliteStore } from '../sqlite/index.js';
import type { StoreOptions } from '../types.js';
import type { ImportSource } from './import.js';

const PAGE = 1000;

interface StateRow {
  key: string;
  value: string;
}

export interface SqliteImportSource extends ImportSource {
  close(): Promise<void>;
}

export async function sqliteImportSource(file: string, opts: StoreOptions = {}): Promise<SqliteImportSource> {
  // Opening a store creates a missing file; copying from nothing is a mistake worth saying so.
  if (!existsSync(file)) throw new RangeError(`no SQLite store at ${file}`);
  const store = await openSqliteStore({ ...opts, file });
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    await store.close();
    throw e;
  }
  const firstLinks = db.prepare<[number], LinkRow>(`SELECT ${LINK_COLUMNS} FROM frontier ORDER BY url LIMIT ?`);
  const nextLinks = db.prepare<[string, number], LinkRow>(`SELECT ${LINK_COLUMNS} FROM frontier WHERE url > ? ORDER BY url LIMIT ?`);
  const firstState = db.prepare<[number], StateRow>('SELECT key, value FROM state ORDER BY key LIMIT ?');
  const nextState = db.prepare<[string, number], StateRow>('SELECT key, value FROM state WHERE key > ? ORDER BY key LIMIT ?');
  const countLinks = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM frontier');
  const countState = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM state');

  return {
    store,
    async *links() {
      for (let rows = firstLinks.all(PAGE); rows.length > 0; rows = nextLinks.all((rows.at(-1) as LinkRow).url, PAGE)) {
        for (const r of rows) yield linkFromRow(r);
      }
    },
    async *state() {
      for (let rows = firstState.all(PAGE); rows.length > 0; rows = nextState.all((rows.at(-1) as StateRow).key, PAGE)) {
        for (const r of rows) yield { key: r.key, value: JSON.parse(r.value) as unknown };
      }
    },
    async extraCounts() {
      return { links: countLinks.get()?.n ?? 0, state: countState.get()?.n ?? 0 };
    },
    async close() {
      db.close();
      await store.close();
    },
  };
}
