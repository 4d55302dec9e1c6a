// Links to world articles as pages write them, and the lists pages embed (recent news, the site's
// ranking at this instant).
import { upperBound } from '../world/homepage.js';
import type { WorldArticle } from '../world/types.js';
import { siteProfile, type NationalSiteId } from './profiles.js';
import type { Link, PageContext } from './types.js';

export function articleUrl(ctx: PageContext, a: WorldArticle): string {
  return `${ctx.origin(a.address)}${a.path}`;
}

export function linkTo(ctx: PageContext, a: WorldArticle): Link {
  return { href: articleUrl(ctx, a), title: a.title, article: a };
}

/** The n newest articles of a site published by t (optionally excluding one). */
export function recentArticles(ctx: PageContext, site: NationalSiteId, n: number, except?: WorldArticle): WorldArticle[] {
  const arts = ctx.world.articlesBySite.get(site) ?? [];
  const out: WorldArticle[] = [];
  for (let i = upperBound(arts, ctx.t, (a) => a.publishedAt) - 1; i >= 0 && out.length < n; i--) {
    if (arts[i] !== except) out.push(arts[i]!);
  }
  return out;
}

/** The site's first ranking list at t, as links. */
export function hotLinks(ctx: PageContext, site: NationalSiteId, listIndex = 0): Link[] {
  const p = siteProfile(site);
  if (!p.rankings[listIndex]) return [];
  return ctx.world.rankings.at(p, listIndex, ctx.t).map((r) => linkTo(ctx, r.article));
}
