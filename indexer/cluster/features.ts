// The comparable form of an article: a normalised term vector, a SimHash fingerprint for reprint
// detection and the character bigrams of its headline.
import { simhash, type Fingerprint } from '../dedup/simhash.js';
import { isContentTerm, type TermWeighting } from '../dedup/terms.js';
import type { ClusterArticle } from './types.js';

export interface ArticleFeatures {
  /** Content terms with tf·idf weights, unit length. Place names are left out: candidates already share the city. */
  vector: Map<string, number>;
  /** Null when the article has too little text for a fingerprint to mean anything. */
  fingerprint: Fingerprint | null;
  titleGrams: Set<string>;
  timeMs: number;
}

export interface FeatureOptions {
  weighting: TermWeighting;
  /** Gazetteer names (full, short, aliases) to leave out of the vectors. */
  placeNames: ReadonlySet<string>;
  /** Fewer distinct content terms than this → no fingerprint (a bare headline is no reprint evidence). */
  minFingerprintTerms: number;
  /** Headline terms count this many times over body terms: headlines name what happened. */
  titleBoost: number;
}

const DIGITS = /^\d+$/;
const YEAR = /^(19|20)\d\d$/;
/** Dates and small counts (11月20日, 2026年, 3人) are shared by unrelated same-day stories. */
const WEAK_NUMBER_IDF = 2;

export function articleFeatures(a: ClusterArticle, opts: FeatureOptions): ArticleFeatures {
  const tf = new Map<string, number>();
  const count = (tokens: readonly string[], by: number) => {
    for (const raw of tokens) {
      const t = raw.toLowerCase();
      if (!isContentTerm(t, opts.weighting) || opts.placeNames.has(t)) continue;
      tf.set(t, (tf.get(t) ?? 0) + by);
    }
  };
  count(a.titleTokens, opts.titleBoost);
  count(a.bodyTokens, 1);

  const vector = new Map<string, number>();
  let norm = 0;
  for (const [t, n] of tf) {
    const w = (1 + Math.log(n)) * termIdf(t, opts.weighting);
    vector.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of vector) vector.set(t, w / norm);

  const timeMs = Date.parse(a.time);
  if (!Number.isFinite(timeMs)) throw new RangeError(`article ${a.url} has no valid time: ${JSON.stringify(a.time)}`);
  return {
    vector,
    fingerprint: vector.size >= opts.minFingerprintTerms ? simhash(vector) : null,
    titleGrams: titleBigrams(a.title, opts.placeNames),
    timeMs,
  };
}

function termIdf(t: string, w: TermWeighting): number {
  if (DIGITS.test(t) && (t.length <= 2 || YEAR.test(t))) return WEAK_NUMBER_IDF;
  return w.idf(t);
}

/** Character bigrams of a headline without punctuation, spaces or place names. */
export function titleBigrams(title: string, placeNames: ReadonlySet<string>): Set<string> {
  let s = title.replace(/[\s\p{P}\p{S}]+/gu, '');
  for (const name of placeNamesIn(s, placeNames)) s = s.split(name).join('');
  const out = new Set<string>();
  for (let i = 0; i + 2 <= s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Place names occurring in s, longest first so 苏州市 goes before 苏州. */
function placeNamesIn(s: string, placeNames: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (let i = 0; i < s.length; i++) {
    for (let len = 2; len <= 8 && i + len <= s.length; len++) {
      const sub = s.slice(i, i + len);
      if (placeNames.has(sub)) found.add(sub);
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/** Dot product of two unit vectors: cosine similarity. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) dot += w * v;
  }
  return dot;
}

/** Overlap coefficient |A∩B| / min(|A|,|B|): a short headline inside a longer one still scores high. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const g of small) if (large.has(g)) n++;
  return n / small.size;
}
