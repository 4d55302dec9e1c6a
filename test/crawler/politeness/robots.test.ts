import { describe, expect, it } from 'vitest';
import { simulatedClock } from '../../../core/clock.js';
import { createRobotsCache, type RobotsFile } from '../../../crawler/politeness/robots.js';

const UA = 'CityCreditMonitor/0.1 (+https://example.org)';

function cacheWith(files: (url: string) => RobotsFile | Error) {
  const clock = simulatedClock('2026-11-20T00:00:00Z');
  const loads: string[] = [];
  const cache = createRobotsCache({
    clock,
    userAgent: UA,
    load: async (url) => {
      loads.push(url);
      const f = files(url);
      if (f instanceof Error) throw f;
      return f;
    },
  });
  return { clock, loads, cache };
}

describe('robots.txt cache', () => {
  it('applies the group for our user agent, with its Crawl-delay', async () => {
    const { cache } = cacheWith(() => ({
      status: 200,
      text: 'User-agent: *\nDisallow: /\n\nUser-agent: CityCreditMonitor\nDisallow: /search\nCrawl-delay: 2\n',
    }));
    expect(await cache.check('http://a.example/news/1.html')).toEqual({ allowed: true, crawlDelayMs: 2000, unavailable: null });
    expect((await cache.check('http://a.example/search?q=x')).allowed).toBe(false);
  });

  it('allows everything when robots.txt is missing (4xx)', async () => {
    const { cache } = cacheWith(() => ({ status: 404, text: '' }));
    expect(await cache.check('http://a.example/x')).toEqual({ allowed: true, crawlDelayMs: 0, unavailable: null });
  });

  it('holds back an origin whose robots.txt cannot be read (5xx or network)', async () => {
    const { cache } = cacheWith((u) => (u.includes('b.example') ? new Error('ECONNRESET') : { status: 503, text: '' }));
    expect((await cache.check('http://a.example/x')).unavailable).toMatch(/503/);
    expect((await cache.check('http://b.example/x')).unavailable).toMatch(/ECONNRESET/);
  });

  it('reads robots.txt once per origin until it expires on the Clock', async () => {
    const { cache, clock, loads } = cacheWith(() => ({ status: 200, text: 'User-agent: *\nAllow: /\n' }));
    await Promise.all([cache.check('http://a.example/1'), cache.check('http://a.example/2'), cache.check('http://b.example/1')]);
    expect(loads.sort()).toEqual(['http://a.example/robots.txt', 'http://b.example/robots.txt']);
    clock.advance(23 * 3600_000);
    await cache.check('http://a.example/3');
    expect(loads).toHaveLength(2);
    clock.advance(2 * 3600_000);
    await cache.check('http://a.example/4');
    expect(loads).toHaveLength(3);
  });
});
