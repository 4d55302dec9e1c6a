// Crawlee keeps request queues and statistics on disk (./storage) by default. Our own store holds the
// crawl state, so Crawlee runs purely in memory and stays silent: failures are reported as values.
import { Configuration, log as crawleeLog, LogLevel } from '@crawlee/core';

export function inMemoryCrawleeConfig(): Configuration {
  crawleeLog.setLevel(LogLevel.OFF);
  return new Configuration({
    persistStorage: false,
    purgeOnStart: true,
    storageClientOptions: { persistStorage: false, writeMetadata: false },
    systemInfoV2: true,
    // Crawlee samples memory (spawning `ps` for the browser's process tree) to scale concurrency; ours
    // is fixed, so once a minute is plenty. A known memory size spares it reading the machine's.
    systemInfoIntervalMillis: 60_000,
    memoryMbytes: 2048,
  });
}

/**
 * Options both engines give their Crawlee crawler: one long-lived crawler fed request by request
 * (keep-alive), fixed concurrency, no retries or sessions (retries, cookies and pacing are the fetcher's).
 */
export function keepAliveCrawlerOptions(o: { concurrency: number; timeoutMs: number }) {
  return {
    keepAlive: true,
    useSessionPool: false,
    persistCookiesPerSession: false,
    maxRequestRetries: 0,
    minConcurrency: o.concurrency,
    maxConcurrency: o.concurrency,
    navigationTimeoutSecs: o.timeoutMs / 1000,
    requestHandlerTimeoutSecs: o.timeoutMs / 1000 + 10,
  } as const;
}
