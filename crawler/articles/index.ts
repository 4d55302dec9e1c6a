// Article fetching: due frontier links are fetched, extracted and upserted under their canonical URL.
// Upserts are idempotent and a link is marked done only after its article is stored, so a crawl
// killed at any point loses nothing and duplicates nothing. A fetched article is refreshed once
// (with If-Modified-Since) when `refreshAfterMs` is set; the store rewrites it only if it changed.
import type { Clock } from '../../core/clock.js';
import type { ArticleHints, NationalSource } from '../../core/sources.js';
import type { ArticleInput, ExtractedArticle } from '../../core/types.js';
import type { FrontierLink, Store, UpsertStatus } from '../../indexer/store/types.js';
import { decodeHtml } from '../charset.js';
import type { Fetcher } from '../fetch/fetcher.js';
import { allowedHosts } from '../registry/index.js';
import { modesFor } from '../poll/fetch-list.js';
import { DEFAULT_BACKOFF, retryDelayMs, type BackoffPolicy } from './backoff.js';

export type ExtractFn = (html: string, opts: { url: string; hints: ArticleHints; clock: Clock }) => ExtractedArticle;

export interface ArticleContext {
  store: Store;
  fetcher: Fetcher;
  clock: Clock;
  /** National sources by id; links of other sources are left in the frontier. */
  sources: ReadonlyMap<string, NationalSource>;
  extract: ExtractFn;
}

export interface ArticleOptions {
  /** Articles fetched at once (each host is still limited by its politeness gate). Default 16. */
  concurrency?: number;
  /** Frontier links read per round. Default 200. */
  batchSize?: number;
  /** Stop after this many links in one call (the rest stay due). Default: no limit. */
  maxLinks?: number;
  /** Fetch each article once more this long after the first fetch; null: never. */
  refreshAfterMs?: number | null;
  backoff?: BackoffPolicy;
  /** Called for every link handled. */
  onResult?: (r: ArticleResult) => void;
}

export type ArticleOutcome = UpsertStatus | 'failed' | 'retry';

export interface ArticleResult {
  url: string;
  sourceId: string;
  outcome: ArticleOutcome;
  error: string | null;
}

interface Ready {
  link: FrontierLink;
  input: ArticleInput;
  refreshed: boolean;
}

/** Fetches every due link (up to `maxLinks`) and reports what happened to each. */
export async function fetchDueArticles(ctx: ArticleContext, opts: ArticleOptions = {}): Promise<ArticleResult[]> {
  const concurrency = opts.concurrency ?? 16;
  const batchSize = opts.batchSize ?? 200;
  const backoff = opts.backoff ?? DEFAULT_BACKOFF;
  const results: ArticleResult[] = [];
  const report = (r: ArticleResult) => {
    results.push(r);
    opts.onResult?.(r);
  };
  const skipped = new Set<string>();
  let budget = opts.maxLinks ?? Number.POSITIVE_INFINITY;

  while (budget > 0) {
    const now = ctx.clock.now().toISOString();
    const limit = Math.min(batchSize, budget) + skipped.size;
    const due = await ctx.store.dueLinks(now, limit);
    const links = due.filter((l) => !skipped.has(l.url) && ctx.sources.has(l.sourceId));
    for (const l of due) if (!ctx.sources.has(l.sourceId)) skipped.add(l.url);
    if (links.length === 0) break;
    budget -= links.length;
    await processLinks(ctx, links, { concurrency, backoff, refreshAfterMs: opts.refreshAfterMs ?? null }, report);
    if (due.length < limit) break;
  }
  return results;
}

async function processLinks(
  ctx: ArticleContext,
  links: FrontierLink[],
  o: { concurrency: number; backoff: BackoffPolicy; refreshAfterMs: number | null },
  report: (r: ArticleResult) => void,
): Promise<void> {
  const ready: Ready[] = [];
  let flushing: Promise<void> = Promise.resolve();
  const flush = () => {
    const batch = ready.splice(0, ready.length);
    flushing = flushing.then(() => storeBatch(ctx, batch, o, report));
    return flushing;
  };

  let next = 0;
  const worker = async () => {
    while (next < links.length) {
      const link = links[next++]!;
      const r = await fetchOne(ctx, link);
      if ('input' in r) {
        ready.push(r);
        if (ready.length >= 32) await flush();
      } else if (r.error === null) {
        await markDone(ctx, link, true, o.refreshAfterMs);
        report({ url: link.url, sourceId: link.sourceId, outcome: 'unchanged', error: null });
      } else {
        report(await recordFailure(ctx, link, r.error, r.permanent, o.backoff));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.concurrency, links.length) }, worker));
  await flush();
}

/** A page to store, or why not: an error, or null for 304 Not Modified (only ever a refresh). */
type Fetched = Ready | { error: string | null; permanent: boolean };

async function fetchOne(ctx: ArticleContext, link: FrontierLink): Promise<Fetched> {
  const source = ctx.sources.get(link.sourceId)!;
  const existing = await ctx.store.getArticle(link.url);
  let lastError = 'not fetched';
  for (const mode of modesFor(source.article.render)) {
    const o = await ctx.fetcher.fetch({
      url: link.url,
      mode,
      allowedHosts: allowedHosts(source),
      ifModifiedSince: existing ? new Date(existing.fetchedAt) : undefined,
    });
    if (!o.ok) return { error: `${o.kind}: ${o.message}`, permanent: o.permanent };
    if (o.status === 304) return { error: null, permanent: false };
    const html = decodeHtml(o.body, o.contentType).text;
    let a: ExtractedArticle;
    try {
      a = ctx.extract(html, { url: o.finalUrl, hints: source.article.hints, clock: ctx.clock });
    } catch (e) {
      lastError = `extract: ${(e as Error).message}`;
      continue;
    }
    if (!a.title.trim()) {
      lastError = `extract: no title found (${mode === 'browser' ? 'rendered page' : 'static HTML'}, ${o.body.length} bytes)`;
      continue;
    }
    const input: ArticleInput = {
      url: link.url,
      sourceId: link.sourceId,
      fetchedAt: ctx.clock.now().toISOString(),
      title: a.title,
      publishedAt: a.publishedAt,
      source: a.source,
      body: a.body,
    };
    return { link, input, refreshed: existing !== null };
  }
  return { error: lastError, permanent: false };
}

async function storeBatch(
  ctx: ArticleContext,
  batch: Ready[],
  o: { backoff: BackoffPolicy; refreshAfterMs: number | null },
  report: (r: ArticleResult) => void,
): Promise<void> {
  if (batch.length === 0) return;
  let statuses: (UpsertStatus | Error)[];
  try {
    statuses = await ctx.store.upsertArticles(batch.map((b) => b.input));
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    // The store refuses a whole batch for one bad record: store the others one by one.
    statuses = [];
    for (const b of batch) {
      try {
        statuses.push((await ctx.store.upsertArticles([b.input]))[0]!);
      } catch (err) {
        if (!(err instanceof RangeError)) throw err;
        statuses.push(err);
      }
    }
  }
  for (let i = 0; i < batch.length; i++) {
    const { link, refreshed } = batch[i]!;
    const st = statuses[i]!;
    if (st instanceof Error) {
      report(await recordFailure(ctx, link, `store: ${st.message}`, true, o.backoff));
      continue;
    }
    await markDone(ctx, link, refreshed, o.refreshAfterMs);
    report({ url: link.url, sourceId: link.sourceId, outcome: st, error: null });
  }
}

async function markDone(ctx: ArticleContext, link: FrontierLink, refreshed: boolean, refreshAfterMs: number | null): Promise<void> {
  if (refreshAfterMs !== null && !refreshed) {
    const at = new Date(ctx.clock.nowMs() + refreshAfterMs).toISOString();
    await ctx.store.updateLink(link.url, { status: 'pending', attempts: 0, nextAttemptAt: at, lastError: null });
  } else {
    await ctx.store.updateLink(link.url, { status: 'done', lastError: null });
  }
}

async function recordFailure(ctx: ArticleContext, link: FrontierLink, error: string, permanent: boolean, p: BackoffPolicy): Promise<ArticleResult> {
  const attempts = link.attempts + 1;
  const giveUp = permanent || attempts >= p.maxAttempts;
  await ctx.store.updateLink(link.url, {
    status: giveUp ? 'failed' : 'pending',
    attempts,
    lastError: giveUp && !permanent ? `${error} (gave up after ${attempts} attempts)` : error,
    nextAttemptAt: new Date(ctx.clock.nowMs() + retryDelayMs(p, attempts)).toISOString(),
  });
  return { url: link.url, sourceId: link.sourceId, outcome: giveUp ? 'failed' : 'retry', error };
}
