import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';
import type { ColumnHint, CitySource, Source } from '../../core/sources.js';
import { startReplica, type Replica } from '../../replica/server/serve.js';
import type { Truth } from '../../replica/truth.js';
import { decode, get, setClock } from './helpers.js';

let r: Replica;
let truth: Truth;
let cities: CitySource[];
const NOW = '2026-11-21T12:00:00+08:00';

beforeAll(async () => {
  r = await startReplica({ seed: 606, days: 2, port: 0 });
  truth = (await (await fetch(`${r.baseUrl}/_replica/truth?bodies=0`)).json()) as Truth;
  cities = ((await (await fetch(`${r.baseUrl}/_replica/sites`)).json()) as Source[]).filter((s): s is CitySource => s.kind === 'city-credit');
  await setClock(r.baseUrl, NOW);
});
afterAll(async () => {
  await r.close();
});

/** Asks a column's endpoint the way its descriptor says: GET, or POST with a form or JSON body. */
function callColumn(hint: ColumnHint, method = hint.request?.method ?? 'GET') {
  const r = hint.request;
  if (method === 'GET') return get(hint.url!);
  const body = r?.form ? new URLSearchParams(r.form).toString() : JSON.stringify(r?.json ?? {});
  const type = r?.form ? 'application/x-www-form-urlencoded' : 'application/json';
  return get(hint.url!, { method, body, headers: { 'content-type': type, ...r?.headers } });
}

const newestBy = (entries: { date: string }[], t: string) => entries.map((e) => e.date).filter((d) => Date.parse(`${d.replace(' ', 'T')}+08:00`) <= Date.parse(t)).sort().at(-1) ?? null;
const normDate = (s: string) => s.replace(/[年/]/g, '-').replace(/月/, '-').replace(/日/, '').trim();

describe('replica city credit websites', () => {
  it('has a credit website per simulated city, named as such sites are named', () => {
    expect(cities.map((c) => c.cityCode).sort()).toEqual(truth.cities.map((c) => c.code).sort());
    for (const c of cities) expect(c.name).toMatch(/^(信用中国（.+）|信用.+|诚信.+)$/);
    const forms = new Set(cities.map((c) => c.name.slice(0, 2)));
    expect(forms.size).toBeGreaterThanOrEqual(2);
  });

  it('shows in its navigation the columns it has, under varied labels, and no others', async () => {
    const labels = new Set<string>();
    for (const site of truth.citySites.filter((s) => !s.down)) {
      const $ = cheerio.load(decode((await get(site.homepage)).bytes));
      const nav = $('.nav a').toArray().map((a) => ({ text: $(a).text(), href: $(a).attr('href') }));
      for (const c of site.columns) {
        if (c.present) {
          const path = new URL(c.url!).pathname;
          expect(nav.some((n) => n.href === path), `${site.siteId} ${c.column}`).toBe(true);
          for (const l of c.label!.split('/')) labels.add(l);
        } else {
          expect(c.url).toBeNull();
        }
      }
    }
    expect([...labels].filter((l) => ['红黑名单', '守信红名单', '失信黑名单', '诚信红黑榜', '信用红黑名单'].includes(l)).length).toBeGreaterThanOrEqual(2);
    expect(labels.size).toBeGreaterThan(10);
    const groupLabels = new Set<string>();
    for (const site of truth.citySites.filter((s) => !s.down)) {
      const $ = cheerio.load(decode((await get(site.homepage)).bytes));
      $('.has-sub > a').each((_, a) => void groupLabels.add($(a).text()));
    }
    expect([...groupLabels].sort()).toEqual(['双公示', '行政许可和行政处罚公示']);
  });

  it('misses columns on some cities and keeps most on others', () => {
    const counts = truth.citySites.map((s) => s.columns.filter((c) => c.present).length);
    expect(Math.min(...counts)).toBeLessThan(5);
    expect(Math.max(...counts)).toBe(7);
  });

  it('lists dated rows in HTML, newest first, showing nothing dated after the clock', async () => {
    let checked = 0;
    for (const site of truth.citySites.filter((s) => !s.down)) {
      for (const c of site.columns.filter((x) => x.present && x.format === 'html')) {
        const $ = cheerio.load(decode((await get(c.url!)).bytes));
        const dates = $('.list-table td.date, .news-list .time').toArray().map((el) => normDate($(el).text().replace(/[[\]]/g, '')));
        const newest = newestBy(c.entries, NOW);
        if (!newest) {
          expect(dates).toEqual([]);
          continue;
        }
        expect(dates[0], `${site.siteId} ${c.column}`).toBe(newest.slice(0, 10));
        expect([...dates].sort().reverse()).toEqual(dates);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('serves JSON columns at the endpoint the descriptor names, with the date field it names', async () => {
    let checked = 0;
    for (const d of cities) {
      const site = truth.citySites.find((s) => s.siteId === d.id)!;
      for (const [column, hint] of Object.entries(d.columns)) {
        const res = await callColumn(hint);
        if (site.down) {
          expect(res.status).toBe(503);
          continue;
        }
        let items: unknown = JSON.parse(decode(res.bytes));
        for (const k of hint.itemsPath!.split('.')) items = (items as Record<string, unknown>)[k];
        const rows = items as Record<string, string>[];
        const newest = newestBy(site.columns.find((c) => c.column === column)!.entries, NOW);
        if (newest) expect(rows[0]![hint.dateField!]!.slice(0, 10)).toBe(newest.slice(0, 10));
        else expect(rows).toEqual([]);
        for (const row of rows) expect(typeof row[hint.titleField!]).toBe('string');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('answers some JSON endpoints in GBK, declared in the header', async () => {
    let gbk = 0;
    for (const d of cities) {
      for (const hint of Object.values(d.columns)) {
        const res = await callColumn(hint);
        if (!/charset=GBK/i.test(res.headers.get('content-type') ?? '')) continue;
        let rows: unknown = JSON.parse(iconv.decode(res.bytes, 'gbk'));
        for (const k of hint.itemsPath!.split('.')) rows = (rows as Record<string, unknown>)[k];
        if (!(rows as unknown[]).length) continue;
        gbk++;
        expect(res.bytes.toString('utf8')).toContain('\uFFFD');
        for (const row of rows as Record<string, string>[]) expect(row[hint.titleField!]).toMatch(/[\u4e00-\u9fa5]/);
      }
    }
    expect(gbk).toBeGreaterThan(0);
  });

  describe('list APIs that answer only POST', () => {
    const postColumns = (kind: 'form' | 'json') =>
      cities.flatMap((d) => {
        const site = truth.citySites.find((s) => s.siteId === d.id)!;
        return Object.entries(d.columns)
          .filter(([column]) => site.columns.find((c) => c.column === column)!.post === kind)
          .map(([column, hint]) => ({ d, site, column, hint }));
      });

    it('has a 深圳-like site (form body, GBK Data.Items) and a 东营-like one (JSON body, UTF-8 results), each described with its request', async () => {
      const form = postColumns('form');
      const json = postColumns('json');
      expect(form.length).toBeGreaterThan(0);
      expect(json.length).toBeGreaterThan(0);
      expect(new Set(form.map((x) => x.d.id)).size).toBe(1);
      expect(form[0]!.d.id).not.toBe(json[0]!.d.id);
      for (const { hint } of form) {
        expect(hint.request).toMatchObject({ method: 'POST', form: { PageIndex: '1' } });
        expect(hint.request!.form!.action).toMatch(/^get[A-Z]+List$/);
        expect(hint.itemsPath).toBe('Data.Items');
        const res = await callColumn(hint);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/charset=GBK/i);
      }
      for (const { hint } of json) {
        expect(hint.request).toMatchObject({ method: 'POST', json: { pageNum: 1 } });
        expect(hint.itemsPath).toBe('results');
        const res = await callColumn(hint);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/charset=utf-8/i);
        expect(JSON.parse(res.bytes.toString('utf8'))).toHaveProperty('total');
      }
    });

    it('answers 405 Method Not Allowed, naming POST, to a GET on those endpoints', async () => {
      for (const { hint } of [...postColumns('form'), ...postColumns('json')]) {
        const res = await callColumn(hint, 'GET');
        expect(res.status, hint.url).toBe(405);
        expect(res.headers.get('allow')).toBe('POST');
      }
    });

    it('serves a different list per form action at one URL, each matching its column truth', async () => {
      const form = postColumns('form');
      expect(new Set(form.map((x) => x.hint.url)).size).toBe(1);
      const firstTitles = new Set<string>();
      for (const { site, column, hint } of form) {
        const doc = JSON.parse(iconv.decode((await callColumn(hint)).bytes, 'gbk')) as { Data: { Items: { Title: string; PubDate: string }[] } };
        const served = site.columns.find((c) => c.column === column)!.entries.filter((e) => Date.parse(`${e.date.replace(' ', 'T')}+08:00`) <= Date.parse(NOW));
        expect(doc.Data.Items.map((i) => i.Title)).toEqual(served.slice(0, 20).map((e) => e.title));
        if (doc.Data.Items[0]) firstTitles.add(doc.Data.Items[0].Title);
      }
      expect(firstTitles.size).toBe(form.filter(({ site, column }) => site.columns.find((c) => c.column === column)!.entries.length > 0).length);
    });

    it('refuses a form without a known action (400) and a body of the wrong type (415)', async () => {
      const { hint } = postColumns('form')[0]!;
      const unknown = await get(hint.url!, { method: 'POST', body: 'action=getNothing', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(unknown.status).toBe(400);
      expect(iconv.decode(unknown.bytes, 'gbk')).toContain('getNothing');
      const asJson = await get(hint.url!, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
      expect(asJson.status).toBe(415);
      const j = postColumns('json')[0]!.hint;
      const notJson = await get(j.url!, { method: 'POST', body: 'pageNum=1', headers: { 'content-type': 'application/json' } });
      expect(notJson.status).toBe(400);
    });

    it('answers 405 to a POST on an ordinary page', async () => {
      const site = truth.citySites.find((s) => !s.down)!;
      const res = await get(site.homepage, { method: 'POST', body: 'x=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
    });
  });

  it('keeps some columns fresh and lets others go stale for months', () => {
    const present = truth.citySites.flatMap((s) => s.columns.filter((c) => c.present && c.entries.length));
    const start = Date.parse(truth.start);
    const ages = present.map((c) => (start - Date.parse(`${c.entries[0]!.date.replace(' ', 'T')}+08:00`)) / 86_400_000);
    expect(present.filter((c) => c.stale).length).toBeGreaterThan(0);
    for (const [i, c] of present.entries()) {
      if (c.stale) expect(ages[i]).toBeGreaterThan(55);
    }
    // 双公示 lists of live sites get several rows a day.
    const end = Date.parse(truth.end);
    const fresh = present.filter((c) => !c.stale && c.column.startsWith('双公示'));
    expect(fresh.length).toBeGreaterThan(0);
    for (const c of fresh) expect(end - Date.parse(`${c.entries[0]!.date.replace(' ', 'T')}+08:00`)).toBeLessThan(3 * 86_400_000);
  });

  it('publishes black-list rows with the list type and the reason', async () => {
    const site = truth.citySites.find((s) => !s.down && s.columns.some((c) => c.column === '红黑名单' && c.present && c.format === 'html' && !c.stale))!;
    const col = site.columns.find((c) => c.column === '红黑名单')!;
    const $ = cheerio.load(decode((await get(col.url!)).bytes));
    const types = $('.list-table tr td:nth-child(2)').toArray().map((el) => $(el).text());
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((t) => t === '黑名单' || t === '红名单')).toBe(true);
  });

  it('answers 503 on a site that is down', async () => {
    const down = truth.citySites.filter((s) => s.down);
    for (const s of down) expect((await get(s.homepage)).status).toBe(503);
    const up = truth.citySites.filter((s) => !s.down);
    expect(up.length).toBeGreaterThan(down.length);
  });
});
