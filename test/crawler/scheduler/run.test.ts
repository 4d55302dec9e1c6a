import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { articleUrlTest } from '../../../crawler/registry/article-urls.js';
import { isNational, loadSourcesDir } from '../../../crawler/registry/index.js';
import { crawlLive, crawlOnce } from '../../../crawler/scheduler/run.js';
import { collect } from '../fixtures/collect.js';
import { startTestReplica, type TestReplica } from '../fixtures/replica.js';
import { startMiniSite, tempStore, testSettings, type MiniSite } from '../fixtures/site.js';

describe('the shipped source definitions', () => {
  it('load, validate and compile', () => {
    const sources = loadSourcesDir();
    expect(sources.filter(isNational)).toHaveLength(15);
    for (const s of sources.filter(isNational)) expect(() => articleUrlTest(s)).not.toThrow();
  });
});

describe('ccm crawl --once against a running replica', () => {
  let r: TestReplica;
  beforeAll(async () => {
    r = await startTestReplica(14);
    await r.at(Date.parse(r.truth.start) + 6 * 3600_000);
  });
  afterAll(async () => {
    await r?.close();
  });

  it("polls the chosen sources once at the replica's time and fetches what they link to", async () => {
    const settings = testSettings({ perHostConcurrency: 4 });
    const result = await crawlOnce({ settings, sourceIds: ['qq', 'sina'], replicaUrl: r.replica.baseUrl });
    expect(result.stats.qq).toMatchObject({ polls: 2, snapshots: 2 });
    expect(result.stats.sina!.articles).toBeGreaterThan(10);
    expect(result.summary).toMatch(/腾讯网 \(qq\)/);
    const store = await tempStore(settings);
    try {
      const snaps = await collect(store.listSnapshots());
      expect(new Set(snaps.map((s) => s.takenAt))).toEqual(new Set([r.clock.now().toISOString()]));
    } finally {
      await store.close();
    }
  });
});

describe('the live scheduler', () => {
  let site: MiniSite;
  beforeAll(async () => {
    site = await startMiniSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('runs a cycle on the real clock and stops when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccm-live-sources-'));
    writeFileSync(join(dir, 'mini.yaml'), stringify(site.source));
    const abort = new AbortController();
    const settings = testSettings();
    const running = crawlLive({ settings, sourcesDir: dir, signal: abort.signal });
    const deadline = Date.now() + 30_000;
    while (site.srv.hitsOf('/news/2026-11-20/a3.html').length === 0 && Date.now() < deadline) await new Promise((res) => setTimeout(res, 50));
    abort.abort();
    const result = await running;
    expect(result.stats.mini).toMatchObject({ polls: 2, snapshots: 2, articles: 3 });
  });
});
