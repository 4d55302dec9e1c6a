// Full-text search on FTS5 with the filters, orders and paging defined in ../types.ts (SearchQuery).
// Query tokens are bound as one MATCH parameter of quoted strings, so user text never becomes FTS
// syntax; filter lists are bound as JSON arrays, so every statement text is fixed and reusable.
import type { CreditDomain, Polarity, Sector } from '../../../core/types.js';
import { highlightFragments, highlightTitle } from '../highlight.js';
import { normalizeSearchQuery, type NormalizedSearch } from '../search-query.js';
import type { SearchHit, SearchQuery, SearchResult } from '../types.js';
import { where, type SqliteContext } from './context.js';

interface HitRow {
  url: string;
  title: string;
  source_id: string;
  source: string | null;
  published_at: string | null;
  polarity: Polarity | null;
  domain: CreditDomain | null;
  sector: Sector | null;
  city_code: string | null;
  body: string | null;
  bm25: number | null;
}

const quoted = (t: string) => `"${t.replaceAll('"', '""')}"`;

/**
 * An FTS5 query requiring every required token, each a quoted string (quotes doubled). A boost token
 * joins as (boost OR first required token): true for every hit anyway, so the hit set is unchanged,
 * but bm25() scores the boost token where an article has it.
 */
export function matchExpression(required: string[], boost: string[]): string {
  const first = quoted(required[0]!);
  return [...required.map(quoted), ...boost.map((b) => `(${quoted(b)} OR ${first})`)].join(' AND ');
}

function filters(n: NormalizedSearch): { conditions: string[]; params: Record<string, unknown> } {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  const list = (name: string, column: string, values: string[] | undefined) => {
    if (values === undefined) return;
    conditions.push(`a.${column} IN (SELECT value FROM json_each(@${name}))`);
    params[name] = JSON.stringify(values);
  };
  list('sourceIds', 'source_id', n.sourceIds);
  list('polarity', 'polarity', n.polarity);
  list('domain', 'domain', n.domain);
  list('sector', 'sector', n.sector);
  if (n.cityCode !== undefined) {
    conditions.push('a.city_code = @cityCode');
    params.cityCode = n.cityCode;
  }
  if (n.provinceCode !== undefined) {
    conditions.push('a.province_code = @provinceCode');
    params.provinceCode = n.provinceCode;
  }
  if (n.fromMs !== undefined) {
    conditions.push('a.published_ms >= @fromMs');
    params.fromMs = n.fromMs;
  }
  if (n.toMs !== undefined) {
    conditions.push('a.published_ms < @toMs');
    params.toMs = n.toMs;
  }
  return { conditions, params };
}

const HIT_COLUMNS = 'a.url, a.title, a.source_id, a.source, a.published_at, a.polarity, a.domain, a.sector, a.city_code';

export function searchOp(ctx: SqliteContext): (q: SearchQuery) => Promise<SearchResult> {
  return async (q) => {
    const n = normalizeSearchQuery(q, ctx.segmenter);
    const { conditions, params } = filters(n);
    const text = n.tokens.length > 0;
    if (text) params.match = matchExpression(n.tokens, n.boost);
    const body = text ? ', a.body' : ', NULL AS body';

    let count: string;
    let select: string;
    if (text && n.sort === 'relevance') {
      // Title weighted 3× the body; FTS5's bm25() is lower-is-better.
      const from = `FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid ${where(['articles_fts MATCH @match', ...conditions])}`;
      count = `SELECT count(*) AS n ${from}`;
      select = `SELECT ${HIT_COLUMNS}${body}, bm25(articles_fts, 3.0, 1.0) AS bm25 ${from}
                ORDER BY bm25, a.published_ms DESC, a.url LIMIT @limit OFFSET @offset`;
    } else {
      const from = `FROM articles a ${where([text && 'a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match)', ...conditions])}`;
      count = `SELECT count(*) AS n ${from}`;
      select = `SELECT ${HIT_COLUMNS}${body}, NULL AS bm25 ${from}
                ORDER BY a.published_ms DESC, a.url LIMIT @limit OFFSET @offset`;
    }
    const total = (ctx.statement(count).get(params) as { n: number }).n;
    const rows = n.limit === 0 || n.offset >= total ? [] : (ctx.statement(select).all({ ...params, limit: n.limit, offset: n.offset }) as HitRow[]);
    const marked = [...n.tokens, ...n.boost];
    return { total, hits: rows.map((r) => toHit(r, marked)) };
  };
}

function toHit(r: HitRow, tokens: string[]): SearchHit {
  return {
    url: r.url,
    title: r.title,
    titleHtml: highlightTitle(r.title, tokens),
    sourceId: r.source_id,
    source: r.source,
    publishedAt: r.published_at,
    polarity: r.polarity,
    domain: r.domain,
    sector: r.sector,
    cityCode: r.city_code,
    score: r.bm25 === null ? 0 : 0 - r.bm25,
    highlights: r.body === null ? [] : highlightFragments(r.body, tokens),
  };
}
