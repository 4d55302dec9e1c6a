// The two ways a crawl runs. On the simulated Clock (the replica) time is stepped tick by tick, each
// tick a full cycle, so days of simulated time pass in minutes. On the real clock it sleeps until the
// next poll is due. Both persist their progress, so a restarted run carries on.
import type { Clock, SimulatedClock } from '../../core/clock.js';
import type { Store } from '../../indexer/store/types.js';
import type { Crawler, CycleReport } from './crawler.js';

export { createCrawler, LAST_RUNS_KEY, type Crawler, type CrawlerOptions, type CrawlHooks, type CycleReport } from './crawler.js';

export const SIM_CURSOR_KEY = 'crawler:sim-cursor';

interface SimCursor {
  from: number;
  tickMs: number;
  /** Last tick completed (ms). */
  done: number;
}

export interface SimulatedRunOptions {
  clock: SimulatedClock;
  /** First tick (ms). */
  from: number;
  /** End of the run (ms, exclusive). */
  to: number;
  tickMs: number;
  /** Before each tick's cycle, e.g. to move the replica's clock to `t`. */
  beforeTick?: (t: Date) => Promise<void>;
  /** After each tick's cycle. */
  afterTick?: (t: Date, report: CycleReport, tick: number, ticks: number) => void;
  signal?: AbortSignal;
}

export interface SimulatedRunResult {
  ticks: number;
  /** The tick the run resumed after, if it did. */
  resumedAfter: number | null;
  aborted: boolean;
}

export async function runSimulated(crawler: Crawler, store: Store, o: SimulatedRunOptions): Promise<SimulatedRunResult> {
  const cursor = await store.getState<SimCursor>(SIM_CURSOR_KEY);
  const resumable = cursor && cursor.from === o.from && cursor.tickMs === o.tickMs;
  const first = resumable ? cursor.done + o.tickMs : o.from;
  const total = Math.ceil((o.to - o.from) / o.tickMs);
  let ticks = 0;
  for (let t = first; t < o.to; t += o.tickMs) {
    if (o.signal?.aborted) return { ticks, resumedAfter: resumable ? cursor.done : null, aborted: true };
    o.clock.set(t);
    const at = new Date(t);
    await o.beforeTick?.(at);
    const report = await crawler.runCycle();
    await store.setState(SIM_CURSOR_KEY, { from: o.from, tickMs: o.tickMs, done: t } satisfies SimCursor);
    ticks++;
    o.afterTick?.(at, report, Math.round((t - o.from) / o.tickMs) + 1, total);
  }
  return { ticks, resumedAfter: resumable ? cursor.done : null, aborted: false };
}

export interface LiveRunOptions {
  clock: Clock;
  signal: AbortSignal;
  /** Longest sleep between cycles, so retried articles are not left waiting for the next poll (default 60 s). */
  maxSleepMs?: number;
  afterCycle?: (report: CycleReport) => void;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

/** Runs cycles on the real clock until the signal aborts. */
export async function runLive(crawler: Crawler, o: LiveRunOptions): Promise<number> {
  const maxSleep = o.maxSleepMs ?? 60_000;
  let cycles = 0;
  while (!o.signal.aborted) {
    o.afterCycle?.(await crawler.runCycle());
    cycles++;
    const next = await crawler.nextDueMs();
    const wait = next === null ? maxSleep : Math.min(maxSleep, Math.max(0, next - o.clock.nowMs()));
    await sleep(wait, o.signal);
  }
  return cycles;
}
