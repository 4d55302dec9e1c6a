// Item links of a list (homepage, ranking or channel) on their way to the frontier: the canonical URL
// is an article's identity whatever tracking query a list adds, and only the source's article URLs go.
import type { NationalSource } from '../../core/sources.js';
import { articleUrlTest } from '../registry/article-urls.js';
import { canonicalUrl } from '../urls.js';
import type { PollContext } from './types.js';

/** Canonical form of an item URL, or null for one that is not a web address. */
export function canonicalOrNull(url: string): string | null {
  try {
    return canonicalUrl(url);
  } catch (e) {
    if (e instanceof TypeError) return null;
    throw e;
  }
}

/** Adds the source's article URLs among `urls` (canonical already) to the frontier, once each; returns how many were new. */
export function queueArticleLinks(ctx: PollContext, source: NationalSource, urls: readonly string[], discoveredAt: string, via: 'homepage' | 'ranking' | 'channel'): Promise<number> {
  const isArticle = articleUrlTest(source);
  const articles = [...new Set(urls.filter(isArticle))];
  return ctx.store.addLinks(articles.map((url) => ({ url, sourceId: source.id, discoveredAt, via })));
}
