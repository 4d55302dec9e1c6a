// The tokens of the full-text index, shared by both backends so that index time and query time, and
// SQLite and Elasticsearch, see exactly the same terms. The segmenter's indexText is split once more
// into runs of letters and digits, so a token never holds punctuation or a separator: a jieba token
// such as "covid-19" becomes "covid" "19", and any tokenizer that splits at spaces (SQLite's ascii
// tokenizer over this text, Elasticsearch's whitespace analyzer) reads the same terms.
import type { Segmenter } from '../segment/types.js';

const NON_TOKEN = /[^\p{L}\p{N}\p{Co}]+/u;

function splitTokens(indexText: string): string[] {
  return indexText.split(NON_TOKEN).filter((t) => t.length > 0);
}

function tokensOf(segmenter: Segmenter, text: string): string[] {
  return splitTokens(segmenter.indexText(text));
}

const isPlain = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** Already tokens of plain characters joined by single spaces: nothing to split, nothing to copy. */
function isSpaced(s: string): boolean {
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (space) return false;
      space = true;
    } else if (isPlain(c)) {
      space = false;
    } else {
      return false;
    }
  }
  return !space || s.length === 0;
}

/**
 * The same split for text of CJK ideographs and ASCII only — nearly all Chinese news — in one pass
 * over char codes; null when another character appears, for the Unicode-aware split to decide. The
 * regular expression costs more than segmenting from a cache, and ingest runs this on every text.
 */
function splitPlain(s: string): string | null {
  if (isSpaced(s)) return s;
  let out = '';
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x20;
    if (isPlain(c)) {
      if (start < 0) start = i;
      continue;
    }
    // Every ASCII character but letters and digits separates tokens, as in the regular expression.
    if (c >= 0x80) return null;
    if (start >= 0) {
      out += out.length > 0 ? ' ' + s.slice(start, i) : s.slice(start, i);
      start = -1;
    }
  }
  return out;
}

/** Text to index: every token in order (repeats kept, they weigh in relevance), joined by spaces. */
export function indexedText(segmenter: Segmenter, text: string): string {
  const segmented = segmenter.indexText(text);
  return splitPlain(segmented) ?? splitTokens(segmented).join(' ');
}

/** Distinct tokens of a query, in order of first appearance. */
export function searchTokens(segmenter: Segmenter, text: string): string[] {
  return [...new Set(tokensOf(segmenter, text))];
}

/** Whether the other (shorter) tokens, as substrings, cover every character of `token`. */
function madeOfOthers(token: string, tokens: string[]): boolean {
  const covered = new Array<boolean>(token.length).fill(false);
  for (const p of tokens) {
    if (p.length >= token.length) continue;
    for (let i = token.indexOf(p); i >= 0; i = token.indexOf(p, i + 1)) covered.fill(true, i, i + p.length);
  }
  return covered.every(Boolean);
}

/**
 * Split query tokens into the ones a hit must contain and the ones that only raise its relevance.
 * indexText follows a compound with its parts (失信名单 失信 名单); an article that words it as part
 * of a longer compound (严重违法失信名单) holds the parts but not that compound. So a query token made
 * entirely of other query tokens is not required — its parts are — and an article that has the
 * compound itself ranks higher. The shortest tokens are never made of others, so `required` is never
 * empty when there are tokens.
 */
export function splitCompounds(tokens: string[]): { required: string[]; boost: string[] } {
  const required: string[] = [];
  const boost: string[] = [];
  for (const t of tokens) (madeOfOthers(t, tokens) ? boost : required).push(t);
  return { required, boost };
}
