// Builds (or reuses) the benchmark database: the corpus written through the real store code path
// (upsertArticles, setAnalyses), cached under bench/out/ and checked by a state key before reuse.
// A cached corpus stays valid when the replica's text generator changes (the latency queries are
// drawn from the stored articles); --rebuild makes a fresh one.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Segmenter } from '../../indexer/segment/types.js';
import { openSqliteStore } from '../../indexer/store/sqlite/index.js';
import type { Store } from '../../indexer/store/types.js';
import { corpusArticle, type StoryPool } from './corpus.js';

/** Bump when the corpus or the way it is written changes, so stale caches are rebuilt. */
export const CORPUS_VERSION = 1;
const BATCH = 5_000;

export interface BuiltCorpus {
  file: string;
  store: Store;
  reused: boolean;
  seconds: number;
}

interface CorpusStamp {
  articles: number;
  seed: number;
  version: number;
}

export async function buildCorpus(opts: {
  dir: string;
  articles: number;
  seed: number;
  pool: StoryPool;
  segmenter: Segmenter;
  rebuild: boolean;
  progress: (done: number) => void;
}): Promise<BuiltCorpus> {
  const file = join(opts.dir, `search-${opts.articles}-s${opts.seed}-v${CORPUS_VERSION}.sqlite`);
  const want: CorpusStamp = { articles: opts.articles, seed: opts.seed, version: CORPUS_VERSION };
  if (existsSync(file) && !opts.rebuild) {
    const store = await openSqliteStore({ file, segmenter: opts.segmenter });
    const stamp = await store.getState<CorpusStamp>('bench:corpus');
    if (JSON.stringify(stamp) === JSON.stringify(want)) return { file, store, reused: true, seconds: 0 };
    await store.close();
  }
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const store = await openSqliteStore({ file, segmenter: opts.segmenter });
  const started = performance.now();
  for (let from = 0; from < opts.articles; from += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, opts.articles - from) }, (_, k) => corpusArticle(opts.pool, opts.seed, from + k));
    await store.upsertArticles(batch.map((a) => a.input));
    await store.setAnalyses(batch.map((a) => ({ url: a.input.url, analysis: a.analysis })));
    opts.progress(from + batch.length);
  }
  await store.setState('bench:corpus', want);
  return { file, store, reused: false, seconds: (performance.now() - started) / 1000 };
}
