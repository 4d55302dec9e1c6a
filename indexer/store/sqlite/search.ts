// Full-text search on FTS5 with the filters, orders and paging defined in ../types.ts (SearchQuery).
// Query tokens are bound as one MATCH parameter of quoted strings, so user text never becomes FTS
// syntax; filter lists are bound as JSON arrays, so every statement text is fixed and reusable.
//
// The plan is chosen here rather than left to SQLite, whose estimates for FTS5 are blind to how many
// articles a word matches. At a million articles a wrong plan costs seconds: FTS5 answers a MATCH
// restricted to one rowid (or a list of them) by walking the term's whole doclist again, so FTS5
// must always drive, scanning the matches once. A match is checked against the filters through a
// list of the filtered articles (read from covering indexes, probed through a bloom filter), not
// through its article row; ranking without filters stays inside FTS5; the newest matches of a
// frequent word are found by walking the date index. The total is counted first, so the plan can
// depend on it.
import type { CreditDomain, Polarity, Sector } from '../../../core/types.js';
import { highlightFragments, highlightTitle } from '../highlight.js';
import { normalizeSearchQuery, type NormalizedSearch } from '../search-query.js';
import type { SearchHit, SearchQuery, SearchResult } from '../types.js';
import { where, type SqliteContext } from './context.js';

interface HitRow {
  id: number;
  url: string;
  title: string;
  source_id: string;
  source: string | null;
  published_at: string | null;
  published_ms: number | null;
  polarity: Polarity | null;
  domain: CreditDomain | null;
  sector: Sector | null;
  city_code: string | null;
}

type Scored = HitRow & { bm25: number | null };

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

const HIT_COLUMNS = 'a.id, a.url, a.title, a.source_id, a.source, a.published_at, a.published_ms, a.polarity, a.domain, a.sector, a.city_code';
const BM25 = 'bm25(articles_fts, 3.0, 1.0)';
const IN_FTS = 'a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match)';
/** Extra rows read past a page when ranking inside FTS5, so that ties at the page's edge are seen. */
const TIE_SLACK = 64;

/** Relevance order of ../types.ts: bm25 (lower is better in FTS5), then newest, then url as SQLite compares it (UTF-8 bytes). */
function byRelevance(a: Scored, b: Scored): number {
  return a.bm25! - b.bm25! || (b.published_ms ?? -Infinity) - (a.published_ms ?? -Infinity) || Buffer.compare(Buffer.from(a.url), Buffer.from(b.url));
}

export function searchOp(ctx: SqliteContext): (q: SearchQuery) => Promise<SearchResult> {
  const bodies = ctx.db.prepare<[string], { id: number; body: string }>('SELECT id, body FROM article_bodies WHERE id IN (SELECT value FROM json_each(?))');
  const lastId = ctx.db.prepare<[], { n: number | null }>('SELECT max(id) AS n FROM articles');

  return async (q) => {
    const n = normalizeSearchQuery(q, ctx.segmenter);
    const { conditions, params } = filters(n);
    const text = n.tokens.length > 0;
    if (text) params.match = matchExpression(n.tokens, n.boost);
    const filtered = conditions.length > 0;
    // The matches that pass the filters; `+` keeps the rowid list away from FTS5 (see above).
    const matched = (scored: boolean) =>
      `SELECT articles_fts.rowid AS id${scored ? `, ${BM25} AS bm25` : ''} FROM articles_fts
       WHERE articles_fts MATCH @match AND +articles_fts.rowid IN (SELECT a.id FROM articles a ${where(conditions)})`;

    const countSql = !text
      ? `SELECT count(*) AS n FROM articles a ${where(conditions)}`
      : !filtered
        ? 'SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH @match'
        : `SELECT count(*) AS n FROM (${matched(false)})`;
    const total = (ctx.statement(countSql).get(params) as { n: number }).n;
    const end = n.offset + n.limit;
    if (n.limit === 0 || n.offset >= total) return { total, hits: [] };
    const page = { ...params, limit: n.limit, offset: n.offset };
    const relevance = n.sort === 'relevance';

    // Newest first: walking the date index and skipping non-matches finds a page after about
    // end × articles / total rows; below that density, fetching every match and sorting is cheaper.
    const walk = !relevance && end * (lastId.get()?.n ?? 0) < total * total;
    let rows: Scored[];
    if (relevance && !filtered) {
      rows = rankInFts(ctx, params, end, total)?.slice(n.offset, end) ?? rankJoined(ctx, page);
    } else if (text && filtered && !walk) {
      const sql = `SELECT ${HIT_COLUMNS}, ${relevance ? 'm.bm25' : 'NULL'} AS bm25 FROM (${matched(relevance)}) m CROSS JOIN articles a ON a.id = m.id
                   ORDER BY ${relevance ? 'm.bm25, ' : ''}a.published_ms DESC, a.url LIMIT @limit OFFSET @offset`;
      rows = ctx.statement(sql).all(page) as Scored[];
    } else {
      const sql = `SELECT ${HIT_COLUMNS}, NULL AS bm25 FROM articles a ${walk ? 'INDEXED BY articles_by_publish' : ''}
                   ${where([text && IN_FTS, ...conditions])}
                   ORDER BY a.published_ms DESC, a.url LIMIT @limit OFFSET @offset`;
      rows = ctx.statement(sql).all(page) as Scored[];
    }

    const marked = [...n.tokens, ...n.boost];
    const body = new Map(text ? bodies.all(JSON.stringify(rows.map((r) => r.id))).map((b) => [b.id, b.body]) : []);
    return { total, hits: rows.map((r) => toHit(r, marked, text ? (body.get(r.id) ?? '') : null)) };
  };
}

/**
 * Rank inside FTS5 alone (no article row per match) and read only the candidates' rows. Exact when
 * the candidates hold every match scoring as well as the last one shown: all matches were read, or
 * the last candidate scores strictly worse. Null when ties run past the slack.
 */
function rankInFts(ctx: SqliteContext, params: Record<string, unknown>, end: number, total: number): Scored[] | null {
  const k = end + TIE_SLACK;
  const top = ctx
    .statement(`SELECT rowid AS id, ${BM25} AS bm25 FROM articles_fts WHERE articles_fts MATCH @match ORDER BY bm25 LIMIT @k`)
    .all({ match: params.match, k }) as { id: number; bm25: number }[];
  if (top.length === k && k < total && top[k - 1]!.bm25 === top[end - 1]!.bm25) return null;
  const score = new Map(top.map((t) => [t.id, t.bm25]));
  const rows = ctx
    .statement(`SELECT ${HIT_COLUMNS} FROM articles a WHERE a.id IN (SELECT value FROM json_each(@ids))`)
    .all({ ids: JSON.stringify(top.map((t) => t.id)) }) as HitRow[];
  return rows.map((r) => ({ ...r, bm25: score.get(r.id)! })).sort(byRelevance);
}

/** Rank every match joined to its article row (when ties defeat rankInFts); the match drives the join. */
function rankJoined(ctx: SqliteContext, page: Record<string, unknown>): Scored[] {
  const sql = `SELECT ${HIT_COLUMNS}, ${BM25} AS bm25 FROM articles_fts CROSS JOIN articles a ON a.id = articles_fts.rowid
               WHERE articles_fts MATCH @match ORDER BY bm25, a.published_ms DESC, a.url LIMIT @limit OFFSET @offset`;
  return ctx.statement(sql).all(page) as Scored[];
}

function toHit(r: Scored, tokens: string[], body: string | null): SearchHit {
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
    highlights: body === null ? [] : highlightFragments(body, tokens),
  };
}
