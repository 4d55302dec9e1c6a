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
  /** Frontier links read at a time. Default 200. */
  batchSize?: number;
  /** Articles of one host fetched at once (its politeness gate still applies). Default 2. */
  perHostInFlight?: number;
  /** Stop after this many links in one call (the rest stay due). Default: no limit. */
  maxLinks?: number;
  /** Fetch each article once more this long after the first fetch; null: never. */
  refreshAfterMs?: number | null;
  backoff?: BackoffPolicy;
  /** Called for every link handled. */
  onResult?: (r: ArticleResult) => void;
  /** Stops taking new links (fetches under way finish and are stored). */
  signal?: AbortSignal;
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

/**
 * Fetches every due link (up to `maxLinks`) and reports what happened to each. Links are taken host by
 * host, at most `perHostInFlight` at a time per host, so a slow or Crawl-delayed site only delays its
 * own articles; the frontier is re-read whenever the queue runs dry, so links found meanwhile (by the
 * next tick's polls) are taken in the same call.
 */
export async function fetchDueArticles(ctx: ArticleContext, opts: ArticleOptions = {}): Promise<ArticleResult[]> {
  const concurrency = opts.concurrency ?? 16;
  const batchSize = opts.batchSize ?? 200;
  const perHost = opts.perHostInFlight ?? 2;
  const backoff = opts.backoff ?? DEFAULT_BACKOFF;
  const refreshAfterMs = opts.refreshAfterMs ?? null;
  const results: ArticleResult[] = [];
  const report = (r: ArticleResult) => {
    results.push(r);
    opts.onResult?.(r);
  };
  let budget = opts.maxLinks ?? Number.POSITIVE_INFINITY;
  let queue: FrontierLink[] = [];
  const active = new Set<string>();
  const inFlight = new Map<string, number>();
  let refilling: Promise<void> | null = null;
  let waiters: (() => void)[] = [];
  const hostOf = (l: FrontierLink) => new URL(l.url).host;

  const ready: Ready[] = [];
  let flushing: Promise<void> = Promise.resolve();
  const flush = () => {
    const batch = ready.splice(0, ready.length);
    if (batch.length) flushing = flushing.then(() => storeBatch(ctx, batch, { backoff, refreshAfterMs }, report));
    return flushing;
  };

  const refill = () =>
    (refilling ??= (async () => {
      const due = await ctx.store.dueLinks(ctx.clock.now().toISOString(), batchSize + active.size);
      queue = due.filter((l) => !active.has(l.url) && ctx.sources.has(l.sourceId));
    })().finally(() => {
      refilling = null;
    }));

  const take = (): FrontierLink | null => {
    const i = queue.findIndex((l) => (inFlight.get(hostOf(l)) ?? 0) < perHost);
    return i < 0 ? null : queue.splice(i, 1)[0]!;
  };

  const handle = async (link: FrontierLink) => {
    const r = await fetchOne(ctx, link);
    if ('aborted' in r) return;
    if ('input' in r) {
      ready.push(r);
      if (ready.length >= 16) await flush();
    } else if (r.error === null) {
      await markDone(ctx, link, true, refreshAfterMs);
      report({ url: link.url, sourceId: link.sourceId, outcome: 'unchanged', error: null });
    } else {
      report(await recordFailure(ctx, link, r.error, r.permanent, backoff));
    }
  };

  const worker = async () => {
    while (budget > 0 && !opts.signal?.aborted) {
      let link = take();
      if (!link && queue.length === 0) {
        await flush();
        await refill();
        link = take();
        if (!link && queue.length === 0) return;
      }
      if (!link) {
        if (ready.length) {
          await flush();
          continue;
        }
        // Everything left is on hosts already busy: wait until one of their fetches ends. No await may
        // come between take() and joining the waiters, or the last wake-up could be missed.
        await new Promise<void>((resolve) => waiters.push(resolve));
        continue;
      }
      budget--;
      const host = hostOf(link);
      active.add(link.url);
      inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
      try {
        await handle(link);
      } finally {
        active.delete(link.url);
        inFlight.set(host, inFlight.get(host)! - 1);
        const w = waiters;
        waiters = [];
        w.forEach((wake) => wake());
      }
    }
  };

  await Promise.all(Array.from({ length: concurrency }, worker));
  await flush();
  return results;
}

/**
 * A page to store, or why not: an error, null for 304 Not Modified (only ever a refresh), or aborted
 * (the crawl is stopping: the link is left as it was, to be fetched by the next run).
 */
type Fetched = Ready | { error: string | null; permanent: boolean } | { aborted: true };

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
    if (!o.ok && o.kind === 'aborted') return { aborted: true };
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
