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

/**
 * Fetches due articles in the background until none is due, restarting when kicked again. Articles
 * do not have to be read at the instant they were found, so they never hold up the next tick's polls
 * (a slow or politeness-limited site delays only its own articles).
 */
function articlePump(crawler: Crawler, signal?: AbortSignal) {
  let running: Promise<void> | null = null;
  let again = false;
  let failure: unknown = null;
  const loop = async () => {
    do {
      again = false;
      const r = await crawler.fetchArticles(signal);
      if (r.length > 0) again = true;
    } while (again && !signal?.aborted);
  };
  return {
    kick() {
      if (running) {
        again = true;
        return;
      }
      running = loop()
        .catch((e: unknown) => {
          failure = e;
        })
        .finally(() => {
          running = null;
        });
    },
    async drain() {
      while (running) await running;
      if (failure) throw failure;
    },
    check() {
      if (failure) throw failure;
    },
  };
}

export async function runSimulated(crawler: Crawler, store: Store, o: SimulatedRunOptions): Promise<SimulatedRunResult> {
  const cursor = await store.getState<SimCursor>(SIM_CURSOR_KEY);
  const resumable = cursor && cursor.from === o.from && cursor.tickMs === o.tickMs;
  const first = resumable ? cursor.done + o.tickMs : o.from;
  const total = Math.ceil((o.to - o.from) / o.tickMs);
  const pump = articlePump(crawler, o.signal);
  let ticks = 0;
  let aborted = false;
  for (let t = first; t < o.to; t += o.tickMs) {
    if (o.signal?.aborted) {
      aborted = true;
      break;
    }
    pump.check();
    o.clock.set(t);
    const at = new Date(t);
    await o.beforeTick?.(at);
    const report = await crawler.runDueTasks();
    await store.setState(SIM_CURSOR_KEY, { from: o.from, tickMs: o.tickMs, done: t } satisfies SimCursor);
    pump.kick();
    ticks++;
    o.afterTick?.(at, report, Math.round((t - o.from) / o.tickMs) + 1, total);
  }
  await pump.drain();
  return { ticks, resumedAfter: resumable ? cursor.done : null, aborted };
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

/** Runs cycles on the real clock until the signal aborts; articles are fetched alongside, as in simulated runs. */
export async function runLive(crawler: Crawler, o: LiveRunOptions): Promise<number> {
  const maxSleep = o.maxSleepMs ?? 60_000;
  const pump = articlePump(crawler, o.signal);
  let cycles = 0;
  while (!o.signal.aborted) {
    pump.check();
    o.afterCycle?.(await crawler.runDueTasks());
    pump.kick();
    cycles++;
    const next = await crawler.nextDueMs();
    const wait = next === null ? maxSleep : Math.min(maxSleep, Math.max(0, next - o.clock.nowMs()));
    await sleep(wait, o.signal);
  }
  await pump.drain();
  return cycles;
}
