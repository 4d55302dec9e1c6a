// Polls of a site's channel (section) lists: 滚动, 社会, 财经… They list the articles that never reach
// the homepage, credit news included. Their links go to the frontier exactly like homepage
// discoveries, but no snapshot is stored: being on a channel list is not a homepage appearance, so it
// must never count towards the "on 3+ homepages" rule.
import type { ChannelList, NationalSource } from '../../core/sources.js';
import { decodeHtml, decodeJson } from '../charset.js';
import { allowedHosts } from '../registry/index.js';
import { parseChannel, type ChannelItem } from '../snapshot/channel.js';
import { canonicalOrNull, queueArticleLinks } from './links.js';
import { fetchList } from './fetch-list.js';
import { expandUrlTemplate } from './url-template.js';
import type { PollContext, PollResult } from './types.js';

export async function pollChannel(ctx: PollContext, source: NationalSource, channel: ChannelList, takenAt: string): Promise<PollResult> {
  const url = expandUrlTemplate(channel.url, takenAt);
  const base = { sourceId: source.id, kind: 'channel' as const, url, list: channel.name ?? channel.id, snapshotId: null };
  const parse = ctx.parsers.channel ?? parseChannel;
  const isHtml = channel.format === 'html';
  const r = await fetchList<ChannelItem>(
    ctx.fetcher,
    {
      url,
      render: channel.render,
      allowedHosts: allowedHosts(source),
      waitForSelector: isHtml ? channel.itemSelector : undefined,
      headers: channel.headers,
      allowEmpty: !isHtml,
    },
    (page) => parse(isHtml ? decodeHtml(page.body, page.contentType).text : decodeJson(page.body, page.contentType).text, { ...channel, url }, page.finalUrl),
  );
  if (!r.ok) return { ...base, ok: false, items: 0, newLinks: 0, fetchedWith: r.fetchedWith, error: r.error };
  const urls = r.items.map((i) => canonicalOrNull(i.url)).filter((u): u is string => u !== null);
  const newLinks = await queueArticleLinks(ctx, source, urls, takenAt, 'channel');
  return { ...base, ok: true, items: r.items.length, newLinks, fetchedWith: r.page.fetchedWith, error: null };
}

/** Polls every channel list of the source, one result each. */
export function pollChannels(ctx: PollContext, source: NationalSource, takenAt: string): Promise<PollResult[]> {
  return Promise.all(source.channels.map((c) => pollChannel(ctx, source, c, takenAt)));
}
