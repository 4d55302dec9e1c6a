import { describe, expect, it } from 'vitest';
import { dateOfValue, findDate } from '../../../crawler/city-audit/dates.js';
import { labelScore } from '../../../crawler/city-audit/labels.js';
import { entriesFromHtml, entriesFromJson } from '../../../crawler/city-audit/list.js';

describe('dates in list rows', () => {
  it('reads the common written forms as a calendar day', () => {
    expect(findDate('发布日期：2026-11-03')).toBe('2026-11-03');
    expect(findDate('[2026/1/5]')).toBe('2026-01-05');
    expect(findDate('2026.11.20 10:00')).toBe('2026-11-20');
    expect(findDate('2026年11月20日')).toBe('2026-11-20');
    expect(findDate('第2026号文件')).toBeNull();
  });

  it('reads JSON date values, epoch seconds and milliseconds in Beijing time', () => {
    expect(dateOfValue('2026-11-20 23:30:00')).toBe('2026-11-20');
    expect(dateOfValue(Date.parse('2026-11-20T16:30:00Z'))).toBe('2026-11-21');
    expect(dateOfValue(Date.parse('2026-11-20T16:30:00Z') / 1000)).toBe('2026-11-21');
    expect(dateOfValue(null)).toBeNull();
  });
});

describe('column labels', () => {
  it('matches usual labels, and short labels by their key word', () => {
    expect(labelScore('信用动态', '信用动态')).toBe(2);
    expect(labelScore(' 工作动态 ', '信用动态')).toBe(2);
    expect(labelScore('行政许可公示信息', '双公示-许可')).toBe(1);
    expect(labelScore('守信红名单/失信黑名单', '红黑名单')).toBe(1);
    expect(labelScore('修复结果', '信用修复')).toBe(1);
  });

  it('does not take a headline or a label naming two columns for a column', () => {
    expect(labelScore('我市召开信用动态监测工作推进会议暨培训会', '信用动态')).toBe(0);
    expect(labelScore('行政许可和行政处罚公示', '双公示-许可')).toBe(0);
    expect(labelScore('行政许可和行政处罚公示', '双公示-处罚')).toBe(0);
  });
});

describe('list entries', () => {
  const page = `<html><body><ul class="nav"><li><a href="/a">首页</a></li><li><a href="/b">信用动态</a></li></ul>
    <table><tr><th>标题</th><th>日期</th></tr>
    <tr><td><a href="/x/1.html" title="关于公布2026年第十批失信名单的公告">关于公布2026年第十批…</a></td><td>2026-11-18</td></tr>
    <tr><td><a href="/x/2.html">某某公司行政处罚决定书</a></td><td>2026-11-19</td></tr></table></body></html>`;

  it('takes dated rows, not navigation, with full titles and absolute links', () => {
    expect(entriesFromHtml(page, 'http://credit.example/list/')).toEqual([
      { date: '2026-11-18', title: '关于公布2026年第十批失信名单的公告', url: 'http://credit.example/x/1.html' },
      { date: '2026-11-19', title: '某某公司行政处罚决定书', url: 'http://credit.example/x/2.html' },
    ]);
  });

  it('uses row and date selectors from the source hints', () => {
    const html = `<div class="r"><span class="t">信用承诺书（一）</span><em>2026/11/02</em></div><div class="r"><span class="t">信用承诺书（二）</span><em>—</em></div>`;
    expect(entriesFromHtml(html, 'http://c.example/', { rowSelector: 'div.r', dateSelector: 'em' })).toEqual([
      { date: '2026-11-02', title: '信用承诺书（一）', url: null },
      { date: null, title: '信用承诺书（二）', url: null },
    ]);
  });

  it('reads JSON and JSONP lists by the hinted path and fields, or finds them', () => {
    const body = JSON.stringify({ code: 0, data: { total: 2, data: [{ title: '许可决定A', publishDate: '2026-11-20 09:00', url: '/d/1' }, { title: '许可决定B', publishDate: 1795104000000 }] } });
    expect(entriesFromJson(body, 'http://c.example/api/list.json', { itemsPath: 'data.data', dateField: 'publishDate', titleField: 'title' })).toEqual([
      { date: '2026-11-20', title: '许可决定A', url: 'http://c.example/d/1' },
      { date: '2026-11-20', title: '许可决定B', url: null },
    ]);
    const jsonp = `cb({"results":[{"TITLE":"失信黑名单公示","PUBDATE":"2026-10-01"}]});`;
    expect(entriesFromJson(jsonp, 'http://c.example/')).toEqual([{ date: '2026-10-01', title: '失信黑名单公示', url: null }]);
  });

  it('says where the list was expected when it is missing', () => {
    expect(() => entriesFromJson('{"data":{}}', 'http://c.example/', { itemsPath: 'data.rows' })).toThrow(/no item list at data\.rows/);
  });
});
