// Ingest pipeline throughput: replica article pages through extract → store → segment, classify,
// locate → cluster → store (events and analyses), against nodejieba segmentation alone on the same
// extracted text in the same run (the baseline of every ratio). SQLite always; Elasticsearch too
// when ES_URL is set (then it runs, or the benchmark fails).
//
//   npm run bench:ingest [-- --articles 100000 --seed 1 --chunk 2000 --batch 500]
//
// Pages come from the replica's programmatic API (every article page of a world big enough),
// rendered in memory chunk by chunk; rendering stands in for the network and is not timed.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { simulatedClock, toShanghaiIso } from '../../core/clock.js';
import type { ArticleHints } from '../../core/sources.js';
import type { ArticleInput } from '../../core/types.js';
import { decodeHtml } from '../../crawler/charset.js';
import { extractArticle } from '../../crawler/extract/index.js';
import { canonicalUrl } from '../../crawler/urls.js';
import { analyzeStore } from '../../indexer/pipeline/analyze-store.js';
import { defaultAnalyzers } from '../../indexer/pipeline/analyzers.js';
import type { Analyzers } from '../../indexer/pipeline/types.js';
import { defaultTermWeighting } from '../../indexer/dedup/terms.js';
import { defaultSegmenter } from '../../indexer/segment/index.js';
import { dropSchema, openElasticsearchStore, type ElasticsearchStore } from '../../indexer/store/elasticsearch/index.js';
import { openSqliteStore } from '../../indexer/store/sqlite/index.js';
import type { Store, StoreWrite } from '../../indexer/store/types.js';
import { createSiteRenderer, createWorldOfSize, startReplica } from '../../replica/index.js';
import type { World } from '../../replica/world/world.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    chunk: { type: 'string', default: '2000' },
    batch: { type: 'string', default: '500' },
  },
});
const int = (name: 'articles' | 'seed' | 'chunk' | 'batch') => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got ${String(values[name])}`);
  return n;
};
const N = int('articles');
const SEED = int('seed');
const CHUNK = int('chunk');
const BATCH = int('batch');
const ES_URL = process.env.ES_URL;
const log = (s: string) => process.stdout.write(s + '\n');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rate = (n: number, ms: number) => `${((n * 1000) / ms).toFixed(0)} articles/s`;

/** Every timed step of one run, in milliseconds. */
interface Timings {
  /** CPU time (user + system) of this process over the whole pipeline. */
  cpu: number;
  extract: number;
  upsert: number;
  analyze: number;
  classify: number;
  locate: number;
  segment: number;
  analysisWrites: number;
}

/** nodejieba alone on the same extracted text: wall and CPU milliseconds. */
interface Baseline {
  ms: number;
  cpu: number;
  chars: number;
}

interface Corpus {
  world: World;
  hints: Map<string, Partial<ArticleHints>>;
  htmlBytes: number;
}

async function siteHints(): Promise<Map<string, Partial<ArticleHints>>> {
  // The replica's site descriptors carry each site's extractor hints, as config/sources does for real sites.
  const r = await startReplica({ seed: SEED, days: 1, port: 0 });
  try {
    return new Map(r.sites.flatMap((s) => (s.kind === 'national' ? [[s.id, s.article.hints] as const] : [])));
  } finally {
    await r.close();
  }
}

/** Analyzers that add up the time spent in each stage. */
function timedAnalyzers(base: Analyzers, t: Timings): Analyzers {
  const time = <A extends unknown[], R>(key: 'classify' | 'locate' | 'segment', f: (...a: A) => R) => (...a: A): R => {
    const s = performance.now();
    try {
      return f(...a);
    } finally {
      t[key] += performance.now() - s;
    }
  };
  return {
    ...base,
    classify: time('classify', base.classify),
    locate: time('locate', base.locate),
    segmenter: { cut: time('segment', base.segmenter.cut), indexText: base.segmenter.indexText },
  };
}

const require = createRequire(import.meta.url);
const jieba = require('nodejieba') as { cut(text: string, hmm?: boolean): string[] };

/**
 * Extract every page into the store, chunk by chunk, timing extraction and storage; the baseline
 * segments the same extracted title and body with nodejieba alone, once per corpus.
 */
async function ingest(corpus: Corpus, store: Store, t: Timings, baseline: Baseline | null): Promise<number> {
  const renderer = createSiteRenderer(corpus.world, { port: 8610 });
  const articles = corpus.world.articles.slice(0, N);
  const fetchedAt = new Date(corpus.world.end).toISOString();
  let stored = 0;
  for (let i = 0; i < articles.length; i += CHUNK) {
    const pages = articles.slice(i, i + CHUNK).map((a) => {
      const res = renderer.renderArticle(a, corpus.world.end);
      if (baseline) corpus.htmlBytes += res.body.length;
      return { a, url: `${renderer.origin(a.address)}${a.path}`, res };
    });
    let s = performance.now();
    const inputs: ArticleInput[] = pages.map(({ a, url, res }) => {
      const html = decodeHtml(res.body, res.headers['content-type'] ?? null).text;
      const x = extractArticle(html, { url, hints: corpus.hints.get(a.siteId) });
      return { url: canonicalUrl(url), sourceId: a.siteId, title: x.title, publishedAt: x.publishedAt, source: x.source, body: x.body, fetchedAt };
    });
    t.extract += performance.now() - s;
    if (baseline) {
      s = performance.now();
      const c = process.cpuUsage();
      for (const x of inputs) {
        jieba.cut(x.title, true);
        jieba.cut(x.body, true);
        baseline.chars += x.title.length + x.body.length;
      }
      const used = process.cpuUsage(c);
      baseline.cpu += (used.user + used.system) / 1000;
      baseline.ms += performance.now() - s;
    }
    s = performance.now();
    await store.upsertArticles(inputs);
    t.upsert += performance.now() - s;
    stored += inputs.length;
  }
  return stored;
}

async function run(name: string, corpus: Corpus, store: Store, baseline: Baseline | null): Promise<{ t: Timings; events: number; stored: number }> {
  const t: Timings = { cpu: 0, extract: 0, upsert: 0, analyze: 0, classify: 0, locate: 0, segment: 0, analysisWrites: 0 };
  const cpu = process.cpuUsage();
  const stored = await ingest(corpus, store, t, baseline);
  const s = performance.now();
  const r = await analyzeStore(store, {
    clock: simulatedClock(corpus.world.end),
    analyzers: timedAnalyzers(defaultAnalyzers(), t),
    batchSize: BATCH,
    onProgress: (p) => process.stderr.write(`\r${name}: analysed ${p.done}/${p.total}`),
  });
  t.analyze = performance.now() - s;
  const used = process.cpuUsage(cpu);
  t.cpu = (used.user + used.system) / 1000 - (baseline?.cpu ?? 0);
  process.stderr.write('\n');
  const counts = await store.counts();
  if (counts.analyzed !== counts.articles) throw new Error(`${name}: ${counts.analyzed} of ${counts.articles} articles analysed`);
  if (r.analyzed !== stored) throw new Error(`${name}: stored ${stored} articles but analysed ${r.analyzed}`);
  return { t, events: counts.events, stored };
}

function report(name: string, r: { t: Timings; events: number; stored: number }, baseline: Baseline): void {
  const { t } = r;
  const total = t.extract + t.upsert + t.analyze;
  const cluster = t.analyze - t.classify - t.locate - t.segment - t.analysisWrites;
  log(`\n${name}: ${r.stored} articles → ${r.events} events`);
  log(`  extract (charset + extractor)       ${secs(t.extract).padStart(9)}  ${rate(r.stored, t.extract)}`);
  log(`  store articles (upsert + full text)  ${secs(t.upsert).padStart(9)}  ${rate(r.stored, t.upsert)}`);
  log(`  analyse                              ${secs(t.analyze).padStart(9)}  ${rate(r.stored, t.analyze)}`);
  log(`    classify                           ${secs(t.classify).padStart(9)}`);
  log(`    locate                             ${secs(t.locate).padStart(9)}`);
  log(`    segment for clustering             ${secs(t.segment).padStart(9)}`);
  log(`    store events + analyses            ${secs(t.analysisWrites).padStart(9)}`);
  log(`    cluster, reads and the rest        ${secs(cluster).padStart(9)}`);
  log(`  whole pipeline                       ${secs(total).padStart(9)}  ${rate(r.stored, total)}`);
  log(`  ratio to nodejieba segmentation alone: ${(baseline.ms / total).toFixed(3)} (the pipeline takes ${(total / baseline.ms).toFixed(1)}× as long)`);
  log(`  in CPU time of this process: pipeline ${secs(t.cpu)} vs segmentation ${secs(baseline.cpu)}, ratio ${(baseline.cpu / t.cpu).toFixed(3)}`);
}

log(`# Ingest pipeline benchmark, ${new Date().toISOString()}`);
let s = performance.now();
const world = createWorldOfSize({ seed: SEED, articles: N });
log(`replica world: ${world.articles.length} articles (${world.events.length} events, ${Math.round((world.end - world.start) / 86_400_000)} days), built in ${secs(performance.now() - s)}; using the first ${Math.min(N, world.articles.length)}`);
const corpus: Corpus = { world, hints: await siteHints(), htmlBytes: 0 };
// Process start-up (dictionaries, lexicons, IDF table) is not ingest.
defaultSegmenter().cut('预热');
defaultAnalyzers();
defaultTermWeighting();

const tmp = mkdtempSync(join(tmpdir(), 'ccm-bench-ingest-'));
const baseline: Baseline = { ms: 0, cpu: 0, chars: 0 };
try {
  const writes = { ms: 0 };
  const onWrite = (w: StoreWrite) => {
    if (w.op === 'events' || w.op === 'analyses') writes.ms += w.ms;
  };
  const sqlite = await openSqliteStore({ file: join(tmp, 'ingest.sqlite'), hooks: { onWrite } });
  let sq: Awaited<ReturnType<typeof run>>;
  try {
    sq = await run('sqlite', corpus, sqlite, baseline);
    sq.t.analysisWrites = writes.ms;
  } finally {
    await sqlite.close();
  }
  log(`pages: ${sq.stored} (${(corpus.htmlBytes / 1e6).toFixed(0)} MB of HTML), extracted text ${(baseline.chars / 1e6).toFixed(1)} M characters (${(baseline.chars / sq.stored).toFixed(0)} per article)`);
  log(`baseline, nodejieba segmentation alone of the extracted titles and bodies: ${secs(baseline.ms)}  ${rate(sq.stored, baseline.ms)} (CPU ${secs(baseline.cpu)})`);
  report('SQLite', sq, baseline);

  if (ES_URL) {
    writes.ms = 0;
    const es: ElasticsearchStore = openElasticsearchStore({ store: { kind: 'elasticsearch', url: ES_URL, indexPrefix: 'ccm' } }, { indexPrefix: `bench-ingest-${Date.now().toString(36)}`, hooks: { onWrite } });
    try {
      await es.init();
      const r = await run('elasticsearch', corpus, es, null);
      r.t.analysisWrites = writes.ms;
      report(`Elasticsearch ${es.serverVersion ?? ''} at ${ES_URL}`, r, baseline);
    } finally {
      await dropSchema(es.client, es.names);
      await es.close();
    }
  } else {
    log('\nElasticsearch: not run (set ES_URL, e.g. after `.ci/elasticsearch.sh start`, to include it)');
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
log(`finished ${toShanghaiIso(Date.now())}`);
