// The one storage contract every module uses. Two backends implement all of it: SQLite (embedded
// default) and Elasticsearch. A single contract test suite (test/indexer/store/contract.ts) runs
// against both, so every rule written here is one both backends must keep.
//
// Shared rules:
// - Instants are compared as instants, not as strings: ISO strings with any offset are accepted, and a
//   date-only value (YYYY-MM-DD) means 00:00 Asia/Shanghai of that day (see ./time.ts).
// - Listing methods return AsyncIterables that read page by page, so a large store streams in bounded
//   memory and the caller may write to the store while iterating (writes made meanwhile may or may not
//   be seen by that iteration).
// - Every write is atomic: a batch is stored completely or not at all.
import type {
  ArticleAnalysis,
  ArticleInput,
  ArticleRecord,
  CityAudit,
  CreditDomain,
  CreditEvent,
  Polarity,
  Sector,
  Snapshot,
  SnapshotInput,
  SnapshotKind,
} from '../../core/types.js';
import type { Source } from '../../core/sources.js';
import type { Segmenter } from '../segment/types.js';

/**
 * Result of one article upsert. `created`: the URL was new. `unchanged`: the content (title,
 * publishedAt, source, body; see contentHash in ./identity.ts) is identical, and nothing is written.
 * `updated`: the content changed; the record takes the new content, fetchedAt and sourceId, keeps
 * firstFetchedAt, and loses its analysis (which described the old content), so it is analysed again.
 */
export type UpsertStatus = 'created' | 'updated' | 'unchanged';

/** Snapshots ordered by takenAt ascending, then id. */
export interface SnapshotQuery {
  sourceId?: string;
  kind?: SnapshotKind;
  /** Inclusive lower bound on takenAt (ISO). */
  from?: string;
  /** Exclusive upper bound on takenAt (ISO). */
  to?: string;
}

/** Articles ordered by fetchedAt ascending, then url. */
export interface ArticleQuery {
  sourceId?: string;
  /** Only articles whose fetchedAt is at or after this instant. */
  fetchedFrom?: string;
  /** Only articles with (true) or without (false) an analysis. */
  analyzed?: boolean;
}

/** Events ordered by firstSeen ascending, then id. */
export interface EventQuery {
  /** The event's primary city (event.city.code). */
  cityCode?: string;
  polarity?: Polarity;
  /** Events reported by this source (one of event.sites). */
  sourceId?: string;
  /** Events active in [from, to): lastSeen >= from. */
  from?: string;
  /** Events active in [from, to): firstSeen < to. */
  to?: string;
}

/** City audits ordered by visitedAt ascending, then cityCode, then sourceId. */
export interface CityAuditQuery {
  cityCode?: string;
  sourceId?: string;
  /** Inclusive lower bound on visitedAt. */
  from?: string;
  /** Exclusive upper bound on visitedAt. */
  to?: string;
}

/** A link the crawler found and must fetch: the persistent frontier, so a killed crawl resumes. */
export interface FrontierLink {
  url: string;
  sourceId: string;
  discoveredAt: string;
  /** Where it was found: homepage, ranking, column list… */
  via: string;
  status: 'pending' | 'done' | 'failed';
  attempts: number;
  /** Earliest time for the next attempt (ISO), for backoff. A new link is due at discoveredAt. */
  nextAttemptAt: string;
  lastError: string | null;
}

export type NewFrontierLink = Pick<FrontierLink, 'url' | 'sourceId' | 'discoveredAt' | 'via'>;
export type FrontierLinkPatch = Partial<Pick<FrontierLink, 'status' | 'attempts' | 'nextAttemptAt' | 'lastError'>>;

/** The most hits a search can page through (offset + limit), as in Elasticsearch's max_result_window. */
export const SEARCH_MAX_WINDOW = 10_000;
export const SEARCH_DEFAULT_LIMIT = 20;

/**
 * Full-text search over articles. Both backends return the same total and the same set of hits for
 * the same data; see normalizeSearchQuery in ./search-query.ts, which both use to validate a query.
 *
 * Text: `text` is reduced to tokens by searchTokens (./tokens.ts): the segmenter's indexText, split
 * into runs of letters and digits, deduplicated. The title and body are indexed by the same
 * function. A query token made entirely of other query tokens (a compound followed by its parts,
 * 失信名单 失信 名单) is not required, only a relevance boost (splitCompounds in ./tokens.ts; the
 * normalised query's `boost`). An article matches when every required token is a token of its
 * title or of its body (AND; different tokens may come from different fields). Text that yields no
 * token (empty, only punctuation) adds no condition.
 *
 * Filters (all combined with AND; a list matches any of its values):
 * - sourceIds: article.sourceId.
 * - cityCode / provinceCode: analysis.city.code / analysis.province.code (the primary city).
 * - polarity, domain, sector: the analysis fields. An article without analysis matches none of these.
 * - from (inclusive) / to (exclusive): publishedAt as an instant. An article without publishedAt
 *   matches no range.
 *
 * Order: `sort` defaults to 'relevance' when the query has tokens, otherwise 'date'.
 * - 'date': publishedAt descending (articles without one last), then url ascending. Exact on both
 *   backends, so pages are identical.
 * - 'relevance': each backend's BM25 with the title weighted 3× the body, then publishedAt
 *   descending, then url ascending. Scores differ between BM25 implementations, so only the hit set
 *   (for a page that holds them all) and the rule "a match in the title outranks a single match in a
 *   long body" are promised across backends.
 *
 * Paging: offset (default 0) and limit (default SEARCH_DEFAULT_LIMIT); offset + limit must not exceed
 * SEARCH_MAX_WINDOW, else RangeError. `total` is always the exact number of matches.
 */
export interface SearchQuery {
  /** Free text; segmented exactly as at index time. Empty → match all (filters only). */
  text?: string;
  sourceIds?: string[];
  cityCode?: string;
  provinceCode?: string;
  polarity?: Polarity[];
  domain?: CreditDomain[];
  sector?: Sector[];
  /** publishedAt range, inclusive from, exclusive to. */
  from?: string;
  to?: string;
  sort?: 'relevance' | 'date';
  offset?: number;
  limit?: number;
}

export interface SearchHit {
  url: string;
  title: string;
  /** The title HTML-escaped with query tokens (required and boost) wrapped in <em>…</em> (highlightTitle in ./highlight.ts). */
  titleHtml: string;
  sourceId: string;
  /** Media name as printed on the page (article.source). */
  source: string | null;
  publishedAt: string | null;
  polarity: Polarity | null;
  domain: CreditDomain | null;
  sector: Sector | null;
  cityCode: string | null;
  /** Backend-specific relevance, larger is better; 0 when ordered by date. Not comparable across backends. */
  score: number;
  /**
   * Body fragments with matches wrapped in <em>…</em>; all other text HTML-escaped
   * (highlightFragments in ./highlight.ts, computed from the stored body). Empty without query tokens.
   */
  highlights: string[];
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

export interface StoreCounts {
  sources: number;
  snapshots: number;
  articles: number;
  /** Articles that carry an analysis. */
  analyzed: number;
  events: number;
  cityAudits: number;
  /** Frontier links with status 'pending', due or not. */
  frontierPending: number;
}

/** What a committed write did, reported to StoreHooks.onWrite (e.g. for progress displays). */
export type StoreWrite =
  | { op: 'articles'; created: number; updated: number; unchanged: number; ms: number }
  | { op: 'sources' | 'snapshot' | 'analyses' | 'events' | 'cityAudit' | 'links' | 'linkUpdate' | 'state'; count: number; ms: number };

export interface StoreHooks {
  /**
   * Called after each write has committed, with how many records it touched and how long it took.
   * An exception thrown here reaches the caller of the write, which has committed nonetheless.
   */
  onWrite?(w: StoreWrite): void;
}

/** Options every backend accepts (openStore in ./index.ts passes them through). */
export interface StoreOptions {
  /** Segmentation for the full-text index and for queries; defaults to the shared nodejieba segmenter. */
  segmenter?: Segmenter;
  hooks?: StoreHooks;
}

export interface Store {
  readonly kind: 'sqlite' | 'elasticsearch';
  /** Create or migrate the schema (tables, index templates, aliases). Idempotent; openStore calls it. */
  init(): Promise<void>;
  /** Release connections. The store is unusable afterwards; closing twice is harmless. */
  close(): Promise<void>;

  /** Insert or replace by id. */
  upsertSources(sources: Source[]): Promise<void>;
  /** Ordered by id. */
  listSources(): Promise<Source[]>;

  /**
   * Store a snapshot with its items (kept in the given order). The id is snapshotId(s) from
   * ./identity.ts (source, kind, url, takenAt), so adding the same snapshot again replaces it instead of
   * duplicating it — a resumed crawl may re-add what it had stored before a crash.
   */
  addSnapshot(s: SnapshotInput): Promise<string>;
  listSnapshots(q?: SnapshotQuery): AsyncIterable<Snapshot>;

  /**
   * Keyed by canonical URL; one status per input, in input order (a URL repeated in a batch is
   * applied in order: created, then unchanged or updated). See UpsertStatus.
   */
  upsertArticles(batch: ArticleInput[]): Promise<UpsertStatus[]>;
  getArticle(url: string): Promise<ArticleRecord | null>;
  /** Several articles in one round trip: one entry per input URL, in input order, null where none is stored. */
  getArticles(urls: readonly string[]): Promise<(ArticleRecord | null)[]>;
  listArticles(q?: ArticleQuery): AsyncIterable<ArticleRecord>;
  /** Attach analyses (replacing earlier ones). URLs not in the store are skipped; returns how many were set. */
  setAnalyses(batch: { url: string; analysis: ArticleAnalysis }[]): Promise<number>;

  /** Insert or replace by id. */
  upsertEvents(events: CreditEvent[]): Promise<void>;
  getEvent(id: string): Promise<CreditEvent | null>;
  listEvents(q?: EventQuery): AsyncIterable<CreditEvent>;

  /** Keyed by (cityCode, sourceId, visitedAt): the same visit again replaces it. */
  addCityAudit(a: CityAudit): Promise<void>;
  /** A string is shorthand for { cityCode }. */
  listCityAudits(q?: string | CityAuditQuery): AsyncIterable<CityAudit>;

  /**
   * Add links not seen before as pending, due at discoveredAt, 0 attempts (known URLs are left as
   * they are, whatever their status); returns how many were new. A URL repeated in the batch counts once.
   */
  addLinks(links: NewFrontierLink[]): Promise<number>;
  /**
   * Pending links with nextAttemptAt <= now, at most `limit`, ordered by nextAttemptAt ascending, then
   * discoveredAt ascending, then url.
   */
  dueLinks(now: string, limit: number): Promise<FrontierLink[]>;
  /** Change a known link; throws for a URL that is not in the frontier. */
  updateLink(url: string, patch: FrontierLinkPatch): Promise<void>;

  /** Small persistent key/value state (scheduler cursors and the like): JSON values; null when absent. */
  getState<T = unknown>(key: string): Promise<T | null>;
  /** Store a JSON-serialisable value (replacing the old one); `null` deletes the key. */
  setState(key: string, value: unknown): Promise<void>;

  search(q: SearchQuery): Promise<SearchResult>;
  counts(): Promise<StoreCounts>;
}
