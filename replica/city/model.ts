// City credit websites (信用中国（XX）/ 信用XX / 诚信XX): which disclosure columns each city keeps,
// under which navigation label, published how (HTML rows or a JSON endpoint), fresh or long
// abandoned, and every dated entry. Better cities keep more columns and keep them fresh.
import { CREDIT_COLUMNS, type CreditColumn } from '../../core/types.js';
import { shanghaiParts } from '../../core/clock.js';
import { companyName, personName } from '../text/vocab.js';
import type { WorldCity } from '../world/cities.js';
import { createRng, type Rng } from '../world/rng.js';
import type { WorldEvent } from '../world/types.js';

const DAY = 24 * 3600_000;

export type ListStyle = 'table' | 'ul' | 'json';

export interface CityEntry {
  date: number;
  title: string;
  /** Extra fields shown in tables and JSON (决定书文号, 行政相对人, 列入原因…). */
  fields: Record<string, string>;
}

/**
 * How a JSON column's endpoint is asked: `get`, or POST only (GET answers 405), with a form body
 * naming the list by its `action` field (深圳-like, one endpoint for several lists) or a JSON body
 * (东营-like, one endpoint per list).
 */
export type ApiMethod = 'get' | 'post-form' | 'post-json';

export interface CityColumn {
  column: CreditColumn;
  present: boolean;
  label: string;
  /** List page path (for JSON columns: the page whose script loads the endpoint). */
  path: string;
  /** For JSON columns: the endpoint. */
  apiPath: string | null;
  apiMethod: ApiMethod;
  /** For `post-form` endpoints: the `action` form field that selects this column's list. */
  apiAction: string | null;
  style: ListStyle;
  stale: boolean;
  /** By date, newest first. */
  entries: CityEntry[];
}

export interface CitySite {
  id: string;
  city: WorldCity;
  address: string;
  name: string;
  /** Down sites answer 503 to everything. */
  down: boolean;
  /** Date format in list rows. */
  dateFormat: 'dash' | 'slash' | 'cn';
  /** JSON endpoints: hlxy-like `data.data[]`, 东营-like `results[]` with upper-case keys, or 深圳-like `Data.Items[]`. */
  jsonShape: 'data' | 'results' | 'items';
  /** Some vendors answer JSON in GBK, as 深圳's 双公示 endpoint does. */
  jsonCharset: 'utf8' | 'gbk';
  columns: CityColumn[];
}

const LABELS: Record<CreditColumn, string[]> = {
  信用动态: ['信用动态', '工作动态', '信用新闻', '动态信息'],
  政策法规: ['政策法规', '政策文件', '法规制度', '政策法规库'],
  '双公示-许可': ['行政许可', '行政许可公示', '许可信息'],
  '双公示-处罚': ['行政处罚', '行政处罚公示', '处罚信息'],
  红黑名单: ['红黑名单', '守信红名单/失信黑名单', '诚信红黑榜', '信用红黑名单'],
  信用承诺: ['信用承诺', '信用承诺公示', '承诺书公示'],
  信用修复: ['信用修复', '信用修复公示', '修复结果公示'],
};

const PATHS: Record<CreditColumn, string[]> = {
  信用动态: ['/xydt/', '/news/gzdt/', '/xwzx/xydt/'],
  政策法规: ['/zcfg/', '/policy/', '/zcwj/'],
  '双公示-许可': ['/sgs/xzxk/', '/doublePublicity/permit/', '/web/dou/permit/'],
  '双公示-处罚': ['/sgs/xzcf/', '/doublePublicity/punish/', '/web/dou/punish/'],
  红黑名单: ['/hhmd/', '/redblack/', '/xyhhb/'],
  信用承诺: ['/xycn/', '/commitment/', '/cnsgs/'],
  信用修复: ['/xyxf/', '/repair/', '/xfgs/'],
};

/** Mean entries per day while a column is kept up. */
const RATE: Record<CreditColumn, number> = {
  信用动态: 0.8,
  政策法规: 0.12,
  '双公示-许可': 6,
  '双公示-处罚': 3,
  红黑名单: 0.4,
  信用承诺: 1.5,
  信用修复: 0.5,
};

const HISTORY_DAYS = 150;

export function buildCitySites(seed: number, cities: readonly WorldCity[], events: readonly WorldEvent[], start: number, end: number): CitySite[] {
  return withPostEndpoints(baseSites(seed, cities, events, start, end));
}

/** Codes of each column's list on the POST vendors' endpoints (after 深圳's getXZXKGSList and 东营's xzcfLZ). */
const POST_CODES: Record<CreditColumn, { action: string; path: string }> = {
  信用动态: { action: 'getXYDTList', path: '/creditInquiry/xydtLZ' },
  政策法规: { action: 'getZCFGList', path: '/creditInquiry/zcfgLZ' },
  '双公示-许可': { action: 'getXZXKGSList', path: '/creditInquiry/xzxkLZ' },
  '双公示-处罚': { action: 'getXZCFGSList', path: '/creditInquiry/xzcfLZ' },
  红黑名单: { action: 'getHHMDList', path: '/creditInquiry/hhmdLZ' },
  信用承诺: { action: 'getXYCNList', path: '/creditInquiry/xycnLZ' },
  信用修复: { action: 'getXYXFList', path: '/creditInquiry/xyxfLZ' },
};
export const FORM_ENDPOINT = '/web/DoubleGS/Ajax/Ajax.ashx';

/**
 * The first two live sites with a dated JSON column move their JSON lists behind POST-only
 * endpoints: one 深圳-like (form body, GBK `Data.Items[]`, one endpoint for all lists), one
 * 东营-like (JSON body, UTF-8 `{total, results[]}`). Chosen after the fact and without drawing from
 * the random streams, so every other site, and every entry, is as before.
 */
function withPostEndpoints(sites: CitySite[]): CitySite[] {
  const candidates = sites.filter((s) => !s.down && s.columns.some((c) => c.present && c.style === 'json' && c.entries.length > 0));
  const [form, json] = candidates;
  if (form) {
    form.jsonShape = 'items';
    form.jsonCharset = 'gbk';
    for (const c of form.columns.filter((x) => x.style === 'json')) {
      c.apiPath = FORM_ENDPOINT;
      c.apiMethod = 'post-form';
      c.apiAction = POST_CODES[c.column].action;
    }
  }
  if (json) {
    json.jsonShape = 'results';
    json.jsonCharset = 'utf8';
    for (const c of json.columns.filter((x) => x.style === 'json')) {
      c.apiPath = POST_CODES[c.column].path;
      c.apiMethod = 'post-json';
    }
  }
  return sites;
}

function baseSites(seed: number, cities: readonly WorldCity[], events: readonly WorldEvent[], start: number, end: number): CitySite[] {
  return cities.map((city, i) => {
    const rng = createRng(seed, 'city-site', city.code);
    const q = city.latentQuality;
    const name = rng.weighted([`信用中国（${city.shortName}）`, `信用${city.shortName}`, `诚信${city.shortName}`], [4, 4, 1]);
    const variant = rng.int(0, 2);
    const jsonShape = rng.pick(['data', 'results'] as const);
    const styles: ListStyle[] = rng.pick([
      ['table', 'table', 'json'],
      ['ul', 'table', 'table'],
      ['ul', 'json', 'json'],
    ]);
    const columns = CREDIT_COLUMNS.map((column): CityColumn => {
      const crng = rng.fork(column);
      const present = column === '信用动态' ? crng.chance(0.95) : crng.chance(0.3 + 0.65 * q);
      const stale = present && crng.chance(Math.max(0.05, 0.75 * (1 - q) - 0.1));
      // 双公示 lists are the ones vendors most often serve from a JSON endpoint.
      const style: ListStyle = column.startsWith('双公示') || column === '红黑名单' ? styles[2]! : column === '信用动态' ? styles[0]! : styles[1]!;
      const path = PATHS[column][variant]!;
      return {
        column,
        present,
        label: crng.pick(LABELS[column]),
        path,
        apiPath: style === 'json' ? `/api${path}list.json` : null,
        apiMethod: 'get',
        apiAction: null,
        style,
        stale,
        entries: present ? entriesFor(column, city, crng, stale, start, end, events) : [],
      };
    });
    return {
      id: `city-${city.code}`,
      city,
      address: `127.0.2.${i + 1}`,
      name,
      down: rng.chance(0.06),
      dateFormat: rng.weighted(['dash', 'slash', 'cn'] as const, [6, 2, 1]),
      jsonShape,
      jsonCharset: jsonShape === 'results' && rng.chance(0.4) ? 'gbk' : 'utf8',
      columns,
    };
  });
}

function entriesFor(column: CreditColumn, city: WorldCity, rng: Rng, stale: boolean, start: number, end: number, events: readonly WorldEvent[]): CityEntry[] {
  const from = start - HISTORY_DAYS * DAY;
  // A stale column stopped being updated two to ten months before the start.
  const until = stale ? start - rng.int(60, 300) * DAY : end;
  const out: CityEntry[] = [];
  for (let d = from; d < until; d += DAY) {
    const n = rng.poisson(RATE[column]);
    for (let i = 0; i < n; i++) {
      const date = d + rng.int(8 * 3600_000, 18 * 3600_000);
      if (date < until) out.push(entry(column, city, rng, date));
    }
  }
  if (!stale && (column === '信用动态' || column === '政策法规')) {
    // The city's own credit news and rules also appear on its site.
    for (const e of events) {
      if (e.city !== city || e.time >= until) continue;
      if ((column === '信用动态' && e.polarity === 'implementation') || (column === '政策法规' && e.polarity === 'policy')) {
        out.push({ date: e.time + rng.int(1, 30) * 3600_000, title: e.articles[0]?.title ?? `${city.name}信用工作动态`, fields: {} });
      }
    }
  }
  return out.filter((x) => x.date < end).sort((a, b) => b.date - a.date);
}

const NEWS = [
  '{c}召开社会信用体系建设工作推进会',
  '{c}发改委开展信用修复政策培训',
  '{c}组织开展“诚信兴商宣传月”活动',
  '{c}召开城市信用监测工作专题会议',
  '{c}信用信息共享平台完成升级改造',
  '{c}开展重点领域失信问题专项治理',
  '{c}部署年度“双公示”数据质量提升工作',
  '{c}推进信用承诺制工作取得阶段性成效',
];
const RULES = [
  '关于印发《{c}社会信用体系建设工作要点》的通知',
  '关于进一步做好信用修复工作的通知',
  '{c}公共信用信息目录（{y}年版）',
  '关于建立健全守信联合激励和失信联合惩戒机制的实施意见',
  '{c}失信惩戒措施补充清单',
];
const PERMITS = ['食品经营许可', '建筑工程施工许可', '排污许可', '药品零售许可', '道路运输经营许可', '公共场所卫生许可'];
const PUNISHMENTS = ['未按规定公示食品经营许可证', '超标排放大气污染物', '销售不合格产品', '未按规定设置安全警示标志', '违规发布广告', '未取得许可擅自经营'];

function entry(column: CreditColumn, city: WorldCity, rng: Rng, date: number): CityEntry {
  const c = city.name;
  const year = shanghaiParts(date).year;
  const company = companyName(rng, city.shortName);
  const code = `91${city.code}${String(rng.int(10000000, 99999999))}${rng.pick(['X', 'M', 'U', 'K'])}`;
  const docNo = `${city.shortName}${rng.pick(['市监', '环', '住建', '交运', '卫'])}${column === '双公示-许可' ? '许' : '罚'}〔${year}〕${rng.int(1, 2999)}号`;
  switch (column) {
    case '信用动态':
      return { date, title: rng.pick(NEWS).replace('{c}', c), fields: {} };
    case '政策法规':
      return { date, title: rng.pick(RULES).replace('{c}', c).replace('{y}', String(year)), fields: {} };
    case '双公示-许可': {
      const kind = rng.pick(PERMITS);
      return { date, title: `${company}${kind}`, fields: { 行政相对人: company, 统一社会信用代码: code, 决定书文号: docNo, 许可类别: kind, 许可机关: `${c}行政审批局` } };
    }
    case '双公示-处罚': {
      const reason = rng.pick(PUNISHMENTS);
      return { date, title: `${company}${reason}案`, fields: { 行政相对人: company, 统一社会信用代码: code, 决定书文号: docNo, 处罚事由: reason, 处罚结果: `罚款${rng.int(1, 50) * 1000}元`, 处罚机关: `${c}市场监督管理局` } };
    }
    case '红黑名单': {
      const black = rng.chance(0.6);
      return {
        date,
        title: `${company}${black ? '列入失信黑名单' : '列入守信红名单'}`,
        fields: { 名称: company, 统一社会信用代码: code, 名单类型: black ? '黑名单' : '红名单', 列入原因: black ? rng.pick(['拒不履行生效法律文书', '拖欠农民工工资', '重大税收违法', '严重违法失信']) : rng.pick(['纳税信用A级', '诚信经营示范单位', '劳动保障守法诚信A级']), 法定代表人: personName(rng) },
      };
    }
    case '信用承诺':
      return { date, title: `${company}信用承诺书`, fields: { 承诺主体: company, 统一社会信用代码: code, 承诺类型: rng.pick(['审批替代型', '主动型', '行业自律型', '信用修复型']) } };
    case '信用修复':
      return { date, title: `${company}信用修复结果公示`, fields: { 修复主体: company, 统一社会信用代码: code, 修复事项: rng.pick(PUNISHMENTS) } };
  }
}
