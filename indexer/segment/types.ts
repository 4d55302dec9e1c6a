export interface Segmenter {
  /**
   * Tokens in text order (punctuation and whitespace dropped, stop words kept): credit terms
   * (失信被执行人) and place names (苏州市, 昆山, 鹏城) come out as single tokens.
   */
  cut(text: string): string[];
  /**
   * Text for a full-text index: tokens joined by single spaces, stop words dropped, lower-cased,
   * full-width forms folded (NFKC). A compound token is followed by the words it is made of
   * (失信被执行人 失信 被执行人 执行), so a query for 失信 finds it while a query for the compound
   * still needs the compound. Used identically at index time and query time, on every store
   * backend; idempotent: indexText(indexText(t)) === indexText(t).
   */
  indexText(text: string): string;
}
