// The full-text index form of a text (see Segmenter.indexText). Kept apart from nodejieba so the
// rules — folding, stop words, compound expansion and why it is idempotent — can be read and tested
// on their own.

export interface IndexTextRules {
  /** Tokens of already folded text, in order, punctuation and whitespace dropped. */
  cut(text: string): string[];
  /** The words a token is made of, longest first, without the token itself (失信被执行人 → 失信 被执行人 执行). */
  parts(token: string): readonly string[];
  stopWords: ReadonlySet<string>;
  /** Longer texts are indexed up to this many characters. */
  maxChars: number;
}

/** NFKC folds full-width letters and digits (ＡＢＣ１２３ → ABC123); lower-casing makes search case-blind. */
export function foldText(text: string, maxChars: number): string {
  return text.slice(0, maxChars).normalize('NFKC').toLowerCase();
}

/**
 * Tokens for the index: each kept token, then the words it is made of. A token already followed by
 * exactly those words (the output of an earlier pass) is not expanded again, which makes the
 * function idempotent.
 */
export function indexTokens(text: string, rules: IndexTextRules): string[] {
  const tokens = rules.cut(foldText(text, rules.maxChars)).filter((t) => !rules.stopWords.has(t));
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    out.push(token);
    const parts = rules.parts(token).filter((p) => !rules.stopWords.has(p));
    if (parts.length === 0) continue;
    out.push(...parts);
    if (parts.every((p, k) => tokens[i + 1 + k] === p)) i += parts.length;
  }
  return out;
}
