// Serves the city credit websites: a homepage with navigation, one list page per column (dated
// rows in an HTML table or list, or an empty container filled from a JSON endpoint), detail pages,
// and the JSON endpoints themselves. Entries dated after the clock are not shown yet.
import iconv from 'iconv-lite';
import { shanghaiParts } from '../../core/clock.js';
import type { CitySourceSchema, ColumnHintSchema, ColumnRequestSchema } from '../../core/sources.js';
import type { z } from 'zod';
import { esc, formatTime } from '../sites/html.js';
import type { CachedResponse } from '../server/cache.js';
import type { World } from '../world/world.js';
import { buildCitySites, type CityColumn, type CityEntry, type CitySite } from './model.js';
import type { CitySiteTruth } from './truth.js';

const PAGE_SIZE = 20;

/** What the city sites need of a request besides its path: list APIs behind POST read the body. */
export interface CityRequest {
  method: string;
  contentType: string | null;
  body: string;
}

const GET: CityRequest = { method: 'GET', contentType: null, body: '' };

export interface CityRenderer {
  sites: CitySite[];
  addresses(): string[];
  describe(): z.input<typeof CitySourceSchema>[];
  truth(): CitySiteTruth[];
  render(address: string, path: string, query: URLSearchParams, t: number, request?: CityRequest): CachedResponse;
}

type ColumnDescriptor = z.input<typeof ColumnHintSchema>;
type SourceRequest = z.input<typeof ColumnRequestSchema>;

export function createCityRenderer(world: World, hosting: { port: number }): CityRenderer {
  const sites = world.options.citySites ? buildCitySites(world.options.seed, world.cities, world.events, world.start, world.end) : [];
  const byAddress = new Map(sites.map((s) => [s.address, s]));
  const origin = (s: CitySite) => `http://${s.address}:${hosting.port}`;

  const describe = () =>
    sites.map((s) => {
      const columns: Record<string, ColumnDescriptor> = {};
      for (const c of s.columns) {
        if (!c.present || c.style !== 'json' || !c.apiPath) continue;
        const fields = SHAPE_FIELDS[s.jsonShape];
        const request = apiRequest(c);
        columns[c.column] = {
          url: request ? `${origin(s)}${c.apiPath}` : `${origin(s)}${c.apiPath}?pageNum=1&pageSize=${PAGE_SIZE}`,
          format: 'json',
          ...fields,
          ...(request ? { request } : {}),
        };
      }
      return { id: s.id, kind: 'city-credit' as const, name: s.name, cityCode: s.city.code, homepage: `${origin(s)}/`, columns, encoding: 'utf-8' };
    });

  const truth = (): CitySiteTruth[] =>
    sites.map((s) => ({
      siteId: s.id,
      cityCode: s.city.code,
      name: s.name,
      homepage: `${origin(s)}/`,
      down: s.down,
      columns: s.columns.map((c) => ({
        column: c.column,
        present: c.present,
        label: c.present ? c.label : null,
        url: c.present ? `${origin(s)}${c.path}` : null,
        format: c.present ? (c.style === 'json' ? 'json' : 'html') : null,
        post: c.present && c.style === 'json' && c.apiMethod !== 'get' ? (c.apiMethod === 'post-form' ? 'form' : 'json') : null,
        stale: c.stale,
        entries: c.entries.map((e) => ({ date: formatTime(e.date, 'dash-second'), title: e.title })),
      })),
    }));

  const render = (address: string, path: string, query: URLSearchParams, t: number, request: CityRequest = GET): CachedResponse => {
    const s = byAddress.get(address);
    if (!s) return page(404, '<h1>404</h1>');
    if (s.down) return page(503, '<!DOCTYPE html><html><head><meta charset="utf-8"><title>系统维护中</title></head><body><h1>系统维护中，请稍后访问</h1></body></html>');
    const posted = s.columns.filter((c) => c.present && c.style === 'json' && c.apiMethod !== 'get' && c.apiPath === path);
    if (posted.length) return postApi(s, posted, t, request);
    if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed('GET, HEAD');
    if (path === '/' || path === '/index.html') return page(200, homepage(s, t));
    if (path === '/robots.txt') return { status: 404, headers: { 'content-type': 'text/plain' }, body: Buffer.from('not found') };
    for (const c of s.columns) {
      if (!c.present) continue;
      if (path === c.path || path === `${c.path}index.html`) return page(200, listPage(s, c, t, Number(query.get('page') ?? 1) || 1));
      if (c.apiPath && path === c.apiPath) return jsonList(s, c, t, Number(query.get('pageNum') ?? 1) || 1);
      const m = path.startsWith(c.path) ? path.slice(c.path.length).match(/^(\d{6})\/(\d+)\.html$/) : null;
      if (m) {
        const e = visible(c, t).find((x) => entryId(x) === m[2]);
        if (e) return page(200, detailPage(s, c, e, t));
      }
    }
    return page(404, '<!DOCTYPE html><html><head><meta charset="utf-8"><title>页面不存在</title></head><body><h1>404 页面不存在</h1></body></html>');
  };

  return { sites, addresses: () => sites.map((s) => s.address), describe, truth, render };
}

const SHAPE_FIELDS: Record<CitySite['jsonShape'], { itemsPath: string; dateField: string; titleField: string }> = {
  data: { itemsPath: 'data.data', dateField: 'publishDate', titleField: 'title' },
  results: { itemsPath: 'results', dateField: 'PUBDATE', titleField: 'TITLE' },
  items: { itemsPath: 'Data.Items', dateField: 'PubDate', titleField: 'Title' },
};

/** The request a crawler must send to a POST-only endpoint (null: a plain GET does). */
function apiRequest(c: CityColumn): SourceRequest | null {
  if (c.apiMethod === 'post-form') {
    return { method: 'POST', form: { action: c.apiAction!, PageIndex: '1', PageSize: String(PAGE_SIZE) }, headers: { 'X-Requested-With': 'XMLHttpRequest' } };
  }
  if (c.apiMethod === 'post-json') return { method: 'POST', json: { pageNum: 1, pageSize: PAGE_SIZE } };
  return null;
}

function methodNotAllowed(allow: string): CachedResponse {
  return { status: 405, headers: { 'content-type': 'text/html; charset=utf-8', allow }, body: Buffer.from('<h1>405 Method Not Allowed</h1>', 'utf8') };
}

function apiError(s: CitySite, status: number, message: string): CachedResponse {
  const doc = s.jsonShape === 'items' ? { Success: false, Message: message, Data: null } : { total: 0, results: [], error: message };
  return encodeJson(s, status, doc);
}

const positive = (v: unknown) => (Number.isInteger(Number(v)) && Number(v) >= 1 ? Number(v) : 1);

/**
 * A POST-only list API. Form endpoints (深圳-like) pick the list by the `action` field and the page
 * by `PageIndex`; JSON endpoints (东营-like) read `pageNum` from a JSON body. Anything else is
 * refused the way such servers refuse it (405, 415, 400), so a wrongly configured crawler fails loudly.
 */
function postApi(s: CitySite, columns: CityColumn[], t: number, req: CityRequest): CachedResponse {
  if (req.method !== 'POST') return methodNotAllowed('POST');
  const type = (req.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (columns[0]!.apiMethod === 'post-form') {
    if (type !== 'application/x-www-form-urlencoded') return apiError(s, 415, `expected a form body (application/x-www-form-urlencoded), got ${type || 'none'}`);
    const form = new URLSearchParams(req.body);
    const c = columns.find((x) => x.apiAction === form.get('action'));
    if (!c) return apiError(s, 400, `未知的action参数：${form.get('action') ?? '（无）'}`);
    return jsonList(s, c, t, positive(form.get('PageIndex')));
  }
  if (type !== 'application/json') return apiError(s, 415, `expected a JSON body (application/json), got ${type || 'none'}`);
  let body: unknown;
  try {
    body = JSON.parse(req.body);
  } catch (e) {
    return apiError(s, 400, `body is not JSON: ${(e as Error).message}`);
  }
  const pageNum = body !== null && typeof body === 'object' ? (body as { pageNum?: unknown }).pageNum : undefined;
  return jsonList(s, columns[0]!, t, positive(pageNum ?? 1));
}

function page(status: number, html: string): CachedResponse {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8' }, body: Buffer.from(html, 'utf8') };
}

function visible(c: CityColumn, t: number): CityEntry[] {
  return c.entries.filter((e) => e.date <= t);
}

function entryId(e: CityEntry): string {
  return String(e.date % 1e9);
}

function fmtDate(s: CitySite, ms: number): string {
  const d = formatTime(ms, 'date');
  return s.dateFormat === 'slash' ? d.replace(/-/g, '/') : s.dateFormat === 'cn' ? formatTime(ms, 'cn-date') : d;
}

function detailUrl(c: CityColumn, e: CityEntry): string {
  const { year, month } = shanghaiParts(e.date);
  return `${c.path}${year}${String(month).padStart(2, '0')}/${entryId(e)}.html`;
}

function nav(s: CitySite): string {
  const present = s.columns.filter((c) => c.present);
  const item = (c: CityColumn) =>
    c.label.includes('/') ? c.label.split('/').map((l) => `<li><a href="${c.path}">${esc(l)}</a></li>`).join('') : `<li><a href="${c.path}">${esc(c.label)}</a></li>`;
  const sgs = present.filter((c) => c.column.startsWith('双公示'));
  const others = present.filter((c) => !c.column.startsWith('双公示'));
  const group = sgs.length
    ? `<li class="has-sub"><a href="${sgs[0]!.path}">${Number(s.city.code) % 3 === 0 ? '行政许可和行政处罚公示' : '双公示'}</a><ul class="sub">${sgs.map(item).join('')}</ul></li>`
    : '';
  return `<div class="nav"><ul class="nav-list"><li><a href="/">首页</a></li>${others.map(item).join('')}${group}<li><a href="/xycx/">信用查询</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>`;
}

function shell(s: CitySite, title: string, inner: string, t: number): string {
  const year = shanghaiParts(t).year;
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>
<div class="header"><div class="logo"><h1>${esc(s.name)}</h1></div></div>
${nav(s)}
<div class="main">${inner}</div>
<div class="footer"><p>主办单位：${esc(s.city.name)}发展和改革委员会　承办单位：${esc(s.city.name)}公共信用信息中心</p><p>版权所有 © ${year}</p></div>
</body></html>`;
}

function homepage(s: CitySite, t: number): string {
  const news = s.columns.find((c) => c.column === '信用动态' && c.present);
  const rows = news ? visible(news, t).slice(0, 8) : [];
  const latest = rows.length
    ? `<div class="index-news"><div class="tit"><span>${esc(news!.label)}</span><a class="more" href="${news!.path}">更多</a></div><ul>${rows.map((e) => `<li><a href="${detailUrl(news!, e)}">${esc(e.title)}</a><span class="date">${fmtDate(s, e.date)}</span></li>`).join('')}</ul></div>`
    : '';
  return shell(s, s.name, `${latest}<div class="search-box"><form action="/xycx/"><input name="keyword" placeholder="请输入企业名称或统一社会信用代码"><button>查询</button></form></div>`, t);
}

function listPage(s: CitySite, c: CityColumn, t: number, pageNo: number): string {
  if (c.style === 'json') {
    const inner = `<div class="list-title"><h2>${esc(c.label)}</h2></div><div id="list-box" class="list-box"><table class="gs-table"><thead><tr><th>名称</th><th>日期</th></tr></thead><tbody></tbody></table></div>
<script>
fetch(${listCall(c)}).then(function (r) { return r.json(); }).then(function (res) {
  var rows = (res.data && res.data.data) || (res.Data && res.Data.Items) || res.results || [];
  var tb = document.querySelector('#list-box tbody');
  rows.forEach(function (it) {
    var tr = document.createElement('tr');
    tr.innerHTML = '<td class="name"></td><td class="date"></td>';
    tr.querySelector('.name').textContent = it.title || it.TITLE || it.Title;
    tr.querySelector('.date').textContent = (it.publishDate || it.PUBDATE || it.PubDate || '').slice(0, 10);
    tb.appendChild(tr);
  });
});
</script>`;
    return shell(s, `${c.label}-${s.name}`, inner, t);
  }
  const rows = visible(c, t);
  const slice = rows.slice((pageNo - 1) * PAGE_SIZE, pageNo * PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const pager = `<div class="pagebar" totalcount="${rows.length}">${pageNo > 1 ? `<a href="${c.path}?page=${pageNo - 1}">上一页</a>` : ''} 第${pageNo}/${pages}页 ${pageNo < pages ? `<a href="${c.path}?page=${pageNo + 1}">下一页</a>` : ''}</div>`;
  const body =
    c.style === 'table'
      ? `<table class="list-table"><tr><th>标题</th>${extraHeads(c)}<th>发布日期</th></tr>${slice.map((e) => `<tr><td class="title"><a href="${detailUrl(c, e)}">${esc(e.title)}</a></td>${extraCells(c, e)}<td class="date">${fmtDate(s, e.date)}</td></tr>`).join('\n')}</table>`
      : `<ul class="news-list">${slice.map((e) => `<li><a href="${detailUrl(c, e)}" title="${esc(e.title)}">${esc(e.title)}</a><span class="time">[${fmtDate(s, e.date)}]</span></li>`).join('\n')}</ul>`;
  return shell(s, `${c.label}-${s.name}`, `<div class="position">当前位置：<a href="/">首页</a> &gt; ${esc(c.label)}</div><div class="list-title"><h2>${esc(c.label)}</h2></div>${body}${pager}`, t);
}

/** The fetch() arguments the list page's script uses, as the vendor's own page would call its API. */
function listCall(c: CityColumn): string {
  const r = apiRequest(c);
  if (!r) return `'${c.apiPath}?pageNum=1&pageSize=${PAGE_SIZE}'`;
  const body = r.form ? new URLSearchParams(r.form).toString() : JSON.stringify(r.json);
  const type = r.form ? 'application/x-www-form-urlencoded' : 'application/json';
  return `'${c.apiPath}', { method: 'POST', headers: { 'Content-Type': '${type}' }, body: ${JSON.stringify(body)} }`;
}

function extraHeads(c: CityColumn): string {
  return c.column === '红黑名单' ? '<th>名单类型</th><th>列入原因</th>' : c.column === '双公示-处罚' ? '<th>决定书文号</th>' : '';
}

function extraCells(c: CityColumn, e: CityEntry): string {
  if (c.column === '红黑名单') return `<td>${esc(e.fields.名单类型 ?? '')}</td><td>${esc(e.fields.列入原因 ?? '')}</td>`;
  if (c.column === '双公示-处罚') return `<td>${esc(e.fields.决定书文号 ?? '')}</td>`;
  return '';
}

function detailPage(s: CitySite, c: CityColumn, e: CityEntry, t: number): string {
  const fields = Object.entries(e.fields);
  const table = fields.length ? `<table class="xzcf_bg">${fields.map(([k, v]) => `<tr><td><span class="xzcf_mc">${esc(k)}</span></td><td class="xzcf_xx">${esc(v)}</td></tr>`).join('')}</table>` : `<div class="content"><p>${esc(e.title)}。</p></div>`;
  return shell(s, `${e.title}-${s.name}`, `<div class="detail"><h2 class="detail-title">${esc(e.title)}</h2><div class="detail-info">发布日期：${formatTime(e.date, 'dash-second')}　来源：${esc(c.label)}</div>${table}</div>`, t);
}

function jsonList(s: CitySite, c: CityColumn, t: number, pageNum: number): CachedResponse {
  const rows = visible(c, t);
  const slice = rows.slice((pageNum - 1) * PAGE_SIZE, pageNum * PAGE_SIZE);
  const party = (e: CityEntry) => e.fields.行政相对人 ?? e.fields.名称 ?? '';
  const body =
    s.jsonShape === 'data'
      ? { code: 200, msg: '操作成功', data: { totalPage: Math.ceil(rows.length / PAGE_SIZE), pageNum, data: slice.map((e) => ({ id: entryId(e), title: e.title, publishDate: formatTime(e.date, 'dash-second'), ...e.fields })) } }
      : s.jsonShape === 'items'
        ? { Success: true, Message: '', Data: { Total: rows.length, PageIndex: pageNum, Items: slice.map((e) => ({ Id: entryId(e), Title: e.title, PubDate: formatTime(e.date, 'dash-second'), DocNo: e.fields.决定书文号 ?? '', Party: party(e) })) } }
        : { total: rows.length, results: slice.map((e) => ({ ID: entryId(e), TITLE: e.title, PUBDATE: formatTime(e.date, 'date'), NOTE: e.fields.处罚事由 ?? e.fields.列入原因 ?? '', ORGNAME: party(e) })) };
  return encodeJson(s, 200, body);
}

function encodeJson(s: CitySite, status: number, doc: unknown): CachedResponse {
  const text = JSON.stringify(doc);
  return s.jsonCharset === 'gbk'
    ? { status, headers: { 'content-type': 'application/json; charset=GBK' }, body: iconv.encode(text, 'gbk') }
    : { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: Buffer.from(text, 'utf8') };
}
