// Crawlee keeps request queues and statistics on disk (./storage) by default. Our own store holds the
// crawl state, so Crawlee runs purely in memory and stays silent: failures are reported as values.
import { Configuration, log as crawleeLog, LogLevel } from '@crawlee/core';

export function inMemoryCrawleeConfig(): Configuration {
  crawleeLog.setLevel(LogLevel.OFF);
  return new Configuration({
    persistStorage: false,
    purgeOnStart: true,
    storageClientOptions: { persistStorage: false, writeMetadata: false },
    // Reads /proc and cgroups instead of spawning `ps` every second.
    systemInfoV2: true,
  });
}
