// `ccm demo`: the whole system offline. The replica world is started in-process, its sites are read
// from /_replica/sites like any source list, and the crawler runs the simulated days tick by tick,
// moving the replica's clock before each tick.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { simulatedClock } from '../../core/clock.js';
import type { Settings } from '../../core/settings.js';
import type { Source } from '../../core/sources.js';
import { UsageError } from '../../core/errors.js';
import { analyzeStore, type AnalyzeStoreOptions, type AnalyzeStoreResult } from '../../indexer/pipeline/analyze-store.js';
import { defaultAnalyzers } from '../../indexer/pipeline/analyzers.js';
import { openStore } from '../../indexer/store/index.js';
import { createWorld, startReplica, type Replica } from '../../replica/index.js';
import { createCrawler, type CreateCrawlerOptions } from '../index.js';
import { loadReplicaSources } from '../registry/index.js';
import { runSimulated, type SimulatedRunResult } from '../scheduler/index.js';
import { createProgressDisplay, type ProgressDisplay } from '../scheduler/progress.js';
import type { CrawlStats } from '../scheduler/stats.js';
import { summaryTable } from './summary.js';

export interface DemoOptions {
  seed: number;
  /** Simulated days to crawl (fractions allowed; the world is built for whole days). */
  days: number;
  settings: Settings;
  /** Continue an interrupted demo in the same data folder instead of starting clean. */
  resume?: boolean;
  /** Mean events per simulated day in the replica world. */
  eventsPerDay?: number;
  /** Where progress goes (default: none). */
  progress?: ProgressDisplay;
  signal?: AbortSignal;
  /** Crawler tuning (tests). */
  crawler?: Partial<Pick<CreateCrawlerOptions, 'fetch' | 'articles' | 'hooks'>>;
  /** Keep the replica running after the crawl (the caller closes it). */
  keepReplica?: boolean;
  /** Progress of the analysis that follows the crawl. */
  onAnalysisProgress?: AnalyzeStoreOptions['onProgress'];
}

export interface DemoResult {
  dataDir: string;
  sources: Source[];
  stats: CrawlStats;
  run: SimulatedRunResult;
  /** Simulated span crawled (ms). */
  from: number;
  to: number;
  elapsedMs: number;
  summary: string;
  /** The analysis of what was crawled (classification, location, events); null when the crawl was interrupted. */
  analysis: (AnalyzeStoreResult & { articles: number; events: number }) | null;
  /** Set when keepReplica was asked for. */
  replica: Replica | null;
}

/**
 * Moves the replica's clock. Setting a time is idempotent, so a request that met a closing keep-alive
 * connection (ECONNRESET after a long tick) is simply sent again.
 */
export async function setReplicaClock(baseUrl: string, t: Date, attempts = 3): Promise<void> {
  for (let i = 1; ; i++) {
    let res: Response;
    try {
      res = await fetch(`${baseUrl}/_replica/clock`, { method: 'POST', body: JSON.stringify({ t: t.toISOString() }) });
    } catch (e) {
      if (i >= attempts) throw new Error(`cannot reach the replica to set its clock: ${(e as Error).message}`, { cause: e });
      continue;
    }
    if (!res.ok) throw new Error(`the replica refused the clock move to ${t.toISOString()}: HTTP ${res.status} ${await res.text()}`);
    return;
  }
}

/** data/demo-<seed> unless the settings name another folder. */
export function demoDataDir(settings: Settings, seed: number, explicit: boolean): string {
  return explicit ? settings.dataDir : join(settings.dataDir, `demo-${seed}`);
}

/** Deletes a previous demo's store, refusing to touch a folder that holds anything else. */
export function clearDemoData(dir: string): void {
  if (!existsSync(dir)) return;
  const foreign = readdirSync(dir).filter((f) => !/^ccm\.sqlite(-wal|-shm|-journal)?$/.test(f));
  if (foreign.length) {
    throw new UsageError(`${dir} holds files that are not a ccm store (${foreign.slice(0, 3).join(', ')}); choose another --data folder`);
  }
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The replica is a server of our own on loopback: the default per-host delay, meant for real sites,
 * only slows the demo down. robots.txt (Crawl-delay included) is still obeyed.
 */
export function demoSettings(s: Settings): Settings {
  return { ...s, crawler: { ...s.crawler, perHostDelayMs: 0, perHostConcurrency: Math.max(4, s.crawler.perHostConcurrency) } };
}

/** What a demo's store remembers of its world, so a resumed demo serves the same URLs. */
interface DemoWorld {
  seed: number;
  days: number;
  eventsPerDay: number | null;
  /** Article URLs carry the replica's port, so a resumed demo must serve on the same one. */
  port: number;
}

export const DEMO_WORLD_KEY = 'demo:world';

export async function runDemo(o: DemoOptions): Promise<DemoResult> {
  const started = Date.now();
  if (!o.resume) clearDemoData(o.settings.dataDir);
  const settings = demoSettings(o.settings);
  const worldDays = Math.max(1, Math.ceil(o.days));
  const store = await openStore(settings);
  let replica: Replica | null = null;
  let keep = false;
  try {
    const previous = o.resume ? await store.getState<DemoWorld>(DEMO_WORLD_KEY) : null;
    if (previous && (previous.seed !== o.seed || previous.days !== worldDays || previous.eventsPerDay !== (o.eventsPerDay ?? null))) {
      throw new UsageError(
        `${settings.dataDir} holds a demo of seed ${previous.seed}, ${previous.days} world days, events per day ${previous.eventsPerDay ?? 'default'}; ` +
          'resume it with the same options, or start clean without --resume',
      );
    }
    const world = createWorld({ seed: o.seed, days: worldDays, ...(o.eventsPerDay ? { eventsPerDay: o.eventsPerDay } : {}) });
    try {
      replica = await startReplica({ seed: o.seed, world, port: previous?.port ?? 0 });
    } catch (e) {
      if (!previous) throw e;
      throw new UsageError(`cannot serve the replica on port ${previous.port} again to resume (${(e as Error).message}); start clean without --resume`);
    }
    await store.setState(DEMO_WORLD_KEY, { seed: o.seed, days: worldDays, eventsPerDay: o.eventsPerDay ?? null, port: replica.port } satisfies DemoWorld);
    const baseUrl = replica.baseUrl;
    const sources = await loadReplicaSources(baseUrl);
    const from = world.start;
    const to = from + Math.round(o.days * 24 * 3600_000);
    const clock = simulatedClock(from);
    const crawler = await createCrawler({ settings, store, clock, sources, ...o.crawler });
    const s = settings.schedule;
    const tickMs = Math.min(s.homepageMinutes, s.rankingMinutes, s.citySiteMinutes) * 60_000;
    let run: SimulatedRunResult;
    try {
      run = await runSimulated(crawler, store, {
        clock,
        from,
        to,
        tickMs,
        signal: o.signal,
        beforeTick: (t) => setReplicaClock(baseUrl, t),
        afterTick: (at, _report, tick, ticks) => o.progress?.update({ at, tick, ticks, stats: crawler.stats() }),
      });
    } finally {
      await crawler.close();
    }
    o.progress?.done({ at: clock.now(), tick: null, ticks: null, stats: crawler.stats() });
    // An interrupted demo is analysed when it is resumed and finishes.
    let analysis: DemoResult['analysis'] = null;
    if (!run.aborted) {
      const r = await analyzeStore(store, { clock, analyzers: defaultAnalyzers(), onProgress: o.onAnalysisProgress });
      const counts = await store.counts();
      analysis = { ...r, articles: counts.analyzed, events: counts.events };
    }
    keep = o.keepReplica === true;
    return {
      dataDir: settings.dataDir,
      sources,
      stats: crawler.stats(),
      run,
      from,
      to,
      elapsedMs: Date.now() - started,
      summary: summaryTable(sources, crawler.stats()),
      analysis,
      replica: keep ? replica : null,
    };
  } finally {
    await store.close();
    if (!keep) await replica?.close();
  }
}
