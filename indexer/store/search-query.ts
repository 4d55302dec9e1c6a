// One reading of a SearchQuery for both backends: tokens, defaults, limits and instants are decided
// here, so the two can only differ in how they execute it.
import type { CreditDomain, Polarity, Sector } from '../../core/types.js';
import type { Segmenter } from '../segment/types.js';
import { optionalInstantMs } from './time.js';
import { searchTokens, splitCompounds } from './tokens.js';
import { SEARCH_DEFAULT_LIMIT, SEARCH_MAX_WINDOW, type SearchQuery } from './types.js';

export interface NormalizedSearch {
  /** Distinct query tokens every hit must contain; empty → no text condition. */
  tokens: string[];
  /** Query tokens made of other query tokens (compounds): not required, they only raise relevance. */
  boost: string[];
  sort: 'relevance' | 'date';
  offset: number;
  limit: number;
  sourceIds?: string[];
  cityCode?: string;
  provinceCode?: string;
  polarity?: Polarity[];
  domain?: CreditDomain[];
  sector?: Sector[];
  /** publishedAt instant bounds in ms: [fromMs, toMs). */
  fromMs?: number;
  toMs?: number;
}

function count(name: string, v: number | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  if (!Number.isInteger(v) || v < 0) throw new RangeError(`search ${name} must be a non-negative integer, got ${v}`);
  return v;
}

/** Validate and normalise a query; RangeError for a bad offset, limit or date. */
export function normalizeSearchQuery(q: SearchQuery, segmenter: Segmenter): NormalizedSearch {
  const offset = count('offset', q.offset, 0);
  const limit = count('limit', q.limit, SEARCH_DEFAULT_LIMIT);
  if (offset + limit > SEARCH_MAX_WINDOW) {
    throw new RangeError(`search offset + limit must not exceed ${SEARCH_MAX_WINDOW}, got ${offset} + ${limit}`);
  }
  const { required: tokens, boost } = splitCompounds(q.text ? searchTokens(segmenter, q.text) : []);
  const n: NormalizedSearch = {
    tokens,
    boost,
    sort: tokens.length > 0 && (q.sort ?? 'relevance') === 'relevance' ? 'relevance' : 'date',
    offset,
    limit,
  };
  if (q.sourceIds) n.sourceIds = [...q.sourceIds];
  if (q.cityCode !== undefined) n.cityCode = q.cityCode;
  if (q.provinceCode !== undefined) n.provinceCode = q.provinceCode;
  if (q.polarity) n.polarity = [...q.polarity];
  if (q.domain) n.domain = [...q.domain];
  if (q.sector) n.sector = [...q.sector];
  const fromMs = optionalInstantMs(q.from);
  const toMs = optionalInstantMs(q.to);
  if (fromMs !== null) n.fromMs = fromMs;
  if (toMs !== null) n.toMs = toMs;
  return n;
}
