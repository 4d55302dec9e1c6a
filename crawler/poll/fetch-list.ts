// Fetch a list page (homepage or ranking) and parse it, by the source's render setting: `static`
// over HTTP, `browser` in Chromium, `auto` over HTTP first and in Chromium when that finds no items.
import type { Render } from '../../core/sources.js';
import type { Fetcher } from '../fetch/fetcher.js';
import type { FetchMode, FetchedPage } from '../fetch/types.js';

export type ListFetch<T> =
  | { ok: true; items: T[]; page: FetchedPage }
  | { ok: false; error: string; fetchedWith: FetchMode | null };

export function modesFor(render: Render): FetchMode[] {
  if (render === 'browser') return ['browser'];
  if (render === 'auto') return ['http', 'browser'];
  return ['http'];
}

export async function fetchList<T>(
  fetcher: Fetcher,
  req: {
    url: string;
    render: Render;
    allowedHosts: readonly string[];
    waitForSelector?: string;
    headers?: Record<string, string>;
    /** An empty list is an answer (a JSON channel with nothing yet), not a failure. */
    allowEmpty?: boolean;
  },
  parse: (page: FetchedPage) => T[],
): Promise<ListFetch<T>> {
  let last: ListFetch<T> = { ok: false, error: 'not fetched', fetchedWith: null };
  for (const mode of modesFor(req.render)) {
    const o = await fetcher.fetch({ url: req.url, mode, allowedHosts: req.allowedHosts, waitForSelector: req.waitForSelector, headers: req.headers, urgent: true });
    if (!o.ok) return { ok: false, error: `${o.kind}: ${o.message}`, fetchedWith: mode };
    let items: T[];
    try {
      items = parse(o);
    } catch (e) {
      last = { ok: false, error: `parse: ${(e as Error).message}`, fetchedWith: mode };
      continue;
    }
    if (items.length > 0 || req.allowEmpty) return { ok: true, items, page: o };
    last = { ok: false, error: `no items found (${mode === 'browser' ? 'rendered in the browser' : 'static HTML'})`, fetchedWith: mode };
  }
  return last;
}
