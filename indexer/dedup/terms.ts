// Term weights for comparing articles: sublinear tf × idf, with jieba's own IDF table and stop-word
// list (shipped inside nodejieba), so weights need no corpus statistics of our own and the same
// article always gets the same vector, whatever was analysed before it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jiebaFiles = require('nodejieba') as { DEFAULT_IDF_DICT: string; DEFAULT_STOP_WORD_DICT: string };

export interface TermWeighting {
  /** Inverse document frequency; words jieba has never seen (names, new coinages) get the median. */
  idf(term: string): number;
  isStopWord(term: string): boolean;
  /** Whether a token carries content: not a stop word, not punctuation, not a lone Chinese character. */
  isContent(term: string): boolean;
}

export interface TermWeightingOptions {
  /** jieba-format IDF file: "word idf" per line. */
  idfFile?: string;
  /** One stop word per line. */
  stopWordFile?: string;
}

export function loadTermWeighting(opts: TermWeightingOptions = {}): TermWeighting {
  const idf = new Map<string, number>();
  for (const line of readFileSync(opts.idfFile ?? jiebaFiles.DEFAULT_IDF_DICT, 'utf8').split('\n')) {
    const sp = line.lastIndexOf(' ');
    if (sp <= 0) continue;
    const v = Number(line.slice(sp + 1));
    if (Number.isFinite(v)) idf.set(line.slice(0, sp), v);
  }
  if (idf.size === 0) throw new Error(`no IDF entries in ${opts.idfFile ?? jiebaFiles.DEFAULT_IDF_DICT}`);
  const sorted = [...idf.values()].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const stop = new Set(
    readFileSync(opts.stopWordFile ?? jiebaFiles.DEFAULT_STOP_WORD_DICT, 'utf8')
      .split('\n')
      .map((w) => w.trim())
      .filter(Boolean),
  );
  // Every token of every article asks; the answers are remembered (the vocabulary is bounded by the
  // dictionary plus the names news brings, far below the memory one article body takes per word).
  const content = new Map<string, boolean>();
  const isContent = (t: string) => {
    let v = content.get(t);
    if (v === undefined) {
      v = WORDLIKE.test(t) && !SINGLE_HAN.test(t) && !stop.has(t);
      if (t.length <= MAX_REMEMBERED_CHARS) content.set(t, v);
    }
    return v;
  };
  return { idf: (t) => idf.get(t) ?? median, isStopWord: (t) => stop.has(t), isContent };
}

const MAX_REMEMBERED_CHARS = 16;

let shared: TermWeighting | undefined;
/** One process-wide table (about 260k words; loading takes ~100 ms). */
export function defaultTermWeighting(): TermWeighting {
  shared ??= loadTermWeighting();
  return shared;
}

const WORDLIKE = /[\p{L}\p{N}]/u;
const SINGLE_HAN = /^\p{Script=Han}$/u;

/** Content terms of a token stream with weight (1 + ln tf) · idf. */
export function weightedTerms(tokens: readonly string[], w: TermWeighting): Map<string, number> {
  const tf = new Map<string, number>();
  for (const raw of tokens) {
    const t = raw.toLowerCase();
    if (!w.isContent(t)) continue;
    tf.set(t, (tf.get(t) ?? 0) + 1);
  }
  const out = new Map<string, number>();
  for (const [t, n] of tf) out.set(t, (1 + Math.log(n)) * w.idf(t));
  return out;
}
