// Families of real news that a probe of realistic headlines found misread: each is a kind of story,
// so each is specified by headlines of several wordings (none of them in the training sets).
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../indexer/classify/index.js';

const classifier = createClassifier();
const classify = (title: string) => classifier.classify({ title });

describe('a revoked licence is a breach: the penalty for a serious violation', () => {
  it.each([
    ['朝阳区一餐馆被吊销食品经营许可证', 'food-drug', 'business'],
    ['一货运公司伪造车辆年检记录被吊销道路运输许可证', 'transport', 'business'],
    ['一民营诊所超范围执业 被吊销医疗机构执业许可证', 'healthcare', 'social'],
  ])('%s → breach, %s, %s', (title, sector, domain) => {
    expect(classify(title)).toMatchObject({ polarity: 'breach', sector, domain });
  });

  it('names the revocation in its evidence', () => {
    expect(classify('朝阳区一餐馆被吊销食品经营许可证').evidence.some((e) => e.includes('吊销'))).toBe(true);
  });

  it('a driver losing a licence for drink-driving is everyday news, not a credit event', () => {
    expect(classify('男子酒驾被吊销驾驶证 五年内不得重新考取').polarity).toBe('irrelevant');
  });
});

describe('forced shopping on a tour is a business breach', () => {
  it.each(['昆明一旅行社强迫游客购物被吊销经营许可', '导游强迫游客消费 被罚款并暂扣导游证'])('%s', (title) => {
    expect(classify(title)).toMatchObject({ polarity: 'breach', domain: 'business' });
  });
});

describe('refusing refunds and prepaid money gone are breaches', () => {
  it.each([
    ['呼和浩特一驾校收费后不退款 学员集体投诉', 'business'],
    ['一健身房老板卷款跑路 会员预付款无法退还', 'business'],
    ['早教机构突然闭店 家长课时费退费无门', 'social'],
  ])('%s → breach, %s', (title, domain) => {
    expect(classify(title)).toMatchObject({ polarity: 'breach', domain });
  });

  it('a refund rule of the railway is not one', () => {
    expect(classify('火车票退票手续费新规：开车前8天以上免费退票').polarity).toBe('irrelevant');
  });
});

describe('信用+ services are credit work carried out (implementation)', () => {
  it.each(['杭州推出“信用+医疗”先看病后付费服务', '济南推出“信用+停车” 守信车主先离场后付费'])('%s', (title) => {
    expect(classify(title).polarity).toBe('implementation');
  });

  it('信用就医 belongs to healthcare', () => {
    expect(classify('杭州推出“信用+医疗”先看病后付费服务').sector).toBe('healthcare');
  });

  it('a lender’s pay-later product keyed to a credit score stays consumer-credit marketing', () => {
    expect(classify('某网贷平台推出“先享后付” 芝麻信用分600以上可用').polarity).toBe('irrelevant');
  });
});

describe('honours for a good record are integrity', () => {
  it.each([
    ['宁波一家外贸企业获评海关AEO高级认证', 'other'],
    ['连续三年获评A级纳税人 一企业获银行授信千万元', 'tax'],
    ['我区26家企业被认定为“守合同重信用”企业', 'other'],
  ])('%s → integrity, business, %s', (title, sector) => {
    expect(classify(title)).toMatchObject({ polarity: 'integrity', domain: 'business', sector });
  });
});

describe('harm to children in care is a breach of a school (社会诚信, education)', () => {
  it.each(['大连一幼儿园虐童事件：涉事教师已被刑拘', '一托育园保育员殴打幼儿被行政拘留'])('%s', (title) => {
    expect(classify(title)).toMatchObject({ polarity: 'breach', domain: 'social', sector: 'education-research' });
  });

  it('a denied rumour of abuse is no event', () => {
    expect(classify('网传某幼儿园虐童视频系谣言 警方：系外地旧视频').polarity).toBe('irrelevant');
  });
});

describe('a falsified environmental assessment is an environment breach', () => {
  it.each(['银川一企业因环评造假被列入严重失信主体名单', '环评报告弄虚作假 一技术服务公司被罚款'])('%s', (title) => {
    expect(classify(title)).toMatchObject({ polarity: 'breach', domain: 'business', sector: 'environment' });
  });
});

describe('scalpers of hospital numbers', () => {
  it('scalpers caught are a breach in healthcare', () => {
    expect(classify('两名号贩子在医院倒卖专家号被行政拘留')).toMatchObject({ polarity: 'breach', sector: 'healthcare' });
  });

  it('a campaign against them is enforcement work (implementation)', () => {
    expect(classify('兰州：对“黄牛”倒卖专家号行为重拳打击')).toMatchObject({ polarity: 'implementation', sector: 'healthcare' });
  });
});

describe('the fight against a wrong is not the wrong', () => {
  it.each(['我市打好污染防治攻坚战 空气优良天数比例创新高', '为新时代反腐败斗争提供坚强法治保障'])('%s → irrelevant', (title) => {
    expect(classify(title).polarity).toBe('irrelevant');
  });
});

describe('clearing arrears and defaulter records is integrity', () => {
  it('全省政府机构失信被执行人实现动态清零', () => {
    expect(classify('全省政府机构失信被执行人实现动态清零')).toMatchObject({ polarity: 'integrity', domain: 'government' });
  });
});

describe('the lexicon alone names the newer kinds of wrongdoing (rules without the model)', () => {
  const rules = createClassifier({ model: null });
  it.each([
    ['某品牌电动车宣称续航300公里 实测不到150公里', '名不副实'],
    ['网约车到站后司机临时加价', '临时加价'],
    ['楼盘停工三年 业主还在还贷', '楼盘停工'],
    ['“养老公寓”老板卷走老人养老钱', '卷走'],
    ['婚介所收费后玩“失踪”', '收钱不办事'],
  ])('%s → breach by cue %s', (title, cue) => {
    const r = rules.classify({ title });
    expect(r.polarity).toBe('breach');
    expect(r.evidence.some((e) => e.includes(`cue:${cue}`))).toBe(true);
  });

  it('被照片骗了 (fooled) is no swindle cue', () => {
    expect(rules.classify({ title: '游客：被照片骗了' }).evidence.some((e) => e.includes('cue:骗人'))).toBe(false);
  });
});
