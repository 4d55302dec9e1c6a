import { describe, expect, it } from 'vitest';
import type { FeatureVector } from '../../../indexer/classify/features.js';
import { runHead } from '../../../indexer/classify/model.js';
import { compactWeights, DEFAULT_FIT, fitSoftmax, type Example } from '../../../indexer/classify/train.js';

const fv = (...names: string[]): FeatureVector => new Map([...names.map((n) => [n, 1] as [string, number]), ['bias', 1]]);
const examples: Example[] = [
  { x: fv('w:欠薪', 'w:讨薪'), y: 0 },
  { x: fv('w:欠薪', 'w:工地'), y: 0 },
  { x: fv('w:拾金不昧'), y: 1 },
  { x: fv('w:拾金不昧', 'w:的哥'), y: 1 },
  { x: fv('w:天气'), y: 2 },
  { x: fv('w:天气', 'w:降温'), y: 2 },
];
const asHead = (w: Map<string, Float64Array>) => ({ classes: ['breach', 'integrity', 'irrelevant'], weights: new Map([...w].map(([k, v]) => [k, Float32Array.from(v)])) });

describe('fitSoftmax', () => {
  it('learns a separable problem and generalises to an unseen combination', () => {
    const head = asHead(fitSoftmax(examples, 3));
    for (const e of examples) expect(runHead(head, e.x).best).toBe(e.y);
    expect(runHead(head, fv('w:讨薪', 'w:降温')).probs[0]).toBeGreaterThan(0.3);
    const { probs } = runHead(head, fv('w:拾金不昧'));
    expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('gives the same weights for the same data and seed', () => {
    const a = fitSoftmax(examples, 3);
    const b = fitSoftmax(examples, 3);
    expect([...(a.get('w:欠薪') ?? [])]).toEqual([...(b.get('w:欠薪') ?? [])]);
  });


  it('returns the mean of the weights after each of the last epochs', () => {
    const run = (epochs: number, averageLast: number) => [...(fitSoftmax(examples, 3, { ...DEFAULT_FIT, epochs, averageLast, restarts: 1 }).get('w:欠薪') ?? [])];
    const [one, two, both] = [run(1, 1), run(2, 1), run(2, 2)];
    expect(one).not.toEqual(two);
    both.forEach((w, c) => expect(w).toBeCloseTo(((one[c] as number) + (two[c] as number)) / 2, 12));
  });

  it('averages the runs over differently shuffled orders (seed, seed+1, …)', () => {
    const fit = (seed: number, restarts: number) => [...(fitSoftmax(examples, 3, { ...DEFAULT_FIT, epochs: 3, seed, restarts }).get('w:欠薪') ?? [])];
    const [a, b, both] = [fit(7, 1), fit(8, 1), fit(7, 2)];
    both.forEach((w, c) => expect(w).toBeCloseTo(((a[c] as number) + (b[c] as number)) / 2, 12));
  });
});

describe('compactWeights', () => {
  it('rounds, zeroes negligible weights and leaves out features with nothing left', () => {
    const out = compactWeights(new Map([['w:a', Float64Array.from([0.123456, -0.004])], ['w:b', Float64Array.from([0.001, -0.002])], ['bias', Float64Array.from([0, 0])]]), 0.01, 3);
    expect(out).toEqual({ 'w:a': [0.123, 0], bias: [0, 0] });
  });
});
