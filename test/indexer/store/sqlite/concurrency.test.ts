import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../../indexer/store/sqlite/index.js';
import { startWriter } from './process.js';
import { charSegmenter } from './synthetic.js';

const dir = mkdtempSync(join(tmpdir(), 'ccm-sqlite-concurrent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite store with a reader while another process writes (WAL)', () => {
  it('never blocks the reader and only ever shows whole batches', async () => {
    const file = join(dir, 'shared.sqlite');
    const batches = 12;
    const size = 300;
    const reader = await openSqliteStore({ file, segmenter: charSegmenter });
    const writer = startWriter(file, Array.from({ length: batches }, () => size));
    let running = true;
    void writer.exited.then(() => (running = false));
    const seen: number[] = [];
    while (running) {
      const { articles } = await reader.counts();
      const { total } = await reader.search({ text: '苏州 失信', limit: 5 });
      seen.push(articles);
      // Counted on two statements, a batch may commit between them, never half of one.
      expect(articles % size).toBe(0);
      expect(total % size).toBe(0);
      await new Promise((r) => setTimeout(r, 5));
    }
    const { code, stderr } = await writer.exited;
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // The reader saw the store between batches, not only before and after the writer.
    expect(new Set(seen.filter((n) => n > 0 && n < batches * size)).size).toBeGreaterThan(1);
    expect((await reader.counts()).articles).toBe(batches * size);
    await reader.close();
  });
});
