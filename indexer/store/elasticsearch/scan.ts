// Reading a whole result set page by page: a point in time keeps one consistent view of the index
// while the caller works (and writes) between pages, and search_after pages through it without the
// 10 000-hit window of from/size.
import type { Client, estypes } from '@elastic/elasticsearch';

export interface ScanOptions {
  index: string;
  query?: estypes.QueryDslQueryContainer;
  /** A total order (end with a unique field); omitted → index order, the fastest for a full copy. */
  sort?: estypes.SortCombinations[];
  pageSize?: number;
  /** Fields left out of each hit's _source. */
  excludes?: string[];
  /** How long the server keeps the view between two pages. */
  keepAlive?: string;
}

export interface ScanHit {
  id: string;
  source: Record<string, unknown>;
}

export async function* scan(client: Client, o: ScanOptions): AsyncGenerator<ScanHit> {
  const keepAlive = o.keepAlive ?? '5m';
  const size = o.pageSize ?? 500;
  let pitId = (await client.openPointInTime({ index: o.index, keep_alive: keepAlive })).id;
  try {
    let after: estypes.SortResults | undefined;
    for (;;) {
      const r = await client.search<Record<string, unknown>>({
        pit: { id: pitId, keep_alive: keepAlive },
        query: o.query ?? { match_all: {} },
        sort: [...(o.sort ?? []), { _shard_doc: 'asc' }],
        size,
        track_total_hits: false,
        ...(o.excludes?.length ? { _source: { excludes: o.excludes } } : {}),
        ...(after ? { search_after: after } : {}),
      });
      if (r.pit_id) pitId = r.pit_id;
      const hits = r.hits.hits;
      for (const h of hits) yield { id: h._id ?? '', source: h._source ?? {} };
      const last = hits.at(-1);
      if (hits.length < size || !last?.sort) return;
      after = last.sort;
    }
  } finally {
    await client.closePointInTime({ id: pitId });
  }
}
