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
