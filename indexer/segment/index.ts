// Chinese word segmentation with nodejieba. nodejieba holds one dictionary per process, so the
// segmenter is a process-wide singleton.
import { createRequire } from 'node:module';
import type { Segmenter } from './types.js';

export type { Segmenter } from './types.js';

const require = createRequire(import.meta.url);
const jieba = require('nodejieba') as { cut(text: string, hmm?: boolean): string[] };

const PUNCT = /^[\s\p{P}\p{S}]+$/u;

let shared: Segmenter | undefined;

export function defaultSegmenter(): Segmenter {
  shared ??= {
    cut: (text) => jieba.cut(text, true).filter((t) => !PUNCT.test(t)),
    indexText: (text) =>
      jieba
        .cut(text, true)
        .filter((t) => !PUNCT.test(t))
        .map((t) => t.toLowerCase())
        .join(' '),
  };
  return shared;
}
