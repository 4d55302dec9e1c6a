// Crawl-delay is real time: it protects real servers. Measured where it matters, at the server.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { realClock } from '../../../core/clock.js';
import { SettingsSchema } from '../../../core/settings.js';
import { createFetcher, type Fetcher } from '../../../crawler/fetch/fetcher.js';
import { html, startFixtureServer, type FixtureServer } from '../fixtures/server.js';

let srv: FixtureServer;
let fetcher: Fetcher;

beforeAll(async () => {
  srv = await startFixtureServer({
    '/robots.txt': html('User-agent: *\nCrawl-delay: 1\nAllow: /\n', 'text/plain'),
    '/a': html('<p>a</p>'),
    '/b': html('<p>b</p>'),
    '/c': html('<p>c</p>'),
  });
  const crawler = SettingsSchema.parse({ crawler: { perHostDelayMs: 0, perHostConcurrency: 4 } }).crawler;
  fetcher = createFetcher({ crawler, clock: realClock() });
});

afterAll(async () => {
  await fetcher.close();
  await srv.close();
});

it('keeps consecutive requests to a host with Crawl-delay: 1 at least 1 s apart', async () => {
  const outcomes = await Promise.all(['/a', '/b', '/c'].map((p) => fetcher.fetch({ url: srv.baseUrl + p, mode: 'http', allowedHosts: [srv.host] })));
  expect(outcomes.every((o) => o.ok)).toBe(true);
  const arrivals = srv.hits.filter((h) => h.path !== '/robots.txt').map((h) => h.at);
  expect(arrivals).toHaveLength(3);
  for (let i = 1; i < arrivals.length; i++) expect(arrivals[i]! - arrivals[i - 1]!).toBeGreaterThanOrEqual(1000);
});
