import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, charsetFromMeta, decodeHtml, decodeJson, normalizeCharset, utf8Stats } from '../../crawler/charset.js';

const TEXT = '信用中国（苏州）公布失信被执行人名单，食品安全与安全生产领域的联合惩戒持续推进。';
const page = (meta: string) => `<html><head>${meta}<title>测试</title></head><body><p>${TEXT}</p></body></html>`;
const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeHtml', () => {
  it('reads GBK declared by the HTTP header', () => {
    const r = decodeHtml(gbk(page('')), 'text/html; charset=GBK');
    expect(r).toMatchObject({ charset: 'gb18030', from: 'header' });
    expect(r.text).toContain(TEXT);
    expect(r.mismatch).toBeUndefined();
  });

  it('reads GBK declared only by a meta tag (both meta forms)', () => {
    for (const meta of ['<meta charset="gb2312">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">']) {
      const r = decodeHtml(gbk(page(meta)), 'text/html');
      expect(r).toMatchObject({ charset: 'gb18030', from: 'meta' });
      expect(r.text).toContain(TEXT);
    }
  });

  it('decodes characters outside GB2312 because the GB family is read as GB18030', () => {
    const rare = '镕基与喆';
    const r = decodeHtml(new Uint8Array(iconv.encode(page('<meta charset="gb2312">') + rare, 'gb18030')));
    expect(r.text).toContain(rare);
  });

  it('reads UTF-8 bytes under a stale gb2312 meta tag as UTF-8 and reports the mismatch', () => {
    const r = decodeHtml(utf8(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')));
    expect(r).toMatchObject({ charset: 'utf-8', from: 'sniff', mismatch: { declared: 'gb2312', declaredIn: 'meta' } });
    expect(r.text).toContain(TEXT);
  });

  it('reads GBK bytes served as UTF-8 by sniffing, and reports the header as wrong', () => {
    const r = decodeHtml(gbk(page('')), 'text/html; charset=utf-8');
    expect(r).toMatchObject({ charset: 'gb18030', from: 'sniff', mismatch: { declared: 'utf-8', declaredIn: 'header' } });
    expect(r.text).toContain(TEXT);
  });

  it('falls back from a wrong header to a meta tag that fits the bytes', () => {
    const r = decodeHtml(gbk(page('<meta charset="gbk">')), 'text/html; charset=utf-8');
    expect(r).toMatchObject({ charset: 'gb18030', from: 'meta', mismatch: { declared: 'utf-8', declaredIn: 'header' } });
  });

  it('honours a byte-order mark over any declaration and strips it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(page('<meta charset="gbk">'))]);
    const r = decodeHtml(bytes, 'text/html; charset=gbk');
    expect(r).toMatchObject({ charset: 'utf-8', from: 'bom' });
    expect(r.text.startsWith('<html>')).toBe(true);
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode('<p>你好</p>', 'utf-16le')]);
    expect(decodeHtml(le)).toMatchObject({ text: '<p>你好</p>', charset: 'utf-16le', from: 'bom' });
  });

  it('sniffs undeclared GBK and uses UTF-8 by default for undeclared ASCII', () => {
    expect(decodeHtml(gbk(page('')))).toMatchObject({ charset: 'gb18030', from: 'sniff' });
    expect(decodeHtml(utf8('<p>hello</p>'))).toMatchObject({ charset: 'utf-8', from: 'default', text: '<p>hello</p>' });
    expect(decodeHtml(utf8(page('')))).toMatchObject({ charset: 'utf-8', from: 'sniff' });
  });

  it('keeps UTF-8 when a page is cut in the middle of a character', () => {
    const bytes = utf8(page('<meta charset="utf-8">'));
    const cut = bytes.subarray(0, bytes.indexOf(0xe4, 60) + 2);
    expect(decodeHtml(cut, 'text/html; charset=utf-8')).toMatchObject({ charset: 'utf-8', from: 'header' });
  });
});

describe('decodeJson', () => {
  it('reads GBK JSON served without a charset (深圳 双公示)', () => {
    const r = decodeJson(gbk('{"Data":{"Items":[{"name":"深圳市某某科技有限公司"}]}}'), 'application/json');
    expect(JSON.parse(r.text)).toEqual({ Data: { Items: [{ name: '深圳市某某科技有限公司' }] } });
    expect(r.charset).toBe('gb18030');
  });
  it('reads JSONP as UTF-8 and ignores meta-like text inside strings', () => {
    const r = decodeJson(utf8('var x = {"title":"<meta charset=gbk>新闻"};'), 'application/javascript');
    expect(r).toMatchObject({ charset: 'utf-8', text: 'var x = {"title":"<meta charset=gbk>新闻"};' });
  });
});

describe('helpers', () => {
  it('normalises labels', () => {
    expect(['GB2312', 'gbk', 'x-gbk', 'GB18030', 'cp936'].map(normalizeCharset)).toEqual(Array(5).fill('gb18030'));
    expect(normalizeCharset('UTF8')).toBe('utf-8');
    expect(normalizeCharset('iso-8859-1')).toBe('windows-1252');
    expect(normalizeCharset('no-such-charset')).toBeNull();
  });
  it('reads charset parameters and meta declarations', () => {
    expect(charsetFromContentType('text/html; Charset="gb2312"')).toBe('gb2312');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(charsetFromMeta(utf8('<head><META HTTP-EQUIV="content-type" CONTENT="text/html;charset=GBK"></head>'))).toBe('GBK');
  });
  it('counts malformed UTF-8', () => {
    expect(utf8Stats(utf8(TEXT))).toEqual({ invalid: 0, multibyte: [...TEXT].length });
    expect(utf8Stats(gbk(TEXT)).invalid).toBeGreaterThan(10);
  });
});
