// The small tables: sources (the site registry as data) and key/value state.
import type { Source } from '../../../core/sources.js';
import type { Store } from '../types.js';
import type { SqliteContext } from './context.js';

type SmallOps = Pick<Store, 'upsertSources' | 'listSources' | 'getState' | 'setState'>;

export function smallTableOps(ctx: SqliteContext): SmallOps {
  const { db } = ctx;
  const upsertSource = db.prepare(
    `INSERT INTO sources (id, kind, name, json) VALUES (@id, @kind, @name, @json)
     ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, json = excluded.json`,
  );
  const sources = db.prepare<[], { json: string }>('SELECT json FROM sources ORDER BY id');
  const getState = db.prepare<[string], { value: string }>('SELECT value FROM state WHERE key = ?');
  const putState = db.prepare('INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const deleteState = db.prepare('DELETE FROM state WHERE key = ?');

  return {
    async upsertSources(list: Source[]) {
      const rows = list.map((s) => ({ id: s.id, kind: s.kind, name: s.name, json: JSON.stringify(s) }));
      ctx.write(
        () => rows.forEach((r) => upsertSource.run(r)),
        (_, ms) => ({ op: 'sources', count: rows.length, ms }),
      );
    },

    async listSources() {
      return sources.all().map((r) => JSON.parse(r.json) as Source);
    },

    async getState<T>(key: string) {
      const r = getState.get(key);
      return r ? (JSON.parse(r.value) as T) : null;
    },

    async setState(key, value) {
      const json = value === null ? null : JSON.stringify(value);
      if (json === undefined) throw new TypeError(`setState(${JSON.stringify(key)}): value is not JSON-serialisable`);
      ctx.write(
        () => (json === null ? deleteState.run(key) : putState.run(key, json)),
        (_, ms) => ({ op: 'state', count: 1, ms }),
      );
    },
  };
}
