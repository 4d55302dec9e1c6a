// A large synthetic corpus of realistic Chinese news for the search benchmark, made quickly.
//
// The text comes from the replica's world generator (headlines and paragraphs written from its
// scenario templates, with real city names, companies, amounts, datelines). A world of ~10k articles
// is generated once; each benchmark article takes one world article's headline and paragraphs, and
// paragraphs of others up to a realistic length, with a publish time spread over a year. Segmenting a million bodies
// with jieba would take longer than the benchmark may, so the segmenter is memoised per paragraph:
// every paragraph is segmented by the real segmenter exactly once, and a body's index text is the
// concatenation of its paragraphs' (jieba does not segment across a line break, so this is what it
// would produce for the whole body).
import { toShanghaiIso } from '../../core/clock.js';
import type { ArticleAnalysis, ArticleInput } from '../../core/types.js';
import type { Segmenter } from '../../indexer/segment/types.js';
import { createWorld } from '../../replica/world/world.js';

export interface CorpusArticle {
  input: ArticleInput;
  analysis: ArticleAnalysis;
}

interface Story {
  siteId: string;
  source: string;
  title: string;
  paragraphs: string[];
  analysis: Omit<ArticleAnalysis, 'analyzedAt'>;
}

export interface StoryPool {
  stories: Story[];
  paragraphs: number;
  /** Words of headlines, for queries that look like what users type. */
  headlines: string[];
}

/** mulberry32: a small, fast, seeded generator. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The replica world's articles as reusable stories with their true analysis. */
export function storyPool(seed: number, days: number): StoryPool {
  const world = createWorld({ seed, days });
  const stories = world.articles.map((a): Story => {
    const e = a.event;
    const city = e?.city ?? a.facts.place?.city ?? null;
    return {
      siteId: a.siteId,
      source: a.source,
      title: a.title,
      paragraphs: world.body(a),
      analysis: {
        polarity: e?.polarity ?? 'irrelevant',
        domain: e?.domain ?? null,
        sector: e?.sector ?? null,
        severity: e?.severity ?? 0,
        confidence: 1,
        evidence: [],
        city: city ? { code: city.code, name: city.name } : null,
        province: city ? { code: city.province.code, name: city.province.name } : null,
        county: null,
        cities: city ? [{ code: city.code, name: city.name, role: 'primary', matched: [city.shortName] }] : [],
        eventId: e?.id ?? null,
        version: 'bench-truth',
      },
    };
  });
  return { stories, paragraphs: stories.reduce((n, s) => n + s.paragraphs.length, 0), headlines: stories.map((s) => s.title) };
}

const YEAR_MS = 365 * 86_400_000;

/** Article `i` of the corpus: deterministic in (seed, i), so a cached database can be trusted. */
export function corpusArticle(pool: StoryPool, seed: number, i: number): CorpusArticle {
  const r = rng(seed * 1_000_003 + i);
  const { stories } = pool;
  const a = stories[Math.floor(r() * stories.length)]!;
  // Replica bodies are short wire items; real reports run to several hundred characters, so other
  // stories' paragraphs are appended until the body is 400–1200 characters long.
  const paragraphs = [...a.paragraphs];
  const target = 400 + Math.floor(r() * 800);
  for (let length = paragraphs.join('').length; length < target; ) {
    const b = stories[Math.floor(r() * stories.length)]!;
    const p = b.paragraphs[Math.floor(r() * b.paragraphs.length)] ?? '';
    paragraphs.push(p);
    length += p.length + 1;
  }
  const published = Date.UTC(2026, 0, 1) + Math.floor(r() * YEAR_MS);
  const fetched = published + Math.floor(r() * 3_600_000);
  return {
    input: {
      url: `https://${a.siteId}.bench.example.cn/${new Date(published).toISOString().slice(0, 10).replaceAll('-', '')}/${i}.html`,
      sourceId: a.siteId,
      title: a.title,
      publishedAt: r() < 0.05 ? null : toShanghaiIso(published),
      source: a.source,
      body: paragraphs.join('\n'),
      fetchedAt: new Date(fetched).toISOString(),
    },
    analysis: { ...a.analysis, analyzedAt: new Date(fetched + 60_000).toISOString() },
  };
}

/**
 * A segmenter that segments each line of a text once with `base` and remembers it. Benchmark-only:
 * the corpus repeats paragraphs, and the memo makes building a million-article index affordable.
 */
export function lineMemoSegmenter(base: Segmenter): Segmenter & { readonly memoised: number } {
  const memo = new Map<string, string>();
  const line = (l: string) => {
    let v = memo.get(l);
    if (v === undefined) {
      v = base.indexText(l);
      memo.set(l, v);
    }
    return v;
  };
  return {
    cut: (t) => base.cut(t),
    indexText: (t) =>
      t
        .split('\n')
        .map(line)
        .filter((s) => s.length > 0)
        .join(' '),
    get memoised() {
      return memo.size;
    },
  };
}
