// The lexicon's rules alone (model: null): how cue scores become a polarity when no model is shipped
// or one is switched off, and the evidence each rule leaves.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../indexer/classify/index.js';

const rules = createClassifier({ model: null });
const classify = (title: string, lead?: string) => rules.classify({ title, lead });

describe('rules without a model', () => {
  it('a text with no credit cue is irrelevant, and the evidence says why', () => {
    const r = classify('冷空气来袭 北方多地气温骤降');
    expect(r).toMatchObject({ polarity: 'irrelevant', domain: null, sector: null, severity: 0 });
    expect(r.evidence[0]).toMatch(/^rule:below-threshold/);
  });

  it('the strongest class wins and the evidence says over what', () => {
    const r = classify('失信被执行人人数同比下降12%');
    expect(r.polarity).toBe('implementation');
    expect(r.evidence).toContain('rule:implementation 3.0 beats breach 2.0');
  });

  it('a new rule right after an incident is a response', () => {
    const r = classify('“毒豆芽”事件后 我市出台豆芽生产经营信用管理办法');
    expect(r.polarity).toBe('response');
    expect(r.evidence.some((e) => e.startsWith('rule:new-rule-after-incident'))).toBe(true);
  });

  it('the hard-case rules apply as with the model', () => {
    expect(classify('美国一科技公司财务造假 创始人被判欺诈罪').polarity).toBe('irrelevant');
    expect(classify('网传“某地自来水有毒”系谣言').polarity).toBe('irrelevant');
  });

  it('the adjust hook sees which rule decided', () => {
    const c = createClassifier({ model: null, adjust: (res, ctx) => ({ ...res, evidence: [...res.evidence, `path:${ctx.decision.path}`] }) });
    expect(c.classify({ title: '冷空气来袭' }).evidence).toContain('path:no-cue');
    expect(c.classify({ title: '企业偷排废水被罚' }).evidence).toContain('path:score:breach');
  });
});
