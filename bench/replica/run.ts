// Replica benchmark. Serving: requests/s of the replica (first render, then cached) against a plain
// keep-alive Node server that only hands out the same pre-rendered bytes from a Map, measured in
// the same run with the same client. Generation: a world of ≥100k articles built and every page
// rendered in-process, against copying the same bytes (the floor any generator has to pay).
//   npx tsx bench/replica/run.ts [--articles 100000] [--requests 4000] [--concurrency 32]
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createSiteRenderer, createWorldOfSize, startReplica } from '../../replica/index.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    requests: { type: 'string', default: '4000' },
    concurrency: { type: 'string', default: '32' },
  },
});
const ARTICLES = Number(values.articles);
const REQUESTS = Number(values.requests);
const CONCURRENCY = Number(values.concurrency);

async function hammer(urls: string[]): Promise<{ seconds: number; bytes: number; errors: number }> {
  let next = 0;
  let bytes = 0;
  let errors = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < urls.length) {
        const u = urls[next++]!;
        const res = await fetch(u);
        const b = await res.arrayBuffer();
        if (res.status !== 200) errors++;
        bytes += b.byteLength;
      }
    }),
  );
  return { seconds: (performance.now() - t0) / 1000, bytes, errors };
}

function listen(s: Server): Promise<number> {
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)));
}

async function serving(): Promise<void> {
  const r = await startReplica({ seed: 1, days: 3, port: 0 });
  try {
    await fetch(`${r.baseUrl}/_replica/clock`, { method: 'POST', body: JSON.stringify({ t: new Date(r.world.end).toISOString() }) });
    const truth = r.truth({ bodies: false });
    const faulty = new Set(truth.faults.map((f) => f.url));
    const pool = truth.articles.map((a) => a.url).filter((u) => !faulty.has(u));
    const urls = Array.from({ length: REQUESTS }, (_, i) => pool[i % pool.length]!);
    const cold = await hammer(urls);
    const warm = await hammer(urls);

    // Baseline: the same bytes from a Map, no rendering, no clock, no cache bookkeeping.
    const pages = new Map<string, { type: string; body: Buffer }>();
    for (const u of new Set(urls)) {
      const res = await fetch(u);
      pages.set(new URL(u).host + new URL(u).pathname, { type: res.headers.get('content-type') ?? 'text/html', body: Buffer.from(await res.arrayBuffer()) });
    }
    const plain = createServer({ keepAliveTimeout: 10_000 }, (req, res) => {
      const p = pages.get(`${req.headers.host}${req.url}`) ?? pages.get([...pages.keys()][0]!)!;
      res.writeHead(200, { 'content-type': p.type, 'content-length': p.body.length });
      res.end(p.body);
    });
    const port = await listen(plain);
    const plainUrls = urls.map((u) => {
      const x = new URL(u);
      return `http://127.0.0.1:${port}${x.pathname}`;
    });
    // Key the baseline's pages by its own host so lookups hit.
    for (const [k, v] of [...pages]) pages.set(`127.0.0.1:${port}${k.slice(k.indexOf('/'))}`, v);
    const base = await hammer(plainUrls);
    plain.close();
    const rate = (x: { seconds: number }) => REQUESTS / x.seconds;
    console.log(`serving ${REQUESTS} article requests, ${CONCURRENCY} concurrent keep-alive clients (undici fetch)`);
    console.log(`  plain server (baseline): ${rate(base).toFixed(0)} req/s, ${(base.bytes / base.seconds / 1e6).toFixed(1)} MB/s`);
    console.log(`  replica, first render:   ${rate(cold).toFixed(0)} req/s  ratio ${(rate(cold) / rate(base)).toFixed(2)}  errors ${cold.errors}`);
    console.log(`  replica, cached:         ${rate(warm).toFixed(0)} req/s  ratio ${(rate(warm) / rate(base)).toFixed(2)}  errors ${warm.errors}`);
  } finally {
    await r.close();
  }
}

function generation(): void {
  const t0 = performance.now();
  const w = createWorldOfSize({ seed: 2, articles: ARTICLES });
  const built = (performance.now() - t0) / 1000;
  const renderer = createSiteRenderer(w, { port: 8610 });
  const t1 = performance.now();
  const bodies: Buffer[] = [];
  let bytes = 0;
  for (const a of w.articles) {
    const b = renderer.renderArticle(a, w.end).body;
    bytes += b.length;
    if (bodies.length < 2000) bodies.push(b);
  }
  const rendered = (performance.now() - t1) / 1000;
  // Floor: copying the same number of bytes of already rendered pages.
  const t2 = performance.now();
  let copied = 0;
  for (let i = 0; copied < bytes; i++) copied += Buffer.from(bodies[i % bodies.length]!).length;
  const copy = (performance.now() - t2) / 1000;
  console.log(`generation: world of ${w.articles.length} articles (${w.events.length} events, ${Math.round((w.end - w.start) / 86_400_000)} days) built in ${built.toFixed(1)} s`);
  console.log(`  rendered every article page in ${rendered.toFixed(1)} s: ${(w.articles.length / rendered).toFixed(0)} pages/s, ${(bytes / 1e6).toFixed(0)} MB`);
  console.log(`  copying the same bytes (floor): ${copy.toFixed(2)} s  ratio render/copy ${(rendered / copy).toFixed(1)}`);
}

await serving();
generation();
