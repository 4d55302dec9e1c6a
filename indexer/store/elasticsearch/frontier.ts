// The crawl frontier in its own index, one document per URL (_id = URL hash). New links are added
// with the bulk `create` operation, which the server refuses for an existing _id: two crawlers adding
// the same link at once cannot both count it as new or reset the other's progress.
import { errors, type estypes } from '@elastic/elasticsearch';
import { instantMs } from '../time.js';
import { SEARCH_MAX_WINDOW, type FrontierLink, type FrontierLinkPatch, type NewFrontierLink } from '../types.js';
import { BulkWriteError, bulkWrite, type BulkOp } from './bulk.js';
import type { EsContext } from './context.js';
import { DERIVED, frontierDoc, stripDerived, urlId } from './indices.js';
import { scan } from './scan.js';

export async function addLinks(ctx: EsContext, links: NewFrontierLink[]): Promise<number> {
  const t0 = performance.now();
  const unique = new Map<string, NewFrontierLink>();
  for (const l of links) if (!unique.has(l.url)) unique.set(l.url, l);
  // Build every document first: a bad date refuses the batch before anything is written.
  const ops: BulkOp[] = [...unique.values()].map((l) => ({
    action: 'create',
    index: ctx.names.alias('frontier'),
    id: urlId(l.url),
    doc: frontierDoc({ url: l.url, sourceId: l.sourceId, discoveredAt: l.discoveredAt, via: l.via, status: 'pending', attempts: 0, nextAttemptAt: l.discoveredAt, lastError: null }),
  }));
  if (ops.length === 0) return 0;
  ctx.wrote('frontier');
  const failures = await bulkWrite(ctx.client, ops, ctx.bulk);
  const known = failures.filter((f) => f.status === 409);
  if (known.length !== failures.length) throw new BulkWriteError(failures.filter((f) => f.status !== 409));
  const added = ops.length - known.length;
  ctx.report({ op: 'links', count: added, ms: performance.now() - t0 });
  return added;
}

export async function dueLinks(ctx: EsContext, now: string, limit: number): Promise<FrontierLink[]> {
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`dueLinks limit must be a non-negative integer, got ${limit}`);
  const nowMs = instantMs(now);
  if (limit === 0) return [];
  await ctx.fresh('frontier');
  const query = { bool: { filter: [{ term: { status: 'pending' } }, { range: { nextAttemptAtMs: { lte: nowMs } } }] } };
  const sort: estypes.SortCombinations[] = [{ nextAttemptAtMs: 'asc' }, { discoveredAtMs: 'asc' }, { url: 'asc' }];
  const index = ctx.names.alias('frontier');
  const out: FrontierLink[] = [];
  if (limit <= SEARCH_MAX_WINDOW) {
    const r = await ctx.client.search<Record<string, unknown>>({ index, query, sort, size: limit, track_total_hits: false });
    for (const h of r.hits.hits) out.push(stripDerived<FrontierLink>(h._source ?? {}, DERIVED.frontier));
    return out;
  }
  for await (const hit of scan(ctx.client, { index, query, sort })) {
    out.push(stripDerived<FrontierLink>(hit.source, DERIVED.frontier));
    if (out.length === limit) break;
  }
  return out;
}

export async function updateLink(ctx: EsContext, url: string, patch: FrontierLinkPatch): Promise<void> {
  const t0 = performance.now();
  const doc: Record<string, unknown> = { ...patch };
  if (patch.nextAttemptAt !== undefined) doc.nextAttemptAtMs = instantMs(patch.nextAttemptAt);
  ctx.wrote('frontier');
  try {
    await ctx.client.update({ index: ctx.names.alias('frontier'), id: urlId(url), doc, retry_on_conflict: 5 });
  } catch (e) {
    if (e instanceof errors.ResponseError && e.statusCode === 404) throw new RangeError(`no frontier link ${JSON.stringify(url.slice(0, 200))}`);
    throw e;
  }
  ctx.report({ op: 'linkUpdate', count: 1, ms: performance.now() - t0 });
}
