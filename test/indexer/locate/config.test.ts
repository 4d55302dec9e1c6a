import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultGazetteer } from '../../../core/gazetteer/index.js';
import { loadLocalEditions, loadLocateConfig } from '../../../indexer/locate/config.js';

const g = defaultGazetteer();
const file = (name: string, text: string) => {
  const path = join(tmpdir(), `ccm-${process.pid}-${name}`);
  writeFileSync(path, text);
  return path;
};

describe('locate configuration', () => {
  it('loads the shipped files', () => {
    const config = loadLocateConfig(g);
    expect(config.weakNames).toContain('公安');
    expect(config.blockers).toContain('中山大学');
    expect(loadLocalEditions(g).some((e) => e.host === 'js.people.com.cn' && e.code === '320000')).toBe(true);
  });

  it('names a weak name that is no place of the gazetteer', () => {
    expect(() => loadLocateConfig(g, file('weak.yaml', 'weakNames: [公安, 不是地名]\n'))).toThrow(/weakNames\.1: '不是地名' is not a place name/);
  });

  it('names an unknown key and a bad code', () => {
    expect(() => loadLocateConfig(g, file('key.yaml', 'weakname: [公安]\n'))).toThrow(/unknown key 'weakname'/);
    expect(() => loadLocalEditions(g, file('ed.yaml', 'verified: false\neditions:\n  - { host: js.people.com.cn, code: "329999" }\n'))).toThrow(/editions\.0\.code: no division has code 329999/);
  });
});
