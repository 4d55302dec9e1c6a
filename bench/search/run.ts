// Search benchmark on SQLite: p50/p95 search latency at (by default) one million articles, as ratios
// to baselines measured in the same run, and upsertArticles ingest throughput against plain inserts.
//   npm run bench:search [-- --articles 1000000 --queries 40 --ingest 20000 --e2e 3000 --seed 1 --rebuild]
// (--ingest 0 skips the ingest comparison)
// The corpus database is cached in bench/out/search/ (git-ignored); later runs reuse it.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { defaultSegmenter } from '../../indexer/segment/index.js';
import { buildCorpus } from './build.js';
import { corpusArticle, lineMemoSegmenter, storyPool } from './corpus.js';
import { indexedText } from '../../indexer/store/tokens.js';
import { measureIngest } from './ingest.js';
import { measureLatency, type LatencyRow } from './latency.js';
import { fmt } from './stats.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000000' },
    queries: { type: 'string', default: '40' },
    ingest: { type: 'string', default: '20000' },
    e2e: { type: 'string', default: '3000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'bench/out/search' },
    rebuild: { type: 'boolean', default: false },
  },
});
const int = (name: keyof typeof values, min = 1) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer of at least ${min}, got ${String(values[name])}`);
  return n;
};
const articles = int('articles');
const queries = int('queries');
const seed = int('seed');
const dir = values.out!;
mkdirSync(dir, { recursive: true });

const log = (s: string) => process.stdout.write(s + '\n');
const mib = (bytes: number) => `${fmt(bytes / 1024 / 1024, 1)} MiB`;

log(`# Search benchmark — SQLite store (FTS5 over jieba tokens), ${new Date().toISOString()}`);
const t0 = performance.now();
const pool = storyPool(seed, 30);
const real = defaultSegmenter();
const memo = lineMemoSegmenter(real);
const sample = Array.from({ length: 2_000 }, (_, i) => corpusArticle(pool, seed, i).input);
const avgChars = sample.reduce((n, a) => n + a.title.length + a.body.length, 0) / sample.length;
const avgTokens = sample.reduce((n, a) => n + indexedText(real, a.title + '\n' + a.body).split(' ').length, 0) / sample.length;
log(`story pool: ${pool.stories.length} replica articles, ${pool.paragraphs} paragraphs (${fmt((performance.now() - t0) / 1000, 1)} s)`);
log(`articles: ${fmt(avgChars, 0)} characters and ${fmt(avgTokens, 0)} index tokens on average (title + body)`);

if (int('ingest', 0) > 0) {
  log(`\n## Ingest: ${values.ingest} articles, batches of 1000`);
  const ingest = await measureIngest({ dir, articles: int('ingest'), endToEndArticles: int('e2e'), seed, pool, memoSegmenter: memo, realSegmenter: real });
  const raw = ingest[0]!;
  log(`| path | articles | articles/s (wall) | articles per CPU-second | ratio to raw inserts (wall / CPU) |\n|---|---:|---:|---:|---:|`);
  for (const r of ingest) {
    log(`| ${r.name} | ${r.articles} | ${fmt(r.perSecond, 0)} | ${fmt(r.perCpuSecond, 0)} | ${fmt(r.perSecond / raw.perSecond, 3)} / ${fmt(r.perCpuSecond / raw.perCpuSecond, 3)} |`);
  }
}

log(`\n## Corpus: ${articles} articles`);
let lastShown = 0;
const built = await buildCorpus({
  dir,
  articles,
  seed,
  pool,
  segmenter: memo,
  rebuild: values.rebuild!,
  progress: (done) => {
    if (done - lastShown >= 100_000 || done === articles) {
      lastShown = done;
      process.stderr.write(`  built ${done} / ${articles} (${fmt((performance.now() - t0) / 1000, 0)} s)\n`);
    }
  },
});
log(built.reused ? `reused ${built.file}` : `built ${built.file} in ${fmt(built.seconds, 1)} s (${fmt(articles / built.seconds, 0)} articles/s incl. setAnalyses, memoised segmentation)`);
const db = new Database(built.file, { readonly: true });
const sizesOf = db.prepare<[], { name: string; bytes: number }>(
  `SELECT CASE WHEN name LIKE 'articles_fts%' THEN 'full-text index'
              WHEN name = 'article_bodies' THEN 'bodies'
              WHEN name = 'article_analyses' THEN 'analyses (JSON)'
              WHEN name IN (SELECT name FROM sqlite_schema WHERE tbl_name = 'articles') THEN 'article rows + indexes'
              ELSE 'other tables' END AS name,
          sum(pgsize) AS bytes FROM dbstat GROUP BY 1 ORDER BY 2 DESC`,
);
const sizes = sizesOf.all();
const free = (db.pragma('freelist_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
log(`file: ${mib(statSync(built.file).size)} (${mib(free)} free pages); ${sizes.map((s) => `${s.name} ${mib(s.bytes)}`).join(', ')}`);
db.close();

log(`\n## Search latency: ${queries} queries per kind, limit 20, one connection, warm cache`);
const { baselines, searches } = await measureLatency({ store: built.store, file: built.file, segmenter: real, seed, queries });
await built.store.close();
const lookup = baselines[0]!.p50;
const like = baselines[1]!.p50;
const likeCpu = baselines[1]!.cpuP50;
const line = (r: LatencyRow) =>
  `| ${r.name} | ${fmt(r.medianTotal, 0)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.cpuP50)} | ${fmt(r.p50 / like)} | ${fmt(r.cpuP50 / likeCpu)} | ${fmt(r.p50 / lookup, 0)} |`;
log(
  `| query | median matches | p50 ms | p95 ms | p50 CPU ms | p50 / LIKE-10k p50 | CPU p50 / LIKE-10k CPU p50 | p50 / lookup p50 |\n|---|---:|---:|---:|---:|---:|---:|---:|`,
);
for (const r of [...baselines, ...searches]) log(line(r));
const all = searches.flatMap((s) => [s.p95]);
log(`\nworst p95 over kinds: ${fmt(Math.max(...all))} ms; total run ${fmt((performance.now() - t0) / 1000, 0)} s`);
