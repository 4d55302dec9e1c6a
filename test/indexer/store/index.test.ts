import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, sqliteFile, type StoreWrite } from '../../../indexer/store/index.js';
import { article } from './fixtures.js';
import { charSegmenter } from './sqlite/synthetic.js';

const dir = mkdtempSync(join(tmpdir(), 'ccm-open-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openStore', () => {
  it('opens SQLite in <dataDir>/ccm.sqlite by default, creating the folder', async () => {
    const dataDir = join(dir, 'nested', 'data');
    const store = await openStore({ dataDir, store: { kind: 'sqlite', indexPrefix: 'ccm' } });
    expect(store.kind).toBe('sqlite');
    expect(sqliteFile(dataDir)).toBe(join(dataDir, 'ccm.sqlite'));
    expect(existsSync(sqliteFile(dataDir))).toBe(true);
    await store.close();
  });

  it('reports every committed write to the onWrite hook and uses the given segmenter', async () => {
    const writes: StoreWrite[] = [];
    const store = await openStore(
      { dataDir: join(dir, 'hooks'), store: { kind: 'sqlite', indexPrefix: 'ccm' } },
      { segmenter: charSegmenter, hooks: { onWrite: (w) => writes.push(w) } },
    );
    const batch = [article({ url: 'https://h.example.cn/1' }), article({ url: 'https://h.example.cn/2' })];
    await store.upsertArticles(batch);
    await store.upsertArticles(batch);
    await store.setState('k', 1);
    expect(writes.map(({ ms, ...w }) => w)).toEqual([
      { op: 'articles', created: 2, updated: 0, unchanged: 0 },
      { op: 'articles', created: 0, updated: 0, unchanged: 2 },
      { op: 'state', count: 1 },
    ]);
    expect(writes.every((w) => w.ms >= 0)).toBe(true);
    // Single characters are tokens only under the character segmenter.
    expect((await store.search({ text: '州' })).total).toBe(2);
    await store.close();
  });

  it('opens Elasticsearch when the settings say so, failing clearly when none is reachable', async () => {
    await expect(
      openStore({ dataDir: join(dir, 'es'), store: { kind: 'elasticsearch', url: 'http://127.0.0.1:9', indexPrefix: 'ccm' } }),
    ).rejects.toThrow(/Elasticsearch at http:\/\/127\.0\.0\.1:9 is unreachable/);
    expect(existsSync(sqliteFile(join(dir, 'es')))).toBe(false);
  });
});
