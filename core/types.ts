// Domain types shared by every module. Times are ISO 8601 strings; publish times carry +08:00
// (Asia/Shanghai), crawl timestamps are UTC ('Z'). Codes are 6-digit GB/T 2260 division codes.

/** What an article says about credit. */
export const POLARITIES = ['breach', 'integrity', 'policy', 'implementation', 'response', 'irrelevant'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** The four credit domains of the national method. */
export const DOMAINS = ['government', 'business', 'social', 'judicial'] as const;
export type CreditDomain = (typeof DOMAINS)[number];
export const DOMAIN_LABELS: Record<CreditDomain, string> = {
  government: '政务诚信',
  business: '商务诚信',
  social: '社会诚信',
  judicial: '司法公信',
};

export const SECTORS = [
  'food-drug',
  'production-safety',
  'finance-fraud',
  'environment',
  'wages-social-security',
  'tax',
  'construction',
  'price',
  'e-commerce',
  'healthcare',
  'education-research',
  'transport',
  'ip',
  'government-debt',
  'judgment-enforcement',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];
export const SECTOR_LABELS: Record<Sector, string> = {
  'food-drug': '食品药品',
  'production-safety': '安全生产',
  'finance-fraud': '金融诈骗',
  environment: '生态环境',
  'wages-social-security': '拖欠工资与社保',
  tax: '税务',
  construction: '工程建设',
  price: '价格',
  'e-commerce': '电子商务',
  healthcare: '医疗卫生',
  'education-research': '教育科研',
  transport: '交通运输',
  ip: '知识产权',
  'government-debt': '政府失信',
  'judgment-enforcement': '执行与失信被执行人',
  other: '其他',
};

/** Ranking tiers: cities are only compared within their tier. */
export const TIERS = ['capital', 'prefecture', 'county'] as const;
export type Tier = (typeof TIERS)[number];

export interface PlaceRef {
  code: string;
  name: string;
}

/** One article link on a homepage, in page order. */
export interface HomepageItem {
  position: number;
  url: string;
  title: string;
  section: string | null;
  hidden?: boolean;
}

/** One entry of a click/heat ranking list. */
export interface RankingItem {
  list: string;
  rank: number;
  title: string;
  url: string;
  score: number | null;
}

export type SnapshotKind = 'homepage' | 'ranking';

export interface SnapshotBase {
  sourceId: string;
  /** The page or endpoint that was read. */
  url: string;
  /** When the crawler read it (UTC ISO). On the replica this is simulated time. */
  takenAt: string;
  fetchedWith: 'http' | 'browser';
}
export interface HomepageSnapshot extends SnapshotBase {
  kind: 'homepage';
  items: HomepageItem[];
}
export interface RankingSnapshot extends SnapshotBase {
  kind: 'ranking';
  items: RankingItem[];
}
export type SnapshotInput = HomepageSnapshot | RankingSnapshot;
export type Snapshot = SnapshotInput & { id: string };

/** What the extractor reads off one article page. */
export interface ExtractedArticle {
  title: string;
  /** ISO 8601 with +08:00; date-only pages give YYYY-MM-DD. Null when the page shows none. */
  publishedAt: string | null;
  source: string | null;
  body: string;
}

export interface ArticleInput extends ExtractedArticle {
  /** Canonical URL: the article's identity everywhere. */
  url: string;
  sourceId: string;
  fetchedAt: string;
  /** URL as first discovered, before canonicalisation. */
  discoveredUrl?: string;
}

export interface CityMention extends PlaceRef {
  role: 'primary' | 'secondary';
  /** The text that named it (苏州, 昆山, 本报苏州…电). */
  matched: string[];
}

/** What the classifier says of one article. */
export interface Classification {
  polarity: Polarity;
  /** Null exactly when polarity is 'irrelevant'. */
  domain: CreditDomain | null;
  sector: Sector | null;
  /** 0–1: deaths, amounts, scale, an official actor. 0 for items that report no wrongdoing. */
  severity: number;
  /** 0–1, calibrated: among items given confidence c, about c are labelled right. */
  confidence: number;
  /** Readable reasons, in the order they were applied (shown to users). */
  evidence: string[];
}

/** The analysis attached to an article (classification, location, event). */
export interface ArticleAnalysis extends Classification {
  city: PlaceRef | null;
  province: PlaceRef | null;
  county: PlaceRef | null;
  cities: CityMention[];
  eventId: string | null;
  analyzedAt: string;
  /** Version of the analysis code/lexicon that produced it, so re-analysis is traceable. */
  version: string;
}

export interface ArticleRecord extends ArticleInput {
  contentHash: string;
  firstFetchedAt: string;
  analysis: ArticleAnalysis | null;
}

export interface HomepageAppearance {
  sourceId: string;
  /** First and last snapshot that showed it, ISO 8601 in Beijing time (+08:00) like the event's times. */
  firstAt: string;
  lastAt: string;
  bestPosition: number;
  snapshots: number;
}
export interface RankingAppearance {
  sourceId: string;
  list: string;
  /** First and last snapshot that showed it, ISO 8601 in Beijing time (+08:00) like the event's times. */
  firstAt: string;
  lastAt: string;
  bestRank: number;
  snapshots: number;
}

/** One happening in one city, however many sites reported it. */
export interface CreditEvent {
  id: string;
  city: PlaceRef | null;
  polarity: Polarity;
  domain: CreditDomain | null;
  sector: Sector | null;
  title: string;
  articleUrls: string[];
  sites: string[];
  /** Earliest article time, ISO 8601 in Beijing time (+08:00). */
  firstSeen: string;
  /** Latest article time or homepage/ranking sighting, ISO 8601 in Beijing time (+08:00). */
  lastSeen: string;
  homepage: HomepageAppearance[];
  ranking: RankingAppearance[];
  /** An earlier breach event this one responds to (polarity 'response'). */
  respondsTo: string | null;
}

export const CREDIT_COLUMNS = ['信用动态', '政策法规', '双公示-许可', '双公示-处罚', '红黑名单', '信用承诺', '信用修复'] as const;
export type CreditColumn = (typeof CREDIT_COLUMNS)[number];

export interface CityColumnAudit {
  column: CreditColumn;
  present: boolean;
  url: string | null;
  newestDate: string | null;
  itemCount: number;
  entries: { date: string | null; title: string; url: string | null }[];
  error: string | null;
}

/** One visit to a city credit website. */
export interface CityAudit {
  cityCode: string;
  sourceId: string;
  siteUrl: string;
  visitedAt: string;
  reachable: boolean;
  columns: CityColumnAudit[];
}
