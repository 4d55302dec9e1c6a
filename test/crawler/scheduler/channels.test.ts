// The scheduler polls channel lists on the simulated Clock at their own interval (channelMinutes),
// beside the 10-minute homepage polls, and counts them apart from snapshots.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SettingsSchema } from '../../../core/settings.js';
import { createCrawler } from '../../../crawler/index.js';
import { collect } from '../fixtures/collect.js';
import { startTestReplica, type TestReplica } from '../fixtures/replica.js';

let r: TestReplica;

beforeAll(async () => {
  r = await startTestReplica(17);
});

afterAll(async () => {
  await r?.close();
});

it('polls every channel list each channelMinutes of simulated time, storing no snapshot for them', async () => {
  const settings = { ...r.settings, schedule: SettingsSchema.parse({ schedule: { channelMinutes: 30 } }).schedule };
  const sources = [r.national('sina'), r.national('qq')];
  const crawler = await createCrawler({ settings, store: r.store, clock: r.clock, sources, fetcher: r.fetcher });
  const start = Date.parse(r.truth.start) + 10 * 3600_000;
  const channelPollsAt: Record<string, number> = {};
  let homepagePolls = 0;
  for (let m = 0; m <= 120; m += 10) {
    await r.at(start + m * 60_000);
    const report = await crawler.runDueTasks();
    homepagePolls += report.polls.filter((p) => p.kind === 'homepage').length;
    for (const p of report.polls.filter((p) => p.kind === 'channel')) {
      expect(p.ok, `${p.url}: ${p.error}`).toBe(true);
      channelPollsAt[m] = (channelPollsAt[m] ?? 0) + 1;
    }
  }
  // sina has two channel lists, qq one: three polls at minutes 0, 30, 60, 90 and 120, none between.
  expect(channelPollsAt).toEqual({ 0: 3, 30: 3, 60: 3, 90: 3, 120: 3 });
  expect(homepagePolls).toBe(2 * 13);
  const stats = crawler.stats();
  // Each tick sina's homepage and its two ranking pages are polls with a snapshot; channel polls are not.
  expect(stats.sina).toMatchObject({ channelPolls: 10, polls: 13 * 3, snapshots: 13 * 3 });
  expect(stats.qq!.channelLinks).toBeGreaterThan(0);
  const snapshots = await collect(r.store.listSnapshots({}));
  expect(snapshots).toHaveLength(13 * (3 + 2));
  expect(snapshots.every((s) => s.kind === 'homepage' || s.kind === 'ranking')).toBe(true);
  await crawler.close();
});
