import { describe, expect, it } from 'vitest';
import { expandUrlTemplate } from '../../../crawler/poll/url-template.js';

describe('list URLs that name the listed day', () => {
  it('fill the placeholders with the Beijing date of the poll', () => {
    const url = 'https://top.news.sina.com.cn/ws/GetTopDataList.php?top_type=day&top_time={yyyymmdd}&js_var=x';
    // 17:30 UTC is already the next day in Beijing.
    expect(expandUrlTemplate(url, '2026-11-20T17:30:00Z')).toBe('https://top.news.sina.com.cn/ws/GetTopDataList.php?top_type=day&top_time=20261121&js_var=x');
    expect(expandUrlTemplate('https://x.test/{yyyy}/{mm}/{dd}/rank-{yyyy-mm-dd}.html', new Date('2026-01-05T01:00:00Z'))).toBe(
      'https://x.test/2026/01/05/rank-2026-01-05.html',
    );
  });

  it('leave URLs without placeholders and unknown braces alone', () => {
    expect(expandUrlTemplate('https://x.test/rank.html?cb={callback}', '2026-11-20T00:00:00Z')).toBe('https://x.test/rank.html?cb={callback}');
  });
});
