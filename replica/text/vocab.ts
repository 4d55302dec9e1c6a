// Vocabulary shared by every kind of story, so that no word list belongs to one label only.
import { zh_CN } from '@faker-js/faker';
import type { Sector } from '../../core/types.js';
import type { Rng } from '../world/rng.js';

const SURNAMES: readonly string[] = zh_CN.person?.last_name && 'generic' in zh_CN.person.last_name
  ? (zh_CN.person.last_name.generic as string[])
  : ['王', '李', '张', '刘', '陈'];
const GIVEN: readonly string[] = zh_CN.person?.first_name && 'generic' in zh_CN.person.first_name
  ? (zh_CN.person.first_name.generic as string[])
  : ['伟', '芳', '娜', '敏', '静'];
const INDUSTRIES: readonly string[] = [
  ...((zh_CN.company?.category as string[] | undefined) ?? []),
  '商贸', '实业', '科技', '生物科技', '餐饮管理', '置业', '建筑工程', '劳务', '化工', '医药', '农业开发', '电子商务', '供应链管理',
  '环保科技', '新材料', '投资管理', '物业服务', '机械制造', '纺织', '汽车销售', '信息技术', '文化传媒', '健康管理',
];
const ENTITY_TYPES = ['有限公司', '有限责任公司', '股份有限公司', '集团有限公司'];
const BRAND_CHARS = '华鑫恒泰盛隆昌瑞丰源达信诚德佳宏兴旺金宝安康润和天海通博嘉益鼎祥聚永鸿晟凯弘卓远正明';

export function personName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN);
}

/** 某某 style anonymised name used in court and penalty reports: 王某, 李某某. */
export function anonymousName(rng: Rng): string {
  return rng.pick(SURNAMES.filter((s) => s.length === 1)) + rng.pick(['某', '某某', '某某']);
}

export function companyName(rng: Rng, placeShort: string, industry?: string): string {
  const brand = BRAND_CHARS[rng.int(0, BRAND_CHARS.length - 1)]! + BRAND_CHARS[rng.int(0, BRAND_CHARS.length - 1)]!;
  return `${placeShort}${brand}${industry ?? rng.pick(INDUSTRIES)}${rng.pick(ENTITY_TYPES)}`;
}

export function amountWan(rng: Rng, min: number, max: number): string {
  const v = rng.float(min, max);
  if (v >= 10000) return `${(v / 10000).toFixed(rng.pick([1, 2]))}亿元`;
  return `${v >= 100 ? Math.round(v) : v.toFixed(rng.pick([1, 2]))}万元`;
}

export function count(rng: Rng, min: number, max: number): string {
  return String(rng.int(min, max));
}

/** Sector → the agency that acts, as `{city}` + suffix. */
export const AGENCIES: Record<Sector, string[]> = {
  'food-drug': ['市场监督管理局', '市场监管局', '食品药品稽查支队'],
  'production-safety': ['应急管理局', '安全生产委员会办公室', '应急管理部门'],
  'finance-fraud': ['公安局经侦支队', '地方金融管理局', '公安局'],
  environment: ['生态环境局', '生态环境保护综合行政执法支队'],
  'wages-social-security': ['人力资源和社会保障局', '人社局', '劳动保障监察支队'],
  tax: ['税务局稽查局', '税务局'],
  construction: ['住房和城乡建设局', '住建局', '建设工程质量安全监督站'],
  price: ['发展和改革委员会', '市场监管局价格监督检查科', '发改委'],
  'e-commerce': ['市场监管局网络交易监管处', '市场监督管理局'],
  healthcare: ['医疗保障局', '卫生健康委员会', '医保局'],
  'education-research': ['教育局', '科技局'],
  transport: ['交通运输局', '交通运输综合行政执法支队'],
  ip: ['知识产权局', '市场监管局（知识产权局）'],
  'government-debt': ['人民政府', '财政局', '工业和信息化局'],
  'judgment-enforcement': ['中级人民法院', '人民法院'],
  other: ['发展和改革委员会', '人民政府办公室', '社会信用体系建设领导小组办公室'],
};

export const LAWS: Record<Sector, string[]> = {
  'food-drug': ['《中华人民共和国食品安全法》', '《中华人民共和国药品管理法》', '《食品安全法实施条例》', '《医疗器械监督管理条例》'],
  'production-safety': ['《中华人民共和国安全生产法》', '《生产安全事故报告和调查处理条例》', '《危险化学品安全管理条例》'],
  'finance-fraud': ['《中华人民共和国刑法》', '《防范和处置非法集资条例》', '《中华人民共和国反电信网络诈骗法》'],
  environment: ['《中华人民共和国环境保护法》', '《中华人民共和国水污染防治法》', '《中华人民共和国大气污染防治法》', '《中华人民共和国固体废物污染环境防治法》'],
  'wages-social-security': ['《保障农民工工资支付条例》', '《中华人民共和国劳动合同法》', '《中华人民共和国社会保险法》'],
  tax: ['《中华人民共和国税收征收管理法》', '《中华人民共和国发票管理办法》', '《中华人民共和国个人所得税法》'],
  construction: ['《建设工程质量管理条例》', '《中华人民共和国招标投标法》', '《中华人民共和国建筑法》'],
  price: ['《中华人民共和国价格法》', '《价格违法行为行政处罚规定》', '《明码标价和禁止价格欺诈规定》'],
  'e-commerce': ['《中华人民共和国电子商务法》', '《中华人民共和国反不正当竞争法》', '《中华人民共和国广告法》', '《网络交易监督管理办法》'],
  healthcare: ['《医疗保障基金使用监督管理条例》', '《中华人民共和国基本医疗卫生与健康促进法》', '《医疗机构管理条例》'],
  'education-research': ['《科研失信行为调查处理规则》', '《中华人民共和国民办教育促进法》', '《中华人民共和国学位法》'],
  transport: ['《中华人民共和国道路交通安全法》', '《公路安全保护条例》', '《中华人民共和国道路运输条例》'],
  ip: ['《中华人民共和国商标法》', '《中华人民共和国专利法》', '《中华人民共和国著作权法》'],
  'government-debt': ['《保障中小企业款项支付条例》', '《优化营商环境条例》', '《中华人民共和国预算法》'],
  'judgment-enforcement': ['《中华人民共和国民事诉讼法》', '《最高人民法院关于公布失信被执行人名单信息的若干规定》', '《最高人民法院关于限制被执行人高消费及有关消费的若干规定》'],
  other: ['《社会信用体系建设规划纲要》', '《关于推进社会信用体系建设高质量发展促进形成新发展格局的意见》', '《企业信息公示暂行条例》'],
};

/** Outlets that original reports are credited to; `wire` ones are widely reprinted. */
export const WIRE_OUTLETS = ['新华社', '人民日报', '中国新闻网', '央视新闻客户端', '经济日报', '法治日报', '工人日报', '中国青年报', '光明日报', '新京报', '澎湃新闻', '北京青年报', '南方都市报', '界面新闻', '每日经济新闻', '第一财经', '中国经济网', '上观新闻', '潮新闻', '红星新闻'];

