export interface Segmenter {
  /** Tokens in text order (punctuation and whitespace dropped). */
  cut(text: string): string[];
  /**
   * Text for a full-text index: tokens joined by single spaces, stop words dropped, lower-cased.
   * Used identically at index time and query time, on every store backend.
   */
  indexText(text: string): string;
}
