import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../../indexer/store/sqlite/index.js';
import { startWriter } from './process.js';
import { batchMark, charSegmenter, syntheticArticle } from './synthetic.js';

const dir = mkdtempSync(join(tmpdir(), 'ccm-sqlite-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const walSize = (file: string) => statSync(file + '-wal', { throwIfNoEntry: false })?.size ?? 0;

describe('SQLite store under SIGKILL', () => {
  it('keeps a batch all or nothing when the writer is killed while the transaction is writing', async () => {
    const file = join(dir, 'killed.sqlite');
    const writer = startWriter(file, [200, 10_000]);
    await writer.waitFor('batch 0 done');
    await writer.waitFor('batch 1 start');
    // Batch 1 (10 000 articles) spills pages into the WAL as it goes (2 MiB page cache), so the WAL
    // growing well past what batch 0 (200 articles) left proves the kill lands inside batch 1's transaction.
    const before = walSize(file);
    const started = Date.now();
    while (walSize(file) < before + 8 * 1024 * 1024 && !writer.lines.some((l) => l.startsWith('batch 1 done'))) {
      if (Date.now() - started > 60_000) throw new Error('batch 1 never wrote to the WAL');
      await new Promise((r) => setTimeout(r, 2));
    }
    writer.child.kill('SIGKILL');
    const { signal } = await writer.exited;
    expect(signal).toBe('SIGKILL');
    expect(writer.lines.some((l) => l.startsWith('batch 1 done'))).toBe(false);

    const raw = new Database(file);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(() => raw.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run()).not.toThrow();
    expect((raw.prepare('SELECT count(*) AS n FROM articles_fts').get() as { n: number }).n).toBe(200);
    raw.close();

    const store = await openSqliteStore({ file, segmenter: charSegmenter });
    expect((await store.counts()).articles).toBe(200);
    expect(await store.getArticle(syntheticArticle(1, 0).url)).toBeNull();
    expect((await store.search({ text: batchMark(1) })).total).toBe(0);
    expect((await store.search({ text: batchMark(0) })).total).toBe(200);
    // The crawl resumes: the lost batch is simply written again.
    const again = await store.upsertArticles(Array.from({ length: 10_000 }, (_, i) => syntheticArticle(1, i)));
    expect(new Set(again)).toEqual(new Set(['created']));
    expect((await store.counts()).articles).toBe(10_200);
    await store.close();
  });
});
