import { describe, expect, it } from 'vitest';
import { placeholders, textFeatures, type Tokenize } from '../../../indexer/classify/features.js';

const tokenize: Tokenize = (text) => text.split(/\s+/).filter(Boolean);
const isPlace = (t: string) => t === '苏州' || t === '昆山';
const text = (title: string, lead = '', body = '') => ({ title, lead, body });

describe('the model’s text features', () => {
  it('leave place names out and turn numbers into one placeholder', () => {
    expect(placeholders(['苏州', '企业', '偷排', '3.5', '吨'], isPlace)).toEqual(['企业', '偷排', '#', '吨']);
  });

  it('read words and character pairs, the title weighing more than the lead and the body', () => {
    const opts = { weights: { title: 1, lead: 0.3, body: 0.05 }, vagueBody: 0.3, bodyChars: 600 };
    const inTitle = textFeatures(text('企业 欠薪'), tokenize, isPlace, opts);
    const inLead = textFeatures(text('新闻', '企业 欠薪'), tokenize, isPlace, opts);
    const inBody = textFeatures(text('新闻', '', '企业 欠薪'), tokenize, isPlace, opts);
    expect(inTitle.get('w:欠薪')).toBeGreaterThan(inLead.get('w:欠薪') ?? 0);
    expect(inLead.get('w:欠薪')).toBeGreaterThan(inBody.get('w:欠薪') ?? 0);
    expect(inTitle.has('c:欠薪')).toBe(true);
    expect(inTitle.get('bias')).toBe(1);
  });

  it('let the body count more when the headline is vague', () => {
    const body = '后厨 过期 冻肉';
    const informative = textFeatures(text('饭店 过期', '', body), tokenize, isPlace, { weights: { title: 1, lead: 0.3, body: 0.05 }, vagueBody: 0.3, bodyChars: 600 });
    const vague = textFeatures(text('夜查', '', body), tokenize, isPlace, { weights: { title: 1, lead: 0.3, body: 0.05 }, vagueBody: 0.3, bodyChars: 600 }, true);
    expect(vague.get('w:冻肉')).toBeGreaterThan(informative.get('w:冻肉') ?? 0);
  });

  it('read only the start of the body', () => {
    const opts = { weights: { title: 1, lead: 0.3, body: 0.5 }, vagueBody: 0.5, bodyChars: 10 };
    const f = textFeatures(text('新闻', '', `开头 ${'填充 '.repeat(20)}结尾`), tokenize, isPlace, opts);
    expect(f.has('w:开头')).toBe(true);
    expect(f.has('w:结尾')).toBe(false);
  });

  it('count repeats less and less', () => {
    const opts = { weights: { title: 1, lead: 0, body: 0 }, vagueBody: 0, bodyChars: 0 };
    const once = textFeatures(text('信用'), tokenize, isPlace, opts).get('w:信用') ?? 0;
    const tenTimes = textFeatures(text('信用 '.repeat(10)), tokenize, isPlace, opts).get('w:信用') ?? 0;
    expect(tenTimes).toBeGreaterThan(once);
    expect(tenTimes).toBeLessThan(5 * once);
  });
});
