import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTermWeighting, loadTermWeighting, weightedTerms } from '../../../indexer/dedup/terms.js';

describe('term weights', () => {
  const w = defaultTermWeighting();

  it('keeps content words and drops stop words, punctuation and lone characters', () => {
    expect(w.isContent('失信')).toBe(true);
    expect(w.isContent('的')).toBe(false);
    expect(w.isContent('，')).toBe(false);
    expect(w.isContent('猪')).toBe(false);
    expect(w.isContent('2026')).toBe(true);
    expect(w.isContent('失信')).toBe(true);
  });

  it('weights rarer words above common ones and repeated words sublinearly', () => {
    const t = weightedTerms(['被执行人', '企业', '企业', '企业', '的'], w);
    expect([...t.keys()].sort()).toEqual(['企业', '被执行人']);
    expect(t.get('被执行人')!).toBeGreaterThan(t.get('企业')!);
    expect(t.get('企业')).toBeCloseTo((1 + Math.log(3)) * w.idf('企业'));
  });

  it('gives words the table has never seen the median weight', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccm-idf-'));
    writeFileSync(join(dir, 'idf'), '甲 1\n乙 2\n丙 9\n');
    writeFileSync(join(dir, 'stop'), '的\n');
    const small = loadTermWeighting({ idfFile: join(dir, 'idf'), stopWordFile: join(dir, 'stop') });
    expect(small.idf('丙')).toBe(9);
    expect(small.idf('没见过')).toBe(2);
    expect(small.isStopWord('的')).toBe(true);
  });

  it('refuses an IDF file without entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccm-idf-'));
    writeFileSync(join(dir, 'idf'), '\n');
    expect(() => loadTermWeighting({ idfFile: join(dir, 'idf') })).toThrow(/no IDF entries/);
  });
});
