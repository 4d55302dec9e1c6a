import { load } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../crawler/extract/document.js';
import { isElement } from '../../../crawler/extract/dom.js';

/** The tree as nested tags, attributes and non-blank text: what the extractors can see. */
function shape(n: AnyNode): string {
  if (n.type === 'text') return n.data.trim() ? JSON.stringify(n.data) : '';
  if (!('children' in n)) return '';
  const inner = n.children.map(shape).filter(Boolean).join(' ');
  if (!isElement(n)) return inner;
  const attrs = Object.entries(n.attribs).map(([k, v]) => ` ${k}=${v}`).join('');
  return `<${n.name}${attrs}>${inner}</${n.name}>`;
}

const browserTree = (markup: string) => shape(load(markup).root()[0]!);
const ourTree = (markup: string, exact = false) => shape(loadDocument(markup, { exact }).root()[0]!);

describe('loadDocument builds the tree a browser builds', () => {
  const cases: [string, string][] = [
    ['a plain document', '<!doctype html><html><head><title>标题</title><meta name="a" content="b"></head><body><div id="x"><p>一段<b>文字</b></p></div></body></html>'],
    ['content after a stray </html>', '<html><head><title>t</title></head><body><div class="nav">导航</div></html><div id="content"><p>正文</p></div></body>'],
    ['content after a stray </body>, inside the element still open', '<html><head></head><body><div id="a"><p>x</p></body><p>y</p></div></html>'],
    ['an element <head> cannot hold, and the head elements after it', '<html><head><title>t</title><object data="x"></object><meta name="k" content="v"></head><body><p>正文</p></body></html>'],
    ['text between </head> and <body>', '<html><head><title>t</title></head>散落的文字<body><p>正文</p></body></html>'],
    ['no <head> at all', '<html><body><p>正文</p></body></html>'],
    ['rows written without <tbody>', '<html><body><table><tr><td>甲<td>乙<tr><td>丙</table><table><thead><tr><th>头</th></tr></thead><tr><td>丁</td></tr></table></body></html>'],
    ['unclosed paragraphs and list items', '<html><body><p>一<p>二<div>块</div><ul><li>子<li>丑</ul><dl><dt>项<dd>释</dl></body></html>'],
    ['a paragraph holding a block behind an inline element', '<html><body><p>段落<span>行内<div>块</div>尾</span></p></body></html>'],
    ['a list item opened inside an inline element of the previous one', '<html><body><ul><li><a href="/1">一</a><span>注<li>二</ul></body></html>'],
    ['text a browser moves out of a table', '<html><body><table><tr><td>格</td></tr>表中散字<tr><td>格二</td></tr></table></body></html>'],
    ['a fragment without <html> or <body>', '<div><p>只有片段</p></div>'],
    ['a repeated <body> tag', '<html><head></head><body class="a"><p>一</p><body class="b"><p>二</p></body></html>'],
    ['markup inside an attribute value', `<html><head></head><body><a title="<html><body>x"><p>正文</p></a></body></html>`],
  ];
  for (const [name, markup] of cases) {
    it(name, () => {
      expect(ourTree(markup)).toBe(browserTree(markup));
    });
  }

  it('drops </body> and </html> even inside an attribute value, and keeps the rest of the tree', () => {
    const markup = `<html><head></head><body><a title="<html><body></body></html>"><p>正文</p></a></body></html>`;
    expect(ourTree(markup)).toBe(browserTree(markup.replace('</body></html>"', '"')));
  });

  it('splits nested links as a browser does when exact', () => {
    const markup = '<html><body><div><a href="/wrap"><h3><a href="/inner">内层标题</a></h3></a></div></body></html>';
    expect(ourTree(markup, true)).toBe(browserTree(markup));
    expect(ourTree(markup)).not.toBe(browserTree(markup));
  });

  it('flattens hostile nesting into text, on both parsers', () => {
    const markup = '<html><body>' + '<div>'.repeat(5_000) + '<p>深处</p>' + '</div>'.repeat(5_000) + '</body></html>';
    for (const exact of [false, true]) {
      const $ = loadDocument(markup, { exact });
      expect($('div').length).toBeLessThan(300);
      expect($('body').text()).toBe('深处');
    }
  });
});
