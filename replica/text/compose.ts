// Writes headlines and bodies. An event's facts are drawn once; every report writes from them,
// either as a reprint of the same wire copy (lightly edited) or as the site's own rewrite.
import { shanghaiParts } from '../../core/clock.js';
import type { Sector } from '../../core/types.js';
import type { WorldCity } from '../world/cities.js';
import type { Rng } from '../world/rng.js';
import { DATELINES, placeSlots, type Naming, type PlaceFacts } from './places.js';
import type { Scenario } from './scenario.js';
import { CITY_CONTEXT, NATIONAL_CONTEXT } from './scenarios/common.js';
import { fill, type Slots } from './template.js';
import { AGENCIES, LAWS, amountWan, anonymousName, companyName, count, personName } from './vocab.js';

export interface StoryFacts {
  scenario: Scenario;
  sector: Sector | null;
  place: PlaceFacts | null;
  /** Short name of another city a story may mention. */
  city2: string;
  eventTime: number;
  /** Slot values fixed for the event: every report names the same company, amount, official. */
  fixed: Record<string, string>;
}

const SECTOR_TOPICS: Record<Sector, string> = {
  'food-drug': '食品安全',
  'production-safety': '安全生产事故',
  'finance-fraud': '非法集资',
  environment: '违法排污',
  'wages-social-security': '拖欠农民工工资',
  tax: '偷逃税',
  construction: '工程质量',
  price: '哄抬价格',
  'e-commerce': '网络售假',
  healthcare: '骗取医保基金',
  'education-research': '学术不端',
  transport: '超限超载',
  ip: '假冒商标',
  'government-debt': '拖欠企业账款',
  'judgment-enforcement': '拒不执行判决',
  other: '信用',
};

export interface FactsInput {
  rng: Rng;
  scenario: Scenario;
  sector: Sector | null;
  place: PlaceFacts | null;
  city2: string;
  eventTime: number;
  /** For a response: the breach it answers, whose company and place it reuses. */
  answers?: StoryFacts;
}

export function makeFacts(input: FactsInput): StoryFacts {
  const { rng, scenario, place, eventTime } = input;
  const sector = input.sector ?? input.answers?.sector ?? null;
  const { year, month, day, hour } = shanghaiParts(eventTime);
  const cityShort = place?.city.shortName ?? '';
  const brandPrefix = place ? rng.weighted([cityShort, place.subPlace.replace(/(区|县|街道)$/, ''), place.city.province.shortName], [7, 2, 1]) : '';
  const company = input.answers?.fixed.company ?? companyName(rng, brandPrefix);
  const fixed: Record<string, string> = {
    company,
    brand: input.answers?.fixed.brand ?? company.slice(brandPrefix.length, brandPrefix.length + 2),
    person: personName(rng),
    official: rng.pick(['相关负责人', '有关负责人', '负责人', '副局长', '新闻发言人']),
    resident: personName(rng),
    anon: anonymousName(rng),
    reporter: personName(rng),
    reporter2: personName(rng),
    n: count(rng, 3, 28),
    n2: count(rng, 2, 12),
    small: amountWan(rng, 2, 90),
    kg: count(rng, 40, 1800),
    years: count(rng, 1, 8),
    year: String(year),
    year1: String(year - 3),
    year2: String(year - 1),
    target: String(year + 3),
    hour: String(Math.max(6, hour)),
    month: `今年${rng.int(1, Math.max(1, month - 1))}月`,
    date: `${month}月${day}日`,
    pct: `${rng.int(3, 30)}.${rng.int(0, 9)}`,
    firms: count(rng, 120, 6000),
    law: sector ? rng.pick(LAWS[sector]) : rng.pick(LAWS.other),
    agencySuffix: sector ? rng.pick(AGENCIES[sector]) : rng.pick(['公安局', '网信办', '市场监管局']),
    doc: `《关于加强${SECTOR_TOPICS[sector ?? 'other']}领域信用监管的实施意见》`,
    topic: input.answers ? rng.pick(answerTopics(input.answers)) : '',
    city2: input.city2,
  };
  if (scenario.vars) {
    const base: Slots = { ...fixed, cityS: cityShort };
    for (const [k, v] of Object.entries(scenario.vars(rng, base))) {
      fixed[k] = typeof v === 'string' && v.includes('{') ? fill(v, base, rng) : String(typeof v === 'function' ? v(rng) : v);
    }
  }
  return { scenario, sector, place, city2: input.city2, eventTime, fixed };
}

function answerTopics(b: StoryFacts): string[] {
  const label = SECTOR_TOPICS[b.sector ?? 'other'];
  const brand = b.fixed.brand ?? '';
  return [`${label}问题`, `媒体反映的${label}问题`, `“${brand}”${label}事件`, `${b.fixed.company}${label}问题`];
}

export type DatelineKind = keyof typeof DATELINES;

export interface RenderOptions {
  naming: Naming;
  dateline: DatelineKind;
  /** When the article appears; 近日/今天 wording depends on it. */
  publishedAt: number;
}

export interface Story {
  title: string;
  paragraphs: string[];
}

function renderSlots(f: StoryFacts, o: RenderOptions, rng: Rng): Slots {
  const ev = shanghaiParts(f.eventTime);
  const pub = shanghaiParts(o.publishedAt);
  const sameDay = ev.day === pub.day && ev.month === pub.month;
  const place: Slots = f.place ? placeSlots(f.place, o.naming, rng) : { city: '', cityS: '', place: '', prov: '', jurisdiction: '' };
  const jurisdiction = String(place.jurisdiction ?? '');
  const suffix = f.fixed.agencySuffix ?? '';
  const agency = o.naming === 'sub' && suffix.startsWith('中级') ? `${jurisdiction}人民法院` : `${jurisdiction}${suffix}`;
  const dateline = DATELINES[o.dateline]!(
    { city: f.place?.city ?? null, naming: o.naming, month: ev.month, day: ev.day, reporter: f.fixed.reporter ?? '', reporter2: f.fixed.reporter2 ?? '' },
    rng,
  );
  const recent = sameDay ? rng.pick(['今天', `${ev.day}日`, '近日', `${ev.month}月${ev.day}日`]) : rng.pick(['近日', '日前', `${ev.month}月${ev.day}日`, `${ev.day}日`]);
  return { ...f.fixed, ...place, agency, dateline, recent };
}

export function renderTitle(f: StoryFacts, o: RenderOptions, rng: Rng, index?: number): string {
  const slots = renderSlots(f, o, rng);
  const list = f.scenario.headlines;
  const tpl = index === undefined ? rng.pick(list) : list[index % list.length]!;
  return fill(tpl, slots, rng);
}

export function renderBody(f: StoryFacts, o: RenderOptions, rng: Rng): string[] {
  const s = f.scenario;
  const slots = renderSlots(f, o, rng);
  const paragraphs = [fill(rng.pick(s.leads), slots, rng)];
  const middles = rng.sample(s.middles, rng.int(Math.min(2, s.middles.length), Math.min(4, s.middles.length)));
  for (const m of s.middles.filter((x) => middles.includes(x))) paragraphs.push(fill(m, slots, rng));
  if (s.kind !== 'filler') {
    if (f.place && rng.chance(0.55)) paragraphs.push(fill(rng.pick(CITY_CONTEXT), slots, rng));
    if (rng.chance(0.3)) paragraphs.push(fill(rng.pick(NATIONAL_CONTEXT), slots, rng));
  }
  paragraphs.push(fill(rng.pick(s.endings), slots, rng));
  return paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
}

const SYNONYMS: [string, string][] = [
  ['表示', '称'],
  ['目前', '当前'],
  ['据了解', '据悉'],
  ['近日', '日前'],
  ['记者从', '记者近日从'],
  ['进一步', '深入'],
  ['相关负责人', '有关负责人'],
];

/** A light edit of wire copy for a reprint: a synonym or two, sometimes the ending or the dateline dropped. */
export function editReprint(paragraphs: string[], rng: Rng): string[] {
  let out = [...paragraphs];
  if (out.length > 3 && rng.chance(0.35)) out = out.slice(0, -1);
  for (const [a, b] of rng.sample(SYNONYMS, rng.int(0, 2))) {
    const i = out.findIndex((p) => p.includes(a));
    if (i >= 0) out[i] = out[i]!.replace(a, b);
  }
  if (rng.chance(0.25)) out[0] = out[0]!.replace(/^(本报[^）]*）|新华社[^）]*）|中新网[^）]*）|中新网\d+月\d+日电|央视网消息[^：]*：|央广网[^）]*）|中国经济网[^）]*）|据[^，]{1,8}消息，)\s*/, '');
  return out.filter((p) => p.length > 0);
}

/** Site-specific rewording of a reprinted headline. */
export function editHeadline(title: string, city: WorldCity | null, rng: Rng): string {
  const choice = rng.int(0, 5);
  if (choice === 0 && city && !title.includes(city.shortName) && !title.startsWith(city.province.shortName)) return `${city.shortName}：${title}`;
  if (choice === 1 && title.includes(' ')) return title.replace(' ', '，');
  if (choice === 2 && title.includes('，')) return title.replace('，', ' ');
  if (choice === 3 && title.length < 26 && !/[！？]$/.test(title)) return `${title}！`;
  return title;
}
