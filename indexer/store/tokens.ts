// The tokens of the full-text index, shared by both backends so that index time and query time, and
// SQLite and Elasticsearch, see exactly the same terms. The segmenter's indexText is split once more
// into runs of letters and digits: that is also how SQLite's unicode61 tokenizer reads text
// (categories L*, N*, Co), so a jieba token such as "covid-19" becomes "covid" "19" on both backends
// instead of one term in Elasticsearch and two in SQLite.
import type { Segmenter } from '../segment/types.js';

const NON_TOKEN = /[^\p{L}\p{N}\p{Co}]+/u;

function tokensOf(segmenter: Segmenter, text: string): string[] {
  return segmenter
    .indexText(text)
    .split(NON_TOKEN)
    .filter((t) => t.length > 0);
}

/** Text to index: every token in order (repeats kept, they weigh in relevance), joined by spaces. */
export function indexedText(segmenter: Segmenter, text: string): string {
  return tokensOf(segmenter, text).join(' ');
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
