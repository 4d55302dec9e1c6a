import { describe, expect, it } from 'vitest';
import { escapeHtml, highlightFragments, highlightTitle } from '../../../indexer/store/highlight.js';

describe('highlighting', () => {
  it('escapes every markup character of crawled text', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('wraps matches in the title, case-insensitively, and escapes the rest', () => {
    expect(highlightTitle('<b>苏州</b> COVID 通报', ['苏州', 'covid'])).toBe('&lt;b&gt;<em>苏州</em>&lt;/b&gt; <em>COVID</em> 通报');
    expect(highlightTitle('无锡通报', ['苏州'])).toBe('无锡通报');
    expect(highlightTitle('a<b', [])).toBe('a&lt;b');
  });

  it('joins touching matches into one <em> and prefers the longer token at a position', () => {
    expect(highlightTitle('生产不合格食品', ['不', '合格'])).toBe('生产<em>不合格</em>食品');
    expect(highlightTitle('苏州市通报', ['苏州', '苏州市'])).toBe('<em>苏州市</em>通报');
  });

  it('treats tokens as text, not as regular expressions', () => {
    expect(highlightTitle('a.b (c) a+b', ['a.b', '(c)'])).toBe('<em>a.b</em> <em>(c)</em> a+b');
  });

  it('returns no fragment for a body without matches or a query without tokens', () => {
    expect(highlightFragments('无锡市生态环境局通报。', ['苏州'])).toEqual([]);
    expect(highlightFragments('苏州', [])).toEqual([]);
  });

  it('cuts fragments around matches with ellipses, keeping the best ones in text order', () => {
    const pad = '这是一段没有关键词的填充文字。'.repeat(20);
    const body = `${pad}苏州发生一起事件。${pad}苏州市场监管部门查处食品问题。${pad}食品`;
    const best = highlightFragments(body, ['苏州', '食品'], { fragmentChars: 40, maxFragments: 1 });
    // The fragment naming both tokens wins over the ones naming one.
    expect(best).toHaveLength(1);
    expect(best[0]).toMatch(/^….*<em>苏州<\/em>市场监管部门查处<em>食品<\/em>.*…$/);
    const f = highlightFragments(body, ['苏州', '食品'], { fragmentChars: 40, maxFragments: 2 });
    // Among equals the earlier one; shown in text order.
    expect(f).toHaveLength(2);
    expect(f[0]).toMatch(/^….*<em>苏州<\/em>发生一起事件.*…$/);
    expect(f[1]).toBe(best[0]);
    expect(highlightFragments(body, ['苏州', '食品'], { fragmentChars: 40 }).at(-1)).toMatch(/<em>食品<\/em>$/);
    for (const x of f) expect(x.replace(/<\/?em>/g, '').length).toBeLessThanOrEqual(42);
  });

  it('collapses whitespace and never splits a surrogate pair', () => {
    expect(highlightFragments('苏州\n\n  通报', ['苏州'])).toEqual(['<em>苏州</em> 通报']);
    const body = '😀'.repeat(60) + '苏州' + '😀'.repeat(60);
    for (const f of highlightFragments(body, ['苏州'], { fragmentChars: 11 })) {
      expect(f).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });
});
