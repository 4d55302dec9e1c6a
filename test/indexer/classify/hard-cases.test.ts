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

  it('a foreign outlet or column marks a foreign story, whatever the body quotes', () => {
    const r = classify('外媒：阿根廷一连锁超市被曝虚假标注产地', undefined);
    expect(r.polarity).toBe('irrelevant');
    const withBody = classifier.classify({ title: '环球视线｜美国连锁超市被曝虚假标注产地背后', body: '此事在国内社交媒体上也引发讨论。' });
    expect(withBody.polarity).toBe('irrelevant');
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

  it('an authority denying an alleged breach is irrelevant too: no credit event happened', () => {
    const r = classify('“地沟油流入学校食堂”？教育局：经核查系不实报道');
    expect(r.polarity).toBe('irrelevant');
    expect(r.evidence[0]).toMatch(/^rule:denial “系不实” overrides breach cue/);
    expect(classify('网传“某超市售卖过期牛奶”？官方辟谣：不实').polarity).toBe('irrelevant');
  });

  it('but 不实 naming the breach itself (标价不实, 宣传不实) is no denial', () => {
    expect(classify('明码标价不实 一商户被罚款12万元').polarity).toBe('breach');
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

  it('history told through archives and old eras is irrelevant', () => {
    expect(classify('档案馆展出民国时期老字号钱庄一诺千金相关史料').polarity).toBe('irrelevant');
    expect(classify('老城记忆｜改革开放初期的一场假酒案').polarity).toBe('irrelevant');
  });

  it('a platform’s first anniversary is no history', () => {
    expect(classify('信易贷平台上线一周年 累计放款37亿元').polarity).toBe('implementation');
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

  it('a list that names its members reports their breach or their honour', () => {
    expect(classify('人社局公布欠薪“黑名单” 顺达建筑等4家企业上榜').polarity).toBe('breach');
    expect(classify('年度纳税信用A级纳税人名单公布 华润等企业上榜')).toMatchObject({ polarity: 'integrity', sector: 'tax' });
  });
});

describe('the lead’s conventions', () => {
  it('a first exposure is a breach even when the headline adds the authorities’ reaction', () => {
    expect(classify('顾客在外卖中吃出钢丝球 市场监管部门：已立案调查').polarity).toBe('breach');
    expect(classify('刚交付的小区楼板开裂 住建局回应：已责令停止销售').polarity).toBe('breach');
  });

  it('the follow-up whose news is the reaction to a public breach is a response', () => {
    expect(classify('“过期食材”事件处理结果公布：供餐公司被清退 教育局长被问责').polarity).toBe('response');
    expect(classify('非法集资问题受害者获先行赔付 当地设立专门受理窗口').polarity).toBe('response');
  });

  it('a government paying its arrears keeps its word (integrity), though 拖欠 appears', () => {
    expect(classify('县里清偿拖欠企业账款3.2亿元 兑现承诺')).toMatchObject({ polarity: 'integrity', domain: 'government', sector: 'government-debt' });
  });

  it('a city honoured for its credit work is recognised (integrity)', () => {
    expect(classify('我市入选全国社会信用体系建设示范区').polarity).toBe('integrity');
  });

  it('a court’s settlement that keeps a firm alive is integrity', () => {
    expect(classify('善意执行显温度：法院执行和解助企业渡过难关')).toMatchObject({ polarity: 'integrity', domain: 'judicial' });
  });
});
