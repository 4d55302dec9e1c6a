// The one entry point for fetching: checks the URL and its host against the source, asks robots.txt,
// waits for the host's politeness slot, fetches with the right engine and retries what may pass
// (5xx, network errors) with exponential backoff. It never throws for a bad page: the outcome says
// what happened, so the crawl goes on.
import type { Clock } from '../../core/clock.js';
import type { Settings } from '../../core/settings.js';
import { createHostGate, type HostGate } from '../politeness/host-gate.js';
import { createRobotsCache, type RobotsCache } from '../politeness/robots.js';
import { createBrowserEngine } from './browser-engine.js';
import { FetchError, classifyError, isPermanent } from './errors.js';
import { isHostAllowed } from './hosts.js';
import { createHttpEngine } from './http-engine.js';
import type { Engine, EngineResponse, FetchFailure, FetchOutcome, FetchRequest } from './types.js';

export interface FetcherOptions {
  crawler: Settings['crawler'];
  /** Robots.txt expiry runs on it; politeness delays never do (they are real time). */
  clock: Clock;
  /** Requests in flight over all hosts for static pages (default 16). */
  httpConcurrency?: number;
  /** Browser pages open at once (default 2). */
  browserConcurrency?: number;
  /** More redirects than this is a loop (default 5). */
  maxRedirects?: number;
  /** Wait before the first retry, doubled for each further one (default 500 ms, real time). */
  retryBaseMs?: number;
  /** Engines to use instead of the Crawlee ones (tests of the retry and politeness logic). */
  engines?: { http?: Engine; browser?: Engine };
  /** Called for every finished fetch, e.g. to count requests. */
  onOutcome?: (req: FetchRequest, outcome: FetchOutcome) => void;
}

export interface Fetcher {
  fetch(req: FetchRequest): Promise<FetchOutcome>;
  /** Closes the browser and the crawlers; pending fetches fail. */
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Timeouts are not retried on the spot: the page already cost a full timeout, the frontier retries it later. */
function retryNow(f: FetchFailure): boolean {
  return !f.permanent && f.kind !== 'timeout' && f.kind !== 'robots-unavailable';
}

export function createFetcher(o: FetcherOptions): Fetcher {
  const s = o.crawler;
  const retryBaseMs = o.retryBaseMs ?? 500;
  const gate: HostGate = createHostGate({ concurrency: s.perHostConcurrency, minIntervalMs: s.perHostDelayMs });
  let http: Engine | null = o.engines?.http ?? null;
  let browser: Engine | null = o.engines?.browser ?? null;

  const httpEngine = () =>
    (http ??= createHttpEngine({
      timeoutMs: s.requestTimeoutMs,
      maxBytes: s.maxPageBytes,
      maxRedirects: o.maxRedirects ?? 5,
      concurrency: o.httpConcurrency ?? 16,
    }));
  const browserEngine = () =>
    (browser ??= createBrowserEngine({
      executablePath: s.browser.executablePath,
      args: s.browser.args,
      timeoutMs: s.requestTimeoutMs,
      maxBytes: s.maxPageBytes,
      concurrency: o.browserConcurrency ?? 2,
      userAgent: s.userAgent,
    }));

  const baseHeaders = {
    'user-agent': s.userAgent,
    accept: 'text/html,application/xhtml+xml,application/json,application/javascript;q=0.9,*/*;q=0.8',
    'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5',
  };

  const robots: RobotsCache = createRobotsCache({
    clock: o.clock,
    userAgent: s.userAgent,
    load: async (robotsUrl) => {
      const host = new URL(robotsUrl).host;
      const release = await gate.acquire(host, 0, true);
      try {
        const r = await httpEngine().fetch({ url: robotsUrl, method: 'GET', allowedHosts: [host], headers: baseHeaders, urgent: true });
        return { status: r.status, text: r.body.toString('utf8') };
      } finally {
        release();
      }
    },
  });

  function failure(req: FetchRequest, e: FetchError, attempts: number): FetchFailure {
    return { ok: false, url: req.url, kind: e.kind, status: e.status, message: e.message, permanent: isPermanent(e.kind, e.status), attempts };
  }

  function toOutcome(req: FetchRequest, r: EngineResponse, attempts: number): FetchOutcome {
    const ok = (r.status >= 200 && r.status < 300) || (r.status === 304 && req.ifModifiedSince !== undefined);
    if (ok) {
      return {
        ok: true,
        url: req.url,
        finalUrl: r.finalUrl,
        status: r.status,
        headers: r.headers,
        body: r.body,
        contentType: r.headers['content-type'] ?? null,
        fetchedWith: req.mode,
        attempts,
      };
    }
    if (r.status >= 300 && r.status < 400) {
      const where = r.headers.location ? new URL(r.headers.location, r.finalUrl).href : '(no Location)';
      return failure(req, new FetchError('host-not-allowed', `redirected to ${where}, outside the source's hosts`, r.status), attempts);
    }
    if (r.status === 405) {
      // Say which method the endpoint wants: a list API configured as GET that answers only POST is a config error.
      const allow = r.headers.allow ? `; the server allows ${r.headers.allow}` : '';
      return failure(req, new FetchError('http-status', `HTTP 405 Method Not Allowed for ${req.method ?? 'GET'}${allow}`, r.status), attempts);
    }
    return failure(req, new FetchError('http-status', `HTTP ${r.status}`, r.status), attempts);
  }

  function requestHeaders(req: FetchRequest): Record<string, string> {
    const headers: Record<string, string> = { ...baseHeaders };
    if (req.body) headers['content-type'] = req.body.contentType;
    for (const [k, v] of Object.entries(req.headers ?? {})) headers[k.toLowerCase()] = v;
    headers['user-agent'] = s.userAgent;
    // A conditional POST means nothing to most servers; list APIs are read whole each visit.
    if (req.ifModifiedSince && req.method !== 'POST') headers['if-modified-since'] = req.ifModifiedSince.toUTCString();
    return headers;
  }

  async function attempt(req: FetchRequest, crawlDelayMs: number, attempts: number): Promise<FetchOutcome> {
    const host = new URL(req.url).host;
    const release = await gate.acquire(host, crawlDelayMs, req.urgent);
    try {
      const engine = req.mode === 'browser' ? browserEngine() : httpEngine();
      const r = await engine.fetch({
        url: req.url,
        method: req.method ?? 'GET',
        payload: req.body?.data,
        allowedHosts: req.allowedHosts,
        headers: requestHeaders(req),
        waitForSelector: req.waitForSelector,
        urgent: req.urgent,
      });
      return toOutcome(req, r, attempts);
    } catch (e) {
      return failure(req, classifyError(e), attempts);
    } finally {
      release();
    }
  }

  async function fetchOne(req: FetchRequest): Promise<FetchOutcome> {
    let url: URL;
    try {
      url = new URL(req.url);
    } catch (e) {
      return failure(req, new FetchError('bad-url', `not a URL: ${req.url} (${(e as Error).message})`), 0);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return failure(req, new FetchError('bad-url', `not an http(s) URL: ${req.url}`), 0);
    if (req.body && req.method !== 'POST') return failure(req, new FetchError('bad-request', `a request body is only sent with POST, not ${req.method ?? 'GET'}`), 0);
    if (req.method === 'POST' && req.mode === 'browser') return failure(req, new FetchError('bad-request', 'a POST is sent by the http engine; the browser only navigates with GET'), 0);
    if (!isHostAllowed(req.url, req.allowedHosts)) {
      return failure(req, new FetchError('host-not-allowed', `${url.host} is not one of the source's hosts`), 0);
    }
    let crawlDelayMs = 0;
    if (s.respectRobotsTxt) {
      const v = await robots.check(req.url);
      if (v.unavailable) return failure(req, new FetchError('robots-unavailable', v.unavailable), 0);
      if (!v.allowed) return failure(req, new FetchError('robots-disallowed', `robots.txt disallows ${url.pathname}`), 0);
      crawlDelayMs = v.crawlDelayMs;
    }
    let outcome = await attempt(req, crawlDelayMs, 1);
    for (let n = 1; !outcome.ok && retryNow(outcome) && n <= s.maxRetries; n++) {
      await sleep(retryBaseMs * 2 ** (n - 1));
      outcome = await attempt(req, crawlDelayMs, n + 1);
    }
    return outcome;
  }

  return {
    async fetch(req) {
      const outcome = await fetchOne(req);
      o.onOutcome?.(req, outcome);
      return outcome;
    },
    async close() {
      await Promise.all([http?.close(), browser?.close()]);
    },
  };
}
