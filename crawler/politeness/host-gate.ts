// Per-host politeness: at most `concurrency` requests in flight per host, and request starts spaced
// by at least the host's interval. A robots.txt Crawl-delay is stricter: one request at a time, the
// next starting a full delay after the previous one finished, so the server sees the gap it asked for. This runs on real time, never on the simulated Clock: it protects
// real servers, whose load does not care what time the replica pretends it is.

export interface HostGateOptions {
  /** Requests in flight per host. */
  concurrency: number;
  /** Default spacing between request starts on one host. */
  minIntervalMs: number;
  /** Real-time source in ms (tests may pass their own). */
  now?: () => number;
}

export type Release = () => void;

export interface HostGate {
  /**
   * Waits for a slot on `host`; `intervalMs` (e.g. a robots.txt Crawl-delay) applies when larger than
   * the default. Urgent requests go before waiting ordinary ones.
   */
  acquire(host: string, intervalMs?: number, urgent?: boolean): Promise<Release>;
}

interface HostState {
  active: number;
  nextStartAt: number;
  queue: { intervalMs: number; urgent: boolean; resolve: (r: Release) => void }[];
  timer: NodeJS.Timeout | null;
}

export function createHostGate(o: HostGateOptions): HostGate {
  const now = o.now ?? (() => performance.timeOrigin + performance.now());
  const hosts = new Map<string, HostState>();

  function pump(host: string, s: HostState): void {
    while (s.queue.length > 0) {
      const head = s.queue[0]!;
      const crawlDelayed = head.intervalMs > o.minIntervalMs;
      if (s.active >= (crawlDelayed ? 1 : o.concurrency)) return;
      const t = now();
      if (t < s.nextStartAt) {
        if (!s.timer) {
          s.timer = setTimeout(() => {
            s.timer = null;
            pump(host, s);
          }, s.nextStartAt - t);
        }
        return;
      }
      const w = s.queue.shift()!;
      s.active++;
      s.nextStartAt = t + Math.max(o.minIntervalMs, w.intervalMs);
      let released = false;
      w.resolve(() => {
        if (released) return;
        released = true;
        s.active--;
        if (crawlDelayed) s.nextStartAt = Math.max(s.nextStartAt, now() + w.intervalMs);
        pump(host, s);
        if (s.active === 0 && s.queue.length === 0 && !s.timer && now() >= s.nextStartAt) hosts.delete(host);
      });
    }
  }

  return {
    acquire(host, intervalMs = 0, urgent = false) {
      let s = hosts.get(host);
      if (!s) {
        s = { active: 0, nextStartAt: 0, queue: [], timer: null };
        hosts.set(host, s);
      }
      const state = s;
      return new Promise<Release>((resolve) => {
        const w = { intervalMs, urgent, resolve };
        if (urgent) {
          const i = state.queue.findIndex((q) => !q.urgent);
          state.queue.splice(i < 0 ? state.queue.length : i, 0, w);
        } else state.queue.push(w);
        pump(host, state);
      });
    },
  };
}
