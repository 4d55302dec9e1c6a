// Full-text search over articles with the semantics of SearchQuery (../types.ts): the query is
// normalised by the shared normalizeSearchQuery, each token must occur in the title or the body
// (term queries on the whitespace-analysed segmented fields, which hold exactly the shared index
// tokens), compounds of other query tokens only raise the score, relevance is BM25 with the title weighted 3×, and highlights are computed from the stored
// text by the shared helper, so both backends show the same fragments.
import type { estypes } from '@elastic/elasticsearch';
import type { ArticleRecord } from '../../../core/types.js';
import { highlightFragments, highlightTitle } from '../highlight.js';
import { normalizeSearchQuery, type NormalizedSearch } from '../search-query.js';
import type { SearchHit, SearchQuery, SearchResult } from '../types.js';
import type { EsContext } from './context.js';

type Query = estypes.QueryDslQueryContainer;

export const TITLE_BOOST = 3;

export function buildQuery(n: NormalizedSearch): Query {
  const filter: Query[] = [];
  if (n.sourceIds) filter.push({ terms: { sourceId: n.sourceIds } });
  if (n.cityCode !== undefined) filter.push({ term: { 'analysis.city.code': n.cityCode } });
  if (n.provinceCode !== undefined) filter.push({ term: { 'analysis.province.code': n.provinceCode } });
  if (n.polarity) filter.push({ terms: { 'analysis.polarity': n.polarity } });
  if (n.domain) filter.push({ terms: { 'analysis.domain': n.domain } });
  if (n.sector) filter.push({ terms: { 'analysis.sector': n.sector } });
  if (n.fromMs !== undefined || n.toMs !== undefined) {
    filter.push({ range: { publishedAtMs: { ...(n.fromMs !== undefined ? { gte: n.fromMs } : {}), ...(n.toMs !== undefined ? { lt: n.toMs } : {}) } } });
  }
  const must = n.tokens.map(inTitleOrBody);
  // Compounds (see splitCompounds in ../tokens.ts) only add to the score of hits that hold them.
  const should = n.boost.map(inTitleOrBody);
  return { bool: { filter, must, should, minimum_should_match: 0 } };
}

function inTitleOrBody(token: string): Query {
  return {
    bool: {
      should: [{ term: { title_seg: { value: token, boost: TITLE_BOOST } } }, { term: { body_seg: { value: token } } }],
      minimum_should_match: 1,
    },
  };
}

const BY_DATE: estypes.SortCombinations[] = [{ publishedAtMs: { order: 'desc', missing: '_last' } }, { url: 'asc' }];

type HitSource = Pick<ArticleRecord, 'url' | 'title' | 'sourceId' | 'source' | 'publishedAt' | 'body'> & {
  analysis: { polarity: SearchHit['polarity']; domain: SearchHit['domain']; sector: SearchHit['sector']; city: { code: string } | null } | null;
};

export async function search(ctx: EsContext, q: SearchQuery): Promise<SearchResult> {
  const n = normalizeSearchQuery(q, ctx.segmenter);
  const marked = [...n.tokens, ...n.boost];
  await ctx.fresh('articles');
  const r = await ctx.client.search<HitSource>({
    index: ctx.names.alias('articles'),
    query: buildQuery(n),
    sort: n.sort === 'relevance' ? ['_score', ...BY_DATE] : BY_DATE,
    from: n.offset,
    size: n.limit,
    track_total_hits: true,
    _source: {
      includes: ['url', 'title', 'sourceId', 'source', 'publishedAt', 'body', 'analysis.polarity', 'analysis.domain', 'analysis.sector', 'analysis.city.code'],
    },
  });
  const total = typeof r.hits.total === 'number' ? r.hits.total : (r.hits.total?.value ?? 0);
  const hits: SearchHit[] = r.hits.hits.map((h) => {
    const s = h._source as HitSource;
    const a = s.analysis ?? null;
    return {
      url: s.url,
      title: s.title,
      titleHtml: highlightTitle(s.title, marked),
      sourceId: s.sourceId,
      source: s.source ?? null,
      publishedAt: s.publishedAt ?? null,
      polarity: a?.polarity ?? null,
      domain: a?.domain ?? null,
      sector: a?.sector ?? null,
      cityCode: a?.city?.code ?? null,
      score: n.sort === 'relevance' ? (h._score ?? 0) : 0,
      highlights: n.tokens.length > 0 ? highlightFragments(s.body, marked) : [],
    };
  });
  return { total, hits };
}
