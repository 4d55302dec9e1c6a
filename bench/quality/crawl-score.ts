// Scores a crawl of the replica against its ground truth: per site, the share of stored articles
// whose title and publish time are right, body overlap, articles missed, and whether every poll saw
// every homepage and every ranking page. Pure functions over `ccm dump` lines and the truth.

export interface DumpedArticle {
  url: string;
  sourceId: string;
  title: string;
  publishedAt: string | null;
  body?: string;
}

export interface DumpedSnapshot {
  sourceId: string;
  kind: 'homepage' | 'ranking';
  url: string;
  takenAt: string;
  items: { url: string }[];
}

export interface TruthArticleLike {
  url: string;
  siteId: string;
  title: string;
  publishedAt: string;
  timeShown: 'second' | 'minute' | 'day';
  body?: string;
  /** The event reported; null for filler. */
  eventId?: string | null;
}

export interface TruthLike {
  articles: TruthArticleLike[];
  faults: { url: string; kind: string }[];
  events?: { id: string; polarity: string }[];
}

export interface SiteQuality {
  site: string;
  /** Stored articles that the truth knows. */
  scored: number;
  titleOk: number;
  timeOk: number;
  /** Mean character-bigram F1 of body against the true body (null without bodies). */
  bodyF1: number | null;
  /** Articles seen on a homepage or ranking list but not stored (broken pages excluded). */
  missed: number;
  /** Stored URLs the truth does not know (broken pages aside, e.g. a truncated one read in part). */
  unknown: number;
  /** A few wrong ones, to look at. */
  examples: string[];
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The publish time is right to the precision the page shows: the day, the minute or the second. */
export function timeCorrect(got: string | null, truth: TruthArticleLike): boolean {
  if (!got) return false;
  if (truth.timeShown === 'day') return got.slice(0, 10) === truth.publishedAt.slice(0, 10);
  if (got.length <= 10) return false;
  const a = Date.parse(got);
  const b = Date.parse(truth.publishedAt);
  if (!Number.isFinite(a)) return false;
  return truth.timeShown === 'minute' ? Math.floor(a / 60_000) === Math.floor(b / 60_000) : a === b;
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const t = s.replace(/\s+/g, '');
  for (let i = 0; i + 1 < t.length; i++) {
    const g = t.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Character-bigram F1 of two texts (1 = same text). */
export function bodyF1(got: string, truth: string): number {
  const a = bigrams(got);
  const b = bigrams(truth);
  let common = 0;
  let na = 0;
  let nb = 0;
  for (const v of a.values()) na += v;
  for (const v of b.values()) nb += v;
  for (const [g, v] of a) common += Math.min(v, b.get(g) ?? 0);
  if (na === 0 || nb === 0) return na === nb ? 1 : 0;
  const p = common / na;
  const r = common / nb;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function scoreArticles(articles: DumpedArticle[], snapshots: DumpedSnapshot[], truth: TruthLike): SiteQuality[] {
  const byUrl = new Map(truth.articles.map((a) => [a.url, a]));
  const broken = new Set(truth.faults.map((f) => f.url));
  const stored = new Set(articles.map((a) => a.url));
  const sites = new Map<string, SiteQuality & { bodySum: number; bodyN: number }>();
  const site = (id: string) => {
    let s = sites.get(id);
    if (!s) {
      s = { site: id, scored: 0, titleOk: 0, timeOk: 0, bodyF1: null, missed: 0, unknown: 0, examples: [], bodySum: 0, bodyN: 0 };
      sites.set(id, s);
    }
    return s;
  };
  for (const a of articles) {
    const t = byUrl.get(a.url);
    const s = site(a.sourceId);
    if (!t) {
      if (!broken.has(a.url)) s.unknown++;
      continue;
    }
    s.scored++;
    const titleOk = norm(a.title) === norm(t.title);
    const timeOk = timeCorrect(a.publishedAt, t);
    if (titleOk) s.titleOk++;
    if (timeOk) s.timeOk++;
    if (!titleOk || !timeOk) {
      if (s.examples.length < 3) s.examples.push(`${a.url}: title ${titleOk ? 'ok' : `"${a.title}" ≠ "${t.title}"`}, time ${timeOk ? 'ok' : `${a.publishedAt} ≠ ${t.publishedAt} (${t.timeShown})`}`);
    }
    if (a.body !== undefined && t.body !== undefined) {
      s.bodySum += bodyF1(a.body, t.body);
      s.bodyN++;
    }
  }
  const seen = new Set<string>();
  for (const snap of snapshots) for (const it of snap.items) seen.add(it.url);
  for (const url of seen) {
    const t = byUrl.get(url);
    if (t && !stored.has(url) && !broken.has(url)) site(t.siteId).missed++;
  }
  return [...sites.values()]
    .map(({ bodySum, bodyN, ...s }) => ({ ...s, bodyF1: bodyN ? bodySum / bodyN : null }))
    .sort((a, b) => a.site.localeCompare(b.site));
}

export interface PollCoverage {
  /** Distinct poll instants. */
  polls: number;
  /** Polls at which every national homepage was stored. */
  homepagesComplete: number;
  /** Polls at which every ranking page was stored. */
  rankingsComplete: number;
  /** A few instants with something missing. */
  gaps: string[];
}

/** Whether every poll instant has a snapshot of every homepage and every ranking page. */
export function pollCoverage(snapshots: DumpedSnapshot[], homepages: number, rankingPages: number): PollCoverage {
  const at = new Map<string, { home: Set<string>; rank: Set<string> }>();
  for (const s of snapshots) {
    let e = at.get(s.takenAt);
    if (!e) {
      e = { home: new Set(), rank: new Set() };
      at.set(s.takenAt, e);
    }
    (s.kind === 'homepage' ? e.home : e.rank).add(`${s.sourceId} ${s.url}`);
  }
  const gaps: string[] = [];
  let homeOk = 0;
  let rankOk = 0;
  for (const [t, e] of [...at].sort()) {
    if (e.home.size >= homepages) homeOk++;
    if (e.rank.size >= rankingPages) rankOk++;
    if ((e.home.size < homepages || e.rank.size < rankingPages) && gaps.length < 5) gaps.push(`${t}: ${e.home.size}/${homepages} homepages, ${e.rank.size}/${rankingPages} ranking pages`);
  }
  return { polls: at.size, homepagesComplete: homeOk, rankingsComplete: rankOk, gaps };
}

export function totalsOf(q: SiteQuality[]): { scored: number; titleOk: number; timeOk: number; missed: number; unknown: number } {
  return q.reduce(
    (t, s) => ({ scored: t.scored + s.scored, titleOk: t.titleOk + s.titleOk, timeOk: t.timeOk + s.timeOk, missed: t.missed + s.missed, unknown: t.unknown + s.unknown }),
    { scored: 0, titleOk: 0, timeOk: 0, missed: 0, unknown: 0 },
  );
}

export interface EventCoverage {
  polarity: string;
  /** Articles reporting an event of this polarity that the world published. */
  published: number;
  /** Of those, stored by the crawl. */
  stored: number;
}

/**
 * How much of the credit news the crawl stored: per event polarity (breach, integrity…), the
 * articles reporting such events that were published against those stored. Stored articles are
 * the index's only input, so this bounds what the index can see.
 */
export function eventCoverage(articles: readonly DumpedArticle[], truth: TruthLike): EventCoverage[] {
  const polarity = new Map((truth.events ?? []).map((e) => [e.id, e.polarity]));
  const stored = new Set(articles.map((a) => a.url));
  const by = new Map<string, EventCoverage>();
  for (const a of truth.articles) {
    const p = a.eventId ? polarity.get(a.eventId) : undefined;
    if (!p) continue;
    let c = by.get(p);
    if (!c) by.set(p, (c = { polarity: p, published: 0, stored: 0 }));
    c.published++;
    if (stored.has(a.url)) c.stored++;
  }
  return [...by.values()].sort((a, b) => b.published - a.published);
}
