// The 36 cities of the first ranking tier: 4 municipalities, 27 provincial capitals and 5
// separately planned cities. Everything else is derived from the GB/T 2260 data.
export const MUNICIPALITIES = ['110000', '120000', '310000', '500000'] as const;

export const PROVINCIAL_CAPITALS = [
  '130100', '140100', '150100', '210100', '220100', '230100', '320100', '330100', '340100',
  '350100', '360100', '370100', '410100', '420100', '430100', '440100', '450100', '460100',
  '510100', '520100', '530100', '540100', '610100', '620100', '630100', '640100', '650100',
] as const;

/** 计划单列市: 大连, 宁波, 厦门, 青岛, 深圳. */
export const SEPARATELY_PLANNED = ['210200', '330200', '350200', '370200', '440300'] as const;

export const CAPITAL_TIER: ReadonlySet<string> = new Set([...MUNICIPALITIES, ...PROVINCIAL_CAPITALS, ...SEPARATELY_PLANNED]);
