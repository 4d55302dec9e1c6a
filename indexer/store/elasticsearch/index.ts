// The Store on Elasticsearch (official @elastic/elasticsearch client, same major as the server).
//
// Indices (all behind aliases, created with their templates by `init`): <prefix>-sources, -snapshots,
// -articles, -events, -audits, -frontier, -state; each alias points to <alias>-v<N>, its mapping
// version (see ./indices.ts and ./schema.ts). Articles carry title_seg/body_seg, the shared index
// tokens of title and body (../tokens.ts) under the whitespace analyzer, so index-time and query-time
// segmentation are the same code, and keyword/date fields for filters, sorting and aggregations.
//
// Semantics that differ from SQLite, by the nature of Elasticsearch:
// - Reads see this store's own writes (see ./context.ts); other processes see them within a second.
// - A batch is validated whole before anything is written, and each document is written
//   atomically, but a batch is not one transaction: if the server fails part-way, the call throws
//   BulkWriteError naming the refused documents, and repeating the call converges (writes are
//   idempotent, keyed by URL or id).
import type { Client } from '@elastic/elasticsearch';
import type { Settings } from '../../../core/settings.js';
import type { ArticleRecord } from '../../../core/types.js';
import { defaultSegmenter, type Segmenter } from '../../segment/index.js';
import type { Store, StoreCounts, StoreOptions } from '../types.js';
import { dailyCounts, type DailyCount, type DailyCountsQuery } from './aggregations.js';
import { getArticle, getArticles, listArticles, setAnalyses, upsertArticles } from './articles.js';
import type { BulkTuning } from './bulk.js';
import { checkServer, createClient, resolveConnection, type ConnectionOptions } from './connection.js';
import { createContext, type EsContext } from './context.js';
import { addLinks, dueLinks, updateLink } from './frontier.js';
import { DERIVED, articleDoc, indexNames, stripDerived, type IndexKind, type IndexNames } from './indices.js';
import { addCityAudit, addSnapshot, getEvent, listCityAudits, listEvents, listSnapshots, listSources, upsertEvents, upsertSources } from './records.js';
import { ensureSchema, migrateIndex, type EnsureHooks, type MigrationReport } from './schema.js';
import { search } from './search.js';
import { getState, setState } from './state.js';

export { BulkWriteError } from './bulk.js';
export { ElasticsearchUnavailableError, DEFAULT_ES_URL } from './connection.js';
export { SchemaError, dropSchema } from './schema.js';
export type { DailyCount, DailyCountsQuery } from './aggregations.js';
export type { MigrationReport } from './schema.js';
export type { IndexKind, IndexNames } from './indices.js';

export interface ElasticsearchStoreOptions extends StoreOptions, ConnectionOptions {
  /** Index name prefix; overrides settings.store.indexPrefix (tests use one per run). */
  indexPrefix?: string;
  /** Bulk request size and parallelism. */
  bulk?: BulkTuning;
  /** Told when `init` migrates an index to a newer mapping version. */
  onMigrated?: EnsureHooks['onMigrated'];
}

export interface ElasticsearchStore extends Store {
  readonly kind: 'elasticsearch';
  readonly client: Client;
  readonly names: IndexNames;
  /** The segmenter of the full-text fields (writers outside the Store interface must use the same). */
  readonly segmenter: Segmenter;
  /** The server's version, known after init. */
  readonly serverVersion: string | null;
  /**
   * Analysed articles per Beijing day × primary city × polarity, with distinct events: the
   * aggregation the city credit index needs, computed by the server instead of streaming articles.
   */
  dailyCounts(q?: DailyCountsQuery): Promise<DailyCount[]>;
  /** Copy one kind into a new mapping version and move its alias there (see migrateIndex in ./schema.ts). */
  migrate(kind: IndexKind, toVersion: number): Promise<MigrationReport>;
}

export function openElasticsearchStore(settings: Pick<Settings, 'store'>, opts: ElasticsearchStoreOptions = {}): ElasticsearchStore {
  const connection = resolveConnection(settings.store, opts);
  const client = createClient(connection);
  const names = indexNames(opts.indexPrefix ?? settings.store.indexPrefix);
  const segmenter = opts.segmenter ?? defaultSegmenter();
  const ctx: EsContext = createContext(client, names, segmenter, opts.bulk ?? {}, opts.hooks ?? {});
  // Articles are re-segmented when copied to a new mapping version, so a migration also applies new dictionaries.
  const rebuild: Partial<Record<IndexKind, (s: Record<string, unknown>) => object>> = {
    articles: (s) => articleDoc(stripDerived<ArticleRecord>(s, DERIVED.articles), segmenter),
  };
  let serverVersion: string | null = null;
  let closed = false;

  async function count(kind: IndexKind, query?: object): Promise<number> {
    return (await client.count({ index: names.alias(kind), ...(query ? { query } : {}) })).count;
  }

  return {
    kind: 'elasticsearch',
    client,
    names,
    segmenter,
    get serverVersion() {
      return serverVersion;
    },
    async init() {
      serverVersion = await checkServer(client, connection.url);
      await ensureSchema(client, names, rebuild, { onMigrated: opts.onMigrated });
    },
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
    },
    upsertSources: (s) => upsertSources(ctx, s),
    listSources: () => listSources(ctx),
    addSnapshot: (s) => addSnapshot(ctx, s),
    listSnapshots: (q) => listSnapshots(ctx, q),
    upsertArticles: (b) => upsertArticles(ctx, b),
    getArticle: (url) => getArticle(ctx, url),
    getArticles: (urls) => getArticles(ctx, urls),
    listArticles: (q) => listArticles(ctx, q),
    setAnalyses: (b) => setAnalyses(ctx, b),
    upsertEvents: (e) => upsertEvents(ctx, e),
    getEvent: (id) => getEvent(ctx, id),
    listEvents: (q) => listEvents(ctx, q),
    addCityAudit: (a) => addCityAudit(ctx, a),
    listCityAudits: (q) => listCityAudits(ctx, q),
    addLinks: (l) => addLinks(ctx, l),
    dueLinks: (now, limit) => dueLinks(ctx, now, limit),
    updateLink: (url, patch) => updateLink(ctx, url, patch),
    getState: <T>(key: string) => getState<T>(ctx, key),
    setState: (key, value) => setState(ctx, key, value),
    search: (q) => search(ctx, q),
    async counts(): Promise<StoreCounts> {
      await ctx.fresh('sources', 'snapshots', 'articles', 'events', 'audits', 'frontier');
      const [sources, snapshots, articles, analyzed, events, cityAudits, frontierPending] = await Promise.all([
        count('sources'),
        count('snapshots'),
        count('articles'),
        count('articles', { term: { analyzed: true } }),
        count('events'),
        count('audits'),
        count('frontier', { term: { status: 'pending' } }),
      ]);
      return { sources, snapshots, articles, analyzed, events, cityAudits, frontierPending };
    },
    dailyCounts: (q) => dailyCounts(ctx, q),
    migrate: (kind, toVersion) => migrateIndex(client, names, kind, toVersion, rebuild[kind], opts.bulk),
  };
}
