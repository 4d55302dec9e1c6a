// Crawl throughput on the replica against a plain keep-alive HTTP client fetching the same URLs in
// the same run: the crawler's fetch layer alone (Crawlee HTTP engine, robots, politeness gate), and the
// whole article path (fetch, charset, extraction, store), each as pages/s and as a ratio.
//
//   npm run bench:crawl -- [--pages 1000] [--concurrency 16] [--rounds 3]
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { simulatedClock } from '../../core/clock.js';
import { SettingsSchema } from '../../core/settings.js';
import type { NationalSource } from '../../core/sources.js';
import { fetchDueArticles } from '../../crawler/articles/index.js';
import { setReplicaClock } from '../../crawler/demo/index.js';
import { createFetcher } from '../../crawler/fetch/fetcher.js';
import { defaultExtract } from '../../crawler/index.js';
import { allowedHosts, loadReplicaSources } from '../../crawler/registry/index.js';
import { openSqliteStore } from '../../indexer/store/sqlite/index.js';

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '16' },
    rounds: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
  },
});
const PAGES = Number(args.pages);
const CONCURRENCY = Number(args.concurrency);
const ROUNDS = Number(args.rounds);

/** The replica in its own process, so its page rendering does not share our event loop. */
async function startReplicaProcess(): Promise<{ baseUrl: string; stop(): void }> {
  const child = spawn(process.execPath, ['bin/ccm.js', 'replica', '--seed', String(args.seed), '--days', '1'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const first = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once('line', (l) => resolve(l.trim()));
    child.once('exit', (code) => reject(new Error(`ccm replica exited with ${code}`)));
  });
  return { baseUrl: first, stop: () => child.kill('SIGTERM') };
}

async function pool<T>(items: T[], n: number, work: (x: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

/** The baseline: Node's http.Agent with keep-alive, each body read whole, nothing else. */
async function plainKeepAlive(urls: string[]): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const t = performance.now();
  await pool(urls, CONCURRENCY, (url) =>
    new Promise<void>((resolve, reject) => {
      get(url, { agent }, (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve());
        res.on('error', reject);
      }).on('error', reject);
    }),
  );
  const ms = performance.now() - t;
  agent.destroy();
  return ms;
}

const replica = await startReplicaProcess();
try {
  const truth = (await (await fetch(`${replica.baseUrl}/_replica/truth?bodies=0`)).json()) as {
    end: string;
    articles: { url: string; siteId: string; publishedAt: string }[];
    faults: { url: string }[];
  };
  const endMs = Date.parse(truth.end);
  await setReplicaClock(replica.baseUrl, new Date(endMs));
  const sources = (await loadReplicaSources(replica.baseUrl)).filter((s): s is NationalSource => s.kind === 'national');
  const bySite = new Map(sources.map((s) => [s.id, s]));
  const broken = new Set(truth.faults.map((f) => f.url));
  // Pages on a host with a robots.txt Crawl-delay would measure the delay, not the crawler.
  const delayed = new Set<string>();
  for (const s of sources) for (const h of s.hosts) delayed.add(h);
  const articles = truth.articles
    .filter((a) => !broken.has(a.url) && !delayed.has(new URL(a.url).host) && Date.parse(a.publishedAt) < endMs)
    .slice(0, PAGES);
  const urls = articles.map((a) => a.url);
  // One retry, as in a crawl: a keep-alive socket the server closed meanwhile answers ECONNRESET once.
  const settings = SettingsSchema.parse({ crawler: { perHostDelayMs: 0, perHostConcurrency: CONCURRENCY, maxRetries: 1 } });
  const clock = simulatedClock(endMs);

  // The replica renders each page once and then serves it from its cache: warm it up first.
  await plainKeepAlive(urls);
  const results: { plain: number; fetcher: number; pipeline: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const plain = await plainKeepAlive(urls);

    const fetcher = createFetcher({ crawler: settings.crawler, clock, httpConcurrency: CONCURRENCY });
    await fetcher.fetch({ url: urls[0]!, mode: 'http', allowedHosts: allowedHosts(bySite.get(articles[0]!.siteId)!) });
    let t = performance.now();
    const failures: string[] = [];
    await pool(articles, CONCURRENCY, async (a) => {
      const o = await fetcher.fetch({ url: a.url, mode: 'http', allowedHosts: allowedHosts(bySite.get(a.siteId)!) });
      if (!o.ok) failures.push(`${o.kind}: ${o.message}`);
    });
    const fetchMs = performance.now() - t;
    if (failures.length) throw new Error(`${failures.length} fetches failed, e.g. ${failures.slice(0, 3).join('; ')}`);

    const store = await openSqliteStore({ file: join(mkdtempSync(join(tmpdir(), 'ccm-bench-crawl-')), 'ccm.sqlite') });
    await store.addLinks(articles.map((a) => ({ url: a.url, sourceId: a.siteId, discoveredAt: clock.now().toISOString(), via: 'bench' })));
    t = performance.now();
    const done = await fetchDueArticles(
      { store, fetcher, clock, sources: bySite, extract: defaultExtract },
      { concurrency: CONCURRENCY, perHostInFlight: CONCURRENCY },
    );
    const pipelineMs = performance.now() - t;
    const stored = done.filter((d) => d.outcome === 'created').length;
    if (stored !== articles.length) throw new Error(`only ${stored} of ${articles.length} articles stored: ${JSON.stringify(done.filter((d) => d.outcome !== "created").slice(0, 5))}`);
    await store.close();
    await fetcher.close();
    results.push({ plain, fetcher: fetchMs, pipeline: pipelineMs });
    process.stderr.write(`round ${round + 1}: plain ${plain.toFixed(0)} ms, fetcher ${fetchMs.toFixed(0)} ms, fetch+extract+store ${pipelineMs.toFixed(0)} ms\n`);
  }

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const plain = median(results.map((r) => r.plain));
  const fetcherMs = median(results.map((r) => r.fetcher));
  const pipeline = median(results.map((r) => r.pipeline));
  const rate = (ms: number) => (urls.length / (ms / 1000)).toFixed(0);
  process.stdout.write(
    [
      `crawl throughput on the replica: ${urls.length} article pages, concurrency ${CONCURRENCY}, median of ${ROUNDS} rounds`,
      `  plain keep-alive http.Agent (baseline) ${rate(plain).padStart(6)} pages/s`,
      `  crawler fetch layer (Crawlee)          ${rate(fetcherMs).padStart(6)} pages/s   ${(plain / fetcherMs).toFixed(2)}× baseline`,
      `  fetch + decode + extract + store       ${rate(pipeline).padStart(6)} pages/s   ${(plain / pipeline).toFixed(2)}× baseline`,
      '',
    ].join('\n'),
  );
} finally {
  replica.stop();
}
