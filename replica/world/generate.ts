// Builds the world: events in cities day by day, the sites' articles about them, filler news, and
// each article's place on its homepage. Text bodies are written lazily (see world.ts).
import type { Gazetteer } from '../../core/gazetteer/index.js';
import type { Polarity } from '../../core/types.js';
import { SITE_PROFILES, type NationalSiteId, type SiteProfile } from '../sites/profiles.js';
import { articlePath } from '../sites/urls.js';
import { editHeadline, makeFacts, renderTitle, type DatelineKind, type StoryFacts } from '../text/compose.js';
import type { Naming } from '../text/places.js';
import type { Scenario, StoryKind } from '../text/scenario.js';
import { BREACH_SCENARIOS } from '../text/scenarios/breach.js';
import { FILLER_SCENARIOS } from '../text/scenarios/filler.js';
import { INTEGRITY_SCENARIOS } from '../text/scenarios/integrity.js';
import { IRRELEVANT_SCENARIOS } from '../text/scenarios/irrelevant.js';
import { IMPLEMENTATION_SCENARIOS, POLICY_SCENARIOS } from '../text/scenarios/policy.js';
import { RESPONSE_SCENARIOS } from '../text/scenarios/response.js';
import { WIRE_OUTLETS } from '../text/vocab.js';
import { pickCities, type WorldCity } from './cities.js';
import type { WorldOptions } from './options.js';
import { parseStart } from './options.js';
import { createRng, type Rng } from './rng.js';
import type { WorldArticle, WorldEvent } from './types.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export const SCENARIOS: Record<Exclude<StoryKind, 'filler'>, Scenario[]> = {
  breach: BREACH_SCENARIOS,
  integrity: INTEGRITY_SCENARIOS,
  policy: POLICY_SCENARIOS,
  implementation: IMPLEMENTATION_SCENARIOS,
  response: RESPONSE_SCENARIOS,
  irrelevant: IRRELEVANT_SCENARIOS,
};

/** Share of the daily events by kind (responses come on top, as follow-ups of breaches). */
const KIND_SHARE: Record<Exclude<Polarity, 'response'>, number> = {
  breach: 0.3,
  integrity: 0.15,
  policy: 0.1,
  implementation: 0.14,
  irrelevant: 0.23,
};

/** Activity by hour of the day (Beijing time): quiet at night, busy in office hours. */
const HOUR_WEIGHTS = [0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1, 1.6, 2, 2, 1.8, 1.4, 1.5, 1.8, 1.9, 1.8, 1.5, 1.2, 1.1, 1.2, 1, 0.8, 0.5];

const TIER_WEIGHT = { capital: 1.6, prefecture: 1.0, county: 0.6 } as const;

const WIRE_DATELINE: Record<string, DatelineKind> = {
  新华社: 'xinhua',
  中国新闻网: 'chinanews',
  人民日报: 'newspaper',
  经济日报: 'newspaper',
  法治日报: 'newspaper',
  工人日报: 'newspaper',
  中国青年报: 'newspaper',
  光明日报: 'newspaper',
  央视新闻客户端: 'cctv',
  中国经济网: 'ce',
};

export interface GeneratedWorld {
  start: number;
  end: number;
  warmStart: number;
  cities: WorldCity[];
  events: WorldEvent[];
  /** All articles (event reports and filler), by publication time. */
  articles: WorldArticle[];
}

export function generateWorld(opts: WorldOptions, gaz: Gazetteer): GeneratedWorld {
  const seed = opts.seed;
  const root = createRng(seed, 'world');
  const start = parseStart(opts.start);
  const end = start + opts.days * DAY;
  const warmStart = start - opts.warmupHours * HOUR;
  const cities = pickCities(gaz, root.fork('cities'), opts.cities);
  const events: WorldEvent[] = [];
  const articles: WorldArticle[] = [];
  const usedPaths = new Map<NationalSiteId, Set<string>>(SITE_PROFILES.map((s) => [s.id, new Set<string>()]));
  let eventSeq = 0;
  let articleSeq = 0;

  const newPath = (site: NationalSiteId, t: number, channel: Scenario['channel'], rng: Rng): string => {
    const used = usedPaths.get(site)!;
    for (;;) {
      const p = articlePath(site, t, channel, rng);
      if (!used.has(p)) {
        used.add(p);
        return p;
      }
    }
  };

  const cityWeights = (kind: Exclude<Polarity, 'response' | 'irrelevant'>) =>
    cities.map((c) => {
      const q = c.latentQuality;
      const shape = kind === 'breach' ? (1.3 - q) ** 2 : kind === 'integrity' ? 0.4 + q : 0.3 + q;
      return TIER_WEIGHT[c.tier] * shape;
    });

  const makeEvent = (kind: Exclude<Polarity, 'response'>, city: WorldCity | null, time: number, rng: Rng): WorldEvent => {
    const scenario = rng.weighted(SCENARIOS[kind], SCENARIOS[kind].map((s) => s.weight ?? 1));
    const eventCity = scenario.city === 'none' ? null : city;
    const q = eventCity?.latentQuality ?? 0.5;
    const severity =
      kind === 'breach'
        ? Math.min(1, Math.max(0, rng.next() ** 2.8 + 0.3 * (0.6 - q) * rng.next()))
        : Math.min(1, rng.next() ** 2);
    return buildEvent(kind, scenario, eventCity, time, severity, null, rng);
  };

  const buildEvent = (
    polarity: Polarity,
    scenario: Scenario,
    city: WorldCity | null,
    time: number,
    severity: number,
    answers: WorldEvent | null,
    rng: Rng,
  ): WorldEvent => {
    const id = `e${String(++eventSeq).padStart(6, '0')}`;
    const place = city ? { city, subPlace: answers?.facts.place?.subPlace ?? rng.pick(city.subPlaces) } : null;
    const others = cities.filter((c) => c !== city);
    const city2 = others.length && rng.chance(0.7) ? rng.pick(others).shortName : rng.pick(gaz.cities('prefecture')).shortName;
    const facts = makeFacts({ rng: rng.fork('facts'), scenario, sector: answers?.sector ?? scenario.sector, place, city2, eventTime: time, answers: answers?.facts });
    const outlet = rng.pick(WIRE_OUTLETS);
    const wire = { outlet, dateline: WIRE_DATELINE[outlet] ?? rng.pick<DatelineKind>(['none', 'local']), naming: namingFor(polarity, city, rng), titleIndex: rng.int(0, 99) };
    return {
      id,
      polarity,
      domain: answers?.domain ?? scenario.domain,
      sector: answers?.sector ?? scenario.sector,
      city,
      time,
      severity,
      facts,
      respondsTo: answers?.id ?? null,
      articles: [],
      wire,
    };
  };

  const hourOf = (rng: Rng) => rng.weighted(HOUR_WEIGHTS.map((_, i) => i), HOUR_WEIGHTS) * HOUR + rng.int(0, 3599) * 1000;

  // Events, day by day.
  const weightsBy = {
    breach: cityWeights('breach'),
    integrity: cityWeights('integrity'),
    policy: cityWeights('policy'),
    implementation: cityWeights('implementation'),
  };
  const tierWeights = cities.map((c) => TIER_WEIGHT[c.tier]);
  for (let d = 0; d < opts.days; d++) {
    const dayRng = root.fork(`day${d}`);
    const dayStart = start + d * DAY;
    for (const kind of ['breach', 'integrity', 'policy', 'implementation', 'irrelevant'] as const) {
      const n = dayRng.poisson(opts.eventsPerDay * KIND_SHARE[kind]);
      for (let i = 0; i < n && cities.length; i++) {
        const city = kind === 'irrelevant' ? dayRng.weighted(cities, tierWeights) : dayRng.weighted(cities, weightsBy[kind]);
        const ev = makeEvent(kind, city, dayStart + hourOf(dayRng), dayRng.fork(`${kind}${i}`));
        events.push(ev);
      }
    }
  }
  // Government responses to breaches: better cities answer more often and sooner.
  for (const b of events.filter((e) => e.polarity === 'breach')) {
    const rng = createRng(seed, b.id, 'response');
    const q = b.city?.latentQuality ?? 0.5;
    if (!rng.chance(Math.min(0.9, (0.08 + 0.75 * b.severity) * (0.5 + q)))) continue;
    const lag = (2 + rng.next() * 70 * (1.2 - q)) * HOUR;
    if (b.time + lag >= end) continue;
    const scenario = rng.pick(RESPONSE_SCENARIOS);
    events.push(buildEvent('response', scenario, b.city, toSecond(b.time + lag), Math.min(1, b.severity * rng.float(0.5, 1.1)), b, rng));
  }
  events.sort((x, y) => x.time - y.time || x.id.localeCompare(y.id));

  // Reports.
  for (const ev of events) {
    const rng = createRng(seed, ev.id, 'reports');
    const kind = ev.polarity;
    const mean = kind === 'breach' ? 0.5 + 9 * ev.severity ** 2 : kind === 'irrelevant' ? 1.2 : 0.4 + 3 * ev.severity;
    const tierBoost = ev.city?.tier === 'capital' ? 1.3 : ev.city?.tier === 'county' ? 0.8 : 1;
    const k = Math.min(15, 1 + rng.poisson(mean * tierBoost));
    const candidates = SITE_PROFILES.filter((s) => (s.coverage[kind] ?? 0) > 0);
    const chosen = weightedSample(candidates, candidates.map((s) => s.coverage[kind] ?? 0), k, rng);
    const first = ev.time + rng.float(0.15, 3) * HOUR;
    chosen.forEach((site, i) => {
      const style: 'wire' | 'own' = i > 0 && rng.chance(site.wireShare) ? 'wire' : i === 0 && rng.chance(site.wireShare * 0.5) ? 'wire' : 'own';
      const lag = i === 0 ? 0 : -Math.log(1 - rng.next()) * (style === 'wire' ? 2 : 5) * HOUR;
      // Whole seconds: pages and the truth print times to the second.
      const publishedAt = toSecond(first + lag);
      if (publishedAt >= end) return;
      const a = makeArticle(site, ev, ev.facts, style, publishedAt, rng.fork(site.id));
      ev.articles.push(a);
      articles.push(a);
    });
  }

  // An event nobody reported before the end is not part of the observable world.
  const reported = new Set(events.filter((e) => e.articles.length > 0).map((e) => e.id));
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (!reported.has(e.id) || (e.respondsTo && !reported.has(e.respondsTo))) {
      for (const a of e.articles) articles.splice(articles.indexOf(a), 1);
      events.splice(i, 1);
    }
  }

  function makeArticle(site: SiteProfile, ev: WorldEvent | null, facts: StoryFacts, style: 'wire' | 'own', publishedAt: number, rng: Rng): WorldArticle {
    const id = `a${String(++articleSeq).padStart(7, '0')}`;
    const channel = facts.scenario.channel;
    const path = newPath(site.id, publishedAt, channel, rng.fork('path'));
    const naming = style === 'wire' && ev ? ev.wire.naming : namingFor(ev?.polarity ?? 'irrelevant', facts.place?.city ?? null, rng);
    const dateline: DatelineKind = style === 'wire' && ev ? ev.wire.dateline : rng.pick(site.ownDatelines);
    let title: string;
    if (style === 'wire' && ev) {
      const wireTitle = renderTitle(facts, { naming, dateline, publishedAt: ev.time }, createRng(seed, ev.id, 'wire-title'), ev.wire.titleIndex);
      title = rng.chance(0.5) ? wireTitle : editHeadline(wireTitle, facts.place?.city ?? null, rng.fork('edit'));
    } else {
      title = renderTitle(facts, { naming, dateline, publishedAt }, rng.fork('title'));
    }
    const source = style === 'wire' && ev ? ev.wire.outlet : rng.pick(site.ownOutlets);
    const kind = ev?.polarity ?? 'filler';
    const s = ev?.severity ?? rng.next() ** 2;
    const mu =
      kind === 'breach' ? -1.8 + 3.3 * s ** 2
      : kind === 'response' ? -1.2 + 2 * s
      : kind === 'filler' ? (channel === 'ent' || channel === 'sports' ? -0.1 : -0.6) + 1.2 * s
      : -1.5 + 1.4 * s;
    const heat = Math.round(site.popularity * 900 * Math.exp(mu + 0.7 * rng.normal()));
    const commentRate = (kind === 'breach' ? 0.09 : kind === 'response' ? 0.05 : 0.025) * Math.exp(0.5 * rng.normal());
    const subhost = site.subhosts?.find((h) => h.channels.includes(channel));
    const template = rng.weighted(
      Array.from({ length: site.articleTemplates }, (_, i) => i),
      Array.from({ length: site.articleTemplates }, (_, i) => (i === 0 ? 3 : 1.5 / i)),
    );
    return {
      id,
      siteId: site.id,
      address: subhost?.address ?? site.address,
      path,
      event: ev,
      facts,
      publishedAt,
      title,
      source,
      style,
      naming,
      dateline,
      channel,
      // The subdomains serve the UTF-8 design, as people.com.cn's channel subdomains do.
      template: subhost ? site.articleTemplates - 1 : template,
      heat,
      commentRate,
      homepagePlan: null,
      homepage: null,
    };
  }

  // Filler: non-credit news that keeps every homepage section full.
  for (const site of SITE_PROFILES) {
    const rng = createRng(seed, site.id, 'filler');
    const fillerAt = (t: number, sectionIndex: number, r: Rng) => {
      const section = site.sections[sectionIndex]!;
      const fitting = FILLER_SCENARIOS.filter((s) => section.channels.includes(s.channel));
      const scenario = r.pick(fitting.length ? fitting : FILLER_SCENARIOS);
      const city = scenario.city === 'none' ? null : r.pick(cities);
      const facts = makeFacts({
        rng: r.fork('facts'),
        scenario,
        sector: null,
        place: city ? { city, subPlace: r.pick(city.subPlaces) } : null,
        city2: r.pick(cities).shortName,
        eventTime: t - r.float(0, 6) * HOUR,
      });
      const a = makeArticle(site, null, facts, 'own', t, r.fork('article'));
      const entry = toSecond(t + r.float(1, 30) * 60_000);
      a.homepagePlan = { section: sectionIndex, entry, expiry: Infinity, key: entry + r.float(0, 1) * HOUR };
      articles.push(a);
    };
    const sectionWeights = site.sections.map((s) => s.capacity);
    // Seed every section so it is full from the first instant.
    site.sections.forEach((sec, si) => {
      for (let i = 0; i < sec.capacity; i++) fillerAt(toSecond(warmStart - rng.float(1, 20) * HOUR), si, rng.fork(`seed${si}-${i}`));
    });
    const totalDays = (end - warmStart) / DAY;
    const n = rng.poisson(opts.fillerPerSitePerDay * site.fillerFactor * totalDays);
    for (let i = 0; i < n; i++) {
      const dayStart = warmStart + Math.floor(rng.next() * totalDays) * DAY;
      const t = dayStart + hourOf(rng);
      if (t >= end) continue;
      fillerAt(t, rng.weighted(site.sections.map((_, i2) => i2), sectionWeights), rng.fork(`f${i}`));
    }
  }

  // Homepage plans for event reports: bigger stories are likelier to be picked and stay longer.
  for (const a of articles) {
    if (!a.event) continue;
    const site = SITE_PROFILES.find((s) => s.id === a.siteId)!;
    const rng = createRng(seed, a.id, 'homepage');
    const s = a.event.severity;
    const kind = a.event.polarity;
    const g =
      kind === 'breach' ? 0.1 + 1.2 * s ** 2
      : kind === 'response' ? 0.2 + 0.8 * s
      : kind === 'irrelevant' ? 0.25
      : 0.12 + 0.6 * s ** 2;
    if (!rng.chance(Math.min(0.95, site.homepageRate * g * 1.3))) continue;
    const visible = site.sections.map((sec, i) => ({ sec, i })).filter(({ sec }) => !sec.hidden);
    const fitting = visible.filter(({ sec }) => sec.channels.includes(a.channel));
    const section = (fitting.length ? rng.pick(fitting) : visible[0]!).i;
    const entry = toSecond(a.publishedAt + rng.float(1, 45) * 60_000);
    const expiry = toSecond(entry + (1.5 + 12 * s) * rng.float(0.6, 1.4) * HOUR);
    a.homepagePlan = { section, entry, expiry, key: entry + s * 5 * HOUR };
  }

  articles.sort((x, y) => x.publishedAt - y.publishedAt || x.id.localeCompare(y.id));
  return { start, end, warmStart, cities, events, articles };
}

function toSecond(ms: number): number {
  return Math.round(ms / 1000) * 1000;
}

function namingFor(polarity: Polarity, city: WorldCity | null, rng: Rng): Naming {
  if (!city) return 'short';
  const subAllowed = city.subPlacesIdentify && ['breach', 'integrity', 'response'].includes(polarity);
  return rng.weighted<Naming>(['full', 'short', 'sub'], [4, 5, subAllowed ? 1.6 : 0]);
}

function weightedSample<T>(items: readonly T[], weights: readonly number[], k: number, rng: Rng): T[] {
  const pool = items.map((x, i) => ({ x, w: weights[i] ?? 0 }));
  const out: T[] = [];
  while (out.length < k && pool.length) {
    const picked = rng.weighted(pool, pool.map((p) => p.w));
    out.push(picked.x);
    pool.splice(pool.indexOf(picked), 1);
  }
  return out;
}
