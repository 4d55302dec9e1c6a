// The data a homepage template renders at instant t: each section's articles in page order, the
// fault links and navigation.
import { homepageAt } from '../world/homepage.js';
import type { FaultPage } from './faults.js';
import { articleUrl } from './links.js';
import { siteProfile, type NationalSiteId } from './profiles.js';
import type { HomepageView, Link, PageContext } from './types.js';

/** Homepage links of sohu carry tracking parameters, as on the real site; qq writes some protocol-relative. */
function hrefFor(site: NationalSiteId, url: string, section: string, i: number): string {
  if (site === 'sohu') return `${url}?spm=smpc.home.${section}-news${i + 1}.${i + 1}.1763600000000&_f=index_news_${i}`;
  if (site === 'qq' && i % 3 === 0) return url.replace(/^http:/, '');
  return url;
}

export function homepageView(ctx: PageContext, site: NationalSiteId, faults: readonly FaultPage[]): HomepageView {
  const profile = siteProfile(site);
  const state = homepageAt(profile, ctx.world.homepages.get(site)!, ctx.t);
  const sections = profile.sections.map((s, si) => ({
    title: s.title,
    key: s.key,
    hidden: Boolean(s.hidden),
    items: state[si]!.map((a, i): Link => ({ href: hrefFor(site, articleUrl(ctx, a), s.key, i), title: a.title, article: a })),
  }));
  const faultLinks = faults
    .filter((f) => f.siteId === site && f.linkTitle)
    .map((f): Link => ({ href: `${ctx.origin(f.address)}${f.path}`, title: f.linkTitle, article: f.article }));
  return { ctx, site: profile, sections, faults: faultLinks };
}
