// robots.txt per origin (RFC 9309), cached with an expiry on the Clock so a simulated crawl re-reads
// it once per simulated day like a live crawl would. A missing robots.txt (4xx) allows everything; an
// unreachable one (5xx, network) means "do not crawl now" until it can be read.
import robotsParserModule from 'robots-parser';
import type { Clock } from '../../core/clock.js';

interface RobotsRules {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// The package is CommonJS (module.exports = fn) but its typings declare an ES default export.
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => RobotsRules;

/** RFC 9309 asks crawlers to read at least 500 KiB; more is never needed. */
const MAX_ROBOTS_CHARS = 512 * 1024;

export interface RobotsFile {
  status: number;
  text: string;
}

export interface RobotsVerdict {
  allowed: boolean;
  /** Crawl-delay for our user agent in ms (0 when none). */
  crawlDelayMs: number;
  /** Set when robots.txt could not be read (5xx or network), so nothing may be fetched yet. */
  unavailable: string | null;
}

export interface RobotsCacheOptions {
  clock: Clock;
  userAgent: string;
  /** Reads `<origin>/robots.txt`; throws when it cannot be fetched at all. */
  load: (robotsUrl: string) => Promise<RobotsFile>;
  /** How long a robots.txt is trusted (default 24 h on the Clock). */
  ttlMs?: number;
  /** How long an unreachable robots.txt blocks the origin before it is tried again (default 10 min). */
  retryAfterMs?: number;
}

interface Entry {
  expiresAt: number;
  rules: RobotsRules | null;
  unavailable: string | null;
}

export interface RobotsCache {
  check(url: string): Promise<RobotsVerdict>;
}

export function createRobotsCache(o: RobotsCacheOptions): RobotsCache {
  const ttl = o.ttlMs ?? 24 * 3600_000;
  const retryAfter = o.retryAfterMs ?? 10 * 60_000;
  const entries = new Map<string, Entry>();
  const loading = new Map<string, Promise<Entry>>();

  async function load(origin: string): Promise<Entry> {
    const robotsUrl = `${origin}/robots.txt`;
    const at = o.clock.nowMs();
    try {
      const f = await o.load(robotsUrl);
      if (f.status >= 200 && f.status < 300) {
        return { expiresAt: at + ttl, rules: robotsParser(robotsUrl, f.text.slice(0, MAX_ROBOTS_CHARS)), unavailable: null };
      }
      if (f.status >= 400 && f.status < 500) return { expiresAt: at + ttl, rules: null, unavailable: null };
      return { expiresAt: at + retryAfter, rules: null, unavailable: `robots.txt answered HTTP ${f.status}` };
    } catch (e) {
      return { expiresAt: at + retryAfter, rules: null, unavailable: `robots.txt unreachable: ${(e as Error).message}` };
    }
  }

  async function entryFor(origin: string): Promise<Entry> {
    const cached = entries.get(origin);
    if (cached && cached.expiresAt > o.clock.nowMs()) return cached;
    let p = loading.get(origin);
    if (!p) {
      p = load(origin).then((e) => {
        entries.set(origin, e);
        loading.delete(origin);
        return e;
      });
      loading.set(origin, p);
    }
    return p;
  }

  return {
    async check(url) {
      const e = await entryFor(new URL(url).origin);
      if (e.unavailable) return { allowed: false, crawlDelayMs: 0, unavailable: e.unavailable };
      if (!e.rules) return { allowed: true, crawlDelayMs: 0, unavailable: null };
      const delay = e.rules.getCrawlDelay(o.userAgent);
      return {
        allowed: e.rules.isAllowed(url, o.userAgent) !== false,
        crawlDelayMs: typeof delay === 'number' && Number.isFinite(delay) && delay > 0 ? delay * 1000 : 0,
        unavailable: null,
      };
    },
  };
}
