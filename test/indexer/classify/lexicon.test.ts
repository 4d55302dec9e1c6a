import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../core/config.js';
import { createClassifier } from '../../../indexer/classify/index.js';
import { DEFAULT_LEXICON_DIR, loadLexicon } from '../../../indexer/classify/lexicon.js';

function copyLexicon(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ccm-lexicon-'));
  cpSync(DEFAULT_LEXICON_DIR, dir, { recursive: true });
  return dir;
}

describe('the lexicon is validated data', () => {
  it('the shipped lexicon loads', () => {
    const lex = loadLexicon();
    expect(lex.cues.breach.length).toBeGreaterThan(20);
    expect(lex.sectors.defaultDomain['judgment-enforcement']).toBe('judicial');
  });

  it('a wrong weight names the file and the entry', () => {
    const dir = copyLexicon();
    const file = join(dir, 'cues.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('w: 3, sector: tax}', "w: 'high', sector: tax}"));
    expect(() => loadLexicon(dir)).toThrow(ConfigError);
    expect(() => loadLexicon(dir)).toThrow(/cues\.yaml[\s\S]*breach\.\d+\.w: expected number, got string/);
  });

  it('an unknown sector is rejected with the allowed values', () => {
    const dir = copyLexicon();
    const file = join(dir, 'sectors.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('sector: ip}', 'sector: patents}'));
    expect(() => loadLexicon(dir)).toThrow(/sectors\.yaml[\s\S]*expected one of 'food-drug'/);
  });

  it('an invalid regular expression is rejected', () => {
    const dir = copyLexicon();
    const file = join(dir, 'cues.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n  - {re: '(unclosed', w: 1}\n`);
    expect(() => loadLexicon(dir)).toThrow(/not a valid regular expression/);
  });

  it('a gate naming an unknown context group is rejected', () => {
    const dir = copyLexicon();
    const file = join(dir, 'cues.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n  - {term: 测试, w: 1, with: [nosuchgroup]}\n`);
    expect(() => loadLexicon(dir)).toThrow(/unknown context group 'nosuchgroup'/);
  });

  it('a missing required group is named', () => {
    const dir = copyLexicon();
    const file = join(dir, 'groups.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^opinion:/m, 'opinionX:'));
    expect(() => loadLexicon(dir)).toThrow(/opinion: required group is missing/);
  });

  it('editing the lexicon changes the rules without code changes', () => {
    const dir = copyLexicon();
    const file = join(dir, 'cues.yaml');
    const title = '某公司糊弄顾客';
    expect(createClassifier({ lexiconDir: dir, model: null }).classify({ title }).polarity).toBe('irrelevant');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  - {terms: [造假,', '  - {terms: [糊弄, 造假,'));
    const edited = createClassifier({ lexiconDir: dir, model: null });
    const r = edited.classify({ title });
    expect(r.polarity).toBe('breach');
    expect(edited.version).not.toBe(createClassifier({ model: null }).version);
    expect(edited.version).toMatch(/^classify-[0-9a-f]{12}$/);
    expect(r.evidence[0]).toContain('cue:糊弄 → breach');
  });

  it('the version names the model too, so analyses made by another model can be told apart', () => {
    expect(createClassifier().version).toMatch(/^classify-[0-9a-f]{12}-m[0-9a-f]{12}$/);
  });
});
