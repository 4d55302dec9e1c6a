// Every ranking form the real sites use, read from the replica: static GBK HTML (人民网, 网易), JSONP
// (新浪), JSON with a description card first (腾讯), and lists built by JavaScript (央视网, 搜狐),
// which only the browser sees. Plus the homepages, three of them GBK.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RankingItem, Snapshot } from '../../../core/types.js';
import { defaultParsers } from '../../../crawler/index.js';
import { articleUrlTest } from '../../../crawler/registry/article-urls.js';
import { pollHomepage, pollRanking, rankingPages } from '../../../crawler/poll/index.js';
import { collect } from '../fixtures/collect.js';
import { startTestReplica, type TestReplica } from '../fixtures/replica.js';

const rankingItems = (s: Snapshot): RankingItem[] => (s.kind === 'ranking' ? s.items : []);

let r: TestReplica;
let titles: Map<string, string>;
const ctx = () => ({ store: r.store, fetcher: r.fetcher, clock: r.clock, parsers: defaultParsers });

beforeAll(async () => {
  r = await startTestReplica(11);
  titles = new Map(r.truth.articles.map((a) => [a.url, a.title]));
  await r.at(Date.parse(r.truth.start) + 14 * 3600_000);
});

afterAll(async () => {
  await r?.close();
});

const FORMS: [string, 'http' | 'browser'][] = [
  ['people', 'http'],
  ['163', 'http'],
  ['sina', 'http'],
  ['qq', 'http'],
  ['cctv', 'browser'],
  ['sohu', 'browser'],
];

describe('ranking lists on the replica', () => {
  it.each(FORMS)('%s: every entry in rank order with its true title, fetched over %s', async (id, mode) => {
    const source = r.national(id);
    const isArticle = articleUrlTest(source);
    for (const endpoints of rankingPages(source)) {
      const p = await pollRanking(ctx(), source, endpoints, r.clock.now().toISOString());
      expect(p, p.error ?? '').toMatchObject({ ok: true, fetchedWith: mode });
      const snaps = await collect(r.store.listSnapshots({ sourceId: id, kind: 'ranking', from: r.clock.now().toISOString() }));
      const items = rankingItems(snaps.find((s) => s.url === endpoints[0]!.url)!);
      expect(items.length).toBeGreaterThanOrEqual(5);
      for (const list of new Set(items.map((i) => i.list))) {
        const ranks = items.filter((i) => i.list === list).map((i) => i.rank);
        expect(ranks).toEqual(ranks.map((_, k) => k + 1));
      }
      for (const it of items) {
        expect(isArticle(it.url), it.url).toBe(true);
        expect(it.title).toBe(titles.get(it.url));
      }
    }
  });

  it('skips the description card heading the JSON list (腾讯)', async () => {
    const [snap] = await collect(r.store.listSnapshots({ sourceId: 'qq', kind: 'ranking' }));
    expect(snap!.items.every((i) => i.url && !/每10分钟/.test(i.title))).toBe(true);
  });

  it('keeps click counts where a list gives them ("1,234" → 1234)', async () => {
    const snaps = await collect(r.store.listSnapshots({ sourceId: 'sina', kind: 'ranking' }));
    expect(snaps.length).toBeGreaterThan(0);
    for (const s of snaps) expect(rankingItems(s).every((i) => typeof i.score === 'number' && i.score > 0)).toBe(true);
  });

  it('with render: auto, falls back to the browser when the static page has no list', async () => {
    const sohu = r.national('sohu');
    const auto = { ...sohu, rankings: sohu.rankings.map((e) => (e.kind === 'html' ? { ...e, render: 'auto' as const } : e)) };
    const p = await pollRanking(ctx(), auto, auto.rankings, r.clock.now().toISOString());
    expect(p, p.error ?? '').toMatchObject({ ok: true, fetchedWith: 'browser' });
    expect(p.items).toBeGreaterThanOrEqual(5);
  });

  it('finds nothing in the JavaScript-built list without the browser', async () => {
    const sohu = r.national('sohu');
    const staticOnly = { ...sohu, rankings: sohu.rankings.map((e) => (e.kind === 'html' ? { ...e, render: 'static' as const } : e)) };
    const p = await pollRanking(ctx(), staticOnly, staticOnly.rankings, r.clock.now().toISOString());
    expect(p.ok).toBe(false);
    expect(p.error).toMatch(/no items|parse/);
  });
});

describe('homepages on the replica', () => {
  it.each(['people', '163', 'ce', 'xinhuanet'])('%s: article links with their true titles, GBK pages included', async (id) => {
    const p = await pollHomepage(ctx(), r.national(id), r.clock.now().toISOString());
    expect(p, p.error ?? '').toMatchObject({ ok: true, fetchedWith: 'http' });
    const [snap] = await collect(r.store.listSnapshots({ sourceId: id, kind: 'homepage' }));
    const known = snap!.items.filter((i) => titles.has(i.url));
    expect(known.length).toBeGreaterThanOrEqual(snap!.items.length * 0.9);
    expect(known.filter((i) => i.title === titles.get(i.url)).length).toBe(known.length);
  });
});
