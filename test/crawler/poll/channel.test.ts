// Channel lists on the replica, read from its descriptors alone: every form (GBK and UTF-8 dated HTML
// lines, JSONP, node pages, roll JSON, list JSON, plain lists) yields true article links; an event
// article that is on no homepage or ranking is found through a channel and fetched; channel polls
// store no snapshot, so they never count as homepage appearances.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCrawler, defaultParsers } from '../../../crawler/index.js';
import { articleUrlTest } from '../../../crawler/registry/article-urls.js';
import { allowedHosts } from '../../../crawler/registry/index.js';
import { pollChannel, pollChannels } from '../../../crawler/poll/index.js';
import { parseChannel } from '../../../crawler/snapshot/index.js';
import { decodeHtml, decodeJson } from '../../../crawler/charset.js';
import type { TruthArticle } from '../../../replica/index.js';
import { collect } from '../fixtures/collect.js';
import { startTestReplica, type TestReplica } from '../fixtures/replica.js';

let r: TestReplica;
let at: number;
const ctx = () => ({ store: r.store, fetcher: r.fetcher, clock: r.clock, parsers: defaultParsers });

beforeAll(async () => {
  r = await startTestReplica(13);
  at = Date.parse(r.truth.start) + 14 * 3600_000;
  await r.at(at);
});

afterAll(async () => {
  await r?.close();
});

describe('channel lists on the replica', () => {
  it.each(['people', 'cctv', 'gmw', 'sina', 'qq', 'ce', 'xinhuanet'])('%s: every channel lists articles of the site with their true titles, newest first', async (id) => {
    const source = r.national(id);
    expect(source.channels.length).toBeGreaterThan(0);
    const titles = new Map(r.truth.articles.map((a) => [a.url, a]));
    const isArticle = articleUrlTest(source);
    for (const c of source.channels) {
      const page = await r.fetcher.fetch({ url: c.url, mode: 'http', allowedHosts: allowedHosts(source), headers: c.headers });
      if (!page.ok) throw new Error(`${c.url}: ${page.message}`);
      const text = c.format === 'html' ? decodeHtml(page.body, page.contentType).text : decodeJson(page.body, page.contentType).text;
      const items = parseChannel(text, c, page.finalUrl);
      expect(items.length, c.id).toBeGreaterThan(0);
      for (const it of items) {
        expect(isArticle(it.url), it.url).toBe(true);
        expect(it.title).toBe(titles.get(it.url)?.title);
      }
      const times = items.map((it) => Date.parse(titles.get(it.url)!.publishedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(Math.max(...times)).toBeLessThanOrEqual(at);
    }
  });
});

describe('an event article on no homepage', () => {
  /** Event articles of the site that were never on any homepage or ranking list, published in the last hour. */
  const hiddenArticles = (site: string): TruthArticle[] => {
    const events = new Map(r.truth.events.map((e) => [e.id, e]));
    return r.truth.articles.filter((a) => {
      const e = a.eventId ? events.get(a.eventId) : undefined;
      const t = Date.parse(a.publishedAt);
      return e && a.siteId === site && t <= at && t > at - 3600_000 && !e.homepageIntervals.some((h) => h.site === site) && !e.rankingPeaks.some((p) => p.site === site);
    });
  };

  it('is found through a channel list, queued as a channel discovery, and fetched', async () => {
    const site = ['sina', 'qq', 'cctv', 'gmw'].find((s) => hiddenArticles(s).length > 0)!;
    expect(site).toBeDefined();
    const source = r.national(site);
    const hidden = hiddenArticles(site);
    const polls = await pollChannels(ctx(), source, new Date(at).toISOString());
    expect(polls.every((p) => p.ok && p.kind === 'channel' && p.snapshotId === null)).toBe(true);
    expect(polls.reduce((n, p) => n + p.newLinks, 0)).toBeGreaterThan(0);

    const due = await r.store.dueLinks(new Date(at).toISOString(), 10_000);
    const queued = new Map(due.map((l) => [l.url, l.via]));
    for (const a of hidden) expect(queued.get(a.url), a.url).toBe('channel');

    const crawler = await createCrawler({ settings: r.settings, store: r.store, clock: r.clock, sources: [source], fetcher: r.fetcher });
    await crawler.fetchArticles();
    for (const a of hidden) expect((await r.store.getArticle(a.url))?.title).toBe(a.title);
    await crawler.close();
  });

  it('never becomes a homepage appearance: channel polls store no snapshot', async () => {
    const source = r.national('people');
    const before = await collect(r.store.listSnapshots({ sourceId: 'people' }));
    const res = await pollChannel(ctx(), source, source.channels[0]!, new Date(at).toISOString());
    expect(res).toMatchObject({ ok: true, kind: 'channel', snapshotId: null });
    expect(res.items).toBeGreaterThan(0);
    expect(await collect(r.store.listSnapshots({ sourceId: 'people' }))).toEqual(before);
  });

  it('reports a channel that answers with no list as a failed poll, not an empty one', async () => {
    const source = r.national('gmw');
    const broken = { ...source.channels[0]!, url: `${new URL(source.homepage.url).origin}/no-such-node.htm` };
    const res = await pollChannel(ctx(), source, broken, new Date(at).toISOString());
    expect(res.ok).toBe(false);
    expect(res.error).toMatch(/404/);
  });
});
