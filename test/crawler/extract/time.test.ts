import { describe, expect, it } from 'vitest';
import { dateFromUrl, findFullDates, findPartialDates, parseMachineTime, toIso } from '../../../crawler/extract/time.js';

describe('time parsing', () => {
  it('reads the common visible formats', () => {
    const t = '2019年06月15日08:18 | 2019-12-10 07:57:40 | 2019/9/7 | 2018年3月17日';
    expect(findFullDates(t).map(toIso)).toEqual(['2019-06-15T08:18:00+08:00', '2019-12-10T07:57:40+08:00', '2019-09-07', '2018-03-17']);
  });
  it('rejects impossible dates', () => {
    expect(findFullDates('2019-13-40 25:61')).toEqual([]);
  });
  it('finds year-less and relative times for completion', () => {
    expect(findPartialDates('发布时间：10-08 12:00')).toMatchObject([{ month: 10, day: 8, hour: 12, minute: 0, partial: 'no-year' }]);
    expect(findPartialDates('昨天 21:05')).toMatchObject([{ partial: 'relative', daysAgo: 1, hour: 21, minute: 5 }]);
  });
  it('converts machine times to Beijing time', () => {
    expect(toIso(parseMachineTime('2019-11-25T10:57:00Z')!)).toBe('2019-11-25T18:57:00+08:00');
    expect(toIso(parseMachineTime('2019-11-25T18:57:00+0800')!)).toBe('2019-11-25T18:57:00+08:00');
    expect(toIso(parseMachineTime('1581517074')!)).toBe('2020-02-12T22:17:54+08:00');
    expect(toIso(parseMachineTime('2019-10-08 12:00:57')!)).toBe('2019-10-08T12:00:57+08:00');
    expect(parseMachineTime('not a time')).toBeNull();
  });
  it('reads dates encoded in article URLs of the monitored sites', () => {
    const cases: [string, string][] = [
      ['http://culture.people.com.cn/n1/2019/0615/c1013-31137433.html', '2019-06-15'],
      ['https://www.news.cn/politics/leaders/20251010/0123456789abcdef0123456789abcdef/c.html', '2025-10-10'],
      ['http://www.xinhuanet.com/world/2019-12/10/c_1125329375.htm', '2019-12-10'],
      ['https://news.cnr.cn/native/gd/20260105/t20260105_527480000.shtml', '2026-01-05'],
      ['https://news.sina.com.cn/c/2019-11-25/doc-iihnzhfz1462161.shtml', '2019-11-25'],
      ['https://news.qq.com/rain/a/20251016A07W8J00', '2025-10-16'],
      ['https://news.cctv.com/2025/10/16/ARTIabcdefghij0123456789251016.shtml', '2025-10-16'],
    ];
    for (const [url, date] of cases) expect(toIso(dateFromUrl(url)!), url).toBe(date);
    expect(dateFromUrl('https://www.163.com/dy/article/ABCDEF0123456789.html')).toBeNull();
  });
});
