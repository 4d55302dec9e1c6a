// nodejieba holds one dictionary per process: load() replaces it for every caller. This module is
// the only place that loads it, once, and refuses a second, different dictionary instead of
// silently changing how every other module segments.
import { createRequire } from 'node:module';

export interface NodeJieba {
  load(options: { userDict?: string; idfDict?: string; stopWordDict?: string }): void;
  cut(text: string, hmm?: boolean): string[];
  cutSmall(text: string, maxWordLength: number): string[];
  DEFAULT_DICT: string;
}

const require = createRequire(import.meta.url);
const jieba = require('nodejieba') as NodeJieba;
let loadedUserDict: string | undefined;

/** Path of jieba's main dictionary (the one nodejieba ships). */
export const JIEBA_MAIN_DICT: string = jieba.DEFAULT_DICT;

/**
 * nodejieba with the given user dictionary; must be the same dictionary for the life of the process.
 * Keyword extraction is not used, so its IDF and stop-word tables are replaced by one-line files
 * (placeholders, because nodejieba insists on reading them): that saves a 6 MB parse at start-up.
 */
export function loadJieba(userDictPath: string, placeholders: { idfDict: string; stopWordDict: string }): NodeJieba {
  if (loadedUserDict === undefined) {
    jieba.load({ userDict: userDictPath, ...placeholders });
    loadedUserDict = userDictPath;
  } else if (loadedUserDict !== userDictPath) {
    throw new Error(
      `nodejieba is already loaded with ${loadedUserDict}; it keeps one dictionary per process, so ${userDictPath} cannot be loaded beside it`,
    );
  }
  return jieba;
}

/** The loaded nodejieba, for benchmarks that compare raw jieba output; throws before loadJieba. */
export function loadedJieba(): NodeJieba {
  if (loadedUserDict === undefined) throw new Error('nodejieba is not loaded yet: create the segmenter first');
  return jieba;
}
