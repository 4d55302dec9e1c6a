// Articles in Elasticsearch: idempotent upserts keyed by canonical URL (its hash is the _id),
// analyses attached by partial update, reads by URL and ordered listing.
//
// Upserts are decided on what is stored: one mget reads the current content hash and sequence
// number of every URL in the batch, and each write is conditional on that read (create for a new
// URL, if_seq_no/if_primary_term for an existing one). When another writer got in between, the
// write is refused with 409 and that URL is decided again on the fresh state, so concurrent
// crawlers never overwrite each other's newer content and every status is true.
import type { ArticleAnalysis, ArticleInput, ArticleRecord } from '../../../core/types.js';
import { contentHash } from '../identity.js';
import { instantMs } from '../time.js';
import type { ArticleQuery, UpsertStatus } from '../types.js';
import { assertArticleInputs } from '../validate.js';
import { BulkWriteError, bulkWrite, type BulkOp } from './bulk.js';
import type { EsContext } from './context.js';
import { DERIVED, articleDoc, stripDerived, urlId } from './indices.js';
import { scan } from './scan.js';

/** Conflicting writers are rare; a URL still contested after this many rounds is reported. */
const MAX_ROUNDS = 5;

/** Segmented fields are kept in _source (partial updates reindex from _source) but never sent back to readers. */
const READ_EXCLUDES = ['title_seg', 'body_seg'];

interface Stored {
  contentHash: string;
  firstFetchedAt: string;
  seqNo: number;
  primaryTerm: number;
}

async function readStored(ctx: EsContext, urls: string[]): Promise<Map<string, Stored>> {
  const r = await ctx.client.mget<{ contentHash: string; firstFetchedAt: string }>({
    index: ctx.names.alias('articles'),
    ids: urls.map(urlId),
    _source_includes: ['contentHash', 'firstFetchedAt'],
  });
  const out = new Map<string, Stored>();
  r.docs.forEach((d, i) => {
    if ('error' in d) throw new Error(`reading article ${urls[i]}: ${d.error.type}: ${d.error.reason ?? ''}`);
    if (!d.found || !d._source || d._seq_no == null || d._primary_term == null) return;
    out.set(urls[i] as string, { ...d._source, seqNo: d._seq_no, primaryTerm: d._primary_term });
  });
  return out;
}

export async function upsertArticles(ctx: EsContext, batch: ArticleInput[]): Promise<UpsertStatus[]> {
  assertArticleInputs(batch);
  const t0 = performance.now();
  const statuses: UpsertStatus[] = new Array<UpsertStatus>(batch.length);
  const positions = new Map<string, number[]>();
  batch.forEach((a, i) => positions.set(a.url, [...(positions.get(a.url) ?? []), i]));
  let contested = [...positions.keys()];
  for (let round = 1; contested.length > 0; round++) {
    if (round > MAX_ROUNDS) throw new Error(`articles still changed by other writers after ${MAX_ROUNDS} rounds: ${contested.slice(0, 5).join(', ')}`);
    const stored = await readStored(ctx, contested);
    const ops: BulkOp[] = [];
    for (const url of contested) {
      const before = stored.get(url);
      let current: ArticleRecord | null = null;
      let hash = before?.contentHash ?? null;
      let firstFetchedAt = before?.firstFetchedAt ?? null;
      for (const i of positions.get(url) ?? []) {
        const a = batch[i] as ArticleInput;
        const h = contentHash(a);
        if (h === hash) {
          statuses[i] = 'unchanged';
          continue;
        }
        statuses[i] = hash === null ? 'created' : 'updated';
        hash = h;
        firstFetchedAt ??= a.fetchedAt;
        current = { ...a, contentHash: h, firstFetchedAt, analysis: null };
      }
      if (current === null) continue;
      const doc = articleDoc(current, ctx.segmenter);
      ops.push(
        before
          ? { action: 'index', index: ctx.names.alias('articles'), id: urlId(url), doc, ifSeqNo: before.seqNo, ifPrimaryTerm: before.primaryTerm }
          : { action: 'create', index: ctx.names.alias('articles'), id: urlId(url), doc },
      );
    }
    if (ops.length) ctx.wrote('articles');
    const failures = ops.length ? await bulkWrite(ctx.client, ops, ctx.bulk) : [];
    const lost = failures.filter((f) => f.status === 409);
    if (lost.length !== failures.length) throw new BulkWriteError(failures.filter((f) => f.status !== 409));
    const lostIds = new Set(lost.map((f) => f.op.id));
    contested = contested.filter((url) => lostIds.has(urlId(url)));
  }
  let created = 0;
  let updated = 0;
  for (const s of statuses) {
    if (s === 'created') created++;
    else if (s === 'updated') updated++;
  }
  ctx.report({ op: 'articles', created, updated, unchanged: batch.length - created - updated, ms: performance.now() - t0 });
  return statuses;
}

export async function setAnalyses(ctx: EsContext, batch: { url: string; analysis: ArticleAnalysis }[]): Promise<number> {
  if (batch.length === 0) return 0;
  const t0 = performance.now();
  const ops: BulkOp[] = batch.map(({ url, analysis }) => ({
    action: 'update',
    index: ctx.names.alias('articles'),
    id: urlId(url),
    // Every ArticleAnalysis field is always present, so the partial update's object merge replaces the old analysis whole.
    doc: { analysis, analyzed: true },
    retryOnConflict: 5,
  }));
  ctx.wrote('articles');
  const failures = await bulkWrite(ctx.client, ops, ctx.bulk);
  const missing = failures.filter((f) => f.status === 404);
  if (missing.length !== failures.length) throw new BulkWriteError(failures.filter((f) => f.status !== 404));
  const set = batch.length - missing.length;
  ctx.report({ op: 'analyses', count: set, ms: performance.now() - t0 });
  return set;
}

function toRecord(source: Record<string, unknown>): ArticleRecord {
  return stripDerived<ArticleRecord>(source, DERIVED.articles);
}

export async function getArticle(ctx: EsContext, url: string): Promise<ArticleRecord | null> {
  const r = await ctx.client.get<Record<string, unknown>>(
    { index: ctx.names.alias('articles'), id: urlId(url), _source_excludes: READ_EXCLUDES },
    { ignore: [404] },
  );
  return r.found && r._source ? toRecord(r._source) : null;
}

/** Documents per mget request: bodies make articles large, so a batch stays well under ES's request limits. */
const MGET_CHUNK = 200;

export async function getArticles(ctx: EsContext, urls: readonly string[]): Promise<(ArticleRecord | null)[]> {
  const out: (ArticleRecord | null)[] = [];
  for (let i = 0; i < urls.length; i += MGET_CHUNK) {
    const chunk = urls.slice(i, i + MGET_CHUNK);
    if (chunk.length === 0) continue;
    const r = await ctx.client.mget<Record<string, unknown>>({ index: ctx.names.alias('articles'), ids: chunk.map(urlId), _source_excludes: READ_EXCLUDES });
    r.docs.forEach((d, j) => {
      if ('error' in d) throw new Error(`reading article ${chunk[j]}: ${d.error.type}: ${d.error.reason ?? ''}`);
      out.push(d.found && d._source ? toRecord(d._source) : null);
    });
  }
  return out;
}

export async function* listArticles(ctx: EsContext, q: ArticleQuery = {}): AsyncGenerator<ArticleRecord> {
  await ctx.fresh('articles');
  const filter = [];
  if (q.sourceId !== undefined) filter.push({ term: { sourceId: q.sourceId } });
  if (q.fetchedFrom !== undefined) filter.push({ range: { fetchedAtMs: { gte: instantMs(q.fetchedFrom) } } });
  if (q.analyzed !== undefined) filter.push({ term: { analyzed: q.analyzed } });
  for await (const hit of scan(ctx.client, {
    index: ctx.names.alias('articles'),
    query: { bool: { filter } },
    sort: [{ fetchedAtMs: 'asc' }, { url: 'asc' }],
    excludes: READ_EXCLUDES,
  })) {
    yield toRecord(hit.source);
  }
}
