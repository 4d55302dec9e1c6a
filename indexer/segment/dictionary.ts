// The project's jieba user dictionary: credit terms from config/dictionaries/credit-terms.txt and
// every gazetteer name (official, short, derived, aliases), so that places and credit terms are
// single tokens. It is generated at load time, never committed, because it follows the gazetteer.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError } from '../../core/config.js';
import type { Gazetteer, NameForm } from '../../core/gazetteer/types.js';

export interface WordEntry {
  word: string;
  freq: number;
  tag: string;
}

/** Frequencies: high enough that a listed word beats any split of itself, low enough not to swallow neighbours (苏州市场 stays 苏州 市场). */
export const CREDIT_TERM_FREQ = 3000;
const PLACE_FREQ: Record<NameForm, number> = { full: 300, short: 500, suffixed: 300, nickname: 200, former: 100, abbreviation: 0 };

const WORD = /^[\p{L}\p{N}·]+$/u;

/**
 * Reads a word list: one word per line, optionally followed by a frequency; # starts a comment.
 * A word with spaces or punctuation would corrupt jieba's dictionary, so it is refused.
 */
export function parseWordList(text: string, file: string, defaultFreq = CREDIT_TERM_FREQ): { word: string; freq: number }[] {
  const problems: string[] = [];
  const out: { word: string; freq: number }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [word = '', freqText, ...rest] = line.split(/\s+/);
    const freq = freqText === undefined ? defaultFreq : Number(freqText);
    if (rest.length || !WORD.test(word)) problems.push(`line ${i + 1}: '${line}' is not a word (letters and digits only, optionally followed by a frequency)`);
    else if (!Number.isInteger(freq) || freq <= 0) problems.push(`line ${i + 1}: frequency '${freqText}' must be a positive integer`);
    else out.push({ word, freq });
  });
  if (problems.length) throw new ConfigError(file, problems);
  return out;
}

export function readWordList(file: string, defaultFreq?: number): { word: string; freq: number }[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(file, [`cannot read: ${(e as Error).message}`]);
  }
  return parseWordList(text, file, defaultFreq);
}

/** Place names of two or more characters (one-character abbreviations are single tokens anyway). */
export function placeWords(gazetteer: Gazetteer): WordEntry[] {
  const out: WordEntry[] = [];
  for (const name of gazetteer.names()) {
    if (name.length < 2) continue;
    const freq = Math.max(...gazetteer.entries(name).map((e) => PLACE_FREQ[e.form]));
    out.push({ word: name, freq, tag: 'ns' });
  }
  return out;
}

export interface MainFrequencies {
  /** Frequencies of the requested words that the main dictionary lists. */
  freq: Map<string, number>;
  /** Sum of all frequencies in the main dictionary: jieba's denominator for word probabilities. */
  total: number;
}

/** Reads the frequencies of some words (and the total) from jieba's main dictionary (`word freq tag` lines). */
export function mainFrequencies(mainDictText: string, words: ReadonlySet<string>): MainFrequencies {
  const freq = new Map<string, number>();
  let total = 0;
  let start = 0;
  while (start < mainDictText.length) {
    let end = mainDictText.indexOf('\n', start);
    if (end < 0) end = mainDictText.length;
    const space = mainDictText.indexOf(' ', start);
    if (space > start && space < end) {
      const f = Number.parseInt(mainDictText.slice(space + 1, end), 10);
      if (Number.isFinite(f)) {
        total += f;
        const word = mainDictText.slice(start, space);
        if (words.has(word)) freq.set(word, f);
      }
    }
    start = end + 1;
  }
  return { freq, total };
}

/** Every substring of the words (what a split of them can be made of). */
export function substringsOf(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) for (let i = 0; i < w.length; i++) for (let j = i + 1; j <= w.length; j++) out.add(w.slice(i, j));
  return out;
}

/**
 * The frequency a word needs so that jieba keeps it whole rather than cutting it into the likeliest
 * sequence of shorter dictionary words (新和 must beat 新 + 和, both very frequent): twice the
 * frequency-equivalent of that sequence. Unknown single characters count as frequency 1.
 */
export function winningFrequency(word: string, main: MainFrequencies): number {
  const best: number[] = [0];
  for (let i = 1; i <= word.length; i++) {
    let b = -Infinity;
    for (let j = Math.max(0, i - 8); j < i; j++) {
      if (i - j === word.length) continue;
      const piece = word.slice(j, i);
      const f = main.freq.get(piece) ?? (piece.length === 1 ? 1 : 0);
      if (f > 0) b = Math.max(b, best[j]! + Math.log(f / main.total));
    }
    best.push(b);
  }
  return Math.ceil(2 * Math.exp(best[word.length]!) * main.total);
}

/**
 * Merges word lists (the highest frequency wins for a repeated word) into jieba's `word freq tag`
 * lines. A word keeps at least its main-dictionary frequency (a user entry replaces the main one) and
 * at least the frequency that keeps it whole.
 */
export function userDictionaryText(lists: readonly (readonly WordEntry[])[], main: MainFrequencies = { freq: new Map(), total: 1 }): string {
  const byWord = new Map<string, WordEntry>();
  for (const list of lists) {
    for (const e of list) {
      const prev = byWord.get(e.word);
      if (!prev || prev.freq < e.freq) byWord.set(e.word, e);
    }
  }
  return [...byWord.values()]
    .map((e) => ({ ...e, freq: Math.max(e.freq, main.freq.get(e.word) ?? 0, winningFrequency(e.word, main)) }))
    .sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .map((e) => `${e.word} ${e.freq} ${e.tag}`)
    .join('\n')
    .concat('\n');
}

/**
 * The user dictionary file for these word lists, generated once per distinct input: the file is named
 * by a hash of the lists and of the main dictionary, so a changed gazetteer or term list makes a new
 * file, and processes sharing the cache never see a half-written one (write, then rename).
 */
export function userDictionaryFile(lists: readonly (readonly WordEntry[])[], mainDictPath: string, cacheDir: string): string {
  const main = statSync(mainDictPath);
  const key = createHash('sha256')
    .update(JSON.stringify([mainDictPath, main.size, main.mtimeMs, lists]))
    .digest('hex')
    .slice(0, 16);
  const path = join(cacheDir, `user-${key}.dict.utf8`);
  if (existsSync(path)) return path;
  const pieces = substringsOf(lists.flatMap((l) => l.map((e) => e.word)));
  writeAtomically(path, userDictionaryText(lists, mainFrequencies(readFileSync(mainDictPath, 'utf8'), pieces)));
  return path;
}

/** A file in the cache, written once (write then rename) so that concurrent processes never read a partial file. */
export function cacheFile(cacheDir: string, name: string, text: string): string {
  const path = join(cacheDir, name);
  if (!existsSync(path)) writeAtomically(path, text);
  return path;
}

function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}
