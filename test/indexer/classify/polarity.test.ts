import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../indexer/classify/index.js';

const classifier = createClassifier();
const classify = (title: string, lead?: string) => classifier.classify({ title, lead });
const polarityOf = (title: string, lead?: string) => classify(title, lead).polarity;

describe('breach (失信): a party broke trust', () => {
  it.each([
    ['食品作坊用过期原料生产糕点 被罚没12万元', 'food-drug'],
    ['化工厂违规储存危化品引发爆炸 3名工人遇难', 'production-safety'],
    ['投资公司以高息为诱饵非法集资3亿元 实控人被批捕', 'finance-fraud'],
    ['印染企业深夜偷排废水 被生态环境局立案查处', 'environment'],
    ['包工头拖欠40名农民工工资后失联', 'wages-social-security'],
    ['商贸公司虚开增值税专用发票 涉案金额过亿', 'tax'],
    ['五家建筑企业围标串标被取消投标资格', 'construction'],
    ['节日期间景区酒店哄抬房价 被市场监管部门查处', 'price'],
    ['网店组织刷单炒信 虚构交易五万余笔', 'e-commerce'],
    ['民营医院虚构诊疗项目骗取医保基金', 'healthcare'],
    ['副教授论文数据造假被撤稿', 'education-research'],
    ['客运大巴严重超员被交警查获', 'transport'],
    ['小作坊仿冒知名商标生产洗发水', 'ip'],
  ])('%s → breach, sector %s', (title, sector) => {
    const r = classify(title);
    expect(r.polarity).toBe('breach');
    expect(r.sector).toBe(sector);
  });

  it('a government that does not pay its debts is 政务诚信, government-debt', () => {
    const r = classify('县政府拖欠民营企业工程款五年未付');
    expect(r).toMatchObject({ polarity: 'breach', domain: 'government', sector: 'government-debt' });
  });

  it('a judgment defaulter is 司法公信, judgment-enforcement, and the evidence names the term', () => {
    const r = classify('老赖拒不执行法院判决 转移财产被判刑');
    expect(r).toMatchObject({ polarity: 'breach', domain: 'judicial', sector: 'judgment-enforcement' });
    expect(r.evidence.some((e) => e.includes('老赖'))).toBe(true);
  });

  it('an official taking bribes is a government breach', () => {
    expect(classify('住建局副局长受贿被查')).toMatchObject({ polarity: 'breach', domain: 'government' });
  });

  it('a judge bending the law is a judicial breach', () => {
    expect(classify('法官收受当事人财物枉法裁判被判刑')).toMatchObject({ polarity: 'breach', domain: 'judicial' });
  });

  it('a penalty word alone is not a credit event (ordinary crime)', () => {
    expect(polarityOf('男子持刀伤人被刑拘')).toBe('irrelevant');
    expect(polarityOf('小偷入室盗窃被民警抓获')).toBe('irrelevant');
  });

  it('a workplace accident is a breach, a road accident is not', () => {
    expect(polarityOf('煤矿井下透水事故致4人遇难')).toBe('breach');
    expect(polarityOf('两车相撞致1人受伤 交警到场处置')).toBe('irrelevant');
  });
});

describe('integrity (守信)', () => {
  it.each(['出租车司机拾金不昧 归还乘客遗失的5万元', '企业获评“诚信示范企业”称号', '1200户企业获评A级纳税信用', '老人替去世的儿子还清20万元欠款'])(
    '%s → integrity',
    (title) => expect(polarityOf(title)).toBe('integrity'),
  );

  it('a government keeping its promise is 政务诚信', () => {
    expect(classify('区政府兑现招商承诺 向企业拨付奖励资金')).toMatchObject({ polarity: 'integrity', domain: 'government' });
  });
});

describe('policy: a credit rule or plan issued', () => {
  it.each(['市政府印发《社会信用体系建设实施方案》', '《XX省社会信用条例》明年1月1日起施行', '发改委：信用修复管理办法公开征求意见'])('%s → policy', (title) =>
    expect(polarityOf(title)).toBe('policy'),
  );

  it('a prohibition about credit is a rule', () => {
    expect(polarityOf('失信企业不得参与政府采购')).toBe('policy');
  });

  it('a rule about something other than credit is not a credit rule', () => {
    expect(polarityOf('国务院印发《关于促进服务消费高质量发展的意见》')).toBe('irrelevant');
  });

  it('breach words inside the name of a rule are its subject, not an event', () => {
    const r = classify('人社厅出台《拖欠农民工工资失信联合惩戒管理办法》');
    expect(r.polarity).toBe('policy');
    expect(r.evidence.some((e) => e.startsWith('rule:context') && e.includes('拖欠'))).toBe(true);
  });

  it('a rule that starts a new regime is policy even without the word 办法', () => {
    expect(polarityOf('我市推行餐饮企业信用风险分级分类监管')).toBe('policy');
  });
});

describe('implementation: credit work carried out', () => {
  it.each([
    '“信易贷”平台累计为小微企业授信80亿元',
    '全市今年公示行政许可和行政处罚“双公示”信息15万条',
    '法院开展集中执行行动 执结案件2100件',
    '人社局公布第二批拖欠农民工工资失信联合惩戒对象名单',
    '市场监管局为300家企业办理信用修复',
  ])('%s → implementation', (title) => expect(polarityOf(title)).toBe('implementation'));
});

describe('implementation: statistics about breaches are credit work, not a breach', () => {
  it('counts going up or down', () => {
    const r = classify('失信被执行人人数同比下降12%');
    expect(r.polarity).toBe('implementation');
    expect(r.evidence.some((e) => e.startsWith('cue:统计变化 → implementation'))).toBe(true);
  });
});

describe('response: a government reacts to a public breach', () => {
  it.each([
    '官方通报“学校食堂发霉食材”事件：涉事企业被立案调查',
    '工地坍塌事故后 市里成立调查组 施工方负责人被控制',
    '污染问题被曝光后 环保局副局长被免职',
    '景区餐馆宰客事件处理结果：涉事餐馆被罚款并退还游客费用',
  ])('%s → response', (title) => expect(polarityOf(title)).toBe('response'));

  it('a new rule right after an incident is a response, and the evidence names the incident', () => {
    const r = classify('“毒豆芽”事件后 我市出台豆芽生产经营信用管理办法');
    expect(r.polarity).toBe('response');
    expect(r.evidence.some((e) => /context incident|rule:new-rule-after-incident/.test(e))).toBe(true);
  });

  it('a rule whose lead ties it to an incident answers the incident', () => {
    const r = classify('我市印发《关于加强食品安全领域信用监管的实施意见》', '这是当地针对近期暴露的校园食品安全问题补齐制度短板的又一举措。');
    expect(r.polarity).toBe('response');
  });

  it('an official punished for his own misconduct is a breach, not a response', () => {
    expect(polarityOf('检察官违规过问案件 被给予撤职处分')).toBe('breach');
    expect(classify('市民政局局长因违规发放救助金被免职')).toMatchObject({ polarity: 'breach', domain: 'government' });
  });
});

describe('irrelevant: everything else', () => {
  it('a text with no credit cue says so, and domain, sector and severity are empty', () => {
    const r = classify('冷空气来袭 北方多地气温骤降');
    expect(r).toMatchObject({ polarity: 'irrelevant', domain: null, sector: null, severity: 0 });
    expect(r.evidence[0]).toMatch(/^model:irrelevant /);
  });

  it.each(['国家统计局：前三季度国内生产总值同比增长5.1%', '今晚24时国内成品油价格上调', '全市开展冬季消防安全宣传进社区活动'])(
    'economic figures and public-service campaigns are not credit news: %s',
    (title) => expect(polarityOf(title)).toBe('irrelevant'),
  );
});

describe('domain says whose credit is at stake', () => {
  it('an enterprise polluting is 商务诚信, a hospital defrauding insurance 社会诚信, a county defaulting 政务诚信', () => {
    expect(classify('化工企业偷排废水被罚款80万元')).toMatchObject({ polarity: 'breach', domain: 'business', sector: 'environment' });
    expect(classify('民营医院虚构住院骗取医保基金')).toMatchObject({ polarity: 'breach', domain: 'social', sector: 'healthcare' });
    expect(classify('县政府拖欠民营企业工程款五年未付')).toMatchObject({ polarity: 'breach', domain: 'government', sector: 'government-debt' });
  });
});
