// Ingest throughput of the Elasticsearch store against the SQLite store on the same articles in the
// same run (SQLite is the baseline of every ratio), plus the client's bulk helper writing the same
// documents without the upsert logic, and jieba segmentation alone for the runs that include it.
//   npm run bench:ingest-es [-- --articles 20000 --e2e 3000 --seed 1 --es-url http://127.0.0.1:9200]
// Needs a running Elasticsearch (`.ci/elasticsearch.sh start`). Indices and files are removed after.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Client } from '@elastic/elasticsearch';
import type { ArticleInput } from '../../core/types.js';
import { defaultSegmenter } from '../../indexer/segment/index.js';
import type { Segmenter } from '../../indexer/segment/types.js';
import { bulkWrite } from '../../indexer/store/elasticsearch/bulk.js';
import { DEFAULT_ES_URL, dropSchema, openElasticsearchStore, type ElasticsearchStore } from '../../indexer/store/elasticsearch/index.js';
import { articleDoc, urlId } from '../../indexer/store/elasticsearch/indices.js';
import { contentHash } from '../../indexer/store/identity.js';
import { openSqliteStore } from '../../indexer/store/sqlite/index.js';
import type { Store } from '../../indexer/store/types.js';
import { corpusArticle, lineMemoSegmenter, storyPool, type CorpusArticle } from '../search/corpus.js';
import { fmt, timed } from '../search/stats.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '20000' },
    e2e: { type: 'string', default: '3000' },
    batch: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    'es-url': { type: 'string', default: process.env.ES_URL ?? DEFAULT_ES_URL },
  },
});
const int = (name: 'articles' | 'e2e' | 'batch' | 'seed') => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got ${String(values[name])}`);
  return n;
};
const N = int('articles');
const E2E = Math.min(int('e2e'), N);
const BATCH = int('batch');
const seed = int('seed');
const esUrl = values['es-url']!;
const log = (s: string) => process.stdout.write(s + '\n');

interface Row {
  name: string;
  articles: number;
  ms: number;
  /** This process's CPU. */
  cpuMs: number;
  /** The Elasticsearch server's CPU over the same interval (0 for SQLite). */
  serverCpuMs: number;
}

async function serverCpuMs(client: Client): Promise<number> {
  const s = await client.nodes.stats({ node_id: '_local', metric: 'process' });
  return Object.values(s.nodes).reduce((n, node) => n + (node.process?.cpu?.total_in_millis ?? 0), 0);
}

async function measure(name: string, articles: number, client: Client | null, fn: () => Promise<unknown>): Promise<Row> {
  const before = client ? await serverCpuMs(client) : 0;
  const t = await timed(fn);
  const after = client ? await serverCpuMs(client) : 0;
  return { name, articles, ms: t.ms, cpuMs: t.cpuMs, serverCpuMs: after - before };
}

async function inBatches<T>(items: T[], fn: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) await fn(items.slice(i, i + BATCH));
}

const tmp = mkdtempSync(join(tmpdir(), 'ccm-bench-ingest-es-'));
const prefix = `bench-ingest-${Date.now().toString(36)}`;
const opened: ElasticsearchStore[] = [];
function esStore(name: string, segmenter: Segmenter): ElasticsearchStore {
  const s = openElasticsearchStore({ store: { kind: 'elasticsearch', url: esUrl, indexPrefix: `${prefix}-${name}` } }, { segmenter });
  opened.push(s);
  return s;
}

log(`# Ingest benchmark — Elasticsearch store vs SQLite store, ${new Date().toISOString()}`);
const pool = storyPool(seed, 30);
const items: CorpusArticle[] = Array.from({ length: N }, (_, i) => corpusArticle(pool, seed + 7, i));
const docs: ArticleInput[] = items.map((c) => c.input);
const analyses = items.map((c) => ({ url: c.input.url, analysis: c.analysis }));
const real = defaultSegmenter();
// Segmentation done beforehand and looked up by identity, so the first rows compare the stores' own
// cost (validation, hashing, lookups, documents or rows, full-text postings).
const memo = lineMemoSegmenter(real);
const segmented = new Map<string, string>();
for (const d of docs) for (const t of [d.title, d.body]) segmented.set(t, memo.indexText(t));
const precomputed: Segmenter = { cut: (t) => real.cut(t), indexText: (t) => segmented.get(t) ?? real.indexText(t) };
const chars = docs.reduce((n, d) => n + d.title.length + d.body.length, 0) / docs.length;
log(`articles: ${N} (title + body ${fmt(chars, 0)} characters on average), batches of ${BATCH}; Elasticsearch at ${esUrl}`);

/** Each measured row with the row it is compared against (itself for a baseline). */
const rows: { r: Row; base: Row }[] = [];
const add = (r: Row, base: Row = r): Row => (rows.push({ r, base }), r);
const sqlite: Store = await openSqliteStore({ file: join(tmp, 'store.sqlite'), segmenter: precomputed });
const es = esStore('main', precomputed);
const raw = esStore('raw', precomputed);
const rawQuiet = esStore('quiet', precomputed);
/** The document upsertArticles would store for a new article. */
const storedDoc = (d: ArticleInput) => articleDoc({ ...d, contentHash: contentHash(d), firstFetchedAt: d.fetchedAt, analysis: null }, precomputed);
try {
  await Promise.all([es.init(), raw.init(), rawQuiet.init()]);
  log(`server: Elasticsearch ${es.serverVersion ?? '?'}\n`);

  const sqliteNew = add(await measure('SQLite upsertArticles, new', N, null, () => inBatches(docs, (b) => sqlite.upsertArticles(b))));
  add(
    await measure('ES upsertArticles, new, until searchable', N, es.client, async () => {
      await inBatches(docs, (b) => es.upsertArticles(b));
      await es.counts();
    }),
    sqliteNew,
  );
  add(
    await measure('ES bulk helper alone, same documents, until searchable', N, raw.client, async () => {
      const failures = await bulkWrite(
        raw.client,
        docs.map((d) => ({
          action: 'index' as const,
          index: raw.names.alias('articles'),
          id: urlId(d.url),
          doc: storedDoc(d),
        })),
      );
      if (failures.length) throw new Error(`${failures.length} documents refused`);
      await raw.client.indices.refresh({ index: raw.names.alias('articles') });
    }),
    sqliteNew,
  );
  add(
    await measure('ES bulk helper alone, refreshes off during the load (as ccm reindex)', N, rawQuiet.client, async () => {
      const index = rawQuiet.names.alias('articles');
      await rawQuiet.client.indices.putSettings({ index, settings: { refresh_interval: '-1' } });
      const failures = await bulkWrite(rawQuiet.client, docs.map((d) => ({ action: 'index' as const, index, id: urlId(d.url), doc: storedDoc(d) })));
      if (failures.length) throw new Error(`${failures.length} documents refused`);
      await rawQuiet.client.indices.refresh({ index });
    }),
    sqliteNew,
  );
  const sqliteAgain = add(await measure('SQLite upsertArticles, same content again', N, null, () => inBatches(docs, (b) => sqlite.upsertArticles(b))));
  add(await measure('ES upsertArticles, same content again', N, es.client, () => inBatches(docs, (b) => es.upsertArticles(b))), sqliteAgain);
  const sqliteAnalyses = add(await measure('SQLite setAnalyses', N, null, () => inBatches(analyses, (b) => sqlite.setAnalyses(b))));
  add(
    await measure('ES setAnalyses, until searchable', N, es.client, async () => {
      await inBatches(analyses, (b) => es.setAnalyses(b));
      await es.counts();
    }),
    sqliteAnalyses,
  );
  const [sc, ec] = await Promise.all([sqlite.counts(), es.counts()]);
  if (sc.articles !== N || ec.articles !== N || sc.analyzed !== ec.analyzed) throw new Error(`counts differ: SQLite ${JSON.stringify(sc)}, ES ${JSON.stringify(ec)}`);

  const e2e = docs.slice(0, E2E);
  const sqliteJieba = await openSqliteStore({ file: join(tmp, 'jieba.sqlite'), segmenter: real });
  const esJieba = esStore('jieba', real);
  await esJieba.init();
  try {
    const jieba = await measure('jieba indexText alone, same articles', E2E, null, async () => e2e.forEach((d) => (real.indexText(d.title), real.indexText(d.body))));
    add(await measure('SQLite upsertArticles, new, jieba included', E2E, null, () => inBatches(e2e, (b) => sqliteJieba.upsertArticles(b))), jieba);
    add(
      await measure('ES upsertArticles, new, jieba included, until searchable', E2E, esJieba.client, async () => {
        await inBatches(e2e, (b) => esJieba.upsertArticles(b));
        await esJieba.counts();
      }),
      jieba,
    );
    add(jieba);
  } finally {
    await sqliteJieba.close();
  }
} finally {
  await sqlite.close();
  for (const s of opened) {
    await dropSchema(s.client, s.names);
    await s.close();
  }
  rmSync(tmp, { recursive: true, force: true });
}

const perSecond = (r: Row) => (r.articles / r.ms) * 1000;
const perCpuSecond = (r: Row) => (r.articles / (r.cpuMs + r.serverCpuMs)) * 1000;
log('| path | articles | articles/s (wall) | articles per CPU-second (client + server) | ratio to baseline (wall / CPU) |');
log('|---|---:|---:|---:|---:|');
for (const { r, base } of rows) {
  const ratio = r === base ? 'baseline' : `${fmt(perSecond(r) / perSecond(base), 3)} / ${fmt(perCpuSecond(r) / perCpuSecond(base), 3)} (vs ${base.name})`;
  log(`| ${r.name} | ${r.articles} | ${fmt(perSecond(r), 0)} | ${fmt(perCpuSecond(r), 0)} | ${ratio} |`);
}
log('\nClient CPU is this process; server CPU is the Elasticsearch JVM (nodes stats), 0 for SQLite, which runs in-process.');
log('"until searchable" includes the refresh that makes the writes visible to search (SQLite writes are visible at commit).');
