// The counts the city credit index is built from, computed inside Elasticsearch: analysed articles
// per (Beijing day × primary city × polarity), with how many distinct events they belong to. A
// composite aggregation pages through every bucket, so the answer is complete however many cities
// and days there are.
import type { estypes } from '@elastic/elasticsearch';
import type { Polarity } from '../../../core/types.js';
import type { EsContext } from './context.js';

export interface DailyCountsQuery {
  /** First Beijing calendar day (YYYY-MM-DD), inclusive. */
  fromDay?: string;
  /** Last Beijing calendar day (YYYY-MM-DD), exclusive. */
  toDay?: string;
  cityCode?: string;
  polarity?: Polarity[];
}

export interface DailyCount {
  /** Beijing calendar day of publishedAt, else of firstFetchedAt. */
  day: string;
  cityCode: string;
  polarity: Polarity;
  articles: number;
  /**
   * Distinct analysis.eventId values among those articles. Elasticsearch's cardinality is exact up
   * to its precision threshold (40 000 here), far above what one city sees in one day.
   */
  events: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PAGE = 1000;

export async function dailyCounts(ctx: EsContext, q: DailyCountsQuery = {}): Promise<DailyCount[]> {
  for (const d of [q.fromDay, q.toDay]) if (d !== undefined && !DAY.test(d)) throw new RangeError(`a day must be YYYY-MM-DD, got ${JSON.stringify(d)}`);
  const filter: estypes.QueryDslQueryContainer[] = [{ term: { analyzed: true } }, { exists: { field: 'analysis.city.code' } }];
  if (q.fromDay !== undefined || q.toDay !== undefined) {
    filter.push({ range: { day: { ...(q.fromDay !== undefined ? { gte: q.fromDay } : {}), ...(q.toDay !== undefined ? { lt: q.toDay } : {}) } } });
  }
  if (q.cityCode !== undefined) filter.push({ term: { 'analysis.city.code': q.cityCode } });
  if (q.polarity) filter.push({ terms: { 'analysis.polarity': q.polarity } });
  await ctx.fresh('articles');
  const out: DailyCount[] = [];
  let after: Record<string, estypes.FieldValue> | undefined;
  for (;;) {
    const r = await ctx.client.search({
      index: ctx.names.alias('articles'),
      size: 0,
      query: { bool: { filter } },
      aggs: {
        cells: {
          composite: {
            size: PAGE,
            sources: [{ day: { terms: { field: 'day' } } }, { cityCode: { terms: { field: 'analysis.city.code' } } }, { polarity: { terms: { field: 'analysis.polarity' } } }],
            ...(after ? { after } : {}),
          },
          aggs: { events: { cardinality: { field: 'analysis.eventId', precision_threshold: 40_000 } } },
        },
      },
    });
    const cells = r.aggregations?.cells as estypes.AggregationsCompositeAggregate | undefined;
    const buckets = (cells?.buckets ?? []) as (estypes.AggregationsCompositeBucket & { events: estypes.AggregationsCardinalityAggregate })[];
    for (const b of buckets) {
      out.push({ day: String(b.key.day), cityCode: String(b.key.cityCode), polarity: b.key.polarity as Polarity, articles: b.doc_count, events: b.events.value });
    }
    if (buckets.length < PAGE || !cells?.after_key) return out;
    after = cells.after_key;
  }
}
