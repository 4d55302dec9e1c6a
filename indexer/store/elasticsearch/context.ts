// What every part of the Elasticsearch store shares: the client, the index names, the segmenter,
// write hooks, and read-after-write visibility.
//
// Refresh semantics: documents written through this store become searchable at the next refresh
// (every second by default, the index's refresh_interval). Gets by id (getArticle, getEvent,
// getState) are real-time. Every read that searches (list*, search, dueLinks, counts, aggregations)
// first refreshes the indices this store has written to since its last refresh, so a store always
// reads its own writes, while a bulk ingest never waits for refreshes. Another process sees the
// writes within the refresh interval.
import type { Client } from '@elastic/elasticsearch';
import type { Segmenter } from '../../segment/types.js';
import type { StoreHooks, StoreWrite } from '../types.js';
import type { BulkTuning } from './bulk.js';
import type { IndexKind, IndexNames } from './indices.js';

export interface EsContext {
  client: Client;
  names: IndexNames;
  segmenter: Segmenter;
  bulk: BulkTuning;
  /** Record that a kind's index has writes not yet visible to searches. */
  wrote(kind: IndexKind): void;
  /** Make this store's earlier writes to these kinds visible to searches. */
  fresh(...kinds: IndexKind[]): Promise<void>;
  /** Report a committed write to StoreHooks.onWrite. */
  report(w: StoreWrite): void;
}

export function createContext(client: Client, names: IndexNames, segmenter: Segmenter, bulk: BulkTuning, hooks: StoreHooks): EsContext {
  const dirty = new Set<IndexKind>();
  return {
    client,
    names,
    segmenter,
    bulk,
    wrote: (kind) => void dirty.add(kind),
    async fresh(...kinds) {
      const stale = kinds.filter((k) => dirty.has(k));
      if (stale.length === 0) return;
      // Cleared before the refresh: a write that lands during it marks the kind again.
      for (const k of stale) dirty.delete(k);
      try {
        await client.indices.refresh({ index: stale.map((k) => names.alias(k)) });
      } catch (e) {
        for (const k of stale) dirty.add(k);
        throw e;
      }
    },
    report: (w) => hooks.onWrite?.(w),
  };
}
