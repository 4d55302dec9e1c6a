import { describe, expect, it } from 'vitest';
import { createGazetteer } from '../../core/gazetteer/index.js';

const g = createGazetteer();

describe('gazetteer', () => {
  it('has the 36 first-tier cities, 261 other prefecture-level cities and the county-level cities', () => {
    expect(g.cities('capital')).toHaveLength(36);
    expect(g.cities('prefecture')).toHaveLength(261);
    expect(g.cities('county').length).toBeGreaterThan(380);
  });

  it('maps county-level cities and districts to their prefecture', () => {
    expect(g.cityOf(g.lookup('昆山')[0]!.code)?.name).toBe('苏州市');
    expect(g.cityOf(g.lookup('姑苏')[0]!.code)?.name).toBe('苏州市');
    expect(g.cityOf(g.lookup('浦东')[0]!.code)?.name).toBe('上海市');
  });

  it('derives short names as news writes them', () => {
    expect(g.get('422800')?.shortName).toBe('恩施');
    expect(g.get('150000')?.shortName).toBe('内蒙古');
    expect(g.get('652800')?.shortName).toBe('巴音郭楞');
  });

  it('records ambiguous names', () => {
    expect(g.isAmbiguous('朝阳')).toBe(true);
    expect(g.lookup('吉林').map((d) => d.level).sort()).toEqual(['prefecture', 'province']);
  });
});
