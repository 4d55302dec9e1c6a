import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { simulatedClock } from '../../../core/clock.js';
import type { ArticleInput, CreditEvent, SnapshotInput } from '../../../core/types.js';
import { analyzeArticles } from '../../../indexer/pipeline/analyze-articles.js';
import { analyzeStore, createStoreAnalyzer, type AnalyzeStoreOptions } from '../../../indexer/pipeline/analyze-store.js';
import { openSqliteStore } from '../../../indexer/store/sqlite/index.js';
import type { Store } from '../../../indexer/store/types.js';
import * as S from '../cluster/stories.js';
import { storyArticle, testAnalyzers } from './analyzers.js';

const dir = mkdtempSync(join(tmpdir(), 'ccm-analyze-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshStore = () => openSqliteStore({ file: join(dir, `s${++n}.sqlite`) });

const analyzers = testAnalyzers();
const options = (extra: Partial<AnalyzeStoreOptions> = {}): AnalyzeStoreOptions => ({
  clock: simulatedClock('2026-11-22T00:00:00Z'),
  analyzers,
  batchSize: 3,
  ...extra,
});

/** A small news stream: one story on three sites (one a reprint), a second story of the same kind in the same city, other cities' news, a response. */
function stream(): ArticleInput[] {
  return [
    storyArticle('people', S.FOOD, S.SUZHOU_FOOD_A, 0, 9),
    storyArticle('sina', S.FOOD, S.SUZHOU_FOOD_A, 1, 11),
    storyArticle('qq', S.FOOD, S.SUZHOU_FOOD_A, 0, 15, S.reprint(S.story(S.FOOD, S.SUZHOU_FOOD_A, 0).body, 2)),
    storyArticle('163', S.FOOD, S.SUZHOU_FOOD_B, 2, 10),
    storyArticle('people', S.WAGES, S.HEFEI_WAGES_A, 0, 8),
    storyArticle('xinhua', S.WAGES, S.HEFEI_WAGES_A, 1, 12),
    storyArticle('cctv', S.SAFETY, S.TAIYUAN_FIRE, 0, 7),
    storyArticle('gmw', S.SAFETY, S.TAIYUAN_FIRE, 1, 13),
    storyArticle('xinhua', S.RESPONSE, { ...S.SUZHOU_FOOD_A, day: 20, count: '6' }, 0, 10),
    storyArticle('cctv', S.RESPONSE, { ...S.SUZHOU_FOOD_A, day: 20, count: '6' }, 1, 14),
  ];
}

async function events(store: Store): Promise<CreditEvent[]> {
  const out: CreditEvent[] = [];
  for await (const e of store.listEvents()) out.push(e);
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

async function eventIds(store: Store): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = {};
  for await (const a of store.listArticles()) out[a.url] = a.analysis?.eventId ?? null;
  return out;
}

describe('analyzeStore', () => {
  it('classifies, locates and clusters every stored article and writes the events', async () => {
    const store = await freshStore();
    const articles = stream();
    await store.upsertArticles(articles);
    const progress: number[] = [];
    const r = await analyzeStore(store, options({ onProgress: (p) => progress.push(p.done) }));
    expect(r.analyzed).toBe(articles.length);
    expect(progress).toEqual([3, 6, 9, 10]);

    const a0 = (await store.getArticle(articles[0]!.url))!.analysis!;
    expect(a0).toMatchObject({ polarity: 'breach', sector: 'food-drug', city: { code: '320500' }, version: 'test-1', analyzedAt: '2026-11-22T00:00:00.000Z' });
    const ids = await eventIds(store);
    expect(ids[articles[1]!.url]).toBe(a0.eventId);
    expect(ids[articles[2]!.url]).toBe(a0.eventId);
    expect(ids[articles[3]!.url]).not.toBe(a0.eventId);

    const stored = await events(store);
    const suzhou = stored.find((e) => e.id === a0.eventId)!;
    expect(suzhou).toMatchObject({ polarity: 'breach', city: { code: '320500' }, sites: ['people', 'qq', 'sina'], homepage: [], ranking: [] });
    expect(suzhou.articleUrls).toHaveLength(3);
    const response = stored.find((e) => e.polarity === 'response')!;
    expect(response.respondsTo).toBe(suzhou.id);
    expect((await store.counts()).analyzed).toBe(articles.length);
    await store.close();
  });

  it('changes nothing when run again with nothing new', async () => {
    const store = await freshStore();
    await store.upsertArticles(stream());
    await analyzeStore(store, options());
    const before = { events: await events(store), ids: await eventIds(store) };
    const again = await analyzeStore(store, options({ clock: simulatedClock('2026-11-23T00:00:00Z') }));
    expect(again).toMatchObject({ analyzed: 0, eventsWritten: 0 });
    expect(await events(store)).toEqual(before.events);
    expect(await eventIds(store)).toEqual(before.ids);
    await store.close();
  });

  it('resumes after a run that died between writing events and writing analyses, ending as one whole run would', async () => {
    const articles = stream();
    const whole = await freshStore();
    await whole.upsertArticles(articles);
    await analyzeStore(whole, options());

    const store = await freshStore();
    await store.upsertArticles(articles);
    let calls = 0;
    const dying: Store = Object.create(store, {
      setAnalyses: {
        value: async (batch: Parameters<Store['setAnalyses']>[0]) => {
          if (++calls === 2) throw new Error('killed');
          return store.setAnalyses(batch);
        },
      },
    });
    await expect(analyzeStore(dying, options())).rejects.toThrow('killed');
    expect((await store.counts()).analyzed).toBe(3);
    const resumed = await analyzeStore(store, options());
    expect(resumed.analyzed).toBe(articles.length - 3);
    expect(resumed.eventsRestored).toBeGreaterThan(0);
    expect(await events(store)).toEqual(await events(whole));
    expect(await eventIds(store)).toEqual(await eventIds(whole));
    await Promise.all([store.close(), whole.close()]);
  });

  it('gives the same events when articles arrive over several runs as in one run', async () => {
    const articles = stream().sort((a, b) => a.publishedAt!.localeCompare(b.publishedAt!));
    const whole = await freshStore();
    await whole.upsertArticles(articles);
    await analyzeStore(whole, options());

    const store = await freshStore();
    for (const part of [articles.slice(0, 4), articles.slice(4, 7), articles.slice(7)]) {
      await store.upsertArticles(part);
      await analyzeStore(store, options());
    }
    expect(await events(store)).toEqual(await events(whole));
    await Promise.all([store.close(), whole.close()]);
  });

  it('gives the same result from one long-lived analyser run after each crawl as from one run at the end', async () => {
    const articles = stream().sort((a, b) => a.publishedAt!.localeCompare(b.publishedAt!));
    const shown = (a: ArticleInput, position: number): SnapshotInput => ({
      kind: 'homepage',
      sourceId: a.sourceId,
      url: `https://${a.sourceId}.example.cn/`,
      takenAt: new Date(Date.parse(a.fetchedAt) + 600_000).toISOString(),
      fetchedWith: 'http',
      items: [{ url: a.url, position, title: a.title, section: null }],
    });
    const whole = await freshStore();
    await whole.upsertArticles(articles);
    for (const [i, a] of articles.entries()) await whole.addSnapshot(shown(a, i + 1));
    await analyzeStore(whole, options());

    const store = await freshStore();
    const session = createStoreAnalyzer(store, options());
    const restoredPerRun: number[] = [];
    for (const part of [articles.slice(0, 4), articles.slice(4, 7), articles.slice(7)]) {
      await store.upsertArticles(part);
      for (const a of part) await store.addSnapshot(shown(a, articles.indexOf(a) + 1));
      restoredPerRun.push((await session.run()).eventsRestored);
    }
    expect(restoredPerRun).toEqual([0, 0, 0]);
    expect(await events(store)).toEqual(await events(whole));
    await Promise.all([store.close(), whole.close()]);
  });

  it('computes homepage and ranking appearances from the snapshots that carried any of an event’s articles', async () => {
    const store = await freshStore();
    const articles = stream();
    await store.upsertArticles(articles);
    const [a, b] = articles;
    const homepage = (sourceId: string, takenAt: string, items: { url: string; position: number; hidden?: boolean }[]): SnapshotInput => ({
      kind: 'homepage',
      sourceId,
      url: `https://${sourceId}.example.cn/`,
      takenAt,
      fetchedWith: 'http',
      items: items.map((i) => ({ ...i, title: 't', section: '要闻' })),
    });
    await store.addSnapshot(homepage('people', '2026-11-18T02:00:00Z', [{ url: `${a!.url}?utm_source=home`, position: 4 }]));
    await store.addSnapshot(homepage('people', '2026-11-18T02:10:00Z', [{ url: a!.url, position: 2 }, { url: b!.url, position: 7 }]));
    await store.addSnapshot(homepage('sina', '2026-11-18T03:00:00Z', [{ url: b!.url, position: 12 }]));
    await store.addSnapshot(homepage('qq', '2026-11-18T03:00:00Z', [{ url: b!.url, position: 1, hidden: true }]));
    await store.addSnapshot({
      kind: 'ranking',
      sourceId: '163',
      url: 'https://163.example.cn/rank',
      takenAt: '2026-11-18T04:00:00Z',
      fetchedWith: 'http',
      items: [
        { list: '24小时点击', rank: 3, title: 't', url: a!.url, score: 5000 },
        { list: '24小时点击', rank: 1, title: 't', url: 'https://elsewhere.example.cn/x.html', score: 9000 },
      ],
    });
    await analyzeStore(store, options());
    const id = (await store.getArticle(a!.url))!.analysis!.eventId!;
    const ev = (await store.getEvent(id))!;
    expect(ev.homepage).toEqual([
      { sourceId: 'people', firstAt: '2026-11-18T10:00:00+08:00', lastAt: '2026-11-18T10:10:00+08:00', bestPosition: 2, snapshots: 2 },
      { sourceId: 'sina', firstAt: '2026-11-18T11:00:00+08:00', lastAt: '2026-11-18T11:00:00+08:00', bestPosition: 12, snapshots: 1 },
    ]);
    expect(ev.ranking).toEqual([
      { sourceId: '163', list: '24小时点击', firstAt: '2026-11-18T12:00:00+08:00', lastAt: '2026-11-18T12:00:00+08:00', bestRank: 3, snapshots: 1 },
    ]);
    // The last report (15:00 Beijing) came after the last snapshot that showed the story.
    expect(ev.lastSeen).toBe('2026-11-18T15:00:00+08:00');

    // Still on a homepage a day later: the next run updates the event although no article joined it.
    await store.addSnapshot(homepage('sina', '2026-11-19T03:00:00Z', [{ url: b!.url, position: 5 }]));
    const later = await analyzeStore(store, options());
    expect(later).toMatchObject({ analyzed: 0, eventsWritten: 1 });
    const updated = (await store.getEvent(id))!;
    expect(updated.homepage[1]).toEqual({ sourceId: 'sina', firstAt: '2026-11-18T11:00:00+08:00', lastAt: '2026-11-19T11:00:00+08:00', bestPosition: 5, snapshots: 2 });
    expect(updated.lastSeen).toBe('2026-11-19T11:00:00+08:00');
    expect(await analyzeStore(store, options())).toMatchObject({ analyzed: 0, eventsWritten: 0 });
    await store.close();
  });
});

describe('analyzeArticles', () => {
  it('gives the same events as the store pipeline, whatever order the articles come in', async () => {
    const articles = stream();
    const inMemory = analyzeArticles([...articles].reverse(), { analyzers, analyzedAt: '2026-11-22T00:00:00.000Z' });
    const store = await freshStore();
    await store.upsertArticles(articles);
    await analyzeStore(store, options());
    const stored = await events(store);
    expect(inMemory.events.map((e) => [e.id, e.articleUrls]).sort()).toEqual(stored.map((e) => [e.id, e.articleUrls]).sort());
    expect(inMemory.analyses).toHaveLength(articles.length);
    await store.close();
  });
});
