// Homepage and ranking snapshots, one row per item so analysts can query positions and ranks in SQL.
import type { HomepageItem, RankingItem, Snapshot, SnapshotInput } from '../../../core/types.js';
import { snapshotId } from '../identity.js';
import { instantMs } from '../time.js';
import type { SnapshotQuery, Store } from '../types.js';
import { PAGE_ROWS, paged, where, type SqliteContext } from './context.js';

interface SnapshotRow {
  id: string;
  source_id: string;
  kind: 'homepage' | 'ranking';
  url: string;
  taken_at: string;
  taken_ms: number;
  fetched_with: 'http' | 'browser';
}

interface ItemRow {
  snapshot_id: string;
  url: string;
  title: string;
  position: number | null;
  section: string | null;
  hidden: number | null;
  list: string | null;
  rank: number | null;
  score: number | null;
}

function homepageItem(r: ItemRow): HomepageItem {
  const item: HomepageItem = { position: r.position!, url: r.url, title: r.title, section: r.section };
  if (r.hidden !== null) item.hidden = r.hidden === 1;
  return item;
}

function rankingItem(r: ItemRow): RankingItem {
  return { list: r.list!, rank: r.rank!, title: r.title, url: r.url, score: r.score };
}

function toSnapshot(s: SnapshotRow, items: ItemRow[]): Snapshot {
  const base = { id: s.id, sourceId: s.source_id, url: s.url, takenAt: s.taken_at, fetchedWith: s.fetched_with };
  return s.kind === 'homepage'
    ? { ...base, kind: 'homepage', items: items.map(homepageItem) }
    : { ...base, kind: 'ranking', items: items.map(rankingItem) };
}

/** Item columns: position, section and hidden for homepages; list, rank and score for rankings. */
function itemRows(s: SnapshotInput) {
  const none = { position: null, section: null, hidden: null, list: null, rank: null, score: null };
  return s.kind === 'homepage'
    ? s.items.map((it) => ({ ...none, url: it.url, title: it.title, position: it.position, section: it.section, hidden: it.hidden === undefined ? null : Number(it.hidden) }))
    : s.items.map((it) => ({ ...none, url: it.url, title: it.title, list: it.list, rank: it.rank, score: it.score }));
}

type SnapshotOps = Pick<Store, 'addSnapshot' | 'listSnapshots'>;

export function snapshotOps(ctx: SqliteContext): SnapshotOps {
  const { db } = ctx;
  const upsert = db.prepare(
    `INSERT INTO snapshots (id, source_id, kind, url, taken_at, taken_ms, fetched_with)
     VALUES (@id, @sourceId, @kind, @url, @takenAt, @takenMs, @fetchedWith)
     ON CONFLICT (id) DO UPDATE SET taken_at = excluded.taken_at, fetched_with = excluded.fetched_with`,
  );
  const clearItems = db.prepare('DELETE FROM snapshot_items WHERE snapshot_id = ?');
  const insertItem = db.prepare(
    `INSERT INTO snapshot_items (snapshot_id, idx, url, title, position, section, hidden, list, rank, score)
     VALUES (@id, @idx, @url, @title, @position, @section, @hidden, @list, @rank, @score)`,
  );
  const itemsOf = db.prepare<[string], ItemRow>(
    `SELECT snapshot_id, url, title, position, section, hidden, list, rank, score FROM snapshot_items
     WHERE snapshot_id IN (SELECT value FROM json_each(?)) ORDER BY snapshot_id, idx`,
  );

  return {
    async addSnapshot(s: SnapshotInput) {
      const id = snapshotId(s);
      const takenMs = instantMs(s.takenAt);
      return ctx.write(
        () => {
          upsert.run({ id, sourceId: s.sourceId, kind: s.kind, url: s.url, takenAt: s.takenAt, takenMs, fetchedWith: s.fetchedWith });
          clearItems.run(id);
          itemRows(s).forEach((item, idx) => insertItem.run({ ...item, id, idx }));
          return id;
        },
        (_, ms) => ({ op: 'snapshot', count: 1, ms }),
      );
    },

    async *listSnapshots(q: SnapshotQuery = {}) {
      const fromMs = q.from === undefined ? undefined : instantMs(q.from);
      const toMs = q.to === undefined ? undefined : instantMs(q.to);
      const page = (after: [number, string] | null) => {
        const sql = `SELECT id, source_id, kind, url, taken_at, taken_ms, fetched_with FROM snapshots ${where([
          q.sourceId !== undefined && 'source_id = @sourceId',
          q.kind !== undefined && 'kind = @kind',
          fromMs !== undefined && 'taken_ms >= @fromMs',
          toMs !== undefined && 'taken_ms < @toMs',
          after !== null && '(taken_ms, id) > (@afterMs, @afterId)',
        ])} ORDER BY taken_ms, id LIMIT ${PAGE_ROWS}`;
        const params: Record<string, unknown> = {};
        if (q.sourceId !== undefined) params.sourceId = q.sourceId;
        if (q.kind !== undefined) params.kind = q.kind;
        if (fromMs !== undefined) params.fromMs = fromMs;
        if (toMs !== undefined) params.toMs = toMs;
        if (after) [params.afterMs, params.afterId] = after;
        const rows = ctx.statement(sql).all(params) as SnapshotRow[];
        const items = new Map<string, ItemRow[]>();
        for (const it of itemsOf.all(JSON.stringify(rows.map((r) => r.id)))) {
          const list = items.get(it.snapshot_id);
          if (list) list.push(it);
          else items.set(it.snapshot_id, [it]);
        }
        return rows.map((r) => ({ row: r, snapshot: toSnapshot(r, items.get(r.id) ?? []) }));
      };
      for await (const { snapshot } of paged(page, ({ row }) => [row.taken_ms, row.id] as [number, string])) yield snapshot;
    },
  };
}
