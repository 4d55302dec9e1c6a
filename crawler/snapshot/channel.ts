// Channel (section) lists read with the ranking adapters: a channel is a list of article links like
// a ranking, only without ranks or scores, so the same HTML/JSON/JSONP readers serve both.
import type { ChannelList, RankingEndpoint } from '../../core/sources.js';
import { parseRanking } from './ranking.js';

export interface ChannelItem {
  /** Order on the list (1 = first listed, usually the newest). */
  position: number;
  title: string;
  url: string;
}

/** Items kept from one list: real channel pages list 20–200; a page listing more is cut, not trusted. */
export const MAX_CHANNEL_ITEMS = 500;

/** The ranking endpoint that reads a channel's list. */
export function channelEndpoint(c: ChannelList): RankingEndpoint {
  const list = c.name ?? c.id;
  if (c.format === 'html') {
    return { kind: 'html', list, url: c.url, render: c.render, itemSelector: c.itemSelector!, linkSelector: c.linkSelector };
  }
  return { kind: c.format, list, url: c.url, itemsPath: c.itemsPath!, titleField: c.titleField, urlField: c.urlField };
}

/**
 * Items of a channel list (HTML, JSON or JSONP text), at most MAX_CHANNEL_ITEMS; throws
 * SnapshotParseError when the list is not there.
 */
export function parseChannel(text: string, channel: ChannelList, baseUrl: string): ChannelItem[] {
  return parseRanking(text, channelEndpoint(channel), baseUrl)
    .slice(0, MAX_CHANNEL_ITEMS)
    .map((it, i) => ({ position: i + 1, title: it.title, url: it.url }));
}
