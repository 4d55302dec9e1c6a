// Hand-written news stories for dedup and clustering specifications: the same happening told by
// different sites in their own words, reprints of one wire story, and different happenings of the
// same kind in the same city (the hard negatives).
import type { Polarity, Sector } from '../../../core/types.js';

export interface Facts {
  city: string;
  cityCode: string;
  district: string;
  company: string;
  person: string;
  amount: string;
  count: string;
  day: number;
  detail: string;
}

export interface StoryTemplate {
  sector: Sector;
  polarity: Polarity;
  /** Different sites' headlines for the same happening. */
  titles: ((f: Facts) => string)[];
  /** Different sites' bodies for the same happening: each shares the facts, not the wording. */
  bodies: ((f: Facts) => string)[];
}

export const FOOD: StoryTemplate = {
  sector: 'food-drug',
  polarity: 'breach',
  titles: [
    (f) => `${f.city}${f.company}使用过期原料被罚${f.amount}万元`,
    (f) => `${f.district}一食品企业违法生产遭查处 涉事产品已下架`,
    (f) => `记者调查：${f.company}过期原料流入生产线`,
  ],
  bodies: [
    (f) =>
      `本报${f.city}11月${f.day}日电 ${f.city}市场监督管理局日前通报，${f.district}${f.company}在生产过程中使用超过保质期的原料，` +
      `执法人员现场查扣${f.detail}${f.count}公斤，并对该企业处以罚款${f.amount}万元。据了解，该企业负责人${f.person}表示将全面整改。` +
      `市场监管部门提醒消费者，发现问题食品可拨打12315投诉举报。下一步，监管部门将加大对食品生产企业的抽检力度，对违法行为依法严惩。`,
    (f) =>
      `记者从${f.city}市场监管部门获悉，位于${f.district}的${f.company}因使用过期原料生产食品被依法查处，罚款${f.amount}万元。` +
      `检查中发现该公司仓库存放${f.detail}共${f.count}公斤，部分原料已过期数月。企业法定代表人${f.person}称系管理疏漏所致。` +
      `目前涉事批次产品已全部下架召回，相关案件正在进一步调查中。`,
    (f) =>
      `近日，有消费者反映${f.company}生产的产品存在异味。${f.district}市场监管所执法人员随即开展检查，发现${f.detail}${f.count}公斤已超过保质期。` +
      `${f.person}作为企业负责人承认了违法事实。${f.city}市场监督管理局依据食品安全法对其作出罚款${f.amount}万元的行政处罚，并将该企业列入重点监管名单。`,
  ],
};

export const WAGES: StoryTemplate = {
  sector: 'wages-social-security',
  polarity: 'breach',
  titles: [
    (f) => `${f.city}一建筑公司拖欠${f.count}名农民工工资${f.amount}万元`,
    (f) => `${f.company}欠薪被列入失信名单`,
    (f) => `讨薪无门？${f.district}工地${f.count}名工人等待工资发放`,
  ],
  bodies: [
    (f) =>
      `${f.city}人力资源和社会保障局日前发布通报，${f.company}在${f.district}承建的项目拖欠${f.count}名农民工工资共计${f.amount}万元，` +
      `经劳动保障监察部门责令限期支付后仍拒不支付，已被列入拖欠农民工工资失信联合惩戒对象名单。项目负责人${f.person}已被依法约谈。` +
      `${f.detail}相关部门表示，将依法追究企业及相关责任人的法律责任。`,
    (f) =>
      `“干了大半年，一分钱没拿到。”在${f.district}一处工地上，工人们向记者讲述了被欠薪的遭遇。据了解，该项目由${f.company}承建，` +
      `涉及工人${f.count}名、欠薪金额${f.amount}万元。${f.detail}${f.city}人社部门介入后，已对企业负责人${f.person}进行约谈，并将其纳入失信名单。`,
    (f) =>
      `因拖欠工资${f.amount}万元，${f.company}近日被${f.city}人社局列入失信名单。通报显示，该公司在${f.district}的工程项目中欠付${f.count}名工人劳动报酬，` +
      `${f.detail}企业负责人${f.person}被约谈后承诺月底前结清。`,
  ],
};

export const SAFETY: StoryTemplate = {
  sector: 'production-safety',
  polarity: 'breach',
  titles: [
    (f) => `${f.city}${f.company}发生火灾 ${f.count}人受伤`,
    (f) => `${f.district}一工厂起火 安全隐患长期未整改`,
    (f) => `${f.company}火灾事故调查：消防通道被堵`,
  ],
  bodies: [
    (f) =>
      `11月${f.day}日凌晨，${f.city}${f.district}${f.company}厂房发生火灾，造成${f.count}人受伤。经初步调查，该企业${f.detail}，` +
      `消防通道被杂物堵塞，此前已被应急管理部门责令整改但未落实。企业负责人${f.person}已被警方控制，直接经济损失约${f.amount}万元。`,
    (f) =>
      `记者从${f.city}应急管理局获悉，${f.company}火灾事故共导致${f.count}人受伤送医，损失约${f.amount}万元。事故原因初步查明为${f.detail}。` +
      `检查记录显示，该厂曾多次被指出存在安全隐患。目前，${f.person}等相关责任人已被控制，事故调查组已进驻${f.district}开展工作。`,
  ],
};

export const RESPONSE: StoryTemplate = {
  sector: 'food-drug',
  polarity: 'response',
  titles: [(f) => `${f.city}通报${f.company}事件调查处理情况`, (f) => `${f.city}回应${f.company}过期原料问题：已问责${f.count}人`],
  bodies: [
    (f) =>
      `针对近日媒体报道的${f.company}使用过期原料问题，${f.city}市政府召开新闻发布会通报调查处理情况。经调查，${f.district}市场监管所` +
      `存在监管不力问题，${f.count}名工作人员被问责。${f.city}将开展食品生产企业专项整治行动，建立原料进货查验长效机制。`,
    (f) =>
      `${f.city}市委市政府高度重视${f.company}事件，成立联合调查组。调查结果显示，${f.district}有关部门日常巡查流于形式，` +
      `对${f.count}名责任人作出党纪政务处分。下一步将出台食品安全信用分级分类监管办法，对失信企业实施联合惩戒。`,
  ],
};

export const SUZHOU_FOOD_A: Facts = {
  city: '苏州', cityCode: '320500', district: '吴中区', company: '恒达食品有限公司', person: '王建国',
  amount: '35', count: '420', day: 18, detail: '面粉和食用油',
};
export const SUZHOU_FOOD_B: Facts = {
  city: '苏州', cityCode: '320500', district: '相城区', company: '鑫源糕点厂', person: '李秀英',
  amount: '12', count: '86', day: 19, detail: '奶油和果酱',
};
export const WUXI_FOOD: Facts = {
  city: '无锡', cityCode: '320200', district: '惠山区', company: '恒达食品有限公司', person: '王建国',
  amount: '35', count: '420', day: 18, detail: '面粉和食用油',
};
export const HEFEI_WAGES_A: Facts = {
  city: '合肥', cityCode: '340100', district: '蜀山区', company: '宏远建设集团', person: '赵立新',
  amount: '286', count: '73', day: 20, detail: '工人多次讨要未果，曾聚集到项目部反映诉求。',
};
export const HEFEI_WAGES_B: Facts = {
  city: '合肥', cityCode: '340100', district: '包河区', company: '金盛建筑劳务公司', person: '孙海波',
  amount: '94', count: '31', day: 21, detail: '该公司此前已有两次欠薪记录。',
};
export const TAIYUAN_FIRE: Facts = {
  city: '太原', cityCode: '140100', district: '小店区', company: '晋丰化工有限公司', person: '郭志强',
  amount: '160', count: '5', day: 17, detail: '电气线路老化短路引燃堆放的包装材料',
};

export function story(t: StoryTemplate, f: Facts, variant: number): { title: string; body: string } {
  return { title: t.titles[variant % t.titles.length]!(f), body: t.bodies[variant % t.bodies.length]!(f) };
}

/** How another site reprints a wire story: its own headline, a source and an editor line, a synonym swapped. */
export function reprint(body: string, edit: number): string {
  const text = body.replace('日前', '近日').replace('据了解', '据悉');
  return `来源：新华社 ${text}（责任编辑：${['张伟', '刘洋', '陈静'][edit % 3]}）`;
}
