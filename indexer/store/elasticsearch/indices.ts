// What each Elasticsearch index holds: its mapping, its mapping version, and how a stored record
// becomes a document (the record itself plus derived fields for filtering, sorting and full text) and
// back. Every index lives behind an alias (`<prefix>-articles` → `<prefix>-articles-v1`), so a
// mapping change that is not additive is a new version copied in the background and an alias swap.
import { createHash } from 'node:crypto';
import type { estypes } from '@elastic/elasticsearch';
import type { ArticleRecord, CityAudit, CreditEvent, Snapshot } from '../../../core/types.js';
import { shanghaiParts } from '../../../core/clock.js';
import type { Segmenter } from '../../segment/types.js';
import { instantMs, optionalInstantMs } from '../time.js';
import { indexedText } from '../tokens.js';
import type { FrontierLink } from '../types.js';

export const INDEX_KINDS = ['sources', 'snapshots', 'articles', 'events', 'audits', 'frontier', 'state'] as const;
export type IndexKind = (typeof INDEX_KINDS)[number];

type Mapping = estypes.MappingTypeMapping;
type Property = estypes.MappingProperty;

const keyword: Property = { type: 'keyword' };
/** Crawled URLs can be long; 8191 characters keeps the UTF-8 term under Lucene's 32 766-byte limit. */
const urlKeyword: Property = { type: 'keyword', ignore_above: 8191 };
/** Instants are indexed as epoch milliseconds computed by ../time.ts, so both backends order alike. */
const instant: Property = { type: 'date', format: 'epoch_millis' };
/** Index time and query time use the same segmenter output, so the analyzer only splits on spaces. */
const segmented: Property = { type: 'text', analyzer: 'whitespace' };
const place: Property = { properties: { code: keyword, name: keyword } };
const opaque: Property = { type: 'object', enabled: false };

/**
 * Mapping versions. Raise one when its mapping changes in a way Elasticsearch cannot apply in place
 * (a field's type or analyzer); `init` then copies the old index into the new version and moves the
 * alias. Added fields need no new version: `init` adds them to the live index.
 */
export const MAPPINGS: Record<IndexKind, { version: number; mappings: Mapping }> = {
  sources: {
    version: 1,
    mappings: { dynamic: false, properties: { id: keyword, kind: keyword, cityCode: keyword } },
  },
  snapshots: {
    version: 1,
    mappings: {
      dynamic: false,
      properties: { id: keyword, sourceId: keyword, kind: keyword, url: urlKeyword, takenAtMs: instant, items: opaque },
    },
  },
  articles: {
    version: 1,
    mappings: {
      dynamic: false,
      properties: {
        url: urlKeyword,
        sourceId: keyword,
        source: { type: 'keyword', ignore_above: 256 },
        contentHash: keyword,
        publishedAtMs: instant,
        fetchedAtMs: instant,
        firstFetchedAtMs: instant,
        day: keyword,
        title_seg: segmented,
        body_seg: segmented,
        analyzed: { type: 'boolean' },
        analysis: {
          properties: {
            polarity: keyword,
            domain: keyword,
            sector: keyword,
            severity: { type: 'float' },
            confidence: { type: 'float' },
            city: place,
            province: place,
            county: place,
            cities: opaque,
            evidence: opaque,
            eventId: keyword,
            version: keyword,
          },
        },
      },
    },
  },
  events: {
    version: 1,
    mappings: {
      dynamic: false,
      properties: {
        id: keyword,
        city: place,
        polarity: keyword,
        domain: keyword,
        sector: keyword,
        sites: keyword,
        articleUrls: urlKeyword,
        respondsTo: keyword,
        firstSeenMs: instant,
        lastSeenMs: instant,
        homepage: opaque,
        ranking: opaque,
      },
    },
  },
  audits: {
    version: 1,
    mappings: {
      dynamic: false,
      properties: { id: keyword, cityCode: keyword, sourceId: keyword, visitedAtMs: instant, reachable: { type: 'boolean' }, columns: opaque },
    },
  },
  frontier: {
    version: 1,
    mappings: {
      dynamic: false,
      properties: {
        url: urlKeyword,
        sourceId: keyword,
        via: keyword,
        status: keyword,
        attempts: { type: 'integer' },
        discoveredAtMs: instant,
        nextAttemptAtMs: instant,
      },
    },
  },
  state: {
    version: 1,
    mappings: { dynamic: false, properties: { key: keyword, value: opaque } },
  },
};

/** One primary shard per index: the store's indices are small except articles, which one shard serves to millions. */
export const INDEX_SETTINGS: estypes.IndicesIndexSettings = {
  number_of_shards: 1,
  // A replica where there is a second node; none on a single node, so its health stays green.
  auto_expand_replicas: '0-1',
};

export interface IndexNames {
  prefix: string;
  /** The alias every read and write goes through. */
  alias(kind: IndexKind): string;
  /** The concrete index of a mapping version. */
  versioned(kind: IndexKind, version: number): string;
  template(kind: IndexKind): string;
  /** The pattern of all versions of one kind, for its index template. */
  pattern(kind: IndexKind): string;
  /** The version number of a concrete index name, or null when the name is not one of ours. */
  versionOf(kind: IndexKind, index: string): number | null;
}

export function indexNames(prefix: string): IndexNames {
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(prefix)) {
    throw new RangeError(`index prefix must be lower-case letters, digits, _ and - (starting with a letter or digit), got ${JSON.stringify(prefix)}`);
  }
  return {
    prefix,
    alias: (kind) => `${prefix}-${kind}`,
    versioned: (kind, version) => `${prefix}-${kind}-v${version}`,
    template: (kind) => `${prefix}-${kind}`,
    pattern: (kind) => `${prefix}-${kind}-v*`,
    versionOf(kind, index) {
      const m = new RegExp(`^${prefix}-${kind}-v(\\d+)$`).exec(index);
      return m?.[1] ? Number(m[1]) : null;
    },
  };
}

/** Document id of a URL-keyed record (articles, frontier links): URLs can exceed the 512-byte _id limit. */
export function urlId(url: string): string {
  return createHash('sha256').update(url).digest('hex');
}

function shanghaiDay(ms: number): string {
  const p = shanghaiParts(ms);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Derived fields are kept beside the record in _source (never read back into records) so partial updates keep them. */
export interface ArticleDoc extends ArticleRecord {
  publishedAtMs: number | null;
  fetchedAtMs: number;
  firstFetchedAtMs: number;
  /** Beijing calendar day of publishedAt, else of firstFetchedAt: the day an article counts for in daily aggregations. */
  day: string;
  title_seg: string;
  body_seg: string;
  analyzed: boolean;
}

/** Fields each kind adds to its records; dropped when a document is read back. */
export const DERIVED: Record<IndexKind, readonly string[]> = {
  sources: [],
  snapshots: ['takenAtMs'],
  articles: ['publishedAtMs', 'fetchedAtMs', 'firstFetchedAtMs', 'day', 'title_seg', 'body_seg', 'analyzed'],
  events: ['firstSeenMs', 'lastSeenMs'],
  audits: ['id', 'visitedAtMs'],
  frontier: ['discoveredAtMs', 'nextAttemptAtMs'],
  state: [],
};

export function articleDoc(r: ArticleRecord, segmenter: Segmenter): ArticleDoc {
  const publishedAtMs = optionalInstantMs(r.publishedAt);
  const firstFetchedAtMs = instantMs(r.firstFetchedAt);
  return {
    ...r,
    publishedAtMs,
    fetchedAtMs: instantMs(r.fetchedAt),
    firstFetchedAtMs,
    day: shanghaiDay(publishedAtMs ?? firstFetchedAtMs),
    title_seg: indexedText(segmenter, r.title),
    body_seg: indexedText(segmenter, r.body),
    analyzed: r.analysis !== null,
  };
}

export function snapshotDoc(s: Snapshot): Snapshot & { takenAtMs: number } {
  return { ...s, takenAtMs: instantMs(s.takenAt) };
}

export function eventDoc(e: CreditEvent): CreditEvent & { firstSeenMs: number; lastSeenMs: number } {
  return { ...e, firstSeenMs: instantMs(e.firstSeen), lastSeenMs: instantMs(e.lastSeen) };
}

export function auditDoc(a: CityAudit, id: string): CityAudit & { id: string; visitedAtMs: number } {
  return { ...a, id, visitedAtMs: instantMs(a.visitedAt) };
}

export function frontierDoc(l: FrontierLink): FrontierLink & { discoveredAtMs: number; nextAttemptAtMs: number } {
  return { ...l, discoveredAtMs: instantMs(l.discoveredAt), nextAttemptAtMs: instantMs(l.nextAttemptAt) };
}

/** The record stored in a document, without the derived fields. */
export function stripDerived<T>(source: Record<string, unknown>, derived: readonly string[]): T {
  const out: Record<string, unknown> = { ...source };
  for (const f of derived) delete out[f];
  return out as T;
}
