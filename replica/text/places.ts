// How copy names a place: 江苏省苏州市 / 苏州市 / 苏州 / 姑苏区 only / 苏州昆山, plus datelines such as
// 本报苏州11月20日电 and 新华社南京11月20日电 (a provincial bureau filing about another city).
import type { WorldCity } from '../world/cities.js';
import type { Rng } from '../world/rng.js';
import type { Slots } from './template.js';

/** full: the city's official name first; short: 苏州; sub: only a district or county is named. */
export type Naming = 'full' | 'short' | 'sub';

export interface PlaceFacts {
  city: WorldCity;
  /** A district or county of the city, named by the story. */
  subPlace: string;
}

/** Province short name, empty for municipalities (北京北京 is not how anyone writes). */
export function provinceShort(city: WorldCity): string {
  return city.province.code === city.code ? '' : city.province.shortName;
}

/**
 * Slots naming the place for one rendering. {city} changes form after its first use, as real copy
 * moves from 江苏省苏州市 to 苏州.
 */
export function placeSlots(p: PlaceFacts, naming: Naming, rng: Rng): Slots {
  const c = p.city;
  const prov = provinceShort(c);
  const pref = c.prefecture?.shortName;
  if (naming === 'sub') {
    const sub = p.subPlace;
    return { city: sub, cityS: sub, place: sub, prov, jurisdiction: sub };
  }
  const firstFull = rng.pick([c.name, c.name, prov ? `${c.province.name}${c.name}` : c.name, pref ? `${pref}${c.name}` : c.name]);
  const firstShort = rng.pick([c.shortName, c.shortName, prov ? `${prov}${c.shortName}` : c.shortName, pref ? `${pref}${c.shortName}` : c.shortName]);
  let used = 0;
  const city = (r: Rng): string => {
    used++;
    if (used === 1) return naming === 'full' ? firstFull : firstShort;
    return naming === 'full' ? r.pick([c.name, c.shortName]) : c.shortName;
  };
  const place = (r: Rng): string =>
    c.tier === 'county' ? r.pick([c.name, `${c.name}${p.subPlace}`]) : r.pick([c.name, `${c.name}${p.subPlace}`, `${c.shortName}${p.subPlace}`]);
  return { city, cityS: c.shortName, place, prov, jurisdiction: c.name };
}

export interface DatelineInput {
  city: WorldCity | null;
  naming: Naming;
  month: number;
  day: number;
  reporter: string;
  reporter2: string;
}

/** Datelines in the forms each outlet uses; `{…}` free so they can go straight into a paragraph. */
export const DATELINES: Record<string, (d: DatelineInput, rng: Rng) => string> = {
  newspaper: (d) => (d.city && d.naming !== 'sub' ? `本报${d.city.shortName}${d.month}月${d.day}日电（记者${d.reporter}）` : `本报讯（记者${d.reporter}）`),
  xinhua: (d) => `新华社${d.city ? d.city.bureauCity : '北京'}${d.month}月${d.day}日电（记者${d.reporter}、${d.reporter2}）`,
  chinanews: (d) => (d.city && d.naming !== 'sub' ? `中新网${d.city.shortName}${d.month}月${d.day}日电（${d.reporter}）` : `中新网${d.month}月${d.day}日电`),
  cctv: (d, rng) => rng.pick(['央视网消息：', '央视网消息（新闻联播）：', `央视网消息（记者 ${d.reporter}）：`]),
  cnr: (d) => (d.city && d.naming !== 'sub' ? `央广网${d.city.shortName}${d.month}月${d.day}日消息（记者${d.reporter}）` : `央广网北京${d.month}月${d.day}日消息`),
  ce: (d) => (d.city && d.naming !== 'sub' ? `中国经济网${d.city.shortName}${d.month}月${d.day}日讯（记者 ${d.reporter}）` : `中国经济网北京${d.month}月${d.day}日讯`),
  local: (d) => (d.city && d.naming !== 'sub' ? `据${d.city.shortName}日报消息，` : ''),
  none: () => '',
};
