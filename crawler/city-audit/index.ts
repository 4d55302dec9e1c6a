// One visit to a city credit website: which disclosure columns it has (by navigation label, or by
// the source's column hints, JSON endpoints requested by GET or POST included), the entries on each column's first page and
// the newest date among them. Stored as a CityAudit per visit.
import * as cheerio from 'cheerio';
import type { ColumnHint, CitySource } from '../../core/sources.js';
import { CREDIT_COLUMNS, type CityAudit, type CityColumnAudit, type CreditColumn } from '../../core/types.js';
import type { Store } from '../../indexer/store/types.js';
import { decodeHtml, decodeJson } from '../charset.js';
import type { Fetcher } from '../fetch/fetcher.js';
import type { FetchedPage } from '../fetch/types.js';
import { isHostAllowed } from '../fetch/hosts.js';
import { wireRequest } from '../fetch/request-body.js';
import { allowedHosts } from '../registry/index.js';
import { resolveHref } from '../urls.js';
import { doublePublicityScore, labelScore } from './labels.js';
import { entriesFromHtml, entriesFromJson, type ListEntry } from './list.js';

export interface CityAuditContext {
  store: Store;
  fetcher: Fetcher;
}

export interface CityAuditOptions {
  /** Entries kept per column (default 50). */
  maxEntries?: number;
}

interface NavLink {
  text: string;
  url: string;
}

function navLinks(html: string, pageUrl: string, hosts: readonly string[]): NavLink[] {
  const $ = cheerio.load(html);
  const out: NavLink[] = [];
  for (const el of $('a[href]').toArray()) {
    const a = $(el);
    const url = resolveHref(a.attr('href') ?? '', pageUrl);
    const text = (a.attr('title') ?? '').trim() || a.text().trim();
    if (url && text && isHostAllowed(url, hosts)) out.push({ text, url });
  }
  return out;
}

/** The link that names the column best (usual label before key word, earlier before later). */
function bestLink(links: NavLink[], score: (text: string) => number): NavLink | null {
  let best: NavLink | null = null;
  let bestScore = 0;
  for (const l of links) {
    const s = score(l.text);
    if (s > bestScore) {
      best = l;
      bestScore = s;
    }
  }
  return best;
}

const isJsonPage = (p: FetchedPage) => /json|javascript/i.test(p.contentType ?? '') || /^\s*[[{]/.test(p.body.subarray(0, 64).toString('latin1'));

function readEntries(page: FetchedPage, hint: Partial<ColumnHint>, max: number): ListEntry[] {
  if (hint.format === 'json' || (hint.format === undefined && isJsonPage(page))) {
    return entriesFromJson(decodeJson(page.body, page.contentType).text, page.finalUrl, hint, max);
  }
  return entriesFromHtml(decodeHtml(page.body, page.contentType).text, page.finalUrl, hint, max);
}

function newest(entries: ListEntry[]): string | null {
  let best: string | null = null;
  for (const e of entries) if (e.date && (!best || e.date > best)) best = e.date;
  return best;
}

const absent = (column: CreditColumn): CityColumnAudit => ({ column, present: false, url: null, newestDate: null, itemCount: 0, entries: [], error: null });

export async function auditCity(ctx: CityAuditContext, source: CitySource, visitedAt: string, opts: CityAuditOptions = {}): Promise<CityAudit> {
  const max = opts.maxEntries ?? 50;
  const hosts = allowedHosts(source);
  const home = await ctx.fetcher.fetch({ url: source.homepage, mode: 'http', allowedHosts: hosts });
  let links: NavLink[] = [];
  if (home.ok) links = navLinks(decodeHtml(home.body, home.contentType).text, home.finalUrl, hosts);

  const found = new Map<CreditColumn, string>();
  for (const column of CREDIT_COLUMNS) {
    const hinted = source.columns[column]?.url;
    const link = hinted ? null : bestLink(links, (t) => labelScore(t, column));
    const url = hinted ?? link?.url;
    if (url) found.set(column, url);
  }
  // Some sites file 许可 and 处罚 under one 双公示 entry whose page links to both.
  if (!found.has('双公示-许可') || !found.has('双公示-处罚')) {
    const dp = bestLink(links, doublePublicityScore);
    if (dp) {
      const page = await ctx.fetcher.fetch({ url: dp.url, mode: 'http', allowedHosts: hosts });
      if (page.ok) {
        const sub = navLinks(decodeHtml(page.body, page.contentType).text, page.finalUrl, hosts);
        for (const column of ['双公示-许可', '双公示-处罚'] as const) {
          const l = found.has(column) ? null : bestLink(sub, (t) => labelScore(t, column));
          if (l) found.set(column, l.url);
        }
      }
    }
  }

  const columns = await Promise.all(
    CREDIT_COLUMNS.map(async (column): Promise<CityColumnAudit> => {
      const url = found.get(column);
      if (!url) return absent(column);
      const hint: Partial<ColumnHint> = source.columns[column] ?? {};
      // Each column is its own request: one endpoint may serve several columns by POST body (深圳's
      // Ajax.ashx answers 许可 or 处罚 by its action field), so nothing here is keyed by URL alone.
      const page = await ctx.fetcher.fetch({ url, mode: 'http', allowedHosts: hosts, ...wireRequest(hint.request) });
      if (!page.ok) return { ...absent(column), present: true, url, error: `${page.kind}: ${page.message}` };
      try {
        const entries = readEntries(page, hint, max);
        return { column, present: true, url, newestDate: newest(entries), itemCount: entries.length, entries, error: null };
      } catch (e) {
        return { ...absent(column), present: true, url, error: `parse: ${(e as Error).message}` };
      }
    }),
  );

  const audit: CityAudit = {
    cityCode: source.cityCode,
    sourceId: source.id,
    siteUrl: source.homepage,
    visitedAt,
    reachable: home.ok,
    columns: home.ok || found.size > 0 ? columns : CREDIT_COLUMNS.map((c) => ({ ...absent(c), error: home.ok ? null : `site unreachable: ${home.kind}: ${home.message}` })),
  };
  await ctx.store.addCityAudit(audit);
  return audit;
}
