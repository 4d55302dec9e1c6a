import { describe, expect, it } from 'vitest';
import { defaultGazetteer } from '../../../core/gazetteer/index.js';
import { createLocator } from '../../../indexer/locate/index.js';

const g = defaultGazetteer();
const locator = createLocator({ gazetteer: g, sourcePlace: (id) => (id === 'credit-suzhou' ? '320500' : null) });
const at = (title: string, lead?: string, extra: { url?: string; sourceId?: string; body?: string } = {}) => locator.locate({ title, lead, ...extra });
const city = (title: string, lead?: string, extra?: { url?: string; sourceId?: string; body?: string }) => at(title, lead, extra).city?.name ?? null;

describe('locate: names', () => {
  it('recognises full and short names of cities', () => {
    expect(city('苏州市市场监管局公布一批失信企业名单')).toBe('苏州市');
    expect(city('杭州出台公共信用信息管理办法')).toBe('杭州市');
  });

  it('maps county-level cities and districts to their prefecture and reports the county', () => {
    expect(at('昆山一企业因拖欠农民工工资被列入失信名单')).toMatchObject({ city: { name: '苏州市' }, county: { name: '昆山市' }, province: { name: '江苏省' } });
    expect(at('义乌市场监管局查处一起侵犯知识产权案')).toMatchObject({ city: { name: '金华市' }, county: { name: '义乌市' } });
    expect(at('浦东新区推出信用承诺制改革')).toMatchObject({ city: { code: '310000' }, county: { name: '浦东新区' } });
  });

  it('lets a province-administered county-level city stand for itself', () => {
    expect(at('仙桃市建立农民工工资支付监控预警平台')).toMatchObject({ city: { name: '仙桃市' }, county: { name: '仙桃市' } });
  });

  it('reads nicknames, former names, XX州 forms and one-character abbreviations', () => {
    expect(city('鹏城再出招：信用修复最快一天办结')).toBe('深圳市');
    expect(city('襄樊老字号企业获评诚信示范企业')).toBe('襄阳市');
    expect(city('恩施州开展“诚信恩施”建设')).toBe('恩施土家族苗族自治州');
    expect(city('沪出台新规严惩恶意欠薪')).toBe('上海市');
  });

  it('gives a province but no city for a provincial item', () => {
    expect(at('江苏出台信用修复管理办法', '江苏省发展改革委近日印发管理办法。')).toMatchObject({ city: null, province: { name: '江苏省' } });
  });
});

describe('locate: datelines and sources', () => {
  it('takes the place of a dateline', () => {
    const r = at('信用修复“一件事”改革全面推开', '本报苏州11月20日电（记者 王安宁）记者从市发改委获悉，改革已在全市推开。');
    expect(r.city?.name).toBe('苏州市');
    expect(r.cities[0]?.matched.join()).toContain('本报苏州11月20日电');
  });

  it('treats a national agency’s 北京 dateline as its seat', () => {
    expect(city('国家发展改革委：今年已有230万家企业完成信用修复', '新华社北京11月21日电（记者 安蓓）国家发展改革委21日举行新闻发布会。')).toBeNull();
    expect(city('北京推出信用修复“一站式”服务', '新华社北京11月20日电 北京市发展改革委20日宣布推出一站式服务。')).toBe('北京市');
  });

  it('treats a provincial item datelined in the capital as provincial', () => {
    expect(city('当地通报3起生产安全事故', '新华社太原11月20日电 记者从山西省应急管理厅获悉，当地通报了3起事故调查处理情况。')).toBeNull();
  });

  it('reads the outlet of 【XX日报】 and 据XX报道', () => {
    expect(city('企业诚信经营有了“身份证”', '【扬州日报】近日，首批企业信用报告在政务服务中心发放。')).toBe('扬州市');
    expect(city('一批欠薪企业被曝光', '据常州日报报道，当地人社部门近日公开曝光了5家企业。')).toBe('常州市');
  });

  it('does not take a reporter’s name for a place', () => {
    expect(city('信用修复提速', '本报讯（记者 王南京）苏州市今年已为1.2万家企业办理信用修复。')).toBe('苏州市');
  });
});

describe('locate: ambiguous names', () => {
  it('settles 朝阳 by the places around it', () => {
    expect(at('北京朝阳警方破获一起电信网络诈骗案')).toMatchObject({ city: { name: '北京市' }, county: { code: '110105' } });
    expect(city('朝阳市建立政务诚信监测评价体系', '辽宁省朝阳市政府办公室印发实施方案。')).toBe('朝阳市');
    expect(at('长春朝阳区法院执结一批涉企案件')).toMatchObject({ city: { name: '长春市' }, county: { code: '220104' } });
  });

  it('reads 吉林 as the province and 吉林市 as the city', () => {
    expect(at('吉林出台社会信用条例')).toMatchObject({ city: null, province: { name: '吉林省' } });
    expect(city('吉林市公布首批守信激励对象名单')).toBe('吉林市');
  });

  it('uses the local edition of the URL to settle a name', () => {
    expect(at('鼓楼区推出信用+社区治理新模式', undefined, { url: 'http://js.people.com.cn/n2/2023/1120/c1.html' })).toMatchObject({ city: { name: '南京市' }, county: { code: '320106' } });
    expect(at('鼓楼区开展诚信经营示范街创建', undefined, { url: 'http://fj.people.com.cn/n2/2023/1120/c2.html' })).toMatchObject({ city: { name: '福州市' } });
    expect(at('当地法院集中宣判一批拒执案件', undefined, { url: 'http://js.people.com.cn/n2/x.html' })).toMatchObject({ city: null, province: { name: '江苏省' } });
  });

  it('uses the place of the source (a city credit website) as a prior', () => {
    expect(at('姑苏区开展诚信经营承诺活动', undefined, { sourceId: 'credit-suzhou' }).city?.name).toBe('苏州市');
    expect(at('市场监管局公布抽检结果', undefined, { sourceId: 'credit-suzhou' }).city).toBeNull();
  });
});

describe('locate: several places', () => {
  it('prefers the place where it happened and the acting authority', () => {
    expect(city('南京一男子在苏州骗取银行贷款被判刑')).toBe('苏州市');
    expect(city('无锡市场监管局查处一家苏州企业虚假宣传')).toBe('无锡市');
  });

  it('lists every city named, the primary one first', () => {
    const r = at('无锡市场监管局查处一家苏州企业虚假宣传');
    expect(r.cities.map((c) => [c.name, c.role])).toEqual([
      ['无锡市', 'primary'],
      ['苏州市', 'secondary'],
    ]);
  });

  it('gives no city to a round-up of many places', () => {
    expect(city('北京、上海、广州等10个城市开展信用修复试点')).toBeNull();
  });
});

describe('locate: national and foreign items', () => {
  it('gives no city to national bodies', () => {
    expect(city('国务院办公厅印发《关于进一步完善失信约束制度的指导意见》')).toBeNull();
    expect(city('国新办举行社会信用体系建设新闻发布会', '国务院新闻办公室11月20日在北京举行新闻发布会。')).toBeNull();
    expect(city('最高法：今年已有1200万人次失信被执行人被限制乘坐飞机')).toBeNull();
  });

  it('gives no city to foreign items, but keeps a Chinese city in the headline', () => {
    expect(city('美国联邦贸易委员会对一科技公司处以罚款')).toBeNull();
    expect(city('日本一汽车制造商承认检测数据造假')).toBeNull();
    expect(city('苏州企业在越南投资设厂 带动当地就业')).toBe('苏州市');
  });
});

describe('locate: words that are not places', () => {
  it('does not read company, university or person names as places', () => {
    expect(city('东方财富回应系统故障')).toBeNull();
    expect(city('长安汽车召回部分车辆')).toBeNull();
    expect(city('平安银行因违规发放贷款被罚')).toBeNull();
    expect(city('钟南山：要加强科研诚信建设')).toBeNull();
    expect(city('中山大学发布科研诚信案件处理结果')).toBe('广州市');
  });

  it('does not read street names as the city they are named after', () => {
    expect(at('青岛宁夏路一商户虚假宣传被罚')).toMatchObject({ city: { name: '青岛市' }, province: { name: '山东省' } });
    expect(city('上海南京路一商店价格欺诈被查处')).toBe('上海市');
  });

  it('takes a common word that is also a county only when its city supports it', () => {
    expect(city('乡村振兴中的信用体系建设')).toBeNull();
    expect(at('湖北公安民警破获一起特大非法集资案')).toMatchObject({ city: null, province: { name: '湖北省' } });
    expect(at('荆州公安县开展欠薪治理')).toMatchObject({ city: { name: '荆州市' }, county: { name: '公安县' } });
    expect(at('云南安宁一企业被列入严重失信主体名单')).toMatchObject({ city: { name: '昆明市' }, county: { name: '安宁市' } });
  });

  it('prefers the stronger of two overlapping names', () => {
    expect(city('3天河南周口查处多起价格违法案件')).toBe('周口市');
    expect(city('山东方面通报一起安全事故')).toBeNull();
  });

  it('explains its decision', () => {
    const r = at('湖北公安民警破获一起特大非法集资案');
    expect(r.evidence.join('\n')).toMatch(/公安 not taken as a place/);
  });
});

describe('locate: lists and joint stories', () => {
  it('lets a regional word outweigh the abbreviations inside it', () => {
    expect(city('长三角三省一市共同发布信用联合奖惩措施', '沪苏浙皖信用主管部门近日联合发布守信激励措施清单。')).toBeNull();
  });

  it('reads a name listed with provinces as a province', () => {
    const r = at('京津冀三地法院执行联动再升级', '北京、天津、河北三地高级人民法院签署执行联动协议。');
    expect(r.city).toBeNull();
    expect(r.evidence.join('\n')).toMatch(/河北 read as 河北省/);
  });

  it('keeps the leading city of a two-city story', () => {
    expect(city('福州厦门两地法院联动执行一起涉企案件', '厦门市思明区人民法院在福州法院协助下执结一起涉企案件。')).toBe('厦门市');
  });
});

describe('locate: county-level cities for the county tier', () => {
  it('names the county-level city beside its prefecture, and no county city for a district or a county', () => {
    expect(at('昆山一企业被列入失信名单')).toMatchObject({ city: { name: '苏州市' }, countyCity: { name: '昆山市' } });
    expect(at('浦东新区推出信用承诺制改革').countyCity).toBeNull();
    expect(at('沛县查处一起销售假药案').countyCity).toBeNull();
  });
});

describe('locate: local branches of national bodies', () => {
  it('reads a national body followed by a place as its local branch', () => {
    expect(city('国家税务总局苏州市税务局稽查局查处一起虚开发票案')).toBe('苏州市');
    expect(city('中国人民银行西宁中心支行提醒：警惕“征信修复”骗局')).toBe('西宁市');
  });

  it('does not take 全国 in a headline for a national item', () => {
    expect(city('唐山一起震惊全国的假酒案宣判')).toBe('唐山市');
  });
});

describe('locate: street names and street scenes', () => {
  it('takes 济南街头 for a scene in 济南, not a street named after it', () => {
    expect(city('二代征信上线后 这些习惯会影响你的信用记录', '记者在济南街头随机采访发现，不少市民并不清楚如何查询个人征信。')).toBe('济南市');
  });
});

describe('locate: people and corridors', () => {
  it('does not take a person named like a place for the place', () => {
    expect(city('李长春表示要加强诚信建设')).toBeNull();
    expect(city('浙江苏州表示将出台新规')).toBe('苏州市');
  });

  it('does not take a transport corridor for the city of its abbreviation', () => {
    expect(city('京沪高铁运营企业发布年度信用报告')).toBeNull();
  });

  it('gives no city to a round-up of provinces and a municipality', () => {
    expect(city('江苏、浙江、上海等地出台信用修复新规')).toBeNull();
  });
});

describe('locate: departments and provinces of the cities named', () => {
  it('does not take a local department (住建部门) for the ministry', () => {
    expect(city('佳木斯一市政道路质量问题引关注，住建部门回应')).toBe('佳木斯市');
  });

  it('does not count a city’s own province as another place of a round-up', () => {
    expect(city('辽宁省锦州市约谈德兴等企业负责人')).toBe('锦州市');
  });
});

describe('locate: a prefecture and its seat of the same name', () => {
  it('reads a bare 昌吉 as the seat 昌吉市, 昌吉州 as the prefecture, 南昌 as the city', () => {
    expect(at('昌吉一网络主播被追缴税款')).toMatchObject({ city: { code: '652300' }, county: { name: '昌吉市' }, countyCity: { name: '昌吉市' } });
    expect(at('昌吉州推进社会信用体系建设')).toMatchObject({ city: { code: '652300' }, county: null });
    expect(at('南昌出台信用修复办法')).toMatchObject({ city: { name: '南昌市' }, county: null });
  });
});

describe('locate: agency seats and headline openers', () => {
  it('reads a provincial bureau’s dateline as its seat when the story names another city of the province', () => {
    expect(city('多家银行信用卡推出优惠', '新华社长春11月22日电 延吉市多家银行近日推出信用卡优惠活动。')).toBe('延边朝鲜族自治州');
    expect(city('守信者一路绿灯', '新华社武汉11月20日电 记者从当地法院获悉，失信被执行人主动履行义务。')).toBe('武汉市');
  });

  it('takes a weak name that opens the headline', () => {
    expect(at('石狮印发《关于加强安全生产领域信用监管的实施意见》')).toMatchObject({ city: { name: '泉州市' }, countyCity: { name: '石狮市' } });
    expect(city('公安民警走进社区宣传防诈骗知识')).toBeNull();
  });
});

describe('locate: airports named after districts elsewhere', () => {
  it('places an airport by the city it serves', () => {
    expect(city('天河机场一航班延误引发旅客投诉')).toBe('武汉市');
    expect(city('首都机场出租车违规揽客被查')).toBe('北京市');
    expect(city('阿里发布最强大模型')).toBeNull();
  });
});

describe('locate: a weak name opening a headline without acting', () => {
  it('is not taken for the place', () => {
    expect(city('老城记忆｜改革开放初期的个体户“信誉卡”')).toBeNull();
  });
});

describe('locate: city names across word boundaries', () => {
  it('does not read a city into common words', () => {
    expect(city('她十年如一日照顾孤寡老人')).toBeNull();
    expect(city('确保山区学生按时返校')).toBeNull();
    expect(city('新能源是朝阳产业')).toBeNull();
    expect(city('三明治店缺斤短两被投诉')).toBeNull();
  });
});

describe('locate: one-character abbreviations and words around names', () => {
  it('takes an abbreviation only where it opens a clause', () => {
    expect(city('沪出台新规严惩恶意欠薪')).toBe('上海市');
    expect(city('多家企业在穗设立区域总部')).toBe('广州市');
    expect(city('周渝民出席公益活动')).toBeNull();
    expect(city('十大经典粤语歌曲')).toBeNull();
  });

  it('does not read counties into common phrases', () => {
    expect(city('未来三天全国大部地区气温回升')).toBeNull();
    expect(city('华为发布业界首款5G芯片')).toBeNull();
    expect(city('十九大新闻中心举行集体采访')).toBeNull();
  });
});

describe('locate: real headlines that once went wrong', () => {
  it('keeps phrases, people and foreign places out', () => {
    expect(city('“一带一路上的乌兰牧骑”亮相法国尼斯')).toBeNull();
    expect(city('央视315晚会： 揭食品谣言 曝光山寨饮料')).toBeNull();
    expect(city('王岐山当选中华人民共和国副主席')).toBeNull();
    expect(city('迈阿密一在建行人天桥坍塌 造成4人死亡')).toBeNull();
    expect(city('叙政府军收复东古塔一要地 被困平民撤离')).toBeNull();
  });

  it('reads a district without context in the first-tier city, a city name as the city', () => {
    expect(at('腾讯请求南山区法院查封一公司财产')).toMatchObject({ city: { name: '深圳市' }, county: { code: '440305' } });
    expect(city('中山古镇刘建辉带队走访企业谈心鼓劲')).toBe('中山市');
  });
});

describe('locate: where people come from', () => {
  it('weighs a place of origin little', () => {
    expect(city('暖心！日本街头，有一份“来自武汉的报道”')).toBeNull();
    expect(city('徐州籍男子在上海虚开发票被判刑')).toBe('上海市');
  });
});
