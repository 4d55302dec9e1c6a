import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../indexer/classify/index.js';
import { parseCount } from '../../../indexer/classify/severity.js';

const classifier = createClassifier();
const severity = (title: string) => classifier.classify({ title }).severity;

describe('severity', () => {
  it('reads counts in digits and Chinese numerals', () => {
    expect(parseCount('12')).toBe(12);
    expect(parseCount('十二')).toBe(12);
    expect(parseCount('二十三')).toBe(23);
    expect(parseCount('三')).toBe(3);
  });

  it('deaths weigh more than money, and more deaths more', () => {
    const fine = severity('超市销售过期食品被罚款2000元');
    const money = severity('公司非法集资12亿元');
    const deaths3 = severity('化工厂违规作业引发爆炸致3人死亡');
    const deaths20 = severity('化工厂违规作业引发爆炸致20人死亡');
    expect(money).toBeGreaterThan(fine);
    expect(deaths3).toBeGreaterThan(money);
    expect(deaths20).toBeGreaterThan(deaths3);
    expect(deaths20).toBeLessThanOrEqual(1);
  });

  it('an official actor raises severity', () => {
    expect(severity('县政府拖欠企业工程款')).toBeGreaterThan(severity('商贸公司拖欠供应商货款'));
  });

  it('is 0 for items that report no wrongdoing', () => {
    expect(severity('市政府印发《社会信用体系建设实施方案》')).toBe(0);
    expect(severity('冷空气来袭')).toBe(0);
  });
});

describe('confidence', () => {
  it('is between 0 and 1 and higher for a clear case than for a borderline one', () => {
    const clear = classifier.classify({ title: '老赖拒不执行判决转移财产被判刑 法院司法拘留' }).confidence;
    const weak = classifier.classify({ title: '某公司涉嫌违规' }).confidence;
    expect(clear).toBeGreaterThan(weak);
    for (const c of [clear, weak]) {
      expect(c).toBeGreaterThan(0);
      expect(c).toBeLessThan(1);
    }
  });
});

describe('explainable and robust', () => {
  it('every credit decision carries cue, sector and domain evidence', () => {
    const r = classifier.classify({ title: '网店销售假冒名牌运动鞋被查' });
    expect(r.evidence.some((e) => e.startsWith('cue:'))).toBe(true);
    expect(r.evidence.some((e) => e.startsWith('sector:'))).toBe(true);
    expect(r.evidence.some((e) => e.startsWith('domain:'))).toBe(true);
  });

  it('full-width text is read like half-width', () => {
    expect(classifier.classify({ title: '人民锐评：让失信者寸步难行' }).polarity).toBe('irrelevant');
  });

  it('a huge body is capped and still classified quickly', () => {
    const body = '这是一段与信用无关的文字。'.repeat(200_000);
    const t0 = Date.now();
    const r = classifier.classify({ title: '企业偷排废水被罚', body });
    expect(r.polarity).toBe('breach');
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('the lead counts less than the title but can decide', () => {
    const r = classifier.classify({ title: '一家门诊部被暂停医保结算', lead: '经查，该门诊部存在虚构诊疗项目、伪造医疗文书等行为，骗取医保基金38万元。' });
    expect(r.polarity).toBe('breach');
    expect(r.evidence.some((e) => e.includes(', lead'))).toBe(true);
  });

  it('the adjust hook can change a result and sees the decision', () => {
    const c = createClassifier({ adjust: (res, ctx) => ({ ...res, evidence: [...res.evidence, `path:${ctx.decision.path}`] }) });
    expect(c.classify({ title: '冷空气来袭' }).evidence).toContain('path:model');
    expect(c.classify({ title: '评论：诚信是金' }).evidence).toContain('path:guard:commentary');
  });
});
