// The comparable form of an article: a normalised term vector, a MinHash signature of its body for
// reprint detection and the character bigrams of its headline.
import { DEFAULT_MINHASH, textSignature } from '../dedup/minhash.js';
import type { TermWeighting } from '../dedup/terms.js';
import type { ClusterArticle } from './types.js';

export interface ArticleFeatures {
  /** Content terms with tf·idf weights, unit length. Place names are left out: candidates already share the city. */
  vector: Map<string, number>;
  /** MinHash of the body's character shingles; null when the body is too short to call anything a reprint of it. */
  signature: Uint32Array | null;
  titleGrams: Set<string>;
  /** Amounts and counts named in the text (not dates, not years): the facts that tell two happenings of one kind apart. */
  numbers: Set<string>;
  timeMs: number;
}

export interface FeatureOptions {
  weighting: TermWeighting;
  /** Gazetteer names (full, short, aliases) to leave out of the vectors. */
  placeNames: ReadonlySet<string>;
  /** Bodies shorter than this (characters without punctuation) get no signature: a bare headline is no reprint evidence. */
  minSignatureChars: number;
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
      if (!opts.weighting.isContent(t) || opts.placeNames.has(t)) continue;
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

  // Tokens without punctuation, rejoined: the body as the shingles should see it.
  const bodyText = a.bodyTokens.join('');
  const timeMs = Date.parse(a.time);
  if (!Number.isFinite(timeMs)) throw new RangeError(`article ${a.url} has no valid time: ${JSON.stringify(a.time)}`);
  return {
    vector,
    signature: bodyText.length >= opts.minSignatureChars ? textSignature(bodyText, DEFAULT_MINHASH) : null,
    titleGrams: titleBigrams(a.title, opts.placeNames),
    numbers: factNumbers(a.titleTokens.join('') + '\n' + bodyText),
    timeMs,
  };
}

function termIdf(t: string, w: TermWeighting): number {
  if (DIGITS.test(t) && (t.length <= 2 || YEAR.test(t))) return WEAK_NUMBER_IDF;
  return w.idf(t);
}

const NUMBER = /\d+(?:\.\d+)?/g;
/** A number followed by one of these is part of a date or a time of day. */
const DATE_UNITS = new Set(['年', '月', '日', '时', '点', '分', '号']);

/**
 * Numbers that state facts: amounts, counts, rates. Dates, times and single digits are left out,
 * since unrelated stories of the same days share them.
 */
export function factNumbers(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NUMBER)) {
    const v = m[0];
    const next = text[m.index + v.length] ?? '';
    if (DATE_UNITS.has(next) || (v.length < 2 && !v.includes('.'))) continue;
    out.add(v);
  }
  return out;
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
