// Snapshots of saved pages (a homepage or ranking page on disk) with a site's configured adapter: what
// `ccm snapshot` prints and the homepage benchmark scores.
import type { HtmlRanking, NationalSource, RankingEndpoint } from '../../core/sources.js';
import { parseChannel, type ChannelItem } from './channel.js';
import type { RankingItem } from '../../core/types.js';
import { decodeHtml, decodeJson } from '../charset.js';
import { SnapshotParseError } from './errors.js';
import { parseHomepage, type HomepageSnapshotItem } from './homepage.js';
import { parseHtmlRankings, parseRanking } from './ranking.js';

export function homepageOf(source: NationalSource, bytes: Uint8Array, baseUrl = source.homepage.url): HomepageSnapshotItem[] {
  const { text } = decodeHtml(bytes);
  return parseHomepage(text, { ...source.homepage, articlePatterns: source.article.urlPatterns.map((p) => new RegExp(p)) }, baseUrl);
}

export interface SavedRanking {
  items: RankingItem[];
  /** Configured lists that are not on this page (or failed to parse), with the reason. */
  missing: { list: string; reason: string }[];
}

/**
 * Every configured list of the site that this saved body holds: HTML endpoints for a page, JSON/JSONP
 * endpoints for anything else. `lists` restricts to the named lists. Throws when none of them parses.
 */
export function rankingsOf(source: NationalSource, bytes: Uint8Array, opts: { baseUrl?: string; lists?: string[] } = {}): SavedRanking {
  const isHtml = /^\s*</.test(Buffer.from(bytes.subarray(0, 1024)).toString('latin1').replace(/^\ufeff|^\xef\xbb\xbf/, ''));
  const endpoints = source.rankings.filter((e) => (isHtml ? e.kind === 'html' : e.kind !== 'html') && (!opts.lists?.length || opts.lists.includes(e.list)));
  if (endpoints.length === 0) {
    throw new SnapshotParseError('no-items-matched', `source ${source.id} has no ${isHtml ? 'html' : 'json/jsonp'} ranking${opts.lists?.length ? ` named ${opts.lists.join(', ')}` : ''}`);
  }
  const text = isHtml ? decodeHtml(bytes).text : decodeJson(bytes).text;
  const items: RankingItem[] = [];
  const missing: SavedRanking['missing'] = [];
  const base = (e: RankingEndpoint) => opts.baseUrl ?? e.url;
  if (isHtml) {
    for (const r of parseHtmlRankings(text, endpoints as HtmlRanking[], base)) {
      if ('items' in r) items.push(...r.items);
      else missing.push({ list: r.list, reason: r.error.message });
    }
  } else {
    for (const e of endpoints) {
      try {
        items.push(...parseRanking(text, e, base(e)));
      } catch (err) {
        if (!(err instanceof SnapshotParseError)) throw err;
        missing.push({ list: e.list, reason: err.message });
      }
    }
  }
  if (items.length === 0) {
    throw new SnapshotParseError('no-items-matched', `no configured ranking of ${source.id} found in this file:\n${missing.map((m) => `  - ${m.reason}`).join('\n')}`);
  }
  return { items, missing };
}

/** The items of one configured channel list in a saved body (decoded as HTML or JSON by the channel's format). */
export function channelOf(source: NationalSource, channelId: string, bytes: Uint8Array, baseUrl?: string): ChannelItem[] {
  const channel = source.channels.find((c) => c.id === channelId);
  if (!channel) {
    const known = source.channels.map((c) => c.id);
    throw new SnapshotParseError('no-items-matched', `source ${source.id} has no channel '${channelId}' (configured: ${known.length ? known.join(', ') : 'none'})`);
  }
  const text = channel.format === 'html' ? decodeHtml(bytes).text : decodeJson(bytes).text;
  return parseChannel(text, channel, baseUrl ?? channel.url);
}
