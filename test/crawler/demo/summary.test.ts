import { expect, it } from 'vitest';
import { CitySourceSchema, NationalSourceSchema } from '../../../core/sources.js';
import { summaryTable } from '../../../crawler/demo/summary.js';
import { emptySite } from '../../../crawler/scheduler/stats.js';

it('prints one row per national site, the city sites summed, and totals, in aligned columns', () => {
  const people = NationalSourceSchema.parse({ id: 'people', kind: 'national', name: '人民网', homepage: { url: 'http://a.example/' }, article: { urlPatterns: ['x'] } });
  const cities = ['320500', '330100'].map((code) =>
    CitySourceSchema.parse({ id: `city-${code}`, kind: 'city-credit', name: `信用${code}`, cityCode: code, homepage: 'http://c.example/' }),
  );
  const table = summaryTable([people, ...cities], {
    people: { ...emptySite(), polls: 432, snapshots: 431, channelPolls: 144, channelLinks: 90, articles: 120, errors: 1 },
    'city-320500': { ...emptySite(), audits: 3 },
    'city-330100': { ...emptySite(), audits: 3, errors: 3 },
  });
  const lines = table.split('\n');
  expect(lines[0]).toMatch(/^site\s+polls\s+snapshots\s+channel polls\s+articles\s+city audits\s+errors$/);
  expect(lines[2]).toMatch(/^人民网 \(people\)\s+432\s+431\s+144\s+120\s+0\s+1$/);
  expect(lines[3]).toMatch(/^city credit sites \(2\)\s+0\s+0\s+0\s+0\s+6\s+3$/);
  expect(lines[5]).toMatch(/^total\s+432\s+431\s+144\s+120\s+6\s+4$/);
  // CJK characters take two terminal columns, so every line has the same display width.
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0);
  expect(new Set(lines.map(width)).size).toBe(1);
});
