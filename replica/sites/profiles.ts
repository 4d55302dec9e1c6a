// What the world needs to know about each of the 15 national sites: how much it covers, how it
// fills its homepage, which ranking lists it keeps. Page markup lives in the templates.
import type { DatelineKind } from '../text/compose.js';
import type { Channel, StoryKind } from '../text/scenario.js';

export const NATIONAL_SITE_IDS = ['people', 'xinhuanet', 'china', 'cctv', 'qstheory', 'chinadaily', 'cnr', 'cri', 'cyol', 'gmw', 'ce', 'sina', '163', 'sohu', 'qq'] as const;
export type NationalSiteId = (typeof NATIONAL_SITE_IDS)[number];

export interface SectionProfile {
  key: string;
  title: string;
  capacity: number;
  channels: Channel[];
  /** A tab pane hidden until clicked (display:none); only filler goes there. */
  hidden?: boolean;
}

export interface RankingProfile {
  /** The list's name as the site prints it. */
  list: string;
  windowHours: number;
  size: number;
  metric: 'clicks' | 'comments';
}

export interface SiteProfile {
  id: NationalSiteId;
  name: string;
  /** Loopback address the site is served on. */
  address: string;
  /** Relative chance to report an event, per kind of story. */
  coverage: Partial<Record<StoryKind, number>>;
  /** Chance that a reported credit story makes the homepage, before severity. */
  homepageRate: number;
  /** Share of reports that reprint wire copy rather than rewrite. */
  wireShare: number;
  /** Credited source of the site's own stories. */
  ownOutlets: string[];
  ownDatelines: DatelineKind[];
  sections: SectionProfile[];
  rankings: RankingProfile[];
  /** Multiplies the world's filler rate (portals publish far more). */
  fillerFactor: number;
  /** Multiplies clicks. */
  popularity: number;
  /** Number of article templates (old and new page designs). */
  articleTemplates: number;
  /**
   * Channel subdomains with an address of their own (people.com.cn's society., finance. …):
   * articles of these channels live there.
   */
  subhosts?: { address: string; name: string; channels: Channel[] }[];
}

const NEWS: Channel[] = ['politics', 'society', 'economy', 'local', 'law'];
const SOCIETY: Channel[] = ['society', 'law', 'local', 'health'];
const ECONOMY: Channel[] = ['economy', 'finance', 'tech'];
const WORLD: Channel[] = ['world'];
const LEISURE: Channel[] = ['sports', 'ent', 'culture'];
const OPINION: Channel[] = ['opinion', 'culture'];

const all = (w: number, extra: Partial<Record<StoryKind, number>> = {}): Partial<Record<StoryKind, number>> => ({
  breach: w,
  integrity: w,
  policy: w,
  implementation: w,
  response: w,
  irrelevant: w,
  ...extra,
});

export const SITE_PROFILES: SiteProfile[] = [
  {
    id: 'people',
    name: '人民网',
    address: '127.0.1.1',
    coverage: all(1.0, { policy: 1.4, implementation: 1.3 }),
    homepageRate: 0.5,
    wireShare: 0.35,
    ownOutlets: ['人民网', '人民日报', '人民网－人民日报'],
    ownDatelines: ['newspaper', 'newspaper', 'none'],
    sections: [
      { key: 'yw', title: '要闻', capacity: 10, channels: ['politics', 'society', 'economy'] },
      { key: 'sh', title: '社会·法治', capacity: 8, channels: SOCIETY },
      { key: 'df', title: '地方', capacity: 8, channels: ['local', 'society', 'politics'] },
      { key: 'cj', title: '财经', capacity: 6, channels: ECONOMY },
      { key: 'gj', title: '国际', capacity: 6, channels: WORLD },
      { key: 'gd', title: '观点', capacity: 5, channels: OPINION },
      { key: 'cnxh', title: '猜你喜欢', capacity: 6, channels: LEISURE, hidden: true },
    ],
    rankings: [{ list: '热点排行', windowHours: 24, size: 10, metric: 'clicks' }],
    fillerFactor: 1,
    popularity: 1,
    articleTemplates: 3,
    subhosts: [{ address: '127.0.1.16', name: 'society', channels: ['society', 'law', 'local'] }],
  },
  {
    id: 'xinhuanet',
    name: '新华网',
    address: '127.0.1.2',
    coverage: all(1.1),
    homepageRate: 0.45,
    wireShare: 0.7,
    ownOutlets: ['新华网', '新华社'],
    ownDatelines: ['xinhua'],
    sections: [
      { key: 'toutiao', title: '头条', capacity: 8, channels: NEWS },
      { key: 'shizheng', title: '时政', capacity: 8, channels: ['politics', 'local'] },
      { key: 'fortune', title: '财经', capacity: 6, channels: ECONOMY },
      { key: 'legal', title: '法治', capacity: 6, channels: SOCIETY },
      { key: 'world', title: '国际', capacity: 6, channels: WORLD },
      { key: 'sports', title: '体育', capacity: 5, channels: LEISURE },
      { key: 'wsp', title: '微视评', capacity: 5, channels: LEISURE, hidden: true },
    ],
    rankings: [],
    fillerFactor: 1,
    popularity: 1,
    articleTemplates: 3,
  },
  {
    id: 'china',
    name: '中国网',
    address: '127.0.1.3',
    coverage: all(0.8),
    homepageRate: 0.35,
    wireShare: 0.6,
    ownOutlets: ['中国网', '中国网新闻中心'],
    ownDatelines: ['none', 'chinanews'],
    sections: [
      { key: 'news', title: '新闻', capacity: 10, channels: NEWS },
      { key: 'society', title: '社会', capacity: 6, channels: SOCIETY },
      { key: 'finance', title: '财经', capacity: 6, channels: ECONOMY },
      { key: 'intl', title: '国际', capacity: 5, channels: WORLD },
      { key: 'culture', title: '文化', capacity: 5, channels: [...LEISURE, 'opinion'] },
    ],
    rankings: [],
    fillerFactor: 0.8,
    popularity: 0.6,
    articleTemplates: 2,
  },
  {
    id: 'cctv',
    name: '央视网',
    address: '127.0.1.4',
    coverage: all(0.9),
    homepageRate: 0.45,
    wireShare: 0.3,
    ownOutlets: ['央视网', '央视新闻客户端', '央视新闻'],
    ownDatelines: ['cctv'],
    sections: [
      { key: 'news', title: '新闻', capacity: 10, channels: NEWS },
      { key: 'china', title: '国内', capacity: 8, channels: SOCIETY },
      { key: 'economy', title: '经济', capacity: 6, channels: ECONOMY },
      { key: 'world', title: '国际', capacity: 6, channels: WORLD },
      { key: 'sports', title: '体育', capacity: 6, channels: LEISURE },
    ],
    rankings: [{ list: '热榜', windowHours: 24, size: 10, metric: 'clicks' }],
    fillerFactor: 1,
    popularity: 1.2,
    articleTemplates: 2,
  },
  {
    id: 'qstheory',
    name: '求是网',
    address: '127.0.1.5',
    coverage: { policy: 0.6, implementation: 0.3, irrelevant: 0.15, integrity: 0.1 },
    homepageRate: 0.5,
    wireShare: 0.5,
    ownOutlets: ['求是网', '《求是》'],
    ownDatelines: ['none'],
    sections: [
      { key: 'toutiao', title: '头条', capacity: 6, channels: ['politics', 'opinion'] },
      { key: 'zhengzhi', title: '政治', capacity: 6, channels: ['politics', 'local', 'law'] },
      { key: 'jingji', title: '经济', capacity: 6, channels: ['economy', 'finance'] },
      { key: 'wenhua', title: '文化', capacity: 6, channels: ['culture', 'opinion', 'society'] },
    ],
    rankings: [],
    fillerFactor: 0.4,
    popularity: 0.3,
    articleTemplates: 2,
  },
  {
    id: 'chinadaily',
    name: '中国日报网',
    address: '127.0.1.6',
    coverage: all(0.6),
    homepageRate: 0.35,
    wireShare: 0.6,
    ownOutlets: ['中国日报网', '中国日报'],
    ownDatelines: ['none'],
    sections: [
      { key: 'zx', title: '资讯', capacity: 10, channels: NEWS },
      { key: 'cj', title: '财经', capacity: 6, channels: ECONOMY },
      { key: 'gj', title: '国际', capacity: 8, channels: WORLD },
      { key: 'wt', title: '文体', capacity: 6, channels: LEISURE },
    ],
    rankings: [],
    fillerFactor: 0.8,
    popularity: 0.6,
    articleTemplates: 2,
  },
  {
    id: 'cnr',
    name: '央广网',
    address: '127.0.1.7',
    coverage: all(0.7),
    homepageRate: 0.4,
    wireShare: 0.4,
    ownOutlets: ['央广网', '中国之声'],
    ownDatelines: ['cnr'],
    sections: [
      { key: 'yw', title: '要闻', capacity: 8, channels: NEWS },
      { key: 'sh', title: '社会', capacity: 8, channels: SOCIETY },
      { key: 'cj', title: '财经', capacity: 6, channels: ECONOMY },
      { key: 'ty', title: '文体', capacity: 5, channels: [...LEISURE, 'world'] },
    ],
    rankings: [],
    fillerFactor: 0.8,
    popularity: 0.6,
    articleTemplates: 2,
  },
  {
    id: 'cri',
    name: '国际在线',
    address: '127.0.1.8',
    coverage: all(0.5, { irrelevant: 0.9 }),
    homepageRate: 0.35,
    wireShare: 0.6,
    ownOutlets: ['国际在线', '央广网', '新华网'],
    ownDatelines: ['none', 'xinhua'],
    sections: [
      { key: 'gj', title: '国际', capacity: 10, channels: WORLD },
      { key: 'gn', title: '国内', capacity: 8, channels: NEWS },
      { key: 'cj', title: '财经', capacity: 5, channels: ECONOMY },
      { key: 'wt', title: '文体', capacity: 5, channels: LEISURE },
    ],
    rankings: [],
    fillerFactor: 0.8,
    popularity: 0.5,
    articleTemplates: 2,
  },
  {
    id: 'cyol',
    name: '中青在线',
    address: '127.0.1.9',
    coverage: all(0.5),
    homepageRate: 0.4,
    wireShare: 0.4,
    ownOutlets: ['中国青年报', '中青在线', '中国青年网'],
    ownDatelines: ['newspaper', 'none'],
    sections: [
      { key: 'yw', title: '要闻', capacity: 8, channels: NEWS },
      { key: 'sh', title: '社会', capacity: 8, channels: SOCIETY },
      { key: 'jy', title: '教育·科技', capacity: 6, channels: ['tech', 'health', 'culture'] },
      { key: 'ty', title: '体育', capacity: 5, channels: ['sports', 'ent'] },
    ],
    rankings: [],
    fillerFactor: 0.7,
    popularity: 0.5,
    articleTemplates: 2,
  },
  {
    id: 'gmw',
    name: '光明网',
    address: '127.0.1.10',
    coverage: all(0.7, { policy: 1.0 }),
    homepageRate: 0.4,
    wireShare: 0.5,
    ownOutlets: ['光明网', '光明日报'],
    ownDatelines: ['newspaper', 'none'],
    sections: [
      { key: 'gmdd', title: '光明导读', capacity: 10, channels: NEWS },
      { key: 'sp', title: '时评', capacity: 6, channels: ['opinion'] },
      { key: 'fz', title: '法治', capacity: 6, channels: SOCIETY },
      { key: 'jj', title: '经济', capacity: 6, channels: ECONOMY },
      { key: 'wy', title: '文艺', capacity: 5, channels: LEISURE },
    ],
    rankings: [],
    fillerFactor: 0.8,
    popularity: 0.5,
    articleTemplates: 2,
  },
  {
    id: 'ce',
    name: '中国经济网',
    address: '127.0.1.11',
    coverage: all(0.5, { breach: 0.7, implementation: 1.0, irrelevant: 0.8 }),
    homepageRate: 0.35,
    wireShare: 0.5,
    ownOutlets: ['中国经济网', '经济日报'],
    ownDatelines: ['ce', 'newspaper'],
    sections: [
      { key: 'yw', title: '要闻', capacity: 8, channels: ['economy', 'finance', 'politics'] },
      { key: 'df', title: '地方经济', capacity: 8, channels: ['local', 'society', 'law'] },
      { key: 'jr', title: '金融', capacity: 6, channels: ['finance', 'economy'] },
      { key: 'cy', title: '产业', capacity: 6, channels: ['tech', 'economy'] },
      { key: 'wt', title: '文体', capacity: 4, channels: LEISURE },
    ],
    rankings: [],
    fillerFactor: 0.7,
    popularity: 0.4,
    articleTemplates: 2,
  },
  {
    id: 'sina',
    name: '新浪网',
    address: '127.0.1.12',
    coverage: all(1.2),
    homepageRate: 0.45,
    wireShare: 0.8,
    ownOutlets: ['新浪新闻', '新浪财经'],
    ownDatelines: ['none'],
    sections: [
      { key: 'yw', title: '要闻', capacity: 12, channels: NEWS },
      { key: 'sh', title: '社会', capacity: 8, channels: SOCIETY },
      { key: 'cj', title: '财经', capacity: 8, channels: ECONOMY },
      { key: 'gj', title: '国际', capacity: 6, channels: WORLD },
      { key: 'yl', title: '娱乐', capacity: 8, channels: ['ent', 'culture'] },
      { key: 'ty', title: '体育', capacity: 8, channels: ['sports'] },
    ],
    rankings: [
      { list: '新闻总排行', windowHours: 24, size: 20, metric: 'clicks' },
      { list: '社会新闻排行', windowHours: 24, size: 20, metric: 'comments' },
    ],
    fillerFactor: 2.2,
    popularity: 2,
    articleTemplates: 3,
  },
  {
    id: '163',
    name: '网易',
    address: '127.0.1.13',
    coverage: all(1.1),
    homepageRate: 0.45,
    wireShare: 0.75,
    ownOutlets: ['网易新闻', '网易号'],
    ownDatelines: ['none'],
    sections: [
      { key: 'yw', title: '要闻', capacity: 12, channels: NEWS },
      { key: 'sh', title: '社会', capacity: 8, channels: SOCIETY },
      { key: 'cj', title: '财经', capacity: 8, channels: ECONOMY },
      { key: 'gj', title: '国际', capacity: 6, channels: WORLD },
      { key: 'yl', title: '娱乐', capacity: 8, channels: ['ent', 'culture'] },
      { key: 'ty', title: '体育', capacity: 6, channels: ['sports'] },
      { key: 'old', title: '热点', capacity: 6, channels: LEISURE, hidden: true },
    ],
    rankings: [
      { list: '新闻/点击榜/24小时', windowHours: 24, size: 10, metric: 'clicks' },
      { list: '新闻/点击榜/本周', windowHours: 168, size: 10, metric: 'clicks' },
      { list: '新闻/跟贴榜/24小时', windowHours: 24, size: 10, metric: 'comments' },
    ],
    fillerFactor: 2.2,
    popularity: 1.8,
    articleTemplates: 3,
  },
  {
    id: 'sohu',
    name: '搜狐网',
    address: '127.0.1.14',
    coverage: all(1.0),
    homepageRate: 0.4,
    wireShare: 0.75,
    ownOutlets: ['搜狐新闻', '搜狐号'],
    ownDatelines: ['none'],
    sections: [
      { key: 'news', title: '新闻', capacity: 12, channels: NEWS },
      { key: 'society', title: '社会', capacity: 8, channels: SOCIETY },
      { key: 'business', title: '财经', capacity: 8, channels: ECONOMY },
      { key: 'world', title: '国际', capacity: 6, channels: WORLD },
      { key: 'yule', title: '娱乐', capacity: 8, channels: ['ent', 'culture', 'sports'] },
      { key: 'jx2', title: '搜狐精选', capacity: 6, channels: LEISURE, hidden: true },
    ],
    rankings: [{ list: '24小时热文', windowHours: 24, size: 10, metric: 'clicks' }],
    fillerFactor: 2,
    popularity: 1.5,
    articleTemplates: 2,
  },
  {
    id: 'qq',
    name: '腾讯网',
    address: '127.0.1.15',
    coverage: all(1.1),
    homepageRate: 0.45,
    wireShare: 0.8,
    ownOutlets: ['腾讯新闻', '腾讯网'],
    ownDatelines: ['none'],
    sections: [
      { key: 'yw', title: '要闻', capacity: 12, channels: NEWS },
      { key: 'sh', title: '社会', capacity: 8, channels: SOCIETY },
      { key: 'cj', title: '财经', capacity: 8, channels: ECONOMY },
      { key: 'gj', title: '国际', capacity: 6, channels: WORLD },
      { key: 'yl', title: '娱乐', capacity: 6, channels: ['ent', 'culture', 'sports'] },
    ],
    rankings: [{ list: '热点榜', windowHours: 24, size: 20, metric: 'clicks' }],
    fillerFactor: 2,
    popularity: 2,
    articleTemplates: 3,
  },
];

export const SITE_BY_ID: ReadonlyMap<NationalSiteId, SiteProfile> = new Map(SITE_PROFILES.map((s) => [s.id, s]));

/** Every address a national site answers on, with the site it belongs to. */
export const SITE_ADDRESSES: ReadonlyMap<string, NationalSiteId> = new Map(
  SITE_PROFILES.flatMap((s) => [[s.address, s.id] as const, ...(s.subhosts ?? []).map((h) => [h.address, s.id] as const)]),
);

export function siteProfile(id: NationalSiteId): SiteProfile {
  const p = SITE_BY_ID.get(id);
  if (!p) throw new Error(`unknown national site ${id}`);
  return p;
}
