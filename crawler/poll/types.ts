// What polling needs and what it reports. Parsers are passed in (crawler/snapshot provides them), so
// the polling logic is independent of how a site's markup is read.
import type { Clock } from '../../core/clock.js';
import type { ChannelList, NationalSource, RankingEndpoint } from '../../core/sources.js';
import type { HomepageItem, RankingItem } from '../../core/types.js';
import type { Store } from '../../indexer/store/types.js';
import type { Fetcher } from '../fetch/fetcher.js';
import type { ChannelItem } from '../snapshot/channel.js';

export interface SnapshotParsers {
  /** Article links of the source's homepage, in page order. */
  homepage(html: string, source: NationalSource, pageUrl: string): HomepageItem[];
  /**
   * Entries of the ranking lists served at one URL (HTML, JSON or JSONP text; one page may hold
   * several lists), description cards and ads left out.
   */
  ranking(text: string, endpoints: readonly RankingEndpoint[], pageUrl: string): RankingItem[];
  /** Article links of a channel list (HTML, JSON or JSONP text); absent → crawler/snapshot's parseChannel. */
  channel?(text: string, channel: ChannelList, pageUrl: string): ChannelItem[];
}

export interface PollContext {
  store: Store;
  fetcher: Fetcher;
  clock: Clock;
  parsers: SnapshotParsers;
}

export interface PollResult {
  sourceId: string;
  /** A channel poll stores no snapshot: channel lists are not homepage appearances. */
  kind: 'homepage' | 'ranking' | 'channel';
  url: string;
  /** Ranking list or channel name. */
  list: string | null;
  ok: boolean;
  items: number;
  /** Article links the frontier did not know yet. */
  newLinks: number;
  fetchedWith: 'http' | 'browser' | null;
  error: string | null;
  snapshotId: string | null;
}
