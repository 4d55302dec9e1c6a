import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../core/config.js';
import { loadAliasFile } from '../../core/gazetteer/aliases.js';
import { countyCodesWithTowns, shortNameOf } from '../../core/gazetteer/build.js';
import { createGazetteer, defaultGazetteer } from '../../core/gazetteer/index.js';

const g = defaultGazetteer();
const codes = (name: string) => g.lookup(name).map((d) => d.code);

describe('gazetteer tiers', () => {
  it('has the 36 first-tier cities: 4 municipalities, 27 provincial capitals, 5 separately planned cities', () => {
    const capital = g.cities('capital');
    expect(capital).toHaveLength(36);
    expect(capital.filter((d) => d.kind === 'municipality').map((d) => d.shortName).sort()).toEqual(['上海', '北京', '天津', '重庆'].sort());
    expect(capital.map((d) => d.shortName)).toEqual(expect.arrayContaining(['大连', '青岛', '宁波', '厦门', '深圳', '拉萨', '乌鲁木齐']));
  });

  it('has the 261 other prefecture-level cities and no autonomous prefecture or league among them', () => {
    const prefecture = g.cities('prefecture');
    expect(prefecture).toHaveLength(261);
    expect(prefecture.every((d) => d.name.endsWith('市') && d.level === 'prefecture')).toBe(true);
    expect(prefecture.map((d) => d.shortName)).toEqual(expect.arrayContaining(['苏州', '威海', '芜湖', '儋州', '三沙']));
  });

  it('has the 394 county-level cities of the data release (2022), including province-administered ones', () => {
    const county = g.cities('county');
    expect(county).toHaveLength(394);
    expect(county.every((d) => d.kind === 'county-city')).toBe(true);
    expect(county.map((d) => d.name)).toEqual(expect.arrayContaining(['昆山市', '义乌市', '仙桃市', '石河子市', '横州市']));
  });

  it('drops county-level units the package keeps after they were merged or renamed', () => {
    // 沙县 became 沙县区 (2021), 偃师市 became 偃师区, 下城区 merged into 拱墅区; each old code lingers in area.json.
    expect(g.get('350427')).toBeUndefined();
    expect(g.get('350405')?.name).toBe('沙县区');
    expect(g.get('410381')).toBeUndefined();
    expect(g.get('330103')).toBeUndefined();
    expect(codes('偃师')).toEqual(['410307']);
    expect(g.resolve('沙县').ambiguity).toBe('unique');
  });

  it('reads the township table line by line for the units that still exist', () => {
    const csv = 'code,name,province,city,area,town\n350405,凤岗街道,35,04,05,001000\n350404,列东街道,35,04,04,001000\n';
    expect([...countyCodesWithTowns(csv)].sort()).toEqual(['350404', '350405']);
  });
});

describe('gazetteer attribution to cities', () => {
  it('maps county-level cities and districts to their prefecture', () => {
    expect(g.cityOf(codes('昆山')[0]!)?.name).toBe('苏州市');
    expect(g.cityOf(codes('义乌')[0]!)?.name).toBe('金华市');
    expect(g.cityOf(codes('姑苏区')[0]!)?.name).toBe('苏州市');
    expect(g.cityOf(codes('浦东新区')[0]!)?.name).toBe('上海市');
    expect(g.cityOf(codes('浦东')[0]!)?.name).toBe('上海市');
  });

  it('lets province-administered county-level cities stand for themselves', () => {
    const xiantao = g.get(codes('仙桃')[0]!)!;
    expect(xiantao.cityCode).toBe(xiantao.code);
    expect(xiantao.parentCode).toBe('420000');
  });

  it('has no city for a province and the municipality itself for a municipality', () => {
    expect(g.cityOf('320000')).toBeUndefined();
    expect(g.cityOf('110000')?.name).toBe('北京市');
    expect(g.provinceOf('320583')?.name).toBe('江苏省');
  });
});

describe('gazetteer names', () => {
  it('derives short names as news writes them', () => {
    expect(shortNameOf('恩施土家族苗族自治州')).toBe('恩施');
    expect(shortNameOf('内蒙古自治区')).toBe('内蒙古');
    expect(shortNameOf('巴音郭楞蒙古自治州')).toBe('巴音郭楞');
    expect(shortNameOf('广西壮族自治区')).toBe('广西');
    // A one-character stem is not a name news uses alone: 和县 stays 和县.
    expect(shortNameOf('和县')).toBe('和县');
    expect(shortNameOf('城区')).toBe('城区');
  });

  it('derives the XX州 / XX县 forms of autonomous units', () => {
    expect(g.entries('恩施州').map((e) => [e.division.code, e.form])).toEqual([['422800', 'suffixed']]);
    expect(g.entries('海南州')[0]?.division.name).toBe('海南藏族自治州');
    expect(g.entries('长阳县')[0]?.division.name).toBe('长阳土家族自治县');
  });

  it('loads nicknames, former names and abbreviations from config/gazetteer/aliases.yaml', () => {
    const first = (name: string) => g.resolve(name).preferred;
    expect(first('鹏城')?.division.name).toBe('深圳市');
    expect(first('鹏城')?.form).toBe('nickname');
    expect(first('羊城')?.division.name).toBe('广州市');
    expect(first('泉城')?.division.name).toBe('济南市');
    expect(first('春城')?.division.name).toBe('昆明市');
    expect(first('蓉城')?.division.name).toBe('成都市');
    expect(first('冰城')?.division.name).toBe('哈尔滨市');
    expect(first('星城')?.division.name).toBe('长沙市');
    expect(first('鹭岛')?.division.name).toBe('厦门市');
    expect(first('申城')?.division.name).toBe('上海市');
    expect(first('津门')?.division.name).toBe('天津市');
    expect(first('金陵')?.division.name).toBe('南京市');
    expect(first('甬城')?.division.name).toBe('宁波市');
    expect(first('襄樊')).toMatchObject({ form: 'former', division: { name: '襄阳市' } });
    expect(first('沪')).toMatchObject({ form: 'abbreviation', division: { name: '上海市' } });
    expect(g.get('440300')?.aliases).toContain('鹏城');
  });

  it('rejects an alias whose code and name disagree, naming the entry', () => {
    const file = join(tmpdir(), `ccm-aliases-${process.pid}.yaml`);
    writeFileSync(file, 'aliases:\n  - { code: "440300", name: 广州市, nicknames: [鹏城] }\n');
    const aliases = loadAliasFile(file);
    expect(() => createGazetteer({ aliases, aliasSource: file })).toThrow(/aliases\.0\.name: code 440300 is 深圳市, not 广州市/);
    expect(() => createGazetteer({ aliases, aliasSource: file })).toThrow(ConfigError);
  });

  it('rejects a malformed alias file with the key that is wrong', () => {
    const file = join(tmpdir(), `ccm-aliases-bad-${process.pid}.yaml`);
    writeFileSync(file, 'aliases:\n  - { code: "4403", name: 深圳市, abbreviations: [深圳] }\n');
    expect(() => loadAliasFile(file)).toThrow(/aliases\.0\.code: a 6-digit GB\/T 2260 code/);
    expect(() => loadAliasFile(file)).toThrow(/aliases\.0\.abbreviations\.0/);
  });
});

describe('gazetteer ambiguity', () => {
  it('records 朝阳 as ambiguous between 朝阳市 (辽宁), 朝阳区 (北京, 长春) and 朝阳县, preferring the city', () => {
    const r = g.resolve('朝阳');
    expect(r.ambiguity).toBe('ambiguous');
    expect(r.entries.map((e) => e.division.code).sort()).toEqual(['110105', '211300', '211321', '220104']);
    expect(r.placeCodes).toEqual(expect.arrayContaining(['211300', '110000', '220100']));
    expect(r.preferred?.division.name).toBe('朝阳市');
  });

  it('records 吉林 as the province with a city of the same name inside it', () => {
    const r = g.resolve('吉林');
    expect(r.ambiguity).toBe('nested');
    expect(r.placeCodes).toEqual(['220000', '220200']);
    expect(r.preferred?.division.level).toBe('province');
    expect(g.resolve('吉林市').ambiguity).toBe('unique');
  });

  it('records 海南 as ambiguous between the province, 海南藏族自治州 and 乌海市海南区', () => {
    const r = g.resolve('海南');
    expect(r.ambiguity).toBe('ambiguous');
    expect(r.entries.map((e) => e.division.code)).toEqual(['460000', '632500', '150303']);
  });

  it('treats a city and its own county of the same name as one city', () => {
    expect(g.resolve('南昌')).toMatchObject({ ambiguity: 'same-city', placeCodes: ['360100'] });
    expect(g.resolve('长沙').ambiguity).toBe('same-city');
    expect(g.resolve('姑苏')).toMatchObject({ ambiguity: 'same-city', placeCodes: ['320500'] });
    expect(g.resolve('南昌').preferred?.division.name).toBe('南昌市');
  });

  it('keeps a nickname that is also an official name elsewhere as ambiguous', () => {
    const r = g.resolve('榕城');
    expect(r.ambiguity).toBe('ambiguous');
    expect(r.preferred?.division.name).toBe('福州市');
    expect(r.entries.map((e) => e.division.name)).toContain('榕城区');
  });

  it('says unknown for words that are not place names', () => {
    expect(g.resolve('市场监管局')).toMatchObject({ ambiguity: 'unknown', entries: [], preferred: undefined });
    expect(g.isAmbiguous('苏州')).toBe(false);
    expect(g.isAmbiguous('朝阳')).toBe(true);
  });
});
