// The one storage contract every module uses. Two backends implement all of it: SQLite (embedded
// default) and Elasticsearch. A single contract test suite runs against both.
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

export type UpsertStatus = 'created' | 'updated' | 'unchanged';

export interface SnapshotQuery {
  sourceId?: string;
  kind?: SnapshotKind;
  /** Inclusive lower bound on takenAt (ISO). */
  from?: string;
  /** Exclusive upper bound on takenAt (ISO). */
  to?: string;
}

export interface ArticleQuery {
  sourceId?: string;
  /** Only articles fetched at or after this instant. */
  fetchedFrom?: string;
  /** Only articles with (or without) an analysis. */
  analyzed?: boolean;
}

export interface EventQuery {
  cityCode?: string;
  polarity?: Polarity;
  from?: string;
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
  /** Earliest time for the next attempt (ISO), for backoff. */
  nextAttemptAt: string;
  lastError: string | null;
}

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
  offset?: number;
  limit?: number;
}

export interface SearchHit {
  url: string;
  title: string;
  sourceId: string;
  publishedAt: string | null;
  polarity: Polarity | null;
  cityCode: string | null;
  score: number;
  /** Fragments with matches wrapped in <em>…</em>; all other text HTML-escaped. */
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
  analyzed: number;
  events: number;
  cityAudits: number;
  frontierPending: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'elasticsearch';
  /** Create or migrate the schema (tables, index templates, aliases). Idempotent. */
  init(): Promise<void>;
  close(): Promise<void>;

  upsertSources(sources: Source[]): Promise<void>;
  listSources(): Promise<Source[]>;

  addSnapshot(s: SnapshotInput): Promise<string>;
  listSnapshots(q?: SnapshotQuery): AsyncIterable<Snapshot>;

  /** Keyed by canonical URL: the same content again is `unchanged`, new content is `updated`. */
  upsertArticles(batch: ArticleInput[]): Promise<UpsertStatus[]>;
  getArticle(url: string): Promise<ArticleRecord | null>;
  listArticles(q?: ArticleQuery): AsyncIterable<ArticleRecord>;
  setAnalyses(batch: { url: string; analysis: ArticleAnalysis }[]): Promise<void>;

  upsertEvents(events: CreditEvent[]): Promise<void>;
  getEvent(id: string): Promise<CreditEvent | null>;
  listEvents(q?: EventQuery): AsyncIterable<CreditEvent>;

  addCityAudit(a: CityAudit): Promise<void>;
  listCityAudits(cityCode?: string): AsyncIterable<CityAudit>;

  /** Add links not seen before (known URLs are left as they are); returns how many were new. */
  addLinks(links: Pick<FrontierLink, 'url' | 'sourceId' | 'discoveredAt' | 'via'>[]): Promise<number>;
  /** Pending links due at `now`, oldest first. */
  dueLinks(now: string, limit: number): Promise<FrontierLink[]>;
  updateLink(url: string, patch: Partial<Pick<FrontierLink, 'status' | 'attempts' | 'nextAttemptAt' | 'lastError'>>): Promise<void>;

  /** Small persistent key/value state (scheduler cursors and the like). */
  getState<T = unknown>(key: string): Promise<T | null>;
  setState(key: string, value: unknown): Promise<void>;

  search(q: SearchQuery): Promise<SearchResult>;
  counts(): Promise<StoreCounts>;
}
