import type { Tier } from '../types.js';

export type DivisionLevel = 'province' | 'prefecture' | 'county';

export interface Division {
  /** 6-digit GB/T 2260 code. */
  code: string;
  /** Full official name: 苏州市, 昆山市, 姑苏区, 恩施土家族苗族自治州. */
  name: string;
  /** Name as news usually writes it: 苏州, 昆山, 姑苏, 恩施. Equals name when no shorter form is safe. */
  shortName: string;
  /** Further names that refer to this division (nicknames, former names). */
  aliases: string[];
  level: DivisionLevel;
  /** municipality, province, autonomous-region, sar, city, prefecture, autonomous-prefecture, league, district, county-city, county, banner, other. */
  kind: string;
  /** Parent division code (province for prefecture-level units and for province-administered counties). */
  parentCode: string | null;
  provinceCode: string;
  /**
   * The prefecture-level city (or municipality) this unit belongs to, for attribution:
   * 昆山市 → 320500, 浦东新区 → 310000, 苏州市 → 320500, 北京市 → 110000; a province-administered
   * county-level unit (仙桃市) is its own city. Null for provinces.
   */
  cityCode: string | null;
  /** Ranking tier for rankable cities; null for everything else. */
  tier: Tier | null;
}

/**
 * How a name refers to a division: its official name, the short name news uses, a name derived from
 * the official one (恩施州 for 恩施土家族苗族自治州), or an alias from config/gazetteer/aliases.yaml —
 * a nickname (鹏城), a former name (襄樊) or a one-character abbreviation (沪).
 */
export type NameForm = 'full' | 'short' | 'suffixed' | 'nickname' | 'former' | 'abbreviation';

export interface NameEntry {
  name: string;
  form: NameForm;
  division: Division;
}

/**
 * What a bare name can mean, for attribution:
 * - `unknown`: not a place name;
 * - `unique`: one division;
 * - `same-city`: several divisions that attribute to one city (南昌市 and 南昌县 → 南昌市);
 * - `nested`: a province and a place inside it (吉林省 and 吉林市): the province is certain, the city is not;
 * - `ambiguous`: places in different cities (朝阳市 in 辽宁, 朝阳区 in 北京 and 长春, 朝阳县).
 */
export type Ambiguity = 'unknown' | 'unique' | 'same-city' | 'nested' | 'ambiguous';

export interface NameResolution {
  name: string;
  ambiguity: Ambiguity;
  /** Every reading of the name, the preferred one first. */
  entries: readonly NameEntry[];
  /**
   * The distinct places the readings attribute to: the city code of each reading, or the province
   * code for a province reading. One element unless ambiguous or nested.
   */
  placeCodes: readonly string[];
  /**
   * The reading to take without context: the higher administrative level (province, then
   * prefecture-level city, county-level city, county, district), then the official name over a
   * short name or alias.
   */
  preferred: NameEntry | undefined;
}

export interface Gazetteer {
  readonly size: number;
  all(): readonly Division[];
  get(code: string): Division | undefined;
  /** Every division that a name (full, short or alias) may refer to. More than one → ambiguous. */
  lookup(name: string): readonly Division[];
  isAmbiguous(name: string): boolean;
  /** All names (full, short, aliases) known to the gazetteer, for dictionaries and matchers. */
  names(): readonly string[];
  /** Rankable cities (municipalities, prefecture-level cities, county-level cities), optionally one tier. */
  cities(tier?: Tier): readonly Division[];
  /** The city an administrative unit belongs to, for attribution (see Division.cityCode). */
  cityOf(code: string): Division | undefined;
  provinceOf(code: string): Division | undefined;
  /** Provinces, municipalities, autonomous regions and SARs. */
  provinces(): readonly Division[];
  /** Every reading of a name with the form it takes (full, short, alias…). */
  entries(name: string): readonly NameEntry[];
  /** A name's readings classified for attribution (see Ambiguity). */
  resolve(name: string): NameResolution;
}
