import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleLine, dumpRecords } from '../../../indexer/store/dump.js';
import { contentHash } from '../../../indexer/store/identity.js';
import { openSqliteStore } from '../../../indexer/store/sqlite/index.js';
import type { Store } from '../../../indexer/store/types.js';
import { all } from './contract.js';
import { analysis, article, cityAudit, creditEvent, homepage, ranking } from './fixtures.js';
import { charSegmenter } from './sqlite/synthetic.js';

const dir = mkdtempSync(join(tmpdir(), 'ccm-dump-records-'));
let store: Store;
beforeAll(async () => {
  store = await openSqliteStore({ file: join(dir, 'ccm.sqlite'), segmenter: charSegmenter });
  await store.upsertArticles([
    article({ url: 'https://d.example.cn/1', fetchedAt: '2026-11-20T01:00:00.000Z' }),
    article({ url: 'https://d.example.cn/2', fetchedAt: '2026-11-21T01:00:00.000Z', sourceId: 'xinhua' }),
  ]);
  await store.addSnapshot(homepage());
  await store.addSnapshot(ranking({ takenAt: '2026-11-21T00:00:00.000Z' }));
  await store.upsertEvents([creditEvent({ id: 'e1' }), creditEvent({ id: 'e2', sites: ['xinhua'], firstSeen: '2026-11-21T00:00:00.000Z', lastSeen: '2026-11-21T02:00:00.000Z' })]);
  await store.addCityAudit(cityAudit());
  await store.addCityAudit(cityAudit({ sourceId: 'credit-other', visitedAt: '2026-11-22T00:00:00.000Z' }));
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('dump records', () => {
  it('flattens an article and its analysis, nulls before analysis, body optional', () => {
    const input = article({ url: 'https://d.example.cn/x' });
    const rec = { ...input, contentHash: contentHash(input), firstFetchedAt: input.fetchedAt, analysis: null };
    expect(articleLine(rec)).toMatchObject({ url: input.url, discoveredUrl: null, body: input.body, polarity: null, city: null, eventId: null, analysisVersion: null });
    const a = analysis();
    expect(articleLine({ ...rec, analysis: a }, false)).toMatchObject({ polarity: 'breach', sector: 'food-drug', city: a.city, province: a.province, eventId: 'ev-1', analysisVersion: 'test-1' });
    expect(articleLine(rec, false)).not.toHaveProperty('body');
  });

  it('applies --since and --source to each kind by its own time and source', async () => {
    const urls = async (o: Parameters<typeof dumpRecords>[2]) => (await all(dumpRecords(store, 'articles', o))).map((a) => (a as { url: string }).url);
    expect(await urls({})).toEqual(['https://d.example.cn/1', 'https://d.example.cn/2']);
    expect(await urls({ since: '2026-11-21T09:00:00+08:00' })).toEqual(['https://d.example.cn/2']);
    expect(await urls({ sourceId: 'people' })).toEqual(['https://d.example.cn/1']);
    const kinds = (await all(dumpRecords(store, 'snapshots', { since: '2026-11-20T12:00:00Z' }))).map((s) => (s as { kind: string }).kind);
    expect(kinds).toEqual(['ranking']);
    const ids = async (o: Parameters<typeof dumpRecords>[2]) => (await all(dumpRecords(store, 'events', o))).map((e) => (e as { id: string }).id);
    expect(await ids({ sourceId: 'xinhua' })).toEqual(['e2']);
    expect(await ids({ since: '2026-11-20T09:00:00Z' })).toEqual(['e2']);
    expect(await all(dumpRecords(store, 'audits', { sourceId: 'credit-suzhou' }))).toEqual([cityAudit()]);
    expect(() => dumpRecords(store, 'audits', { since: 'tomorrow' })).toThrow(RangeError);
  });

  it('keeps analysed articles and events of one polarity, and refuses the filter for other kinds', async () => {
    await store.setAnalyses([{ url: 'https://d.example.cn/2', analysis: analysis({ polarity: 'integrity' }) }]);
    const urls = async (polarity: 'breach' | 'integrity') => (await all(dumpRecords(store, 'articles', { polarity }))).map((a) => (a as { url: string }).url);
    expect(await urls('integrity')).toEqual(['https://d.example.cn/2']);
    expect(await urls('breach')).toEqual([]);
    await store.upsertEvents([creditEvent({ id: 'e3', polarity: 'response' })]);
    expect((await all(dumpRecords(store, 'events', { polarity: 'response' }))).map((e) => (e as { id: string }).id)).toEqual(['e3']);
    expect(() => dumpRecords(store, 'snapshots', { polarity: 'breach' })).toThrow(/articles and events/);
  });
});
