// Records as flat JSON objects for analysts and audits (`ccm dump`): one object per article,
// snapshot (with its items), event or city audit, streamed from the store page by page.
import type { ArticleRecord, CityAudit, CreditEvent, PlaceRef, Polarity, Snapshot } from '../../core/types.js';
import { instantMs } from './time.js';
import type { Store } from './types.js';

export const DUMP_KINDS = ['articles', 'snapshots', 'events', 'audits'] as const;
export type DumpKind = (typeof DUMP_KINDS)[number];

export interface DumpOptions {
  /**
   * Only records from this instant on: articles fetched (fetchedAt), snapshots taken (takenAt), events
   * still active (lastSeen), audits made (visitedAt) at or after it.
   */
  since?: string;
  /** Only this source: the article's or snapshot's source, one of the event's sites, the audited site. */
  sourceId?: string;
  /** Include article bodies (default true). */
  body?: boolean;
  /** Only articles analysed with this polarity, or events of it (articles and events only). */
  polarity?: Polarity;
}

/** An article with its analysis flattened; analysis fields are null until the article is analysed. */
export interface ArticleLine {
  url: string;
  discoveredUrl: string | null;
  sourceId: string;
  title: string;
  publishedAt: string | null;
  source: string | null;
  body?: string;
  fetchedAt: string;
  firstFetchedAt: string;
  contentHash: string;
  polarity: string | null;
  domain: string | null;
  sector: string | null;
  severity: number | null;
  confidence: number | null;
  city: PlaceRef | null;
  province: PlaceRef | null;
  county: PlaceRef | null;
  eventId: string | null;
  evidence: string[] | null;
  analyzedAt: string | null;
  analysisVersion: string | null;
}

export function articleLine(a: ArticleRecord, withBody = true): ArticleLine {
  const x = a.analysis;
  return {
    url: a.url,
    discoveredUrl: a.discoveredUrl ?? null,
    sourceId: a.sourceId,
    title: a.title,
    publishedAt: a.publishedAt,
    source: a.source,
    ...(withBody ? { body: a.body } : {}),
    fetchedAt: a.fetchedAt,
    firstFetchedAt: a.firstFetchedAt,
    contentHash: a.contentHash,
    polarity: x?.polarity ?? null,
    domain: x?.domain ?? null,
    sector: x?.sector ?? null,
    severity: x?.severity ?? null,
    confidence: x?.confidence ?? null,
    city: x?.city ?? null,
    province: x?.province ?? null,
    county: x?.county ?? null,
    eventId: x?.eventId ?? null,
    evidence: x?.evidence ?? null,
    analyzedAt: x?.analyzedAt ?? null,
    analysisVersion: x?.version ?? null,
  };
}

async function* mapped<T, U>(source: AsyncIterable<T>, f: (x: T) => U, keep: (x: T) => boolean = () => true): AsyncGenerator<U> {
  for await (const x of source) if (keep(x)) yield f(x);
}

/** The records of one kind in store order (see the list methods in ./types.ts); RangeError for a bad `since`. */
export function dumpRecords(store: Store, kind: DumpKind, opts: DumpOptions = {}): AsyncIterable<ArticleLine | Snapshot | CreditEvent | CityAudit> {
  if (opts.since !== undefined) instantMs(opts.since);
  const { since, sourceId, polarity } = opts;
  if (polarity !== undefined && kind !== 'articles' && kind !== 'events') throw new RangeError(`a polarity filter applies to articles and events, not ${kind}`);
  switch (kind) {
    case 'articles':
      return mapped(
        store.listArticles({ fetchedFrom: since, sourceId, ...(polarity === undefined ? {} : { analyzed: true }) }),
        (a) => articleLine(a, opts.body ?? true),
        (a) => polarity === undefined || a.analysis?.polarity === polarity,
      );
    case 'snapshots':
      return store.listSnapshots({ from: since, sourceId });
    case 'events':
      return store.listEvents({ from: since, sourceId, polarity });
    case 'audits':
      return store.listCityAudits({ from: since, sourceId });
  }
}
