import type { CreditDomain, CreditEvent, PlaceRef, Polarity, Sector } from '../../core/types.js';

/** What the clusterer needs to know about one analysed article. */
export interface ClusterArticle {
  url: string;
  sourceId: string;
  title: string;
  /** Segmented title (tokens in text order). */
  titleTokens: readonly string[];
  /** Segmented lead and body. */
  bodyTokens: readonly string[];
  /** Publish time, or fetch time when the page shows none (ISO 8601). */
  time: string;
  polarity: Polarity;
  domain: CreditDomain | null;
  sector: Sector | null;
  city: PlaceRef | null;
}

export type AssignmentReason =
  /** The article was already a member (rerun or restore): nothing changed. */
  | 'member'
  /** Near-duplicate text (a reprint) of an article in the event. */
  | 'near-duplicate'
  /** Same city, close in time, similar content. */
  | 'similar'
  /** Nothing matched: the article opens a new event. */
  | 'new';

export interface Assignment {
  url: string;
  eventId: string;
  reason: AssignmentReason;
  /** How alike: estimated body Jaccard for reprints, content similarity when similar, 1 for members, 0 for new events. */
  score: number;
}

/** An event as the clusterer sees it: the stored shape without snapshot appearances. */
export type ClusteredEvent = Omit<CreditEvent, 'homepage' | 'ranking'>;
