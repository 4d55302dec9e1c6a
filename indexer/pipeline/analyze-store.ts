// Analyse what the crawler stored: every article without an analysis is classified, located and
// clustered, in time order, batch by batch. Events are written before the analyses that point to
// them, so a run killed at any moment resumes where it stopped: stored events are restored into the
// clusterer (articles they list but whose analysis never got written are analysed again), and the
// articles still without analysis continue from there. A rerun with nothing new changes nothing.
//
// Homepage and ranking appearances are recomputed for every event written, from all snapshots since
// a day before the event's first article; events whose articles show up in snapshots taken since
// the previous run are rewritten too, so appearances keep growing after the last article.
import type { Clock } from '../../core/clock.js';
import type { ArticleAnalysis, ArticleRecord, CreditEvent } from '../../core/types.js';
import { canonicalUrl } from '../../crawler/urls.js';
import { createClusterer, type Clusterer, type ClustererOptions } from '../cluster/clusterer.js';
import type { ClusterArticle, ClusteredEvent } from '../cluster/types.js';
import { defaultTermWeighting } from '../dedup/terms.js';
import { instantMs } from '../store/time.js';
import type { Store } from '../store/types.js';
import { analyzeArticle, articleTime, clusterArticleFromAnalysis } from './analyze-article.js';
import { createAppearanceIndex, type AppearanceIndex } from './appearances.js';
import type { AnalyzeProgress, Analyzers } from './types.js';

export interface AnalyzeStoreOptions {
  clock: Clock;
  analyzers: Analyzers;
  /** Articles per write (events, then analyses). Default 500. */
  batchSize?: number;
  /** Clustering settings; the term weighting and place names come from the analyzers. */
  cluster?: Omit<ClustererOptions, 'weighting' | 'placeNames'>;
  /** Called after every batch written. */
  onProgress?: (p: AnalyzeProgress) => void;
  /** Maps snapshot item URLs to article keys; default: the crawler's canonical URL. */
  canonicalize?: (url: string) => string;
}

export interface AnalyzeStoreResult {
  /** Articles analysed in this run. */
  analyzed: number;
  /** Events written in this run (new, grown, relinked, or with new appearances). */
  eventsWritten: number;
  /** Stored events loaded back into the clusterer. */
  eventsRestored: number;
  elapsedMs: number;
}

/** Store state: the latest snapshot time whose items are already reflected in stored events. */
export const SNAPSHOT_CURSOR_KEY = 'analysis.snapshotCursor';

const HOUR = 3600_000;
/** Snapshots this long before an event's first article may already carry it (publish times can be date-only). */
const APPEARANCE_MARGIN_MS = 24 * HOUR;

export interface StoreAnalyzer {
  /** Analyse what is new since the previous run (or, on the first run, since the store's last analysis). */
  run(): Promise<AnalyzeStoreResult>;
}

/** Analyse once: what `ccm analyze` does. */
export async function analyzeStore(store: Store, opts: AnalyzeStoreOptions): Promise<AnalyzeStoreResult> {
  return createStoreAnalyzer(store, opts).run();
}

/**
 * An analyser that keeps its clusterer and snapshot index between runs, for a process that crawls
 * and analyses in turns (`ccm start`, the demo): stored events are loaded back once, not every run.
 * Each run gives what a fresh analyzeStore would.
 */
export function createStoreAnalyzer(store: Store, opts: AnalyzeStoreOptions): StoreAnalyzer {
  const batchSize = opts.batchSize ?? 500;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const responseWindowMs = (opts.cluster?.responseWindowDays ?? 60) * 24 * HOUR;
  const clusterer = createClusterer({ weighting: defaultTermWeighting(), placeNames: opts.analyzers.placeNames, ...opts.cluster });
  let restored = false;
  const index = createAppearanceIndex({ canonicalize: opts.canonicalize ?? canonicalOrAsIs });
  /** Snapshots from this instant on are in the index. */
  let coveredFromMs = Infinity;
  const cover = async (fromMs: number) => {
    if (fromMs >= coveredFromMs) return;
    const q = Number.isFinite(coveredFromMs) ? { from: iso(fromMs), to: iso(coveredFromMs) } : { from: iso(fromMs) };
    for await (const s of store.listSnapshots(q)) index.add(s);
    coveredFromMs = fromMs;
  };
  // Snapshots taken since the index was last filled; one seen twice changes nothing (appearances
  // count distinct snapshot times).
  const catchUp = async () => {
    if (!Number.isFinite(coveredFromMs)) return;
    for await (const s of store.listSnapshots({ from: iso(index.latestMs ?? coveredFromMs) })) index.add(s);
  };

  return {
    async run() {
      // Run time is real time, even when the clock is simulated (it only stamps the analyses).
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      const pending = await pendingArticles(store);
      const cursor = await store.getState<{ takenAt: string }>(SNAPSHOT_CURSOR_KEY);
      const cursorMs = cursor ? instantMs(cursor.takenAt) : null;

      let eventsRestored = 0;
      if (!restored && pending.length > 0) {
        eventsRestored = await restoreEvents(store, clusterer, pending[0]!.ms - responseWindowMs, opts.analyzers);
        restored = true;
      }
      await catchUp();
      await cover(Math.min(pending[0]?.ms ?? Infinity, cursorMs ?? Infinity) - APPEARANCE_MARGIN_MS);

      const written = new Set<string>();
      const writeEvents = async (events: ClusteredEvent[]) => {
        if (events.length === 0) return;
        const out: CreditEvent[] = [];
        for (const e of events) {
          await cover(instantMs(e.firstSeen) - APPEARANCE_MARGIN_MS);
          out.push(withAppearances(e, index));
          written.add(e.id);
        }
        await store.upsertEvents(out);
      };

      let done = 0;
      for (let i = 0; i < pending.length; i += batchSize) {
        const analyses: { url: string; analysis: ArticleAnalysis }[] = [];
        const analyzedAt = opts.clock.now().toISOString();
        for (const rec of await store.getArticles(pending.slice(i, i + batchSize).map((p) => p.url))) {
          // Gone, or analysed by someone else meanwhile: nothing to do.
          if (!rec || rec.analysis) continue;
          const r = analyzeArticle(rec, opts.analyzers);
          const { eventId } = clusterer.add(r.cluster);
          analyses.push({ url: rec.url, analysis: { ...r.analysis, eventId, analyzedAt } });
        }
        await writeEvents(clusterer.drainChanged());
        await store.setAnalyses(analyses);
        done += analyses.length;
        opts.onProgress?.({ done, total: pending.length, events: written.size, elapsedMs: elapsed() });
      }

      // Events no article joined in this run but whose articles are still being shown.
      if (index.latestMs !== null) {
        const stale: ClusteredEvent[] = [];
        for (const url of index.urlsSeenAfter(cursorMs ?? -Infinity)) {
          const id = clusterer.eventOf(url) ?? (await store.getArticle(url))?.analysis?.eventId ?? null;
          if (!id || written.has(id) || stale.some((e) => e.id === id)) continue;
          const e = clusterer.get(id) ?? (await store.getEvent(id));
          if (e) stale.push(e);
        }
        await writeEvents(stale);
        if (cursorMs === null || index.latestMs > cursorMs) await store.setState(SNAPSHOT_CURSOR_KEY, { takenAt: iso(index.latestMs) });
      }
      if (pending.length === 0 && written.size > 0) {
        opts.onProgress?.({ done, total: 0, events: written.size, elapsedMs: elapsed() });
      }
      return { analyzed: done, eventsWritten: written.size, eventsRestored, elapsedMs: elapsed() };
    },
  };
}

async function pendingArticles(store: Store): Promise<{ url: string; ms: number }[]> {
  const out: { url: string; ms: number }[] = [];
  for await (const a of store.listArticles({ analyzed: false })) out.push({ url: a.url, ms: instantMs(articleTime(a)) });
  return out.sort((a, b) => a.ms - b.ms || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * Load the events that the new articles may join or respond to, with their members, in the order
 * they were built. A member without analysis (the run that clustered it died before writing it) is
 * analysed again here, exactly as it was then.
 */
async function restoreEvents(store: Store, clusterer: Clusterer, fromMs: number, an: Analyzers): Promise<number> {
  const events: CreditEvent[] = [];
  for await (const e of store.listEvents({ from: iso(fromMs) })) events.push(e);
  for (const e of events) {
    const members: ClusterArticle[] = [];
    for (const rec of await store.getArticles(e.articleUrls)) {
      if (!rec) continue;
      members.push(rec.analysis ? clusterArticleFromAnalysis(rec, rec.analysis, an) : analyzeArticle(rec, an).cluster);
    }
    members.sort((a, b) => instantMs(a.time) - instantMs(b.time) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    clusterer.restore(e, members);
  }
  return events.length;
}

function withAppearances(e: ClusteredEvent | CreditEvent, index: AppearanceIndex): CreditEvent {
  const { homepage, ranking } = index.of(e.articleUrls);
  let lastMs = instantMs(e.lastSeen);
  let lastSeen = e.lastSeen;
  for (const a of [...homepage, ...ranking]) {
    if (instantMs(a.lastAt) > lastMs) {
      lastMs = instantMs(a.lastAt);
      lastSeen = a.lastAt;
    }
  }
  return { ...e, lastSeen, homepage, ranking };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Item URLs that are not absolute http(s) cannot name a stored article; they are compared as written. */
function canonicalOrAsIs(url: string): string {
  try {
    return canonicalUrl(url);
  } catch (e) {
    if (e instanceof TypeError) return url;
    throw e;
  }
}
