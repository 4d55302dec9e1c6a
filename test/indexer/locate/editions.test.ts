import { describe, expect, it } from 'vitest';
import { editionOf } from '../../../indexer/locate/editions.js';

const editions = [
  { host: 'js.people.com.cn', code: '320000' },
  { host: 'sz.people.com.cn', code: '440300' },
  { host: 'difang.gmw.cn', pathPrefix: '/sh/', code: '310000' },
];

describe('local editions', () => {
  it('matches the host and its subdomains', () => {
    expect(editionOf('http://js.people.com.cn/n2/2023/1120/c1.html', editions)?.code).toBe('320000');
    expect(editionOf('http://www.sz.people.com.cn/n2/x.html', editions)?.code).toBe('440300');
    expect(editionOf('http://people.com.cn/n2/x.html', editions)).toBeNull();
  });

  it('matches a path prefix when the edition has one', () => {
    expect(editionOf('https://difang.gmw.cn/sh/2023-11/20/content_1.htm', editions)?.code).toBe('310000');
    expect(editionOf('https://difang.gmw.cn/js/2023-11/20/content_1.htm', editions)).toBeNull();
  });

  it('reads nothing from a missing or malformed URL', () => {
    expect(editionOf(undefined, editions)).toBeNull();
    expect(editionOf('not a url', editions)).toBeNull();
  });
});
