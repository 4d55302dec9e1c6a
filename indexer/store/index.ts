// The store factory: every command and module gets its Store here, SQLite unless the settings choose
// Elasticsearch (settings.store.kind, or ES_URL through loadSettings). The Elasticsearch client is
// only loaded when it is used.
import { join } from 'node:path';
import type { Settings } from '../../core/settings.js';
import { openSqliteStore } from './sqlite/index.js';
import type { Store, StoreOptions } from './types.js';

export type { Store, StoreOptions, StoreHooks, StoreWrite } from './types.js';

/** The SQLite file of a data folder. */
export function sqliteFile(dataDir: string): string {
  return join(dataDir, 'ccm.sqlite');
}

/**
 * Open the configured store, initialised (schema created or migrated) and ready. `opts.segmenter`
 * replaces the shared nodejieba segmenter; `opts.hooks.onWrite` observes every committed write.
 */
export async function openStore(settings: Pick<Settings, 'dataDir' | 'store'>, opts: StoreOptions = {}): Promise<Store> {
  if (settings.store.kind === 'sqlite') return openSqliteStore({ ...opts, file: sqliteFile(settings.dataDir) });
  const { openElasticsearchStore } = await import('./elasticsearch/index.js');
  const store = openElasticsearchStore(settings, opts);
  try {
    await store.init();
  } catch (e) {
    await store.close();
    throw e;
  }
  return store;
}
