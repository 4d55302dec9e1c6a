// The local edition a URL was published under (js.people.com.cn → 江苏), from config/gazetteer/local-editions.yaml.
import type { LocalEdition } from './config.js';

export interface EditionMatch {
  code: string;
  edition: LocalEdition;
}

/** The most specific edition whose host is the URL's host or a parent of it (and whose path prefix matches). */
export function editionOf(url: string | undefined, editions: readonly LocalEdition[]): EditionMatch | null {
  if (!url) return null;
  let host: string;
  let path: string;
  try {
    const u = new URL(url);
    host = u.hostname.toLowerCase();
    path = u.pathname;
  } catch (e) {
    if (e instanceof TypeError) return null; // not a URL: no edition can be read from it
    throw e;
  }
  let best: LocalEdition | null = null;
  for (const e of editions) {
    if (host !== e.host && !host.endsWith(`.${e.host}`)) continue;
    if (e.pathPrefix && !path.startsWith(e.pathPrefix)) continue;
    if (!best || e.host.length + (e.pathPrefix?.length ?? 0) > best.host.length + (best.pathPrefix?.length ?? 0)) best = e;
  }
  return best ? { code: best.code, edition: best } : null;
}
