// What a site module renders and what it gets to render it with.
import type { z } from 'zod';
import type { NationalSourceSchema } from '../../core/sources.js';
import type { World } from '../world/world.js';
import type { WorldArticle } from '../world/types.js';
import type { NationalSiteId, SiteProfile } from './profiles.js';

/** A response body before it goes on the wire: text plus how to encode and label it. */
export interface Rendered {
  status?: number;
  body: string;
  /** Bytes on the wire: UTF-8 or GBK (via iconv-lite). */
  encoding: 'utf8' | 'gbk';
  /** Content-Type header as sent (a page may omit the charset or state a wrong one on purpose). */
  contentType: string;
  headers?: Record<string, string>;
}

export interface Link {
  /** The href as the page writes it (tracking query, whitespace and all). */
  href: string;
  title: string;
  article: WorldArticle | null;
}

export interface PageContext {
  world: World;
  /** Simulated instant being served. */
  t: number;
  /** Absolute origin of a site on this server, e.g. http://127.0.1.1:8610. */
  origin(site: NationalSiteId | string): string;
}

export interface HomepageView {
  ctx: PageContext;
  site: SiteProfile;
  sections: { title: string; key: string; hidden: boolean; items: Link[] }[];
  /** Permanent links to the deliberately broken pages. */
  faults: Link[];
}

export interface ArticleView {
  ctx: PageContext;
  site: SiteProfile;
  article: WorldArticle;
  body: string[];
  related: Link[];
  /** The site's click ranking at this instant, for sidebars. */
  hot: Link[];
  editor: string;
}

export type NationalSourceInput = z.input<typeof NationalSourceSchema>;

export interface NationalSiteModule {
  id: NationalSiteId;
  /** The source descriptor; `originOf` gives the origin of any of the site's addresses. */
  describe(origin: string, originOf: (address: string) => string): NationalSourceInput;
  homepage(v: HomepageView): Rendered;
  article(v: ArticleView, template: number): Rendered;
  /** Extra pages (ranking lists, APIs) by path. */
  routes?: Record<string, (ctx: PageContext, query: URLSearchParams) => Rendered>;
}

export const html = (body: string, charset: 'utf8' | 'gbk' = 'utf8', contentType = charset === 'gbk' ? 'text/html; charset=GBK' : 'text/html; charset=utf-8'): Rendered => ({
  body,
  encoding: charset,
  contentType,
});
