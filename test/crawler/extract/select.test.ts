import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../crawler/extract/document.js';
import { indexElements } from '../../../crawler/extract/select.js';

const markup = `<!doctype html><html><head><meta name="source" content="新华社"><title>标题</title></head><body>
<div id="main" class="wrap  main-col"><h1 class="title">标题</h1>
  <div class="info"><span class="time">2024-05-20</span><span class="source">来源：<a href="/">新华社</a></span></div>
  <div id="content" class="content TRS_Editor"><p>一</p><p class="caption">二</p><p>三</p></div>
  <ul class="list"><li><a href="/1">甲</a></li><li class="on"><a href="/2">乙</a></li><li><a href="/3">丙</a></li></ul>
</div>
<div id="main" class="side"><h1>侧栏</h1><p data-role="editor-name">编辑</p></div>
</body></html>`;

describe('indexElements(...).select answers as cheerio does', () => {
  const $ = loadDocument(markup);
  const index = indexElements($.root()[0]!, $);
  const selectors = [
    '#main', '#content p', '.main-col h1', 'h1.title', 'H1', 'div.info .source a', '.content > p:nth-child(2)', 'p:not(.caption)',
    '.list li:eq(1) a', '.list li:first', 'meta[name=source]', '[data-role=editor-name]', 'p, h1', '.source, .time, #nothing', '*',
    'div#main.side h1', '.TRS_Editor', '.trs_editor', 'ul > li.on + li a', '#content:has(.caption)', '.info span:last-child',
  ];
  for (const sel of selectors) {
    it(sel, () => {
      const want = $(sel).toArray() as Element[];
      const got = index.select(sel);
      expect(got.length === want.length && got.every((el, i) => el === want[i])).toBe(true);
    });
  }
  it('lists every element in document order', () => {
    expect(index.elements).toEqual($('*').toArray());
  });
  it('lists the descendants of any element, and of the page', () => {
    for (const el of [...index.elements, ...$('#content').toArray()]) {
      const got = index.within(el);
      const want = $(el).find('*').toArray();
      expect(got.length === want.length && got.every((x, i) => x === want[i])).toBe(true);
    }
    expect(index.within($.root()[0]!)).toBe(index.elements);
  });
  it('rejects an invalid selector as cheerio does', () => {
    expect(() => index.select('div[')).toThrow();
  });
});
