// Records for store tests: small hand-made ones and a seeded corpus of Chinese news-like articles.
import { SourceSchema, type Source } from '../../../core/sources.js';
import type {
  ArticleAnalysis,
  ArticleInput,
  CityAudit,
  CreditEvent,
  HomepageSnapshot,
  RankingSnapshot,
} from '../../../core/types.js';

export function nationalSource(id: string, name = id): Source {
  return SourceSchema.parse({
    id,
    kind: 'national',
    name,
    homepage: { url: `https://www.${id}.example.cn/` },
    rankings: [{ kind: 'jsonp', list: '点击排行', url: `https://news.${id}.example.cn/rank.js`, itemsPath: 'data' }],
    article: { urlPatterns: [`^https://www\\.${id}\\.example\\.cn/\\d{8}/`] },
  });
}

export function citySource(id: string, cityCode: string, name: string): Source {
  return SourceSchema.parse({ id, kind: 'city-credit', name, cityCode, homepage: `https://credit.${id}.example.cn/` });
}

export function article(over: Partial<ArticleInput> & { url: string }): ArticleInput {
  return {
    title: '苏州市发布社会信用体系建设实施方案',
    publishedAt: '2026-11-20T10:00:00+08:00',
    source: '人民网',
    body: '本报苏州11月20日电 苏州市政府今天发布社会信用体系建设实施方案。',
    sourceId: 'people',
    fetchedAt: '2026-11-20T03:00:00.000Z',
    ...over,
  };
}

export function analysis(over: Partial<ArticleAnalysis> = {}): ArticleAnalysis {
  return {
    polarity: 'breach',
    domain: 'business',
    sector: 'food-drug',
    severity: 0.6,
    confidence: 0.9,
    evidence: ['失信名单', '食品'],
    city: { code: '320500', name: '苏州市' },
    province: { code: '320000', name: '江苏省' },
    county: null,
    cities: [{ code: '320500', name: '苏州市', role: 'primary', matched: ['苏州'] }],
    eventId: 'ev-1',
    analyzedAt: '2026-11-20T04:00:00.000Z',
    version: 'test-1',
    ...over,
  };
}

export function homepage(over: Partial<HomepageSnapshot> = {}): HomepageSnapshot {
  return {
    kind: 'homepage',
    sourceId: 'people',
    url: 'https://www.people.example.cn/',
    takenAt: '2026-11-20T02:00:00.000Z',
    fetchedWith: 'http',
    items: [
      { position: 1, url: 'https://www.people.example.cn/20261120/a1.html', title: '头条：苏州食品企业失信', section: '要闻' },
      { position: 2, url: 'https://www.people.example.cn/20261120/a2.html', title: '无锡环保督察', section: null },
      { position: 3, url: 'https://www.people.example.cn/20261120/a3.html', title: '隐藏的链接', section: '地方', hidden: true },
    ],
    ...over,
  };
}

export function ranking(over: Partial<RankingSnapshot> = {}): RankingSnapshot {
  return {
    kind: 'ranking',
    sourceId: 'sina',
    url: 'https://news.sina.example.cn/rank.js',
    takenAt: '2026-11-20T02:05:00.000Z',
    fetchedWith: 'browser',
    items: [
      { list: '点击排行', rank: 1, title: '苏州食品企业失信', url: 'https://news.sina.example.cn/a/1.html', score: 98_765 },
      { list: '点击排行', rank: 2, title: '<b>无锡</b> & 常州', url: 'https://news.sina.example.cn/a/2.html', score: null },
    ],
    ...over,
  };
}

export function creditEvent(over: Partial<CreditEvent> & { id: string }): CreditEvent {
  return {
    city: { code: '320500', name: '苏州市' },
    polarity: 'breach',
    domain: 'business',
    sector: 'food-drug',
    title: '苏州一食品企业被列入严重违法失信名单',
    articleUrls: ['https://www.people.example.cn/20261120/a1.html'],
    sites: ['people'],
    firstSeen: '2026-11-20T02:00:00.000Z',
    lastSeen: '2026-11-20T08:00:00.000Z',
    homepage: [{ sourceId: 'people', firstAt: '2026-11-20T02:00:00.000Z', lastAt: '2026-11-20T06:00:00.000Z', bestPosition: 1, snapshots: 25 }],
    ranking: [
      { sourceId: 'sina', list: '点击排行', firstAt: '2026-11-20T03:00:00.000Z', lastAt: '2026-11-20T08:00:00.000Z', bestRank: 2, snapshots: 31 },
    ],
    respondsTo: null,
    ...over,
  };
}

export function cityAudit(over: Partial<CityAudit> = {}): CityAudit {
  return {
    cityCode: '320500',
    sourceId: 'credit-suzhou',
    siteUrl: 'https://credit.suzhou.example.cn/',
    visitedAt: '2026-11-20T01:00:00.000Z',
    reachable: true,
    columns: [
      {
        column: '红黑名单',
        present: true,
        url: 'https://credit.suzhou.example.cn/hhmd/',
        newestDate: '2026-11-19',
        itemCount: 2,
        entries: [
          { date: '2026-11-19', title: '某食品有限公司列入严重失信主体名单', url: 'https://credit.suzhou.example.cn/hhmd/1.html' },
          { date: null, title: '<img src=x onerror=alert(1)>', url: null },
        ],
        error: null,
      },
      { column: '信用修复', present: false, url: null, newestDate: null, itemCount: 0, entries: [], error: null },
    ],
    ...over,
  };
}

/** Small deterministic PRNG (mulberry32), so a corpus is the same on every run and every backend. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = [
  { code: '320500', name: '苏州市', short: '苏州', province: { code: '320000', name: '江苏省' } },
  { code: '320200', name: '无锡市', short: '无锡', province: { code: '320000', name: '江苏省' } },
  { code: '330100', name: '杭州市', short: '杭州', province: { code: '330000', name: '浙江省' } },
  { code: '440300', name: '深圳市', short: '深圳', province: { code: '440000', name: '广东省' } },
];
const SUBJECTS = ['一食品企业', '一家化工厂', '某建筑公司', '一网络平台', '某医院', '一家药店', '某房地产开发商'];
const DEEDS = ['被列入严重违法失信名单', '偷排污水被立案调查', '拖欠农民工工资被曝光', '获评纳税信用A级', '完成信用修复', '因虚假宣传被罚款'];
const FILLER = [
  '市场监督管理局今天通报了相关情况。',
  '当地政府表示将依法依规严肃处理。',
  '记者从有关部门获悉，调查工作正在进行中。',
  '社会信用体系建设是一项长期任务。',
  '相关负责人已被约谈，企业承诺限期整改。',
  '群众可以通过信用网站查询处罚信息。',
];
const SOURCES = ['people', 'xinhua', 'sina', 'qq'];
const POLARITIES = ['breach', 'integrity', 'policy', 'response'] as const;

export interface CorpusItem {
  input: ArticleInput;
  analysis: ArticleAnalysis | null;
}

/** n articles with varied cities, sources, dates (some missing), analyses (some missing). */
export function corpus(n: number, seed = 7): CorpusItem[] {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const out: CorpusItem[] = [];
  for (let i = 0; i < n; i++) {
    const city = pick(CITIES);
    const title = `${r() < 0.8 ? city.short : city.name}${pick(SUBJECTS)}${pick(DEEDS)}`;
    const paragraphs = Array.from({ length: 2 + Math.floor(r() * 4) }, () => pick(FILLER));
    const day = 1 + Math.floor(r() * 28);
    const hour = Math.floor(r() * 24);
    const publishedAt =
      r() < 0.1
        ? null
        : r() < 0.2
          ? `2026-11-${String(day).padStart(2, '0')}`
          : r() < 0.5
            ? new Date(Date.UTC(2026, 10, day, hour) - 8 * 3600_000).toISOString()
            : `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}:00+08:00`;
    const input: ArticleInput = {
      url: `https://www.${pick(SOURCES)}.example.cn/2026/${String(i).padStart(5, '0')}.html`,
      sourceId: '',
      title,
      publishedAt,
      source: r() < 0.3 ? null : '新华社',
      body: `本报${city.short}11月${day}日电 ${title}。${paragraphs.join('\n')}`,
      fetchedAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
    };
    input.sourceId = /www\.([a-z]+)\./.exec(input.url)?.[1] ?? 'people';
    const analyzed =
      r() < 0.8
        ? analysis({
            polarity: pick(POLARITIES),
            domain: pick(['government', 'business', 'social', 'judicial'] as const),
            sector: pick(['food-drug', 'environment', 'wages-social-security', 'tax'] as const),
            city: { code: city.code, name: city.name },
            province: city.province,
            cities: [{ code: city.code, name: city.name, role: 'primary', matched: [city.short] }],
            eventId: `ev-${i % 17}`,
          })
        : null;
    out.push({ input, analysis: analyzed });
  }
  return out;
}
