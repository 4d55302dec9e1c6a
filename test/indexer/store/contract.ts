// The Store contract: every backend runs this suite (sqlite.test.ts, elasticsearch.test.ts) and must
// pass all of it. Each test gets a fresh, empty store from `open`.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../../core/types.js';
import { defaultSegmenter } from '../../../indexer/segment/index.js';
import { contentHash } from '../../../indexer/store/identity.js';
import { normalizeSearchQuery } from '../../../indexer/store/search-query.js';
import { instantMs } from '../../../indexer/store/time.js';
import { searchTokens } from '../../../indexer/store/tokens.js';
import { SEARCH_MAX_WINDOW, type SearchQuery, type Store } from '../../../indexer/store/types.js';
import {
  analysis,
  article,
  cityAudit,
  citySource,
  corpus,
  creditEvent,
  homepage,
  nationalSource,
  ranking,
  type CorpusItem,
} from './fixtures.js';

export async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** The documented search semantics computed directly over the corpus: total and hits in date order. */
export function referenceSearch(items: CorpusItem[], q: SearchQuery): { total: number; urls: string[] } {
  const seg = defaultSegmenter();
  const n = normalizeSearchQuery(q, seg);
  const ms = (s: string | null) => (s === null ? null : instantMs(s));
  const matches = items.filter(({ input: a, analysis: x }) => {
    if (n.tokens.length > 0) {
      const have = new Set([...searchTokens(seg, a.title), ...searchTokens(seg, a.body)]);
      if (!n.tokens.every((t) => have.has(t))) return false;
    }
    if (n.sourceIds && !n.sourceIds.includes(a.sourceId)) return false;
    if (n.cityCode !== undefined && x?.city?.code !== n.cityCode) return false;
    if (n.provinceCode !== undefined && x?.province?.code !== n.provinceCode) return false;
    if (n.polarity && !(x && n.polarity.includes(x.polarity))) return false;
    if (n.domain && !(x?.domain && n.domain.includes(x.domain))) return false;
    if (n.sector && !(x?.sector && n.sector.includes(x.sector))) return false;
    const p = ms(a.publishedAt);
    if (n.fromMs !== undefined && (p === null || p < n.fromMs)) return false;
    if (n.toMs !== undefined && (p === null || p >= n.toMs)) return false;
    return true;
  });
  const byDate = matches
    .map(({ input }) => ({ url: input.url, p: ms(input.publishedAt) }))
    .sort((a, b) => (b.p ?? -Infinity) - (a.p ?? -Infinity) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { total: matches.length, urls: byDate.map((h) => h.url) };
}

async function load(store: Store, items: CorpusItem[]): Promise<void> {
  await store.upsertArticles(items.map((c) => c.input));
  await store.setAnalyses(items.filter((c) => c.analysis).map((c) => ({ url: c.input.url, analysis: c.analysis! })));
}

export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('lifecycle', () => {
      it('init is idempotent and closing twice is harmless', async () => {
        await store.init();
        await store.init();
        expect(await store.counts()).toEqual({
          sources: 0,
          snapshots: 0,
          articles: 0,
          analyzed: 0,
          events: 0,
          cityAudits: 0,
          frontierPending: 0,
        });
      });
    });

    describe('sources', () => {
      it('upserts by id and lists ordered by id', async () => {
        await store.upsertSources([nationalSource('xinhua', '新华网'), citySource('credit-suzhou', '320500', '信用中国（苏州）')]);
        await store.upsertSources([nationalSource('people', '人民网'), nationalSource('xinhua', '新华网（新）')]);
        const list = await store.listSources();
        expect(list.map((s) => s.id)).toEqual(['credit-suzhou', 'people', 'xinhua']);
        expect(list[2]).toEqual(nationalSource('xinhua', '新华网（新）'));
        expect(list[0]).toEqual(citySource('credit-suzhou', '320500', '信用中国（苏州）'));
        expect((await store.counts()).sources).toBe(3);
      });
    });

    describe('snapshots', () => {
      it('round-trips homepage and ranking snapshots with every item field, in order', async () => {
        const h = homepage();
        const r = ranking();
        const hid = await store.addSnapshot(h);
        const rid = await store.addSnapshot(r);
        expect(hid).not.toBe(rid);
        expect(await all(store.listSnapshots())).toEqual([
          { ...h, id: hid },
          { ...r, id: rid },
        ]);
      });

      it('re-adding the same snapshot replaces it instead of duplicating it', async () => {
        const id1 = await store.addSnapshot(homepage());
        const changed = homepage({ items: [{ position: 1, url: 'https://www.people.example.cn/x.html', title: '新的', section: null }] });
        const id2 = await store.addSnapshot(changed);
        expect(id2).toBe(id1);
        expect(await all(store.listSnapshots())).toEqual([{ ...changed, id: id1 }]);
        expect((await store.counts()).snapshots).toBe(1);
      });

      it('filters by source, kind and takenAt range compared as instants, ordered by takenAt', async () => {
        await store.addSnapshot(homepage({ takenAt: '2026-11-20T10:00:00+08:00' })); // 02:00Z
        await store.addSnapshot(homepage({ takenAt: '2026-11-20T01:00:00.000Z' }));
        await store.addSnapshot(homepage({ sourceId: 'xinhua', url: 'https://www.xinhua.example.cn/', takenAt: '2026-11-20T03:00:00.000Z' }));
        await store.addSnapshot(ranking({ takenAt: '2026-11-20T01:30:00.000Z' }));
        const taken = async (q: Parameters<Store['listSnapshots']>[0]) => (await all(store.listSnapshots(q))).map((s) => `${s.sourceId}@${s.takenAt}`);
        expect(await taken({})).toEqual([
          'people@2026-11-20T01:00:00.000Z',
          'sina@2026-11-20T01:30:00.000Z',
          'people@2026-11-20T10:00:00+08:00',
          'xinhua@2026-11-20T03:00:00.000Z',
        ]);
        expect(await taken({ sourceId: 'people' })).toEqual(['people@2026-11-20T01:00:00.000Z', 'people@2026-11-20T10:00:00+08:00']);
        expect(await taken({ kind: 'ranking' })).toEqual(['sina@2026-11-20T01:30:00.000Z']);
        expect(await taken({ from: '2026-11-20T09:45:00+08:00', to: '2026-11-20T03:00:00Z' })).toEqual([
          'people@2026-11-20T10:00:00+08:00',
        ]);
      });

      it('refuses a snapshot whose takenAt is not a date', async () => {
        await expect(store.addSnapshot(homepage({ takenAt: 'yesterday' }))).rejects.toThrow(RangeError);
        expect((await store.counts()).snapshots).toBe(0);
      });
    });

    describe('articles', () => {
      const url = 'https://www.people.example.cn/20261120/a1.html';

      it('creates, then reports the same content as unchanged without touching the record', async () => {
        expect(await store.upsertArticles([article({ url })])).toEqual(['created']);
        const first = await store.getArticle(url);
        expect(first).toEqual({
          ...article({ url }),
          contentHash: contentHash(article({ url })),
          firstFetchedAt: '2026-11-20T03:00:00.000Z',
          analysis: null,
        });
        expect(await store.upsertArticles([article({ url, fetchedAt: '2026-11-21T03:00:00.000Z' })])).toEqual(['unchanged']);
        expect(await store.getArticle(url)).toEqual(first);
      });

      it('updates changed content, keeps firstFetchedAt and drops the stale analysis', async () => {
        await store.upsertArticles([article({ url })]);
        await store.setAnalyses([{ url, analysis: analysis() }]);
        const changed = article({ url, body: '更正后的正文：苏州市政府发布信用修复办法。', fetchedAt: '2026-11-22T00:00:00.000Z', sourceId: 'people' });
        expect(await store.upsertArticles([changed])).toEqual(['updated']);
        expect(await store.getArticle(url)).toEqual({
          ...changed,
          contentHash: contentHash(changed),
          firstFetchedAt: '2026-11-20T03:00:00.000Z',
          analysis: null,
        });
        expect((await store.counts()).analyzed).toBe(0);
      });

      it('treats a change of title, publish time or media name as changed content', async () => {
        const base = article({ url });
        await store.upsertArticles([base]);
        expect(
          await store.upsertArticles([
            { ...base, title: base.title + '（更新）' },
            { ...base, title: base.title + '（更新）', publishedAt: '2026-11-20T11:00:00+08:00' },
            { ...base, title: base.title + '（更新）', publishedAt: '2026-11-20T11:00:00+08:00', source: '新华社' },
            { ...base, title: base.title + '（更新）', publishedAt: '2026-11-20T11:00:00+08:00', source: '新华社' },
          ]),
        ).toEqual(['updated', 'updated', 'updated', 'unchanged']);
      });

      it('applies a URL repeated within a batch in order', async () => {
        const other = 'https://www.people.example.cn/20261120/a2.html';
        expect(
          await store.upsertArticles([
            article({ url }),
            article({ url: other }),
            article({ url }),
            article({ url, title: '第二版标题' }),
          ]),
        ).toEqual(['created', 'created', 'unchanged', 'updated']);
        expect((await store.getArticle(url))?.title).toBe('第二版标题');
        expect((await store.counts()).articles).toBe(2);
      });

      it('keeps discoveredUrl and null fields as given', async () => {
        const a = article({ url, discoveredUrl: url + '?spm=abc', publishedAt: null, source: null });
        await store.upsertArticles([a]);
        const got = await store.getArticle(url);
        expect(got?.discoveredUrl).toBe(url + '?spm=abc');
        expect(got?.publishedAt).toBeNull();
        expect(got?.source).toBeNull();
        expect(await store.getArticle('https://www.people.example.cn/none.html')).toBeNull();
      });

      it('reads many articles at once: one entry per URL in input order, null for unknown, repeats answered', async () => {
        const urls = Array.from({ length: 520 }, (_, i) => `https://www.people.example.cn/n/${i}.html`);
        await store.upsertArticles(urls.map((u, i) => article({ url: u, title: `标题${i}` })));
        await store.setAnalyses([{ url: urls[7]!, analysis: analysis() }]);
        const ask = [urls[519]!, 'https://www.people.example.cn/none.html', urls[0]!, urls[7]!, urls[0]!, ...urls.slice(100, 400)];
        const got = await store.getArticles(ask);
        expect(got).toHaveLength(ask.length);
        expect(got.map((a) => a?.url ?? null)).toEqual(ask.map((u) => (u.endsWith('none.html') ? null : u)));
        expect(got[0]).toEqual(await store.getArticle(urls[519]!));
        expect(got[3]?.analysis).toEqual(analysis());
        expect(await store.getArticles([])).toEqual([]);
      });

      it('refuses a whole batch when one article has an invalid date, naming it', async () => {
        const bad = article({ url: 'https://bad.example.cn/1.html', publishedAt: '2026年11月20日' });
        await expect(store.upsertArticles([article({ url }), bad])).rejects.toThrow(/bad\.example\.cn/);
        expect((await store.counts()).articles).toBe(0);
        expect(await store.getArticle(url)).toBeNull();
      });

      it('an empty batch is a no-op', async () => {
        expect(await store.upsertArticles([])).toEqual([]);
        expect(await store.setAnalyses([])).toBe(0);
      });

      it('attaches analyses, skips unknown URLs and counts analysed articles', async () => {
        await store.upsertArticles([article({ url }), article({ url: url + '2' })]);
        const a = analysis({ evidence: ['失信', '<script>'], county: { code: '320583', name: '昆山市' } });
        expect(
          await store.setAnalyses([
            { url, analysis: a },
            { url: 'https://unknown.example.cn/', analysis: analysis() },
          ]),
        ).toBe(1);
        expect((await store.getArticle(url))?.analysis).toEqual(a);
        expect((await store.getArticle(url + '2'))?.analysis).toBeNull();
        expect(await store.counts()).toMatchObject({ articles: 2, analyzed: 1 });
        const replaced = analysis({ polarity: 'response', eventId: null });
        await store.setAnalyses([{ url, analysis: replaced }]);
        expect((await store.getArticle(url))?.analysis).toEqual(replaced);
      });

      it('lists by fetchedAt then url, filtered by source, fetch time and analysis', async () => {
        await store.upsertArticles([
          article({ url: 'https://b.example.cn/1', fetchedAt: '2026-11-20T02:00:00.000Z', sourceId: 'people' }),
          article({ url: 'https://a.example.cn/1', fetchedAt: '2026-11-20T10:00:00+08:00', sourceId: 'xinhua' }),
          article({ url: 'https://c.example.cn/1', fetchedAt: '2026-11-20T01:00:00.000Z', sourceId: 'people' }),
        ]);
        await store.setAnalyses([{ url: 'https://a.example.cn/1', analysis: analysis() }]);
        const urls = async (q?: Parameters<Store['listArticles']>[0]) => (await all(store.listArticles(q))).map((a) => a.url);
        expect(await urls()).toEqual(['https://c.example.cn/1', 'https://a.example.cn/1', 'https://b.example.cn/1']);
        expect(await urls({ sourceId: 'people' })).toEqual(['https://c.example.cn/1', 'https://b.example.cn/1']);
        expect(await urls({ fetchedFrom: '2026-11-20T10:00:00+08:00' })).toEqual(['https://a.example.cn/1', 'https://b.example.cn/1']);
        expect(await urls({ analyzed: true })).toEqual(['https://a.example.cn/1']);
        expect(await urls({ analyzed: false, sourceId: 'people' })).toEqual(['https://c.example.cn/1', 'https://b.example.cn/1']);
      });

      it('streams thousands of articles exactly once, while the caller writes in between', async () => {
        const items = corpus(2_345, 11);
        await store.upsertArticles(items.map((c) => c.input));
        const seen: string[] = [];
        for await (const a of store.listArticles()) {
          seen.push(a.url);
          if (seen.length % 500 === 0) await store.setAnalyses([{ url: a.url, analysis: analysis() }]);
        }
        expect(seen.length).toBe(2_345);
        expect(new Set(seen).size).toBe(2_345);
        const expected = [...items]
          .map((c) => c.input)
          .sort((a, b) => instantMs(a.fetchedAt) - instantMs(b.fetchedAt) || (a.url < b.url ? -1 : 1))
          .map((a) => a.url);
        expect(seen).toEqual(expected);
        expect((await store.counts()).analyzed).toBe(4);
      });
    });

    describe('events', () => {
      it('upserts by id, reads one back and lists with filters, ordered by firstSeen', async () => {
        const e1 = creditEvent({ id: 'e1' });
        const e2 = creditEvent({
          id: 'e2',
          city: { code: '320200', name: '无锡市' },
          polarity: 'integrity',
          sites: ['xinhua', 'qq'],
          firstSeen: '2026-11-19T00:00:00.000Z',
          lastSeen: '2026-11-19T05:00:00.000Z',
        });
        const e3 = creditEvent({ id: 'e3', city: null, domain: null, sector: null, respondsTo: 'e1', polarity: 'response', firstSeen: '2026-11-21T00:00:00.000Z', lastSeen: '2026-11-21T00:00:00.000Z', homepage: [], ranking: [] });
        await store.upsertEvents([e1, e2, e3]);
        expect(await store.getEvent('e3')).toEqual(e3);
        expect(await store.getEvent('nope')).toBeNull();
        const ids = async (q?: Parameters<Store['listEvents']>[0]) => (await all(store.listEvents(q))).map((e) => e.id);
        expect(await ids()).toEqual(['e2', 'e1', 'e3']);
        expect(await ids({ cityCode: '320500' })).toEqual(['e1']);
        expect(await ids({ polarity: 'integrity' })).toEqual(['e2']);
        expect(await ids({ sourceId: 'qq' })).toEqual(['e2']);
        // Active in [from, to): lastSeen >= from and firstSeen < to.
        expect(await ids({ from: '2026-11-20T08:00:00.000Z' })).toEqual(['e1', 'e3']);
        expect(await ids({ to: '2026-11-20T02:00:00.000Z' })).toEqual(['e2']);
        expect(await ids({ from: '2026-11-19T13:00:00+08:00', to: '2026-11-21T00:00:00Z' })).toEqual(['e2', 'e1']);
        const moved = { ...e1, lastSeen: '2026-11-22T00:00:00.000Z', articleUrls: [...e1.articleUrls, 'https://x.example.cn/2'] };
        await store.upsertEvents([moved]);
        expect(await store.getEvent('e1')).toEqual(moved);
        expect((await store.counts()).events).toBe(3);
      });
    });

    describe('city audits', () => {
      it('round-trips audits, replaces the same visit and filters by city, source and time', async () => {
        const a1 = cityAudit();
        const a2 = cityAudit({ cityCode: '320200', sourceId: 'credit-wuxi', siteUrl: 'https://credit.wuxi.example.cn/', visitedAt: '2026-11-19T01:00:00.000Z', reachable: false, columns: [] });
        const a3 = cityAudit({ visitedAt: '2026-11-21T01:00:00.000Z' });
        await store.addCityAudit(a1);
        await store.addCityAudit(a2);
        await store.addCityAudit(a3);
        const a1again = { ...a1, columns: a1.columns.slice(1) };
        await store.addCityAudit(a1again);
        expect(await all(store.listCityAudits())).toEqual([a2, a1again, a3]);
        expect(await all(store.listCityAudits('320500'))).toEqual([a1again, a3]);
        expect(await all(store.listCityAudits({ sourceId: 'credit-wuxi' }))).toEqual([a2]);
        expect(await all(store.listCityAudits({ cityCode: '320500', from: '2026-11-21T09:00:00+08:00' }))).toEqual([a3]);
        expect(await all(store.listCityAudits({ to: '2026-11-20T01:00:00.000Z' }))).toEqual([a2]);
        expect((await store.counts()).cityAudits).toBe(3);
      });
    });

    describe('frontier', () => {
      const link = (url: string, discoveredAt: string) => ({ url, sourceId: 'people', discoveredAt, via: 'homepage' });

      it('adds only unseen links, counting a URL repeated in the batch once', async () => {
        expect(
          await store.addLinks([
            link('https://x.example.cn/1', '2026-11-20T01:00:00.000Z'),
            link('https://x.example.cn/2', '2026-11-20T02:00:00.000Z'),
            link('https://x.example.cn/1', '2026-11-20T03:00:00.000Z'),
          ]),
        ).toBe(2);
        await store.updateLink('https://x.example.cn/2', { status: 'done' });
        expect(await store.addLinks([link('https://x.example.cn/2', '2026-11-21T00:00:00.000Z'), link('https://x.example.cn/3', '2026-11-21T00:00:00.000Z')])).toBe(1);
        expect(await store.addLinks([])).toBe(0);
        expect((await store.counts()).frontierPending).toBe(2);
        const due = await store.dueLinks('2026-11-22T00:00:00.000Z', 10);
        expect(due).toEqual([
          { ...link('https://x.example.cn/1', '2026-11-20T01:00:00.000Z'), status: 'pending', attempts: 0, nextAttemptAt: '2026-11-20T01:00:00.000Z', lastError: null },
          { ...link('https://x.example.cn/3', '2026-11-21T00:00:00.000Z'), status: 'pending', attempts: 0, nextAttemptAt: '2026-11-21T00:00:00.000Z', lastError: null },
        ]);
      });

      it('returns due pending links by next attempt time, then discovery, then url, up to the limit', async () => {
        await store.addLinks([
          link('https://x.example.cn/b', '2026-11-20T01:00:00.000Z'),
          link('https://x.example.cn/a', '2026-11-20T01:00:00.000Z'),
          link('https://x.example.cn/c', '2026-11-20T09:30:00+08:00'), // 01:30Z
          link('https://x.example.cn/d', '2026-11-20T00:30:00.000Z'),
          link('https://x.example.cn/future', '2026-11-20T05:00:00.000Z'),
        ]);
        await store.updateLink('https://x.example.cn/d', { attempts: 1, nextAttemptAt: '2026-11-20T01:45:00.000Z', lastError: 'HTTP 503' });
        const urls = async (now: string, limit: number) => (await store.dueLinks(now, limit)).map((l) => l.url.slice(-1));
        expect(await urls('2026-11-20T02:00:00.000Z', 10)).toEqual(['a', 'b', 'c', 'd']);
        expect(await urls('2026-11-20T02:00:00.000Z', 2)).toEqual(['a', 'b']);
        expect(await urls('2026-11-20T01:30:00.000Z', 10)).toEqual(['a', 'b', 'c']);
        expect(await urls('2026-11-20T00:59:59.999Z', 10)).toEqual([]);
        const d = (await store.dueLinks('2026-11-20T02:00:00.000Z', 10)).find((l) => l.url.endsWith('/d'));
        expect(d).toMatchObject({ attempts: 1, nextAttemptAt: '2026-11-20T01:45:00.000Z', lastError: 'HTTP 503', status: 'pending' });
      });

      it('never returns done or failed links, and refuses to update an unknown link', async () => {
        await store.addLinks([link('https://x.example.cn/1', '2026-11-20T01:00:00.000Z'), link('https://x.example.cn/2', '2026-11-20T01:00:00.000Z')]);
        await store.updateLink('https://x.example.cn/1', { status: 'done', attempts: 1, lastError: null });
        await store.updateLink('https://x.example.cn/2', { status: 'failed', attempts: 3, lastError: 'HTTP 404' });
        expect(await store.dueLinks('2030-01-01T00:00:00.000Z', 10)).toEqual([]);
        expect((await store.counts()).frontierPending).toBe(0);
        await expect(store.updateLink('https://x.example.cn/unknown', { status: 'done' })).rejects.toThrow(/unknown/);
      });
    });

    describe('state', () => {
      it('stores JSON values, replaces them and deletes on null', async () => {
        expect(await store.getState('cursor')).toBeNull();
        await store.setState('cursor', { at: '2026-11-20T00:00:00.000Z', n: 3, list: ['a', '苏州'] });
        expect(await store.getState('cursor')).toEqual({ at: '2026-11-20T00:00:00.000Z', n: 3, list: ['a', '苏州'] });
        await store.setState('cursor', 42);
        expect(await store.getState<number>('cursor')).toBe(42);
        await store.setState('flag', false);
        expect(await store.getState('flag')).toBe(false);
        await store.setState('cursor', null);
        expect(await store.getState('cursor')).toBeNull();
      });
    });

    describe('search', () => {
      const docs: ArticleInput[] = [
        article({ url: 'https://s.example.cn/food', title: '苏州一食品企业被列入严重违法失信名单', body: '苏州市市场监督管理局通报，该企业生产的食品抽检不合格。', publishedAt: '2026-11-20T10:00:00+08:00' }),
        article({ url: 'https://s.example.cn/water', title: '无锡化工厂偷排污水', body: '无锡市生态环境局对偷排行为立案调查，涉事企业被列入失信名单。', publishedAt: '2026-11-19T10:00:00+08:00', sourceId: 'xinhua' }),
        article({ url: 'https://s.example.cn/plan', title: '南京市发布社会信用体系建设实施方案', body: '方案提出完善信用修复机制。', publishedAt: '2026-11-18', sourceId: 'sina' }),
        article({ url: 'https://s.example.cn/xss', title: '<script>alert(1)</script> 苏州通报 & "食品" 问题', body: '<img src=x onerror=alert(2)> 苏州 食品 抽检结果公布。', publishedAt: null }),
      ];

      it('finds Chinese text with every query token required', async () => {
        await store.upsertArticles(docs);
        const urls = async (text: string) => (await store.search({ text, sort: 'date' })).hits.map((h) => h.url);
        // 失信名单 is also found inside the longer 严重违法失信名单.
        expect(await urls('失信名单')).toEqual(['https://s.example.cn/food', 'https://s.example.cn/water']);
        expect(await urls('无锡 失信')).toEqual(['https://s.example.cn/water']);
        expect(await urls('信用修复')).toEqual(['https://s.example.cn/plan']);
        expect(await urls('深圳')).toEqual([]);
        expect(await urls('苏州 深圳')).toEqual([]);
      });

      it('treats query syntax as plain text', async () => {
        await store.upsertArticles(docs);
        for (const text of ['"苏州', '苏州*', 'NEAR(苏州 食品)', '苏州 OR 深圳', '苏州 AND -食品', '{title}: 苏州', "苏州' OR 1=1 --", '^苏州', 'title:苏州']) {
          const r = await store.search({ text });
          expect(r.total).toBe(referenceSearch(docs.map((input) => ({ input, analysis: null })), { text }).total);
        }
        expect((await store.search({ text: '，。！' })).total).toBe(docs.length);
      });

      it('escapes hostile titles and bodies while highlighting matches', async () => {
        await store.upsertArticles(docs);
        const r = await store.search({ text: '苏州 食品' });
        const xss = r.hits.find((h) => h.url === 'https://s.example.cn/xss');
        expect(xss).toBeDefined();
        expect(xss!.title).toBe(docs[3]!.title);
        expect(xss!.titleHtml).toBe('&lt;script&gt;alert(1)&lt;/script&gt; <em>苏州</em>通报 &amp; &quot;<em>食品</em>&quot; 问题');
        expect(xss!.highlights).toEqual(['&lt;img src=x onerror=alert(2)&gt; <em>苏州</em> <em>食品</em> 抽检结果公布。']);
        for (const h of r.hits) {
          expect(h.titleHtml + h.highlights.join('')).not.toMatch(/<(?!\/?em>)/);
        }
      });

      it('ranks a title match above a single mention deep in a long body', async () => {
        const filler = '会议强调要持续推进社会信用体系建设，提升治理能力。'.repeat(40);
        await store.upsertArticles([
          article({ url: 'https://r.example.cn/body', title: '全省工作会议召开', body: filler + '另据了解，杭州也在推进相关工作。' + filler, publishedAt: '2026-11-21T10:00:00+08:00' }),
          article({ url: 'https://r.example.cn/title', title: '杭州发布信用建设年度报告', body: '报告总结了一年来的工作。', publishedAt: '2026-11-01T10:00:00+08:00' }),
        ]);
        const r = await store.search({ text: '杭州' });
        expect(r.hits.map((h) => h.url)).toEqual(['https://r.example.cn/title', 'https://r.example.cn/body']);
        expect(r.hits[0]!.score).toBeGreaterThan(r.hits[1]!.score);
        const byDate = await store.search({ text: '杭州', sort: 'date' });
        expect(byDate.hits.map((h) => [h.url, h.score])).toEqual([
          ['https://r.example.cn/body', 0],
          ['https://r.example.cn/title', 0],
        ]);
      });

      it('finds a compound inside a longer one, ranking articles that have the compound itself higher', async () => {
        // Same length in tokens, the same parts once each: only the compound 失信名单 tells them apart
        // (without it the later article would come first by the date tie-break).
        await store.upsertArticles([
          article({ url: 'https://k.example.cn/exact', title: '本市通报一批企业', body: '本市公布失信名单，涉及企业十家。', publishedAt: '2026-11-01T10:00:00+08:00' }),
          article({ url: 'https://k.example.cn/longer', title: '本市通报一批企业', body: '本市公布严重违法失信名单。', publishedAt: '2026-11-02T10:00:00+08:00' }),
        ]);
        const r = await store.search({ text: '失信名单' });
        expect(r.hits.map((h) => h.url)).toEqual(['https://k.example.cn/exact', 'https://k.example.cn/longer']);
        expect(r.hits.map((h) => h.highlights)).toEqual([['本市公布<em>失信名单</em>，涉及企业十家。'], ['本市公布严重违法<em>失信名单</em>。']]);
      });

      it('orders equally relevant articles by date, then url, across pages', async () => {
        // 150 copies of one text score the same; only the tie-break orders them.
        const copies = Array.from({ length: 150 }, (_, i) =>
          article({
            url: `https://t.example.cn/${String(i % 7)}/${i}`,
            title: '杭州发布信用报告',
            body: '报告总结了一年来的工作。',
            publishedAt: i % 10 === 0 ? null : `2026-11-${String(1 + (i % 9)).padStart(2, '0')}T10:00:00+08:00`,
          }),
        );
        await store.upsertArticles(copies);
        const want = referenceSearch(copies.map((input) => ({ input, analysis: null })), { text: '杭州' }).urls;
        const got: string[] = [];
        for (let offset = 0; offset < 150; offset += 40) got.push(...(await store.search({ text: '杭州', offset, limit: 40 })).hits.map((h) => h.url));
        expect(got).toEqual(want);
      });

      it('returns hit fields from the article and its analysis', async () => {
        await store.upsertArticles(docs);
        await store.setAnalyses([{ url: docs[0]!.url, analysis: analysis() }]);
        const r = await store.search({ text: '生产' });
        expect(r).toEqual({
          total: 1,
          hits: [
            {
              url: docs[0]!.url,
              title: docs[0]!.title,
              titleHtml: docs[0]!.title,
              sourceId: 'people',
              source: '人民网',
              publishedAt: '2026-11-20T10:00:00+08:00',
              polarity: 'breach',
              domain: 'business',
              sector: 'food-drug',
              cityCode: '320500',
              score: expect.any(Number),
              highlights: ['苏州市市场监督管理局通报，该企业<em>生产</em>的食品抽检不合格。'],
            },
          ],
        });
        expect(r.hits[0]!.score).toBeGreaterThan(0);
      });

      it('sees updated content and forgets the old words', async () => {
        await store.upsertArticles(docs);
        await store.upsertArticles([{ ...docs[2]!, title: '杭州市发布信用报告', body: '年度报告发布。' }]);
        expect((await store.search({ text: '南京市' })).total).toBe(0);
        expect((await store.search({ text: '杭州市' })).hits.map((h) => h.url)).toEqual([docs[2]!.url]);
        expect((await store.search({})).total).toBe(4);
      });

      it('matches the reference semantics on a corpus, for text, every filter and their combinations', async () => {
        const items = corpus(400, 3);
        await load(store, items);
        const queries: SearchQuery[] = [
          {},
          { text: '苏州' },
          { text: '失信名单' },
          { text: '苏州 失信名单' },
          { text: '拖欠 工资' },
          { text: '信用网站 查询' },
          { text: '杭州市' },
          { sourceIds: ['sina', 'qq'] },
          { sourceIds: [] },
          { cityCode: '320500' },
          { provinceCode: '320000', text: '污水' },
          { polarity: ['breach'] },
          { polarity: ['integrity', 'response'], domain: ['business', 'social'] },
          { sector: ['tax'], sourceIds: ['people'] },
          { from: '2026-11-10', to: '2026-11-20' },
          { from: '2026-11-10T12:00:00+08:00' },
          { to: '2026-11-05T00:00:00Z', text: '通报' },
          { text: '无锡 罚款', cityCode: '320200', polarity: ['breach', 'policy'], from: '2026-11-03' },
        ];
        for (const q of queries) {
          const want = referenceSearch(items, q);
          const got = await store.search({ ...q, limit: 1000 });
          expect({ q, total: got.total }).toEqual({ q, total: want.total });
          expect({ q, set: got.hits.map((h) => h.url).sort() }).toEqual({ q, set: [...want.urls].sort() });
          const dated = await store.search({ ...q, sort: 'date', limit: 1000 });
          expect({ q, order: dated.hits.map((h) => h.url) }).toEqual({ q, order: want.urls });
        }
      });

      it('pages through results without gaps or overlaps', async () => {
        const items = corpus(300, 5);
        await load(store, items);
        for (const q of [{ sort: 'date' as const }, { text: '苏州' }, { text: '企业', polarity: ['breach' as const] }]) {
          const whole = await store.search({ ...q, limit: 1000 });
          const pages: string[] = [];
          for (let offset = 0; offset < whole.total + 7; offset += 7) {
            const page = await store.search({ ...q, offset, limit: 7 });
            expect(page.total).toBe(whole.total);
            pages.push(...page.hits.map((h) => h.url));
          }
          expect(pages).toEqual(whole.hits.map((h) => h.url));
        }
        expect((await store.search({ limit: 0 })).hits).toEqual([]);
        expect((await store.search({ limit: 0 })).total).toBe(300);
        await expect(store.search({ offset: SEARCH_MAX_WINDOW, limit: 1 })).rejects.toThrow(RangeError);
        await expect(store.search({ limit: -1 })).rejects.toThrow(RangeError);
        await expect(store.search({ from: 'last week' })).rejects.toThrow(RangeError);
        expect((await store.search({})).hits.length).toBe(20);
      });
    });

    describe('counts', () => {
      it('counts every kind of record', async () => {
        await store.upsertSources([nationalSource('people')]);
        await store.addSnapshot(homepage());
        await store.addSnapshot(ranking());
        await store.upsertArticles([article({ url: 'https://c.example.cn/1' }), article({ url: 'https://c.example.cn/2' }), article({ url: 'https://c.example.cn/3' })]);
        await store.setAnalyses([{ url: 'https://c.example.cn/2', analysis: analysis() }]);
        await store.upsertEvents([creditEvent({ id: 'e1' })]);
        await store.addCityAudit(cityAudit());
        await store.addLinks([{ url: 'https://c.example.cn/4', sourceId: 'people', discoveredAt: '2026-11-20T00:00:00.000Z', via: 'homepage' }]);
        expect(await store.counts()).toEqual({
          sources: 1,
          snapshots: 2,
          articles: 3,
          analyzed: 1,
          events: 1,
          cityAudits: 1,
          frontierPending: 1,
        });
      });
    });
  });
}
