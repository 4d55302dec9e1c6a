import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatedClock } from '../../../core/clock.js';
import { createCrawler, type Crawler } from '../../../crawler/index.js';
import type { Store } from '../../../indexer/store/types.js';
import { ARTICLES, startMiniSite, tempStore, testSettings, type MiniSite } from '../fixtures/site.js';

const T0 = Date.parse('2026-11-20T02:00:00Z');

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

let site: MiniSite;
let store: Store;
const settings = testSettings();
const clock = simulatedClock(T0);
let crawler: Crawler;

beforeAll(async () => {
  site = await startMiniSite();
  site.homepagePaths = [...Object.keys(ARTICLES), '/news/2026-11-20/gbk.html', '/news/2026-11-20/gone.html', '/news/2026-11-20/down.html'];
  store = await tempStore(settings);
  crawler = await createCrawler({ settings, store, clock, sources: [site.source], fetch: { retryBaseMs: 10 } });
});

afterAll(async () => {
  await crawler.close();
  await store.close();
  await site.close();
});

describe('a crawl cycle', () => {
  it('stores the homepage and ranking snapshots, stamped with the Clock', async () => {
    const report = await crawler.runCycle();
    expect(report.polls.map((p) => [p.kind, p.ok])).toEqual(expect.arrayContaining([['homepage', true], ['ranking', true]]));
    const snaps = await all(store.listSnapshots({ sourceId: 'mini' }));
    const home = snaps.find((s) => s.kind === 'homepage')!;
    expect(home.takenAt).toBe(new Date(T0).toISOString());
    expect(home.items.map((i) => [i.position, i.title, i.section])).toEqual([
      [1, '苏州通报一批失信被执行人名单', '要闻'],
      [2, '杭州推进信用修复工作取得新进展', '要闻'],
      [3, '昆山查处一起食品安全违法案件', '要闻'],
      [4, '标题/news/2026-11-20/gbk.html', '要闻'],
      [5, '标题/news/2026-11-20/gone.html', '要闻'],
      [6, '标题/news/2026-11-20/down.html', '要闻'],
    ]);
    const rank = snaps.find((s) => s.kind === 'ranking')!;
    expect(rank.items).toEqual([{ list: '热榜', rank: 1, title: '昆山查处一起食品安全违法案件', url: `${site.srv.baseUrl}/news/2026-11-20/a3.html`, score: 1234 }]);
  });

  it('fetches every discovered article once and extracts title and publish time', async () => {
    const a1 = await store.getArticle(`${site.srv.baseUrl}/news/2026-11-20/a1.html`);
    expect(a1).toMatchObject({ title: '苏州通报一批失信被执行人名单', publishedAt: '2026-11-20T09:15:00+08:00', sourceId: 'mini' });
    expect(a1!.body).toContain('完善制度建设');
    const gbk = await store.getArticle(`${site.srv.baseUrl}/news/2026-11-20/gbk.html`);
    expect(gbk?.title).toBe('南京发布企业信用承诺公示');
    expect(site.srv.hitsOf('/news/2026-11-20/a3.html')).toHaveLength(1);
  });

  it('records a 404 as a permanent failure and a 503 as a retry for later, and goes on', async () => {
    const counts = crawler.stats().mini!;
    expect(counts).toMatchObject({ polls: 2, snapshots: 2, articles: 4, errors: 2 });
    expect(site.srv.hitsOf('/news/2026-11-20/gone.html')).toHaveLength(1);
    expect(site.srv.hitsOf('/news/2026-11-20/down.html')).toHaveLength(2);
    const later = await store.dueLinks(new Date(T0 + 11 * 60_000).toISOString(), 10);
    expect(later.map((l) => [l.url.replace(site.srv.baseUrl, ''), l.attempts, l.lastError])).toEqual([['/news/2026-11-20/down.html', 1, 'http-status: HTTP 503']]);
  });

  it('does nothing more at the same instant, and polls again when the interval has passed', async () => {
    const again = await crawler.runCycle();
    expect(again.polls).toHaveLength(0);
    clock.advance(10 * 60_000);
    const next = await crawler.runCycle();
    expect(next.polls).toHaveLength(2);
    expect(site.srv.hitsOf('/news/2026-11-20/a1.html')).toHaveLength(1);
    expect(await all(store.listSnapshots({ sourceId: 'mini', kind: 'homepage' }))).toHaveLength(2);
  });

  it('resumes on the same store without repeating the polls already made at this instant', async () => {
    const before = site.srv.hitsOf('/').length;
    const second = await createCrawler({ settings, store, clock, sources: [site.source] });
    try {
      const r = await second.runCycle();
      expect(r.polls).toHaveLength(0);
      expect(site.srv.hitsOf('/')).toHaveLength(before);
      expect(second.stats().mini!.polls).toBe(4);
    } finally {
      await second.close();
    }
  });
});
