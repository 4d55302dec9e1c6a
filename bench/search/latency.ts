// Search latency by kind of query, against two baselines measured in the same run on the same file:
// an indexed lookup of one article by URL, and a LIKE scan over the bodies of 10 000 rows (what
// searching without a full-text index costs on a small table).
import Database from 'better-sqlite3';
import type { Segmenter } from '../../indexer/segment/types.js';
import type { SearchQuery, Store } from '../../indexer/store/types.js';
import { rng } from './corpus.js';
import { percentile, timed } from './stats.js';

export interface LatencyRow {
  name: string;
  samples: number;
  p50: number;
  p95: number;
  /** Median CPU time of this process per query: steadier than wall time on a shared machine. */
  cpuP50: number;
  /** Median number of matches (search.total), or rows scanned for baselines. */
  medianTotal: number;
}

type QueryMaker = (r: () => number) => SearchQuery;

/** A stored article the queries are drawn from: what users type comes from headlines. */
interface Sample {
  url: string;
  words: string[];
  cityCode: string | null;
  provinceCode: string | null;
}

/**
 * Random stored articles whose headline has two or more Han words of two characters or more. Drawn
 * from the database, so the queries fit the corpus however it was generated.
 */
function sampler(db: Database.Database, segmenter: Segmenter): (r: () => number) => Sample {
  const maxId = (db.prepare('SELECT max(id) AS n FROM articles').get() as { n: number }).n;
  const byId = db.prepare<[number], { url: string; title: string; city_code: string | null; province_code: string | null }>(
    'SELECT url, title, city_code, province_code FROM articles WHERE id = ?',
  );
  return (r) => {
    for (;;) {
      const row = byId.get(1 + Math.floor(r() * maxId));
      if (!row) continue;
      const words = segmenter.cut(row.title).filter((t) => t.length >= 2 && /\p{Script=Han}/u.test(t));
      if (words.length >= 2) return { url: row.url, words, cityCode: row.city_code, provinceCode: row.province_code };
    }
  };
}

function pick<T>(xs: T[], r: () => number): T {
  return xs[Math.floor(r() * xs.length)]!;
}

export function queryKinds(sample: (r: () => number) => Sample): Record<string, QueryMaker> {
  const month = (r: () => number) => {
    const from = Date.UTC(2026, Math.floor(r() * 11), 1);
    return { from: new Date(from).toISOString(), to: new Date(from + 30 * 86_400_000).toISOString() };
  };
  const one = (r: () => number) => pick(sample(r).words, r);
  const placed = (r: () => number): Sample & { cityCode: string; provinceCode: string } => {
    for (;;) {
      const p = sample(r);
      if (p.cityCode && p.provinceCode) return { ...p, cityCode: p.cityCode, provinceCode: p.provinceCode };
    }
  };
  return {
    'one word, by relevance': (r) => ({ text: one(r) }),
    'two words, by relevance': (r) => ({ text: sample(r).words.slice(0, 2).join(' ') }),
    'one word, by date': (r) => ({ text: one(r), sort: 'date' }),
    'one word + its city + a month': (r) => {
      const p = placed(r);
      return { text: pick(p.words, r), cityCode: p.cityCode, ...month(r) };
    },
    'one word + polarity + 3 sources': (r) => ({ text: one(r), polarity: ['breach'], sourceIds: ['people', 'xinhuanet', 'sina'] }),
    'filters only: province + polarity': (r) => ({ provinceCode: placed(r).provinceCode, polarity: ['breach', 'response'] }),
    'one word, page 26 (offset 500)': (r) => ({ text: one(r), offset: 500 }),
  };
}

export async function measureLatency(opts: {
  store: Store;
  file: string;
  segmenter: Segmenter;
  seed: number;
  queries: number;
}): Promise<{ baselines: LatencyRow[]; searches: LatencyRow[] }> {
  const { store } = opts;
  const r = rng(opts.seed + 7);
  const row = (name: string, runs: { ms: number; cpuMs: number }[], totals: number[]): LatencyRow => ({
    name,
    samples: runs.length,
    p50: percentile(runs.map((t) => t.ms), 50),
    p95: percentile(runs.map((t) => t.ms), 95),
    cpuP50: percentile(runs.map((t) => t.cpuMs), 50),
    medianTotal: percentile(totals, 50),
  });
  const db = new Database(opts.file, { readonly: true });
  const sample = sampler(db, opts.segmenter);

  // Warm the page cache the way a running server would be warm.
  for (let i = 0; i < 20; i++) await store.search({ text: pick(sample(r).words, r) });

  const lookups: { ms: number; cpuMs: number }[] = [];
  for (let i = 0; i < opts.queries * 5; i++) {
    const { url } = sample(r);
    const t = await timed(() => store.getArticle(url));
    if (!t.value) throw new Error(`getArticle lost ${url}`);
    lookups.push(t);
  }
  const like = db.prepare<[string], { n: number }>(
    `SELECT count(*) AS n FROM (SELECT body FROM article_bodies ORDER BY id LIMIT 10000) WHERE body LIKE ?`,
  );
  const scans: { ms: number; cpuMs: number }[] = [];
  const scanHits: number[] = [];
  for (let i = 0; i < opts.queries; i++) {
    const w = pick(sample(r).words, r);
    const t = await timed(() => like.get(`%${w}%`)!.n);
    scans.push(t);
    scanHits.push(t.value);
  }
  const baselines = [row('baseline: getArticle by URL (indexed lookup)', lookups, lookups.map(() => 1)), row('baseline: LIKE scan of 10 000 bodies', scans, scanHits)];

  const searches: LatencyRow[] = [];
  for (const [name, make] of Object.entries(queryKinds(sample))) {
    const runs: { ms: number; cpuMs: number }[] = [];
    const totals: number[] = [];
    for (let i = 0; i < opts.queries; i++) {
      const q = make(r);
      const t = await timed(() => store.search(q));
      runs.push(t);
      totals.push(t.value.total);
    }
    searches.push(row(name, runs, totals));
  }
  db.close();
  return { baselines, searches };
}
