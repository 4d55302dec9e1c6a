import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../indexer/classify/index.js';

const classifier = createClassifier();
const classify = (title: string, lead?: string) => classifier.classify({ title, lead });
const rule = (title: string) => classify(title).evidence.find((e) => e.startsWith('rule:')) ?? '';

describe('信用卡/征信 marketing and bank promotions', () => {
  it('are irrelevant, and the evidence says which rule overrode which cue', () => {
    const r = classify('信用卡积分兑换大放送 这些银行权益别错过');
    expect(r.polarity).toBe('irrelevant');
    expect(rule('信用卡积分兑换大放送 这些银行权益别错过')).toMatch(/^rule:consumer-credit-marketing “信用卡”/);
    expect(classify('个人征信报告怎么查？一年可免费查两次').polarity).toBe('irrelevant');
  });

  it('but credit-card fraud is a breach', () => {
    expect(classify('团伙利用POS机套现信用卡 涉案2亿元').polarity).toBe('breach');
  });

  it('and SME credit lending (信易贷) is credit work', () => {
    expect(classify('凭纳税信用 小微企业获“信易贷”300万元').polarity).toBe('implementation');
  });
});

describe('stock-market 信用 terms', () => {
  it.each(['两融余额连续三日回升', '信用债发行量同比增长', '评级机构维持某集团主体信用等级AAA'])('%s → irrelevant', (title) =>
    expect(classify(title).polarity).toBe('irrelevant'),
  );

  it('unless the market news is fraud', () => {
    expect(classify('上市公司欺诈发行 证监会罚款2亿元').polarity).toBe('breach');
  });
});

describe('foreign events', () => {
  it('a foreign company’s fraud is irrelevant for Chinese city credit', () => {
    expect(classify('美国一科技公司财务造假 创始人被判欺诈罪').polarity).toBe('irrelevant');
    expect(rule('美国一科技公司财务造假 创始人被判欺诈罪')).toMatch(/^rule:foreign-event “美国” overrides breach cue/);
  });

  it('but a foreign company breaking rules in a Chinese city is a breach', () => {
    expect(classify('日资企业在华工厂使用过期原料被罚').polarity).toBe('breach');
    expect(classify('外资电子厂在昆山偷排废水 被责令停产').polarity).toBe('breach');
  });
});

describe('negation and denials', () => {
  it('a rumour denied with no breach alleged is irrelevant', () => {
    expect(classify('网传“某地取消公积金”？官方：不实').polarity).toBe('irrelevant');
  });

  it('an authority denying an alleged breach is a response', () => {
    const r = classify('“地沟油流入学校食堂”？教育局：经核查系不实报道');
    expect(r.polarity).toBe('response');
    expect(r.evidence[0]).toMatch(/^rule:official-denial/);
  });

  it('a breach cue right after a negator is cancelled (fighting a breach is not committing it)', () => {
    const r = classify('警方提醒：谨防冒充客服诈骗');
    expect(r.polarity).toBe('irrelevant');
  });
});

describe('historical mentions', () => {
  it('retrospectives and anniversaries are irrelevant', () => {
    expect(classify('回顾：三聚氰胺奶粉事件十五年').polarity).toBe('irrelevant');
    expect(classify('二十年前那场假药事件，改变了什么').polarity).toBe('irrelevant');
  });

  it('an old breach still unresolved today is news', () => {
    expect(classify('十年前的欠薪至今未还 农民工再次讨薪').polarity).toBe('breach');
  });
});

describe('commentaries', () => {
  it.each(['人民锐评：让失信者寸步难行', '新京报快评：欠薪问题不能一罚了之', '时评：论文造假不能只靠道德约束'])('%s → irrelevant', (title) =>
    expect(classify(title).polarity).toBe('irrelevant'),
  );
});

describe('court judgments (司法公信)', () => {
  it('a conviction reports the breach that was judged', () => {
    expect(classify('集资诈骗案一审宣判 主犯被判无期徒刑')).toMatchObject({ polarity: 'breach', sector: 'finance-fraud' });
  });

  it('courts reporting their enforcement work are implementation', () => {
    expect(classify('全市法院上半年执结案件3.2万件 执行到位金额56亿元')).toMatchObject({ polarity: 'implementation', domain: 'judicial' });
  });
});

describe('awards and penalties in one text', () => {
  it('a past award does not outweigh a present penalty', () => {
    const r = classify('昔日“诚信企业”因掺假售假被查处');
    expect(r.polarity).toBe('breach');
    expect(r.evidence.some((e) => e.includes('“昔日” cancels cue'))).toBe(true);
  });

  it('publishing red and black lists together is credit work', () => {
    expect(classify('我市发布红黑名单：30家企业上红名单，8家企业列入黑名单').polarity).toBe('implementation');
  });
});
