import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainingSets } from '../../../bench/quality/classify-lib.js';
import { createClassifier, lexiconHash } from '../../../indexer/classify/index.js';
import { DEFAULT_MODEL_FILE, loadModel, modelFromFile, topFeatures, type ModelFile } from '../../../indexer/classify/model.js';

const tmp = (content: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'ccm-model-')), 'model.json');
  writeFileSync(file, content);
  return file;
};
const minimal = (over: Partial<ModelFile> = {}): ModelFile => {
  const head = { classes: ['a', 'b'], temperature: 1, weights: { bias: [0, 0] } };
  return { text: { weights: { title: 1, lead: 0.3, body: 0.05 }, vagueBody: 0.3, bodyChars: 600 }, heads: { polarity: head, sector: head, domain: head }, trainedOn: 'x', dataHash: 'ab', lexiconHash: 'cd', ...over };
};

describe('the model file', () => {
  it('the shipped model loads and was trained on the current training sets and lexicon (run npm run train:classify after editing either)', async () => {
    const file = JSON.parse((await import('node:fs')).readFileSync(DEFAULT_MODEL_FILE, 'utf8')) as ModelFile;
    expect(loadModel()).not.toBeNull();
    expect(file.dataHash).toBe(trainingSets().hash);
    expect(file.lexiconHash).toBe(lexiconHash(createClassifier({ model: null }).lexicon));
  });

  it('a weight row of the wrong length names the feature', () => {
    const bad = minimal();
    bad.heads.sector = { classes: ['a', 'b', 'c'], temperature: 1, weights: { 'w:食品': [1, 2] } };
    expect(() => loadModel(tmp(JSON.stringify(bad)))).toThrow(/w:食品: 2 weights for 3 classes/);
  });

  it('a file that is not JSON says so', () => {
    expect(() => loadModel(tmp('{not json'))).toThrow(/not valid JSON/);
  });

  it('no file means no model: the classifier then uses its rules alone', () => {
    expect(loadModel(join(tmpdir(), 'no-such-model.json'))).toBeNull();
  });

  it('the evidence names the features that pushed a decision most', () => {
    const head = { classes: ['breach', 'irrelevant'], weights: new Map([['w:欠薪', Float32Array.from([2, -1])], ['w:今天', Float32Array.from([0.1, 0.1])], ['bias', Float32Array.from([0, 1])]]) };
    expect(topFeatures(head, new Map([['w:欠薪', 1], ['w:今天', 1], ['bias', 1]]), 0, 1, 3)).toEqual([['w:欠薪', 3]]);
  });
});

describe('decisions by the model', () => {
  const classifier = createClassifier();

  it('carry the model’s probability as confidence and name the features behind it', () => {
    const r = classifier.classify({ title: '建筑公司拖欠80名农民工工资 工人讨薪无门' });
    expect(r.polarity).toBe('breach');
    expect(r.confidence).toBeGreaterThan(0.5);
    expect(r.evidence[0]).toMatch(/^model:breach [01]\.\d\d ← .*“/);
    expect(r.evidence.some((e) => e.startsWith('sector:wages-social-security'))).toBe(true);
  });

  it('read the body when the headline is vague', () => {
    const body = '执法人员在后厨发现大量过期冻肉和发霉食材，该店已被立案调查。';
    const r = classifier.classify({ title: '夜查美食街', lead: '昨晚，区市场监管局对美食街开展夜查。', body });
    expect(r.polarity).toBe('breach');
    expect(classifier.classify({ title: '夜查美食街' }).polarity).not.toBe('breach');
  });
});

describe('an unsure model against a clear headline cue', () => {
  // A polarity head that only knows its prior: irrelevant a little more likely than breach.
  const prior = (irrelevant: number) =>
    modelFromFile(
      minimal({
        heads: {
          polarity: { classes: ['breach', 'integrity', 'irrelevant'], temperature: 1, weights: { bias: [0, -5, irrelevant] } },
          sector: { classes: ['other', 'price'], temperature: 1, weights: { bias: [1, 0] } },
          domain: { classes: ['business', 'social'], temperature: 1, weights: { bias: [1, 0] } },
        },
      }),
    );

  it('a breach cue in the headline wins over an unsure "irrelevant", and the evidence says so', () => {
    const r = createClassifier({ model: prior(0.2) }).classify({ title: '一餐馆被吊销食品经营许可证' });
    expect(r.polarity).toBe('breach');
    expect(r.evidence[0]).toMatch(/^rule:headline-cue/);
  });

  it('a sure "irrelevant" stands', () => {
    expect(createClassifier({ model: prior(3) }).classify({ title: '一餐馆被吊销食品经营许可证' }).polarity).toBe('irrelevant');
  });

  it('a supporting cue alone (被罚) is not enough', () => {
    expect(createClassifier({ model: prior(0.2) }).classify({ title: '球员赛后冲突被罚停赛' }).polarity).toBe('irrelevant');
  });
});
