// The embedded SQLite store: one file (WAL mode, so readers never block the writer), schema
// migrations on open, every write one transaction, full-text search on FTS5 over segmented text.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { defaultSegmenter } from '../../segment/index.js';
import type { Store, StoreCounts, StoreOptions } from '../types.js';
import { articleOps } from './articles.js';
import { auditOps } from './audits.js';
import { createContext } from './context.js';
import { eventOps } from './events.js';
import { frontierOps } from './frontier.js';
import { migrate } from './migrations.js';
import { searchOp } from './search.js';
import { smallTableOps } from './small-tables.js';
import { snapshotOps } from './snapshots.js';

export interface SqliteStoreOptions extends StoreOptions {
  /** The database file; its folder is created if missing. */
  file: string;
  /** How long a write waits for another process's write lock before failing. */
  busyTimeoutMs?: number;
  /** Page cache in MiB (default 64): large batches spill dirty pages to the WAL once it is full. */
  cacheMiB?: number;
}

/** Open (creating or migrating) the store in `options.file`. */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  mkdirSync(dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a committed transaction survives a process crash; only an OS crash or power
    // loss can lose the last commits, never consistency.
    db.pragma('synchronous = NORMAL');
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 10_000))}`);
    db.pragma('foreign_keys = ON');
    db.pragma(`cache_size = ${-Math.max(1, Math.floor(options.cacheMiB ?? 64)) * 1024}`);
    db.pragma('temp_store = MEMORY');
    migrate(db);
  } catch (e) {
    db.close();
    throw e;
  }
  const ctx = createContext(db, options.segmenter ?? defaultSegmenter(), options.hooks ?? {});
  const countAll = db.prepare<[], StoreCounts>(
    `SELECT (SELECT count(*) FROM sources) AS sources,
            (SELECT count(*) FROM snapshots) AS snapshots,
            (SELECT count(*) FROM articles) AS articles,
            (SELECT count(*) FROM articles WHERE polarity IS NOT NULL) AS analyzed,
            (SELECT count(*) FROM events) AS events,
            (SELECT count(*) FROM city_audits) AS cityAudits,
            (SELECT count(*) FROM frontier WHERE status = 'pending') AS frontierPending`,
  );

  return {
    kind: 'sqlite',
    async init() {
      migrate(db);
    },
    async close() {
      if (db.open) db.close();
    },
    ...smallTableOps(ctx),
    ...snapshotOps(ctx),
    ...articleOps(ctx),
    ...eventOps(ctx),
    ...auditOps(ctx),
    ...frontierOps(ctx),
    search: searchOp(ctx),
    async counts() {
      return { ...countAll.get()! };
    },
  };
}
