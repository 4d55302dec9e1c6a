// A separate writer process for the SQLite crash and concurrency tests:
//   node --import tsx writer.ts <file> <batch size>...
// writes one batch of distinct articles per size given, with a small page cache, so a large batch
// spills pages to the WAL while its transaction is open, printing "batch <i> start" before and
// "batch <i> done <ms>" after each, so the parent knows where it is (stdout to a pipe is synchronous).
import { openSqliteStore } from '../../../../indexer/store/sqlite/index.js';
import { charSegmenter, syntheticArticle } from './synthetic.js';

const [file, ...sizes] = process.argv.slice(2);
const store = await openSqliteStore({ file: file!, segmenter: charSegmenter, cacheMiB: 2 });
for (const [b, size] of sizes.entries()) {
  const batch = Array.from({ length: Number(size) }, (_, i) => syntheticArticle(b, i));
  process.stdout.write(`batch ${b} start\n`);
  const t = performance.now();
  await store.upsertArticles(batch);
  process.stdout.write(`batch ${b} done ${Math.round(performance.now() - t)}\n`);
}
await store.close();
