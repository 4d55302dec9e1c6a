import { describe, expect, it } from 'vitest';
import { isElement } from '../../../crawler/extract/dom.js';
import { parsePage, splitRawText } from '../../../crawler/extract/page.js';

describe('splitRawText', () => {
  it('takes inline script text out of the markup and keeps it', () => {
    const { markup, scripts } = splitRawText('<p>一</p><script>var ct = "1581517074";</script><SCRIPT type="text/javascript">b()</SCRIPT><p>二</p>');
    expect(markup).toBe('<p>一</p><script></script><SCRIPT type="text/javascript"></SCRIPT><p>二</p>');
    expect(scripts).toEqual(['var ct = "1581517074";', 'b()']);
  });
  it('leaves out external scripts, styles, <noscript> and <iframe> contents', () => {
    const { markup, scripts } = splitRawText('<script src="a.js"></script><style>p{}</style><noscript><div>请开启脚本</noscript><iframe><p>x</p></iframe><p>正文</p>');
    expect(markup).toBe('<script src="a.js"></script><style></style><noscript></noscript><iframe></iframe><p>正文</p>');
    expect(scripts).toEqual([]);
  });
  it('ends a start tag at its real end, not at a > inside a quoted attribute value', () => {
    const html = `<iframe src="javascript:'<html><body style=x;></body></html>'" id="ad"></iframe><p>正文</p>`;
    expect(splitRawText(html).markup).toBe(`<iframe src="javascript:'<html><body style=x;></body></html>'" id="ad"></iframe><p>正文</p>`);
  });
  it('does not let a <script inside a comment swallow the page', () => {
    expect(splitRawText('<!-- <script> --><p>正文</p>').markup).toBe('<!-- <script> --><p>正文</p>');
  });
  it('runs an unclosed script to the end of the page, as a browser does', () => {
    const { markup, scripts } = splitRawText('<p>正文</p><script>var a = "<p>不是正文</p>";');
    expect(markup).toBe('<p>正文</p><script>');
    expect(scripts).toEqual(['var a = "<p>不是正文</p>";']);
  });
});

describe('parsePage', () => {
  it('reads meta tags and the body of a page whose <head> holds an element it cannot', () => {
    const page = parsePage('<html><head><title>标题</title><object></object><meta name="publishdate" content="2024-05-20"></head><body><p>正文</p></body></html>');
    expect(page.meta.get('publishdate')).toEqual(['2024-05-20']);
    expect(page.docTitle).toBe('标题');
    expect(page.body?.children.filter(isElement).map((e) => e.name)).toEqual(['object', 'meta', 'p']);
  });
});
