// The ground truth as JSON: what happened, where it was reported, where it was seen, which events
// were major and since when, and every page a crawler should be able to read.
import { toShanghaiIso } from '../core/clock.js';
import type { CreditDomain, Polarity, Sector, Tier } from '../core/types.js';
import type { CitySiteTruth } from './city/truth.js';
import type { FaultKind, FaultPage } from './sites/faults.js';
import type { World } from './world/world.js';
import type { WorldArticle } from './world/types.js';

export interface TruthEvent {
  id: string;
  cityCode: string | null;
  polarity: Polarity;
  domain: CreditDomain | null;
  sector: Sector | null;
  /** When it happened (the first report comes later). */
  occurredAt: string;
  severity: number;
  articleUrls: string[];
  sites: string[];
  homepageIntervals: { site: string; from: string; to: string; position: number }[];
  rankingPeaks: { site: string; list: string; bestRank: number; at: string }[];
  major: boolean;
  majorSince: string | null;
  respondsTo: string | null;
}

export interface TruthArticle {
  url: string;
  siteId: string;
  /** Null for filler news (not about credit) and for the fault pages that have content. */
  eventId: string | null;
  title: string;
  publishedAt: string;
  /** What the page shows: 'second' and 'minute' pages give the time, 'day' pages only the date. */
  timeShown: 'second' | 'minute' | 'day';
  source: string;
  /** Paragraphs joined by '\n', without closing credit lines (see truthBody). */
  body: string;
}

export interface TruthFault {
  url: string;
  siteId: string;
  kind: FaultKind;
  expect: string;
}

export interface Truth {
  seed: number;
  start: string;
  end: string;
  cities: { code: string; name: string; tier: Tier; latentQuality: number; provinceCode: string }[];
  events: TruthEvent[];
  articles: TruthArticle[];
  faults: TruthFault[];
  citySites: CitySiteTruth[];
}

export interface TruthOptions {
  /** Include article bodies (large worlds may leave them out). Default true. */
  bodies?: boolean;
}

/**
 * The body as extraction benchmarks define it: the story's paragraphs without closing credit lines
 * such as （完）, （记者 X）, （作者系…） or 更多精彩… tails, which the pages still show.
 */
export function truthBody(paragraphs: readonly string[]): string {
  return paragraphs.filter((p) => !/^（[^（）]*）$/.test(p) && !p.startsWith('更多精彩')).join('\n');
}

/** Fault pages whose content a crawler should end up with, so they count as articles. */
const FAULTS_WITH_ARTICLES: ReadonlySet<FaultKind> = new Set(['transient-error', 'wrong-charset-header', 'wrong-charset-meta', 'script-title']);

/** Designs whose page gives the publish time to the minute only (all others give seconds somewhere, if only in a meta tag or inline data). */
const MINUTE_TEMPLATES: Record<string, number[]> = { people: [0, 1, 2], china: [1], cctv: [0, 1], chinadaily: [0], cnr: [1], cri: [1], ce: [0], sina: [1], sohu: [0], qq: [2] };

/** What each design shows of the publish time (see the site templates). */
export function timeShown(a: WorldArticle): TruthArticle['timeShown'] {
  if (a.siteId === 'gmw') return a.template === 1 ? 'day' : 'minute';
  return MINUTE_TEMPLATES[a.siteId]?.includes(a.template) ? 'minute' : 'second';
}

export function buildTruth(world: World, faults: readonly FaultPage[], citySites: CitySiteTruth[], url: (a: { address: string; path: string }) => string, opts: TruthOptions = {}): Truth {
  const exposure = world.exposure();
  const iso = (ms: number) => toShanghaiIso(ms);
  const events: TruthEvent[] = world.events.map((e) => {
    const x = exposure.get(e.id)!;
    return {
      id: e.id,
      cityCode: e.city?.code ?? null,
      polarity: e.polarity,
      domain: e.domain,
      sector: e.sector,
      occurredAt: iso(e.time),
      severity: Math.round(e.severity * 1000) / 1000,
      articleUrls: e.articles.map((a) => url(a)),
      sites: [...new Set(e.articles.map((a) => a.siteId))],
      // A stay that lasts past the world's end is cut at the end.
      homepageIntervals: x.homepageIntervals.map((h) => ({ site: h.site, from: iso(h.from), to: iso(Math.min(h.to, world.end)), position: h.position })),
      rankingPeaks: x.rankingPeaks.map((p) => ({ site: p.site, list: p.list, bestRank: p.bestRank, at: iso(p.at) })),
      major: x.majorSince !== null,
      majorSince: x.majorSince === null ? null : iso(x.majorSince),
      respondsTo: e.respondsTo,
    };
  });
  const article = (a: WorldArticle): TruthArticle => ({
    url: url(a),
    siteId: a.siteId,
    eventId: a.event?.id ?? null,
    title: a.title,
    publishedAt: iso(a.publishedAt),
    timeShown: timeShown(a),
    source: a.source,
    body: opts.bodies === false ? '' : truthBody(world.body(a)),
  });
  const articles = world.articles.map(article);
  for (const f of faults) if (f.article && FAULTS_WITH_ARTICLES.has(f.kind)) articles.push(article(f.article));
  return {
    seed: world.options.seed,
    start: iso(world.start),
    end: iso(world.end),
    cities: world.cities.map((c) => ({ code: c.code, name: c.name, tier: c.tier, latentQuality: c.latentQuality, provinceCode: c.province.code })),
    events,
    articles,
    faults: faults.map((f) => ({ url: url(f), siteId: f.siteId, kind: f.kind, expect: f.expect })),
    citySites,
  };
}
