// Finds every lexicon entry in a text in one pass over literals (bucketed by first character) plus
// one scan per regular expression. Chinese cues are substrings, not tokens: segmentation splits
// compounds like 失信被执行人 or 偷逃税款 differently depending on context, substring matching does not.

export interface Pattern {
  /** Literal strings, or one regular expression source. */
  literals?: readonly string[];
  re?: string;
}

export interface Hit<T> {
  entry: T;
  start: number;
  end: number;
  text: string;
}

export interface Matcher<T> {
  find(text: string): Hit<T>[];
}

export function createMatcher<T>(entries: readonly { pattern: Pattern; entry: T }[]): Matcher<T> {
  const byFirst = new Map<string, { lit: string; entry: T }[]>();
  const regexes: { re: RegExp; entry: T }[] = [];
  for (const { pattern, entry } of entries) {
    for (const lit of pattern.literals ?? []) {
      const first = lit[0] as string;
      const list = byFirst.get(first) ?? [];
      list.push({ lit, entry });
      byFirst.set(first, list);
    }
    if (pattern.re) regexes.push({ re: new RegExp(pattern.re, 'gu'), entry });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.lit.length - a.lit.length);

  return {
    find(text) {
      const hits: Hit<T>[] = [];
      for (let i = 0; i < text.length; i++) {
        const list = byFirst.get(text[i] as string);
        if (!list) continue;
        for (const { lit, entry } of list) {
          if (text.startsWith(lit, i)) hits.push({ entry, start: i, end: i + lit.length, text: lit });
        }
      }
      for (const { re, entry } of regexes) {
        re.lastIndex = 0;
        for (const m of text.matchAll(re)) {
          if (m[0].length === 0) continue;
          hits.push({ entry, start: m.index, end: m.index + m[0].length, text: m[0] });
        }
      }
      return hits;
    },
  };
}
