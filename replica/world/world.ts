// The world as the server and the truth see it: generated data plus indexes, homepage timelines,
// ranking lists, lazily written bodies and the exposure of each event.
import { defaultGazetteer, type Gazetteer } from '../../core/gazetteer/index.js';
import { SITE_PROFILES, type NationalSiteId } from '../sites/profiles.js';
import { editReprint, renderBody } from '../text/compose.js';
import type { WorldCity } from './cities.js';
import { computeExposure, type EventExposure } from './exposure.js';
import { generateWorld } from './generate.js';
import { simulateHomepage, type HomepageTimeline } from './homepage.js';
import { parseWorldOptions, type WorldOptions, type WorldOptionsInput } from './options.js';
import { createRankingEngine, type RankingEngine } from './rankings.js';
import { createRng } from './rng.js';
import type { WorldArticle, WorldEvent } from './types.js';

export interface World {
  options: WorldOptions;
  /** First simulated instant (ms) and the end of the last simulated day. */
  start: number;
  end: number;
  /** Filler history starts here so homepages are full at `start`. */
  warmStart: number;
  cities: WorldCity[];
  events: WorldEvent[];
  articles: WorldArticle[];
  eventById: ReadonlyMap<string, WorldEvent>;
  /** Each site's articles by publication time. */
  articlesBySite: ReadonlyMap<NationalSiteId, WorldArticle[]>;
  findArticle(site: NationalSiteId, path: string): WorldArticle | undefined;
  homepages: ReadonlyMap<NationalSiteId, HomepageTimeline>;
  rankings: RankingEngine;
  /** The article's body paragraphs (written on first use, then kept in a bounded cache). */
  body(a: WorldArticle): string[];
  /** Homepage intervals, ranking peaks and the major rule per event (computed once). */
  exposure(): ReadonlyMap<string, EventExposure>;
}

const BODY_CACHE_SIZE = 4000;

export function createWorld(input: WorldOptionsInput, gaz: Gazetteer = defaultGazetteer()): World {
  const options = parseWorldOptions(input);
  const g = generateWorld(options, gaz);
  const seed = options.seed;
  const bySite = new Map<NationalSiteId, WorldArticle[]>(SITE_PROFILES.map((s) => [s.id, []]));
  const byPath = new Map<NationalSiteId, Map<string, WorldArticle>>(SITE_PROFILES.map((s) => [s.id, new Map()]));
  for (const a of g.articles) {
    bySite.get(a.siteId)!.push(a);
    byPath.get(a.siteId)!.set(a.path, a);
  }
  const homepages = new Map<NationalSiteId, HomepageTimeline>(SITE_PROFILES.map((s) => [s.id, simulateHomepage(s, bySite.get(s.id)!, g.end)]));
  const rankings = createRankingEngine(bySite);
  const eventById = new Map(g.events.map((e) => [e.id, e]));

  const wireBodies = new Map<string, string[]>();
  const bodies = new Map<string, string[]>();
  const remember = <T>(m: Map<string, T>, k: string, v: T): T => {
    if (m.size >= BODY_CACHE_SIZE) m.delete(m.keys().next().value as string);
    m.set(k, v);
    return v;
  };
  const wireBody = (ev: WorldEvent): string[] =>
    wireBodies.get(ev.id) ??
    remember(wireBodies, ev.id, renderBody(ev.facts, { naming: ev.wire.naming, dateline: ev.wire.dateline, publishedAt: ev.time }, createRng(seed, ev.id, 'wire-body')));
  const body = (a: WorldArticle): string[] => {
    const hit = bodies.get(a.id);
    if (hit) return hit;
    const text =
      a.style === 'wire' && a.event
        ? editReprint(wireBody(a.event), createRng(seed, a.id, 'reprint'))
        : renderBody(a.facts, { naming: a.naming, dateline: a.dateline, publishedAt: a.publishedAt }, createRng(seed, a.id, 'body'));
    return remember(bodies, a.id, text);
  };

  let exposure: Map<string, EventExposure> | undefined;
  return {
    options,
    start: g.start,
    end: g.end,
    warmStart: g.warmStart,
    cities: g.cities,
    events: g.events,
    articles: g.articles,
    eventById,
    articlesBySite: bySite,
    findArticle: (site, path) => byPath.get(site)?.get(path),
    homepages,
    rankings,
    body,
    exposure: () => (exposure ??= computeExposure(g.events, rankings, g.start, g.end)),
  };
}
