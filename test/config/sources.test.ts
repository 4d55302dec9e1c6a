// The source files under config/sources: valid against SourceSchema, the 15 national sites present, and
// every article URL pattern matching the sample URLs of research/sites.md and the benchmark truth.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchmarkDir } from '../../bench/extraction/data.js';
import { loadConfigDir } from '../../core/config.js';
import { defaultGazetteer } from '../../core/gazetteer/index.js';
import { SourceSchema, type NationalSource } from '../../core/sources.js';

const sources = loadConfigDir(SourceSchema, 'config/sources').map((f) => f.value);
const national = new Map(sources.filter((s): s is NationalSource => s.kind === 'national').map((s) => [s.id, s]));
const matches = (id: string, url: string) => national.get(id)!.article.urlPatterns.some((p) => new RegExp(p).test(url));

// Article URLs quoted in research/sites.md (one or more per site), and URLs that must not match.
const SAMPLES: Record<string, { yes: string[]; no: string[] }> = {
  people: { yes: ['http://culture.people.com.cn/n1/2019/0615/c1013-31137433.html', 'http://sh.people.com.cn/n2/2019/0614/c134768-33042034-2.html'], no: ['http://www.people.com.cn/GB/59476/index.html'] },
  xinhuanet: { yes: ['https://www.news.cn/politics/leaders/20251010/0123456789abcdef0123456789abcdef/c.html', 'http://www.xinhuanet.com/world/2019-12/10/c_1125329375.htm'], no: ['http://www.news.cn/politics/'] },
  china: { yes: ['http://news.china.com.cn/2020-05/20/content_76069567.htm', 'http://news.china.com.cn/2025-10/10/content_118114911.shtml', 'http://news.china.com.cn/2026-01/05/content_118200000.html'], no: ['http://finance.china.com.cn/news/20180317/4567890.shtml'] },
  cctv: { yes: ['https://news.cctv.com/2025/10/16/ARTIabcdefghij0123456789251016.shtml'], no: ['https://tv.cctv.com/2025/10/16/VIDEabcdefghij0123456789251016.shtml'] },
  qstheory: { yes: ['https://www.qstheory.cn/20260101/0123456789abcdef0123456789abcdef/c.html'], no: ['https://www.qstheory.cn/qswp.htm'] },
  chinadaily: { yes: ['https://cn.chinadaily.com.cn/a/201912/14/WS5df4321aa31099ab995f1234.html', 'https://caijing.chinadaily.com.cn/a/202001/03/WS5e0ea5d5a31099ab995f5abc.html'], no: ['https://cn.chinadaily.com.cn/'] },
  cnr: { yes: ['https://news.cnr.cn/native/gd/20260105/t20260105_527480000.shtml', 'https://news.cnr.cn/native/gd/kx/20251010/t20251010_527390000.shtml'], no: ['https://news.cnr.cn/native/gd/'] },
  cri: { yes: ['https://news.cri.cn/20251010/0a1b2c3d-4e5f-6789-abcd-ef0123456789.html'], no: ['https://news.cri.cn/world'] },
  cyol: { yes: ['https://news.cyol.com/gb/articles/2025-10/10/content_AbCdEf1234.html', 'https://m.cyol.com/gb/articles/2025-10/10/content_AbCdEf1234.html'], no: ['https://www.cyol.com/'] },
  gmw: { yes: ['https://news.gmw.cn/2025-10/10/content_38000000.htm', 'https://m.gmw.cn/2025-10/10/content_38000001.htm', 'http://www.gmw.cn/xueshu/2018-03/17/content_28000000.htm'], no: ['https://legal.gmw.cn/node_9020.htm'] },
  ce: { yes: ['http://www.ce.cn/xwzx/gnsz/gdxw/201912/14/t20191214_33869000.shtml'], no: ['http://district.ce.cn/newarea/roll/index.shtml'] },
  sina: { yes: ['https://news.sina.com.cn/c/2019-11-25/doc-iihnzhfz1462161.shtml', 'https://finance.sina.com.cn/roll/2019-09-09/doc-iicezzrq4426000.shtml'], no: ['https://news.sina.com.cn/hotnews/'] },
  '163': { yes: ['https://www.163.com/dy/article/ABCDEF0123456789.html', 'http://dy.163.com/v2/article/detail/FGK5C2J30541A1UA.html', 'https://news.163.com/19/0907/19/EOGCDLUU0001875N.html', 'https://www.163.com/news/article/GHIJKL0123456789.html'], no: ['https://news.163.com/photoview/00AP0001/2300000.html'] },
  sohu: { yes: ['https://www.sohu.com/a/225684321_119038', 'https://www.sohu.com/a/225684321_119038?scm=1.2&spm=x'], no: ['https://www.sohu.com/picture/225684321'] },
  qq: { yes: ['https://news.qq.com/rain/a/20251016A07W8J00', 'https://new.qq.com/rain/a/20251016A07W8J00', 'https://view.inews.qq.com/a/20251016A07W8J00', 'https://new.qq.com/omn/20200704/20200704A04HVX00.html'], no: ['https://news.qq.com/ch/world'] },
};

describe('config/sources', () => {
  it('holds the 15 national sites, each valid and marked unverified with a note', () => {
    expect([...national.keys()].sort()).toEqual(['163', 'cctv', 'ce', 'china', 'chinadaily', 'cnr', 'cri', 'cyol', 'gmw', 'people', 'qq', 'qstheory', 'sina', 'sohu', 'xinhuanet']);
    for (const s of national.values()) {
      expect(s.verified, s.id).toBe(false);
      expect(s.notes.length, s.id).toBeGreaterThan(20);
    }
  });

  it('has unique ids and compilable patterns', () => {
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
    for (const s of national.values()) for (const p of s.article.urlPatterns) expect(() => new RegExp(p), `${s.id}: ${p}`).not.toThrow();
  });

  it('matches the sample article URLs of research/sites.md and rejects channel pages', () => {
    for (const [id, { yes, no }] of Object.entries(SAMPLES)) {
      for (const u of yes) expect(matches(id, u), `${id} should match ${u}`).toBe(true);
      for (const u of no) expect(matches(id, u), `${id} should not match ${u}`).toBe(false);
    }
  });

  it('matches every article URL of the homepage benchmark truth for its site', () => {
    const dir = benchmarkDir('homepages');
    const rows = readFileSync(join(dir, 'truth.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { site: string; kind: string; items: { url: string | null; list?: string }[] });
    let checked = 0;
    // Ranking lists also link galleries and videos, so only homepage truth (article links by definition) is checked.
    for (const row of rows.filter((r) => r.kind === 'homepage')) {
      for (const item of row.items) {
        if (!item.url) continue;
        expect(matches(row.site, item.url), `${row.site}: ${item.url}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBe(1501);
  });

  it('gives every city credit site a prefecture-level city code from the gazetteer', () => {
    const g = defaultGazetteer();
    const cities = sources.filter((s) => s.kind === 'city-credit');
    expect(cities.length).toBeGreaterThanOrEqual(10);
    for (const c of cities) {
      const d = g.get(c.cityCode);
      expect(d?.tier, `${c.id} ${c.cityCode}`).toMatch(/^(capital|prefecture)$/);
      expect(c.name).toMatch(/信用|诚信/);
    }
  });
});
