// Ranking snapshots: click/heat lists as static HTML, JSON or JSONP. Parsing is driven by the configured
// endpoint, never guessed from the page: a numbered editorial box (gmw.cn #blogRank) is not a click
// ranking just because it is numbered.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { HtmlRanking, JsonRanking, RankingEndpoint } from '../../core/sources.js';
import type { RankingItem } from '../../core/types.js';
import { collapse } from '../extract/dom.js';
import { loadDocument } from '../extract/document.js';
import { splitRawText } from '../extract/page.js';
import { resolveHref } from '../urls.js';
import { SnapshotParseError } from './errors.js';

/** Bodies larger than this are refused rather than parsed. */
export const MAX_RANKING_BODY_CHARS = 8_000_000;

/** "1,234" → 1234, "1.2万" → 12000, 987 → 987; null when there is no number. */
export function parseCount(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const m = /(\d[\d,，]*(?:\.\d+)?)\s*(万|亿|w|k)?/i.exec(v);
  if (!m) return null;
  const n = Number(m[1]!.replace(/[,，]/g, ''));
  const unit = m[2]?.toLowerCase();
  const factor = unit === '万' || unit === 'w' ? 1e4 : unit === '亿' ? 1e8 : unit === 'k' ? 1e3 : 1;
  return Number.isFinite(n) ? Math.round(n * factor) : null;
}

export function parseRanking(body: string, endpoint: RankingEndpoint, baseUrl: string): RankingItem[] {
  if (body.length > MAX_RANKING_BODY_CHARS) {
    throw new SnapshotParseError('too-large', `ranking body of ${body.length} characters exceeds ${MAX_RANKING_BODY_CHARS}`, endpoint.list);
  }
  return endpoint.kind === 'html' ? parseHtmlRanking(body, endpoint, baseUrl) : parseJsonRanking(body, endpoint, baseUrl);
}

export type ListOutcome = { list: string; items: RankingItem[] } | { list: string; error: SnapshotParseError };

/**
 * Several html endpoints over one page (163's rank index holds 72 lists): the page is parsed once and
 * each list succeeds or fails on its own.
 */
export function parseHtmlRankings(html: string, endpoints: HtmlRanking[], baseUrl: (e: HtmlRanking) => string): ListOutcome[] {
  const $ = loadDocument(splitRawText(html).markup, { exact: true });
  return endpoints.map((e) => {
    try {
      return { list: e.list, items: htmlItems($, e, baseUrl(e)) };
    } catch (err) {
      if (err instanceof SnapshotParseError) return { list: e.list, error: err };
      throw err;
    }
  });
}

function parseHtmlRanking(html: string, endpoint: HtmlRanking, baseUrl: string): RankingItem[] {
  return htmlItems(loadDocument(splitRawText(html).markup, { exact: true }), endpoint, baseUrl);
}

function htmlItems($: CheerioAPI, endpoint: HtmlRanking, baseUrl: string): RankingItem[] {
  const rows = $(endpoint.itemSelector).toArray() as Element[];
  const items: RankingItem[] = [];
  for (const row of rows) {
    const $row = $(row);
    const link = $row.find(endpoint.linkSelector).first();
    if (!link.length) continue;
    const url = resolveHref(link.attr('href'), baseUrl);
    const title = collapse(link.text());
    if (!url || !title) continue;
    const rankText = endpoint.rankSelector ? collapse($row.find(endpoint.rankSelector).first().text()) : '';
    const rank = parseCount(rankText) ?? items.length + 1;
    const score = endpoint.scoreSelector ? parseCount(collapse($row.find(endpoint.scoreSelector).first().text())) : null;
    items.push({ list: endpoint.list, rank, title, url, score });
  }
  if (items.length === 0) {
    throw new SnapshotParseError(
      'no-items-matched',
      `list '${endpoint.list}': ${rows.length ? `${rows.length} element(s) matched '${endpoint.itemSelector}' but none had a link with a title` : `nothing matched '${endpoint.itemSelector}'`}`,
      endpoint.list,
    );
  }
  return items;
}

/** The JSON value inside a JSON or JSONP body (`var x = {...};`, `cb({...})`, `/**\/cb({...});`). */
export function parseJsonBody(body: string, kind: 'json' | 'jsonp'): unknown {
  let text = body.replace(/^\ufeff/, '').trim();
  if (kind === 'jsonp') {
    const starts = [text.indexOf('{'), text.indexOf('[')].filter((i) => i >= 0);
    const start = starts.length ? Math.min(...starts) : -1;
    const end = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
    if (start < 0 || end < start) throw new SnapshotParseError('malformed-json', 'JSONP body holds no object or array');
    text = text.slice(start, end + 1);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new SnapshotParseError('malformed-json', `cannot parse ${kind.toUpperCase()}: ${(e as Error).message}`);
  }
}

/** Value at a dotted path (`data`, `idlist.0.newslist`, `hotEvent.hotScore`). */
export function getPath(value: unknown, path: string): unknown {
  let cur: unknown = value;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function parseJsonRanking(body: string, endpoint: JsonRanking, baseUrl: string): RankingItem[] {
  let doc: unknown;
  try {
    doc = parseJsonBody(body, endpoint.kind);
  } catch (e) {
    if (e instanceof SnapshotParseError) throw new SnapshotParseError(e.reason, `list '${endpoint.list}': ${e.message}`, endpoint.list);
    throw e;
  }
  const list = getPath(doc, endpoint.itemsPath);
  if (list === undefined) throw new SnapshotParseError('missing-items', `list '${endpoint.list}': no value at '${endpoint.itemsPath}'`, endpoint.list);
  if (!Array.isArray(list)) throw new SnapshotParseError('not-a-list', `list '${endpoint.list}': '${endpoint.itemsPath}' is ${typeof list}, not an array`, endpoint.list);
  const items: RankingItem[] = [];
  for (const entry of list) {
    const rawUrl = getPath(entry, endpoint.urlField);
    const rawTitle = getPath(entry, endpoint.titleField);
    // Description cards (qq's first entry) and ads carry no article URL.
    if (typeof rawUrl !== 'string' || typeof rawTitle !== 'string') continue;
    const url = resolveHref(rawUrl, baseUrl);
    const title = collapse(rawTitle);
    if (!url || !title) continue;
    const rank = endpoint.rankField ? (parseCount(getPath(entry, endpoint.rankField)) ?? items.length + 1) : items.length + 1;
    const score = endpoint.scoreField ? parseCount(getPath(entry, endpoint.scoreField)) : null;
    items.push({ list: endpoint.list, rank, title, url, score });
  }
  if (items.length === 0 && list.length > 0) {
    throw new SnapshotParseError(
      'no-items-matched',
      `list '${endpoint.list}': ${list.length} entries at '${endpoint.itemsPath}' but none has a string '${endpoint.titleField}' and '${endpoint.urlField}'`,
      endpoint.list,
    );
  }
  return items;
}
