// Chinese word segmentation with nodejieba and the project dictionaries: credit terms
// (config/dictionaries/credit-terms.txt), every gazetteer name and alias, and stop words
// (config/dictionaries/stopwords.txt) for the index.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultGazetteer } from '../../core/gazetteer/index.js';
import type { Gazetteer } from '../../core/gazetteer/types.js';
import { CREDIT_TERM_FREQ, cacheFile, placeWords, readWordList, userDictionaryFile } from './dictionary.js';
import { indexTokens } from './index-text.js';
import { JIEBA_MAIN_DICT, loadJieba, type NodeJieba } from './jieba.js';
import type { Segmenter } from './types.js';

export type { Segmenter } from './types.js';

const configFile = (name: string) => fileURLToPath(new URL(`../../config/dictionaries/${name}`, import.meta.url));
export const DEFAULT_CREDIT_TERMS_FILE = configFile('credit-terms.txt');
export const DEFAULT_STOP_WORDS_FILE = configFile('stopwords.txt');

export interface SegmenterOptions {
  /** Place names come from here (default: defaultGazetteer()). */
  gazetteer?: Gazetteer;
  creditTermsFile?: string;
  stopWordsFile?: string;
  /** More words to keep whole, beyond credit terms and place names. */
  extraWords?: readonly string[];
  /** Where the generated user dictionary is written (default: <tmpdir>/ccm-segment). */
  cacheDir?: string;
  /** Texts are segmented up to this many characters (crawled text is hostile; default 300 000). */
  maxChars?: number;
}

export interface JiebaSegmenter extends Segmenter {
  /** The generated jieba user dictionary (word freq tag per line), e.g. for a peer segmenter in a benchmark. */
  readonly userDictPath: string;
  readonly stopWords: ReadonlySet<string>;
}

const PUNCT = /^[\s\p{P}\p{S}]+$/u;
const HAN = /\p{Script=Han}/u;
const TOKEN_CACHE_LIMIT = 200_000;

/**
 * The words a compound is made of, found by cutting it with words shorter than itself, recursively:
 * 失信被执行人 → 失信, 被执行人, 执行; 苏州市 → 苏州. Only words of two or more characters that
 * `keep` accepts.
 */
function partsOf(jieba: NodeJieba, token: string, keep: (part: string) => boolean): string[] {
  const out: string[] = [];
  const visit = (word: string) => {
    for (const p of jieba.cutSmall(word, word.length - 1)) {
      if (p.length < 2 || out.includes(p) || !keep(p)) continue;
      out.push(p);
      if (p.length >= 3) visit(p);
    }
  };
  if (token.length >= 3 && HAN.test(token)) visit(token);
  return out;
}

/** A bounded cache of a per-token function (the vocabulary of a corpus is large but finite). */
function memo<T>(fn: (token: string) => T): (token: string) => T {
  const cache = new Map<string, T>();
  return (token) => {
    let v = cache.get(token);
    if (v === undefined) {
      if (cache.size >= TOKEN_CACHE_LIMIT) cache.clear();
      v = fn(token);
      cache.set(token, v);
    }
    return v;
  };
}

export function createSegmenter(opts: SegmenterOptions = {}): JiebaSegmenter {
  const places = placeWords(opts.gazetteer ?? defaultGazetteer());
  const terms = readWordList(opts.creditTermsFile ?? DEFAULT_CREDIT_TERMS_FILE).map((t) => ({ ...t, word: t.word.toLowerCase(), tag: 'nz' }));
  const extra = (opts.extraWords ?? []).map((w) => ({ word: w.toLowerCase(), freq: CREDIT_TERM_FREQ, tag: 'nz' }));
  const cacheDir = opts.cacheDir ?? join(tmpdir(), 'ccm-segment');
  const userDictPath = userDictionaryFile([places, terms, extra], JIEBA_MAIN_DICT, cacheDir);
  const jieba = loadJieba(userDictPath, {
    idfDict: cacheFile(cacheDir, 'placeholder.idf.utf8', '的 1.0\n'),
    stopWordDict: cacheFile(cacheDir, 'placeholder.stop.utf8', '的\n'),
  });
  // A place name is made of other place names only (浦东新区 → 浦东), not of fragments (鄂尔多斯 → 鄂尔多).
  const placeNames = new Set(places.map((p) => p.word));
  const keepPart = (token: string) => (part: string) => !placeNames.has(token) || placeNames.has(part);
  const stopWords: ReadonlySet<string> = new Set(readWordList(opts.stopWordsFile ?? DEFAULT_STOP_WORDS_FILE, 1).map((w) => w.word.toLowerCase()));
  const maxChars = opts.maxChars ?? 300_000;

  const cut = (text: string) => jieba.cut(text.slice(0, maxChars), true).filter((t) => !PUNCT.test(t));
  const parts = memo((token) => partsOf(jieba, token, keepPart(token)));
  // jieba cuts a word differently alone than in its sentence now and then (砍下 → 砍 下, an HMM word
  // such as 王小云获). The index keeps only tokens that jieba cuts back into themselves, so that
  // segmenting the index text again changes nothing.
  const stable = memo((token): string[] => {
    const again = cut(token);
    return again.length === 1 && again[0] === token ? [token] : again.flatMap((t) => (t === token ? [t] : stable(t)));
  });
  const indexCut = (text: string) => cut(text).flatMap(stable);
  return {
    userDictPath,
    stopWords,
    cut,
    indexText: (text) => indexTokens(text, { cut: indexCut, parts, stopWords, maxChars }).join(' '),
  };
}

let shared: JiebaSegmenter | undefined;
/** The process-wide segmenter with the project dictionaries (nodejieba allows one dictionary per process). */
export function defaultSegmenter(): JiebaSegmenter {
  shared ??= createSegmenter();
  return shared;
}
