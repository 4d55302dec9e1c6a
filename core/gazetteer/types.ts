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
}
