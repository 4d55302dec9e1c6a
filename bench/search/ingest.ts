// Ingest throughput of Store.upsertArticles against plain better-sqlite3 inserts of the same rows
// into a table without full-text index, measured in the same run on fresh files.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Segmenter } from '../../indexer/segment/types.js';
import { openSqliteStore } from '../../indexer/store/sqlite/index.js';
import { corpusArticle, type StoryPool } from './corpus.js';
import { timed } from './stats.js';

export interface IngestResult {
  name: string;
  articles: number;
  ms: number;
  perSecond: number;
  perCpuSecond: number;
}

const BATCH = 1_000;

export async function measureIngest(opts: {
  dir: string;
  articles: number;
  endToEndArticles: number;
  seed: number;
  pool: StoryPool;
  memoSegmenter: Segmenter;
  realSegmenter: Segmenter;
}): Promise<IngestResult[]> {
  // A seed of its own: these URLs are not in the search corpus.
  const docs = Array.from({ length: opts.articles }, (_, i) => corpusArticle(opts.pool, opts.seed + 1, i).input);
  const rate = (name: string, articles: number, t: { ms: number; cpuMs: number }): IngestResult => ({
    name,
    articles,
    ms: t.ms,
    perSecond: (articles / t.ms) * 1000,
    perCpuSecond: (articles / t.cpuMs) * 1000,
  });
  const out: IngestResult[] = [];
  const fresh = (name: string) => {
    const file = join(opts.dir, name);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    return file;
  };

  const raw = new Database(fresh('ingest-raw.sqlite'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.exec(`CREATE TABLE articles (url TEXT PRIMARY KEY, source_id TEXT, title TEXT, published_at TEXT, source TEXT, body TEXT, fetched_at TEXT)`);
  const insert = raw.prepare('INSERT INTO articles VALUES (@url, @sourceId, @title, @publishedAt, @source, @body, @fetchedAt)');
  const rawRun = await timed(() => {
    for (let i = 0; i < docs.length; i += BATCH) {
      raw.transaction(() => docs.slice(i, i + BATCH).forEach((d) => insert.run({ ...d })))();
    }
  });
  raw.close();
  out.push(rate('raw better-sqlite3 INSERT, no FTS (baseline)', docs.length, rawRun));

  // Segmentation excluded: every title and body is segmented beforehand and looked up by identity,
  // so this is the store's own cost (validation, hashing, lookups, rows, FTS5 postings).
  const segmented = new Map<string, string>();
  for (const d of docs) for (const t of [d.title, d.body]) segmented.set(t, opts.memoSegmenter.indexText(t));
  const precomputed: Segmenter = { cut: (t) => opts.memoSegmenter.cut(t), indexText: (t) => segmented.get(t) ?? opts.memoSegmenter.indexText(t) };
  const store = await openSqliteStore({ file: fresh('ingest-store.sqlite'), segmenter: precomputed });
  const created = await timed(async () => {
    for (let i = 0; i < docs.length; i += BATCH) await store.upsertArticles(docs.slice(i, i + BATCH));
  });
  out.push(rate('upsertArticles, new, FTS, segmentation done beforehand', docs.length, created));
  const unchanged = await timed(async () => {
    for (let i = 0; i < docs.length; i += BATCH) await store.upsertArticles(docs.slice(i, i + BATCH));
  });
  out.push(rate('upsertArticles, same content again (unchanged)', docs.length, unchanged));
  await store.close();

  const e2e = docs.slice(0, opts.endToEndArticles);
  const jieba = await openSqliteStore({ file: fresh('ingest-jieba.sqlite'), segmenter: opts.realSegmenter });
  const endToEnd = await timed(async () => {
    for (let i = 0; i < e2e.length; i += BATCH) await jieba.upsertArticles(e2e.slice(i, i + BATCH));
  });
  out.push(rate('upsertArticles, new, FTS, jieba segmentation included', e2e.length, endToEnd));
  await jieba.close();
  const segOnly = await timed(() => e2e.forEach((d) => (opts.realSegmenter.indexText(d.title), opts.realSegmenter.indexText(d.body))));
  out.push(rate('jieba indexText alone on the same articles', e2e.length, segOnly));
  return out;
}
