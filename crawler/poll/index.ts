// Polls of the national sites: each homepage and ranking list is read, stored as a timestamped
// snapshot (the evidence for the "on 3+ homepages / top of a ranking" rule) and its article links go
// to the frontier under their canonical URL. Channel lists, which are not snapshots: channel.ts.
import type { HtmlRanking, NationalSource, RankingEndpoint } from '../../core/sources.js';
import type { HomepageItem, RankingItem, SnapshotInput } from '../../core/types.js';
import { decodeHtml, decodeJson } from '../charset.js';
import { allowedHosts } from '../registry/index.js';
import { fetchList } from './fetch-list.js';
import { canonicalOrNull, queueArticleLinks } from './links.js';
import { expandUrlTemplate } from './url-template.js';
import type { PollContext, PollResult } from './types.js';

export type { PollContext, PollResult, SnapshotParsers } from './types.js';
export { pollChannel, pollChannels } from './channel.js';

function withCanonicalUrls<T extends { url: string }>(items: T[]): T[] {
  const out: T[] = [];
  for (const it of items) {
    const url = canonicalOrNull(it.url);
    if (url) out.push({ ...it, url });
  }
  return out;
}

async function storeSnapshot(
  ctx: PollContext,
  source: NationalSource,
  snapshot: SnapshotInput,
  via: 'homepage' | 'ranking',
): Promise<{ id: string; newLinks: number }> {
  const id = await ctx.store.addSnapshot(snapshot);
  const newLinks = await queueArticleLinks(ctx, source, snapshot.items.map((i) => i.url), snapshot.takenAt, via);
  return { id, newLinks };
}

export async function pollHomepage(ctx: PollContext, source: NationalSource, takenAt: string): Promise<PollResult> {
  const spec = source.homepage;
  const base = { sourceId: source.id, kind: 'homepage' as const, url: spec.url, list: null };
  const r = await fetchList<HomepageItem>(ctx.fetcher, { url: spec.url, render: spec.render, allowedHosts: allowedHosts(source) }, (page) =>
    withCanonicalUrls(ctx.parsers.homepage(decodeHtml(page.body, page.contentType).text, source, page.finalUrl)),
  );
  if (!r.ok) return { ...base, ok: false, items: 0, newLinks: 0, fetchedWith: r.fetchedWith, error: r.error, snapshotId: null };
  const items = r.items;
  const { id, newLinks } = await storeSnapshot(
    ctx,
    source,
    { kind: 'homepage', sourceId: source.id, url: spec.url, takenAt, fetchedWith: r.page.fetchedWith, items },
    'homepage',
  );
  return { ...base, ok: true, items: items.length, newLinks, fetchedWith: r.page.fetchedWith, error: null, snapshotId: id };
}

/** Ranking endpoints grouped by URL: a page holding several lists is fetched once and stored as one snapshot. */
export function rankingPages(source: NationalSource): RankingEndpoint[][] {
  const byUrl = new Map<string, RankingEndpoint[]>();
  for (const e of source.rankings) {
    const group = byUrl.get(e.url);
    if (group) group.push(e);
    else byUrl.set(e.url, [e]);
  }
  return [...byUrl.values()];
}

/** Polls the ranking lists served at one URL (`endpoints` share it). */
export async function pollRanking(ctx: PollContext, source: NationalSource, endpoints: readonly RankingEndpoint[], takenAt: string): Promise<PollResult> {
  const first = endpoints[0]!;
  const url = expandUrlTemplate(first.url, takenAt);
  const base = { sourceId: source.id, kind: 'ranking' as const, url, list: endpoints.map((e) => e.list).join(', ') };
  const isHtml = first.kind === 'html';
  const html = endpoints.filter((e): e is HtmlRanking => e.kind === 'html');
  const render = html.some((e) => e.render === 'browser') ? 'browser' : html.some((e) => e.render === 'auto') ? 'auto' : 'static';
  const waitFor = html.map((e) => e.waitForSelector ?? e.itemSelector).join(', ');
  const r = await fetchList<RankingItem>(
    ctx.fetcher,
    { url, render, allowedHosts: allowedHosts(source), waitForSelector: isHtml ? waitFor : undefined },
    (page) => {
      const text = isHtml ? decodeHtml(page.body, page.contentType).text : decodeJson(page.body, page.contentType).text;
      return withCanonicalUrls(ctx.parsers.ranking(text, endpoints, page.finalUrl));
    },
  );
  if (!r.ok) return { ...base, ok: false, items: 0, newLinks: 0, fetchedWith: r.fetchedWith, error: r.error, snapshotId: null };
  const { id, newLinks } = await storeSnapshot(
    ctx,
    source,
    { kind: 'ranking', sourceId: source.id, url, takenAt, fetchedWith: r.page.fetchedWith, items: r.items },
    'ranking',
  );
  return { ...base, ok: true, items: r.items.length, newLinks, fetchedWith: r.page.fetchedWith, error: null, snapshotId: id };
}
