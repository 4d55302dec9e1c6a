import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../../indexer/locate/aho-corasick.js';

const all = (patterns: string[], text: string) => {
  const out: [number, string][] = [];
  buildAutomaton(patterns).search(text, (end, k) => out.push([end, patterns[k]!]));
  return out;
};

describe('Aho–Corasick automaton', () => {
  it('reports every occurrence, overlaps included, by end offset', () => {
    expect(all(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      [4, 'she'],
      [4, 'he'],
      [6, 'hers'],
    ]);
  });

  it('follows failure links across Chinese names', () => {
    expect(all(['苏州', '苏州市', '州市', '市场'], '苏州市场')).toEqual([
      [2, '苏州'],
      [3, '苏州市'],
      [3, '州市'],
      [4, '市场'],
    ]);
  });

  it('agrees with a naive scan on random text', () => {
    const patterns = ['ab', 'abc', 'bca', 'c', 'caa', 'aaa'];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const text = Array.from({ length: 400 }, () => 'abc'[Math.floor(rand() * 3)]).join('');
    const naive: [number, string][] = [];
    for (let end = 1; end <= text.length; end++) for (const p of patterns) if (text.slice(0, end).endsWith(p)) naive.push([end, p]);
    const sort = (xs: [number, string][]) => xs.map(([e, p]) => `${e}:${p}`).sort();
    expect(sort(all(patterns, text))).toEqual(sort(naive));
  });

  it('refuses an empty pattern', () => {
    expect(() => buildAutomaton(['a', ''])).toThrow(RangeError);
  });
});
