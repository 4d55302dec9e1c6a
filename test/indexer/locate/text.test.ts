import { describe, expect, it } from 'vitest';
import { blankBylines, findDateline, findSource, zone } from '../../../indexer/locate/text.js';

describe('article zones', () => {
  it('tells the headline, the first sentence, the lead and the body apart', () => {
    const z = zone('标题', '第一句。第二句。', '正文', 3000);
    expect(z.zoneAt(0)).toBe('title');
    expect(z.zoneAt(z.leadStart)).toBe('first-sentence');
    expect(z.zoneAt(z.firstSentenceEnd)).toBe('lead');
    expect(z.zoneAt(z.bodyStart)).toBe('body-start');
  });

  it('takes the first paragraph of the body as the lead when there is none', () => {
    const z = zone('标题', undefined, '第一段。\n第二段。', 3000);
    expect(z.text.slice(z.leadStart, z.bodyStart - 1)).toBe('第一段。');
  });

  it('reads only the start of a long body', () => {
    expect(zone('t', 'l', 'x'.repeat(10_000), 100).text.length).toBeLessThan(200);
  });
});

describe('bylines', () => {
  it('blanks reporters’ names, keeping offsets', () => {
    const text = '（记者 王南京 通讯员 李苏州）苏州市';
    const out = blankBylines(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toMatch(/南京|李苏州/);
    expect(out.endsWith('苏州市')).toBe(true);
  });

  it('keeps a place that follows 记者 as part of a sentence', () => {
    expect(blankBylines('记者从苏州市市场监管局获悉')).toBe('记者从苏州市市场监管局获悉');
  });
});

describe('datelines and sources', () => {
  it('finds the dateline at the start of the lead and whether a national agency wrote it', () => {
    const local = findDateline(zone('t', '本报苏州11月20日电（记者 王安宁）近日', undefined, 100));
    expect(local).toMatchObject({ text: '本报苏州11月20日电', national: false });
    expect(findDateline(zone('t', '新华社北京11月20日电 国务院', undefined, 100))).toMatchObject({ national: true });
    expect(findDateline(zone('t', '【扬州日报】中新网扬州11月20日电 近日', undefined, 100))?.text).toBe('中新网扬州11月20日电');
  });

  it('ignores a date inside a sentence', () => {
    expect(findDateline(zone('t', '近日，苏州市场监管局于11月20日电话通知企业', undefined, 100))).toBeNull();
  });

  it('finds 【XX】 and 据XX报道 sources', () => {
    expect(findSource(zone('t', '【扬州日报】近日', undefined, 100))?.name).toBe('扬州日报');
    expect(findSource(zone('t', '据扬子晚报报道，当地', undefined, 100))?.name).toBe('扬子晚报');
  });
});
