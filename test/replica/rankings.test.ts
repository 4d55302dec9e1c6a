import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import iconv from 'iconv-lite';
import type { HtmlRanking, RankingEndpoint, Source } from '../../core/sources.js';
import { startReplica, type Replica } from '../../replica/server/serve.js';
import { siteProfile } from '../../replica/sites/profiles.js';
import { canonical, get, national, readRanking, setClock } from './helpers.js';

let r: Replica;
let sites: ReturnType<typeof national>;
const AT = '2026-11-20T20:00:00+08:00';

beforeAll(async () => {
  r = await startReplica({ seed: 404, days: 1, port: 0 });
  sites = national((await (await fetch(`${r.baseUrl}/_replica/sites`)).json()) as Source[]);
  await setClock(r.baseUrl, AT);
});
afterAll(async () => {
  await r.close();
});

const endpoint = (site: string, list: string): RankingEndpoint => sites.find((s) => s.id === site)!.rankings.find((k) => k.list === list)!;

/** The list the world holds at the clock, as canonical URLs and titles. */
function expected(site: Parameters<typeof siteProfile>[0], listIndex: number) {
  return r.world.rankings.at(siteProfile(site), listIndex, Date.parse(AT)).map((x) => ({ rank: x.rank, title: x.article.title, url: `${r.pages.origin(x.article.address)}${x.article.path}`, score: x.score }));
}

describe('replica ranking lists', () => {
  it('serves 163 boards as static GBK tables: the bytes decode with GBK to the true titles, counts in the next cell', async () => {
    const e = endpoint('163', '新闻/点击榜/24小时');
    const res = await get(e.url);
    expect(res.headers.get('content-type')).toMatch(/charset=GBK/i);
    const text = iconv.decode(res.bytes, 'gbk');
    expect(text).toContain('<meta http-equiv="Content-Type" content="text/html; charset=gbk" />');
    // Not UTF-8: the same bytes read as UTF-8 are garbled.
    expect(res.bytes.toString('utf8')).toContain('\uFFFD');
    const want = expected('163', 0);
    expect(want.length).toBe(10);
    const got = readRanking(e, res.bytes);
    expect(got).toEqual(want);
    for (const [i, list] of ['新闻/点击榜/本周', '新闻/跟贴榜/24小时'].entries()) {
      expect(readRanking(endpoint('163', list), res.bytes)).toEqual(expected('163', i + 1));
    }
    expect(text).toMatch(/<td class="red"><span>1<\/span><a href="[^"]+">[^<]+<\/a><\/td><td class="cBlue">\d+<\/td>/);
    expect(text).toMatch(/<td class="gray"><span>4<\/span>/);
  });

  it('serves Sina lists as JSONP `var x = {"data":[…]};` with top_num written with thousands separators', async () => {
    const e = endpoint('sina', '新闻总排行');
    const res = await get(e.url);
    const text = res.bytes.toString('utf8');
    expect(text).toMatch(/^var all_1_data01 = \{.*\};$/s);
    expect(text).toMatch(/"top_num":"\d{1,3}(,\d{3})+"/);
    const got = readRanking(e, res.bytes);
    expect(got.map((x) => [x.rank, x.title, x.url])).toEqual(expected('sina', 0).map((x) => [x.rank, x.title, x.url]));
    expect(got.map((x) => x.score)).toEqual(expected('sina', 0).map((x) => x.score));
    const other = await get(e.url.replace('js_var=all_1_data01', 'js_var=foo'));
    expect(other.bytes.toString('utf8')).toMatch(/^var foo = /);
  });

  it('serves the QQ hot list as JSON whose first item is a description card without a URL', async () => {
    const e = endpoint('qq', '热点榜');
    const res = await get(e.url);
    const doc = JSON.parse(res.bytes.toString('utf8')) as { idlist: { newslist: Record<string, unknown>[] }[] };
    const list = doc.idlist[0]!.newslist;
    expect(list[0]!.url).toBeUndefined();
    expect(String(list[0]!.abstract)).toContain('每10分钟更新一次');
    expect(list.slice(1).every((x) => typeof x.url === 'string')).toBe(true);
    expect(readRanking(e, res.bytes).map((x) => [x.rank, x.url])).toEqual(expected('qq', 0).map((x) => [x.rank, x.url]));
  });

  it('serves the people 热点排行 sidebar as static GBK HTML without counts', async () => {
    const e = endpoint('people', '热点排行');
    const res = await get(e.url);
    expect(iconv.decode(res.bytes, 'gbk')).toContain('<!--n--><a href=');
    const got = readRanking(e, res.bytes);
    expect(got.map((x) => [x.rank, x.title, x.url])).toEqual(expected('people', 0).map((x) => [x.rank, x.title, x.url]));
    expect(got.every((x) => x.score === null)).toBe(true);
  });

  it('moves the lists with the clock, refreshing every 10 minutes', async () => {
    const e = endpoint('sina', '新闻总排行');
    await setClock(r.baseUrl, '2026-11-20T20:09:00+08:00');
    const same = readRanking(e, (await get(e.url)).bytes);
    await setClock(r.baseUrl, '2026-11-20T23:30:00+08:00');
    const later = readRanking(e, (await get(e.url)).bytes);
    await setClock(r.baseUrl, AT);
    const now = readRanking(e, (await get(e.url)).bytes);
    expect(same).toEqual(now);
    expect(later).not.toEqual(now);
  });

  describe('lists built by JavaScript', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
    });
    afterAll(async () => {
      await browser.close();
    });

    for (const [site, list] of [
      ['cctv', '热榜'],
      ['sohu', '24小时热文'],
    ] as const) {
      it(`${site} ${list}: absent from the static HTML, present once Chromium runs the page`, async () => {
        const e = endpoint(site, list) as HtmlRanking;
        expect(e.kind).toBe('html');
        expect(e.render).toBe('browser');
        const stat = await get(e.url);
        expect(readRanking(e, stat.bytes)).toEqual([]);
        for (const x of expected(site, 0)) expect(stat.bytes.toString('utf8')).not.toContain(x.title);

        const page = await browser.newPage();
        await page.goto(e.url);
        await page.waitForSelector(e.waitForSelector!, { timeout: 10_000 });
        const items = await page.$$eval(
          e.itemSelector,
          (els, sel) =>
            els.map((el) => {
              const a = el.querySelector(sel.link) as HTMLAnchorElement;
              return { rank: Number(el.querySelector(sel.rank)!.textContent), title: a.textContent ?? '', url: a.href, score: Number(el.querySelector(sel.score)!.textContent) };
            }),
          { link: e.linkSelector, rank: e.rankSelector!, score: e.scoreSelector! },
        );
        await page.close();
        const want = expected(site, 0);
        expect(want.length).toBe(10);
        expect(items.map((x) => ({ ...x, url: canonical(x.url, e.url) }))).toEqual(want);
      });
    }
  });
});
