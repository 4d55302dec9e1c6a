// Search latency by kind of query, against two baselines measured in the same run on the same file:
// an indexed lookup of one article by URL, and a LIKE scan over the bodies of 10 000 rows (what
// searching without a full-text index costs on a small table).
import Database from 'better-sqlite3';
import type { Segmenter } from '../../indexer/segment/types.js';
import type { SearchQuery, Store } from '../../indexer/store/types.js';
import { corpusArticle, rng, type StoryPool } from './corpus.js';
import { percentile, timed } from './stats.js';

export interface LatencyRow {
  name: string;
  samples: number;
  p50: number;
  p95: number;
  /** Median number of matches (search.total), or rows scanned for baselines. */
  medianTotal: number;
}

type QueryMaker = (r: () => number) => SearchQuery;

interface Pick {
  words: string[];
  cityCode: string | null;
  provinceCode: string | null;
}

/** Words of a random headline (two or more, Han, two characters or longer) and that story's place. */
function headlineWords(segmenter: Segmenter, pool: StoryPool, r: () => number): Pick {
  for (;;) {
    const s = pool.stories[Math.floor(r() * pool.stories.length)]!;
    const words = segmenter.cut(s.title).filter((t) => t.length >= 2 && /\p{Script=Han}/u.test(t));
    if (words.length >= 2) return { words, cityCode: s.analysis.city?.code ?? null, provinceCode: s.analysis.province?.code ?? null };
  }
}

function pick<T>(xs: T[], r: () => number): T {
  return xs[Math.floor(r() * xs.length)]!;
}

export function queryKinds(segmenter: Segmenter, pool: StoryPool): Record<string, QueryMaker> {
  const month = (r: () => number) => {
    const from = Date.UTC(2026, Math.floor(r() * 11), 1);
    return { from: new Date(from).toISOString(), to: new Date(from + 30 * 86_400_000).toISOString() };
  };
  const one = (r: () => number) => pick(headlineWords(segmenter, pool, r).words, r);
  const placed = (r: () => number): Pick & { cityCode: string; provinceCode: string } => {
    for (;;) {
      const p = headlineWords(segmenter, pool, r);
      if (p.cityCode && p.provinceCode) return { ...p, cityCode: p.cityCode, provinceCode: p.provinceCode };
    }
  };
  return {
    'one word, by relevance': (r) => ({ text: one(r) }),
    'two words, by relevance': (r) => ({ text: headlineWords(segmenter, pool, r).words.slice(0, 2).join(' ') }),
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
  pool: StoryPool;
  seed: number;
  articles: number;
  queries: number;
}): Promise<{ baselines: LatencyRow[]; searches: LatencyRow[] }> {
  const { store } = opts;
  const r = rng(opts.seed + 7);
  const row = (name: string, ms: number[], totals: number[]): LatencyRow => ({
    name,
    samples: ms.length,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    medianTotal: percentile(totals, 50),
  });

  // Warm the page cache the way a running server would be warm.
  for (let i = 0; i < 20; i++) await store.search({ text: pick(headlineWords(opts.segmenter, opts.pool, r).words, r) });

  const lookups: number[] = [];
  for (let i = 0; i < opts.queries * 5; i++) {
    const url = corpusArticle(opts.pool, opts.seed, Math.floor(r() * opts.articles)).input.url;
    const { ms, value } = await timed(() => store.getArticle(url));
    if (!value) throw new Error(`benchmark corpus is missing ${url}`);
    lookups.push(ms);
  }
  const db = new Database(opts.file, { readonly: true });
  const like = db.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM (SELECT body FROM articles ORDER BY id LIMIT 10000) WHERE body LIKE ?`);
  const scans: number[] = [];
  const scanHits: number[] = [];
  for (let i = 0; i < opts.queries; i++) {
    const w = pick(headlineWords(opts.segmenter, opts.pool, r).words, r);
    const { ms, value } = await timed(() => like.get(`%${w}%`)!.n);
    scans.push(ms);
    scanHits.push(value);
  }
  db.close();
  const baselines = [row('baseline: getArticle by URL (indexed lookup)', lookups, lookups.map(() => 1)), row('baseline: LIKE scan of 10 000 bodies', scans, scanHits)];

  const searches: LatencyRow[] = [];
  for (const [name, make] of Object.entries(queryKinds(opts.segmenter, opts.pool))) {
    const ms: number[] = [];
    const totals: number[] = [];
    for (let i = 0; i < opts.queries; i++) {
      const q = make(r);
      const t = await timed(() => store.search(q));
      ms.push(t.ms);
      totals.push(t.value.total);
    }
    searches.push(row(name, ms, totals));
  }
  return { baselines, searches };
}
