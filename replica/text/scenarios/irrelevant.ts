// Distractors: stories full of 信用 words that are not city credit events (credit-card promotions,
// margin trading, foreign news, credit-report marketing, rumour denials, history, commentary).
import { amountWan } from '../vocab.js';
import type { Scenario } from '../scenario.js';

export const IRRELEVANT_SCENARIOS: Scenario[] = [
  {
    id: 'credit-card-promo',
    kind: 'irrelevant',
    sector: null,
    domain: null,
    channel: 'finance',
    city: 'optional',
    vars: (rng) => ({
      bank: rng.pick(['工商银行', '招商银行', '建设银行', '浦发银行', '中信银行', '交通银行', '广发银行']),
      perk: rng.pick(['满100减30', '积分翻倍', '境外消费返现', '首刷礼', '分期手续费五折', '加油92折']),
    }),
    headlines: [
      '{bank}{cityS}分行推出信用卡“{perk}”活动',
      '年末促销季 多家银行信用卡推出{perk}优惠',
      '信用卡分期真的划算吗？[专家提醒|记者调查]：警惕隐性费用',
      '{bank}信用卡新客{perk} {cityS}商圈联动促消费',
    ],
    leads: [
      '{dateline}{recent}，{bank}{cityS}分行联合本地{n}家商户推出信用卡“{perk}”活动，持卡人在指定商户消费即可享受优惠。',
      '{dateline}临近年末，各家银行信用卡优惠活动密集上线。记者{recent}走访{cityS}多家银行网点发现，“{perk}”成为主打卖点。',
    ],
    middles: [
      '银行工作人员介绍，活动期间新办卡客户还可获得首刷礼，信用额度最高可达{small}。',
      '业内人士提醒，信用卡分期业务的实际年化利率往往高于名义费率，消费者应理性使用，按时还款，避免逾期影响个人信用记录。',
      '数据显示，截至今年三季度末，全国信用卡和借贷合一卡在用发卡数量约7亿张，人均持有量有所下降。',
      '{resident}是一名上班族，她说自己有三张信用卡，“主要是为了各种优惠活动”。',
    ],
    endings: ['活动详情以银行官方公告为准。', '消费者可通过银行App查询活动细则。'],
  },
  {
    id: 'margin-trading',
    kind: 'irrelevant',
    sector: null,
    domain: null,
    channel: 'finance',
    city: 'none',
    vars: (rng) => ({
      balance: `${rng.int(14000, 21000)}亿元`,
      sectorName: rng.pick(['半导体', '电力设备', '医药生物', '计算机', '有色金属', '非银金融', '汽车', '机械设备', '国防军工', '通信', '传媒', '食品饮料']),
      ratio: `${rng.int(240, 310)}.${rng.int(0, 9)}`,
    }),
    headlines: [
      '{date}两融余额升至{balance} 融资客加仓{sectorName}板块',
      '融资融券余额连续{n}日增长 {sectorName}获青睐',
      '[沪深两市|A股]信用账户新开户数环比上升{pct}% 杠杆资金情绪回暖',
      '{date}两融数据：{sectorName}获融资净买入{small}',
      '券商：信用账户平均维持担保比例{ratio}% 两融风险可控',
    ],
    leads: [
      '{dateline}截至{recent}，沪深两市融资融券余额为{balance}，较前一交易日增加{small}，其中融资余额占比超过九成。',
      '{dateline}据交易所数据，{recent}两市信用账户新开户数环比上升，{sectorName}板块获融资净买入居前。',
    ],
    middles: [
      '分析人士认为，两融余额的变化反映了杠杆资金对后市的判断，但投资者仍需警惕波动风险。',
      '从行业看，{sectorName}、电子等板块融资净买入额居前，而部分消费类板块遭融资净卖出。',
      '某券商信用业务部负责人表示，目前信用账户整体维持担保比例处于较高水平，强制平仓风险较低。',
      '{date}当天，两市融资买入额为{small}，占A股成交额的比重约为{pct}%。',
      '个股方面，{sectorName}板块多只龙头股获融资净买入超过1亿元，而部分前期涨幅较大的个股遭融资客减持。',
    ],
    endings: ['以上内容不构成投资建议。', '市场有风险，投资需谨慎。'],
  },
  {
    id: 'foreign-credit',
    kind: 'irrelevant',
    sector: null,
    domain: null,
    channel: 'world',
    city: 'none',
    vars: (rng) => ({
      country: rng.pick(['美国', '日本', '英国', '法国', '意大利', '阿根廷', '韩国', '德国']),
      story: rng.pick(['主权信用评级被下调', '一汽车厂商承认数据造假', '大型银行因洗钱被罚', '连锁超市被曝虚假标注产地', '知名药企隐瞒临床试验数据']),
      fine: amountWan(rng, 1000, 900000),
    }),
    headlines: [
      '{country}{story}',
      '外媒：{country}{story} 市场反应强烈',
      '[国际观察|环球视线]｜{country}{story}背后',
    ],
    leads: [
      '{dateline}据外媒报道，{country}{story}，引发舆论广泛关注。',
      '{dateline}{recent}，{country}监管机构宣布，{story}，涉及金额约合人民币{fine}。',
    ],
    middles: [
      '报道称，事件曝光后，相关企业股价大幅下跌，多名高管宣布辞职。',
      '分析人士指出，此事暴露出当地监管体系存在漏洞，可能对其国际信誉造成长期影响。',
      '此前，{country}已多次发生类似事件，消费者对相关行业的信任度持续走低。',
    ],
    endings: ['事件仍在发酵中。', '国际评级机构表示将密切关注后续进展。'],
  },
  {
    id: 'credit-report-marketing',
    kind: 'irrelevant',
    sector: null,
    domain: null,
    channel: 'finance',
    city: 'optional',
    vars: (rng) => ({ app: rng.pick(['某金融App', '某征信查询小程序', '一家信用服务公司']) }),
    headlines: [
      '个人征信报告怎么查？[一文读懂|这些渠道免费]',
      '“花钱就能洗白征信”？{app}营销话术不可信',
      '{cityS}银行网点开通征信自助查询 市民可免费打印报告',
      '二代征信上线后，这些习惯会影响你的信用记录',
    ],
    leads: [
      '{dateline}每年每人可通过中国人民银行征信中心官方渠道免费查询2次个人信用报告。{recent}，{cityS}多家银行网点新增了征信自助查询机。',
      '{dateline}{recent}，记者在{cityS}街头注意到，{app}打出“征信花了也能贷”“快速提额”等广告，吸引不少年轻人咨询。',
    ],
    middles: [
      '业内人士介绍，信用报告记录的是个人的借贷和还款情况，频繁申请网贷、信用卡逾期都可能留下记录。',
      '人民银行{cityS}中心支行提醒，所谓“征信修复”“征信洗白”服务多为骗局，不良信息只能依法依规处理。',
      '市民{resident}说，她在买房前特意打印了一份报告，“想看看自己的信用记录有没有问题”。',
    ],
    endings: ['查询渠道以征信中心官网公布为准。', '消费者应珍惜个人信用记录。'],
  },
  {
    id: 'rumour-denial',
    kind: 'irrelevant',
    sector: null,
    domain: null,
    channel: 'local',
    city: 'required',
    vars: (rng) => ({
      rumour: rng.pick(['企业老板卷款跑路', '知名餐馆使用地沟油', '小区开发商拖欠工程款停工', '银行网点被挤兑', '幼儿园食物中毒']),
    }),
    headlines: [
      '网传“{cityS}{rumour}”？官方辟谣：不实',
      '{city}回应“{rumour}”传言：系谣言，造谣者已被处罚',
      '[辟谣|真相来了]｜“{place}{rumour}”不属实',
    ],
    leads: [
      '{dateline}{recent}，网传“{cityS}{rumour}”的消息引发关注。记者从{city}有关部门获悉，经核实，该信息不实。',
      '{dateline}{recent}，有网民在短视频平台发布“{place}{rumour}”的内容。当天晚间，{agency}发布通报称，网传内容系谣言。',
    ],
    middles: [
      '经查，网传视频拍摄于外地，与{cityS}无关，发布者为吸引流量编造了相关内容。',
      '警方已依法对造谣者{anon}处以行政拘留，并责令其删除不实信息。',
      '{official}{person}提醒，广大网民要自觉抵制网络谣言，不造谣、不信谣、不传谣。',
    ],
    endings: ['请以官方发布的信息为准。', '如发现谣言，可向网信部门举报。'],
  },
  {
    id: 'history-retrospective',
    kind: 'irrelevant',
    sector: null,
    domain: null,
    channel: 'culture',
    city: 'optional',
    vars: (rng) => ({
      era: rng.pick(['上世纪90年代', '二十年前', '清末', '改革开放初期', '民国时期']),
      thing: rng.pick(['晋商票号“以义制利”', '老字号钱庄一诺千金', '一场震惊全国的假酒案', '个体户“信誉卡”', '三角债清理']),
    }),
    headlines: [
      '[旧闻新读|老城记忆]｜{era}的{thing}',
      '从{thing}看{era}的商业信用',
      '{cityS}档案馆展出{era}{thing}相关史料',
    ],
    leads: [
      '{dateline}{era}，{thing}曾在当地家喻户晓。{recent}，{cityS}档案馆举办的一场专题展览，把人们的记忆拉回了那个年代。',
      '{dateline}说起{thing}，不少上了年纪的{cityS}人还记忆犹新。这段发生在{era}的往事，如今在{city}档案馆的展柜里重现。',
    ],
    middles: [
      '展览通过{n}件档案、照片和实物，展示了{era}商业活动中的诚信故事和深刻教训。',
      '史学研究者认为，这段历史说明，诚信是市场经济的基石，也是一座城市最宝贵的无形资产。',
      '观众{resident}在展柜前驻足良久：“小时候听老人讲过这些事，没想到保存得这么完整。”',
    ],
    endings: ['展览将持续至明年春节后。', '历史是最好的教科书。'],
  },
  {
    id: 'commentary',
    kind: 'irrelevant',
    sector: null,
    domain: null,
    channel: 'opinion',
    city: 'none',
    vars: (rng) => ({
      theme: rng.pick(['诚信是最好的营商环境', '让守信者处处受益', '信用修复不是“洗白”', '莫让“信用”被滥用', '治理失信要标本兼治', '别让“失信惩戒”变了味', '政府守信是最好的示范', '用法治守护诚信', '信用红利要让企业真切感受到', '给“老赖”画像更要给守信者“画像”', '“信用+”应用不能只停留在纸面', '诚信建设需要久久为功']),
      author: rng.pick(['本报评论员', '光明网评论员', '特约评论员', '新华社记者', '中国青年报评论员', '某高校教授']),
      hook: rng.pick(['近日，多地公布年度信用建设成绩单', '一则关于失信惩戒的新闻近日引发热议', '年底将至，各地清欠工作进入冲刺阶段', '近期，个人信用分在一些城市推广应用', '最近，有关“信用修复”的话题再次进入公众视野', '这段时间，不少城市晒出了“信易贷”数据']),
    }),
    headlines: [
      '{theme}',
      '[评论|锐评|观点]：{theme}',
      '[光明时评|人民时评|新华时评]：{theme}',
      '{author}：{theme}',
    ],
    leads: [
      '{hook}。{theme}，这句话说起来容易，做起来却需要久久为功。',
      '{hook}。近年来，各地在社会信用体系建设方面进行了大量探索，{theme}，已经成为越来越多人的共识。',
      '{hook}，引起不少网友讨论。在笔者看来，{theme}。',
    ],
    middles: [
      '一方面，要让失信者付出应有的代价，形成有效震慑；另一方面，也要防止把一些与信用无关的事项随意纳入失信惩戒，避免“信用”概念泛化。',
      '社会信用体系建设是一项系统工程，既需要完善的法律制度，也需要全社会的共同参与。',
      '对企业而言，信用是立身之本；对政府而言，诚信是施政之基。只有政府带头守信，才能带动全社会诚信水平的提升。',
      '数据显示，截至今年三季度，全国已有{n}个城市出台地方信用条例或管理办法，信用建设的制度框架日益完善。',
      '比如，有的地方把闯红灯、欠物业费等与信用挂钩，看似从严，实则偏离了信用建设的初衷。',
      '守信激励同样重要。信用好的企业能更快拿到贷款、更少被检查，诚信才会成为市场主体的自觉选择。',
      '说到底，信用建设的目的不是惩罚，而是让每个人、每家企业都能对自己的承诺负责。',
    ],
    endings: ['（作者：{author}）', '诚信建设，永远在路上。', '这，需要制度的刚性，也需要时间的耐心。'],
  },
];

