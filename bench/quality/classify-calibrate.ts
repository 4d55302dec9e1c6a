// Fits the confidence calibration of the lexicon's rule paths (the hard-case guards, and every path when
// the classifier runs without a model; the model's own probabilities need no curve: its temperature is
// fitted by npm run train:classify) on the calibration split (bench/data/classify-calib.jsonl, written for
// this and never used to write rules) plus the second development split (classify-dev.jsonl), never on
// the eval split. 108 items alone are too few for a curve per decision path. For each
// decision path, a logistic curve from decision margin to the probability that the polarity is right,
// regularised towards a shared curve so that rare paths do not overfit. Writes config/lexicon/calibration.yaml.
//   npm run calibrate:classify
import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { createClassifier } from '../../indexer/classify/index.js';
import { loadLexicon } from '../../indexer/classify/lexicon.js';
import { CALIBRATION_FILE, DEV_FILE, readLabelled } from './classify-lib.js';

interface Sample {
  margin: number;
  correct: boolean;
}

/** Gradient ascent on the L2-penalised log-likelihood (pulled towards `prior`). */
function fitLogistic(samples: Sample[], prior: { a: number; b: number }, penalty: number): { a: number; b: number } {
  let { a, b } = prior;
  for (let step = 0; step < 4000; step++) {
    let ga = -penalty * (a - prior.a);
    let gb = -penalty * (b - prior.b);
    for (const s of samples) {
      const p = 1 / (1 + Math.exp(-(a * s.margin + b)));
      const err = (s.correct ? 1 : 0) - p;
      ga += err * s.margin;
      gb += err;
    }
    a += (0.05 * ga) / Math.max(1, samples.length);
    b += (0.05 * gb) / Math.max(1, samples.length);
  }
  return { a: Math.round(a * 1000) / 1000, b: Math.round(b * 1000) / 1000 };
}

// Calibrate the classifier as it decides without any calibration, so margins are not circular.
const lexicon = { ...loadLexicon(), calibration: { paths: {}, fittedOn: 'none' } };
let trace = { path: '', margin: 0 };
const classifier = createClassifier({
  lexicon,
  model: null,
  adjust: (res, ctx) => {
    trace = { path: ctx.decision.path, margin: ctx.decision.margin };
    return res;
  },
});
const byPath = new Map<string, Sample[]>();
const all: Sample[] = [];
const items = [...readLabelled(CALIBRATION_FILE), ...readLabelled(DEV_FILE)];
for (const it of items) {
  const r = classifier.classify(it);
  const sample = { margin: trace.margin, correct: r.polarity === it.polarity };
  all.push(sample);
  const list = byPath.get(trace.path) ?? [];
  list.push(sample);
  byPath.set(trace.path, list);
}
const shared = fitLogistic(all, { a: 0.5, b: 1 }, 0.1);
console.log(`calibration split: ${all.filter((x) => x.correct).length} of ${all.length} right before calibration`);
const paths: Record<string, { a: number; b: number }> = {};
for (const [path, samples] of [...byPath].sort()) paths[path] = fitLogistic(samples, shared, 5);
const fittedOn = `${items.length} items of bench/data/classify-calib.jsonl and classify-dev.jsonl`;
const file = new URL('../../config/lexicon/calibration.yaml', import.meta.url);
writeFileSync(
  file,
  `# Written by bench/quality/classify-calibrate.ts (npm run calibrate:classify); do not edit by hand.\n${stringify({ paths: { '*': shared, ...paths }, fittedOn })}`,
);
console.log(`calibration fitted on ${fittedOn}: ${Object.keys(paths).length} paths`);
for (const [p, v] of Object.entries(paths)) console.log(`  ${p.padEnd(32)} a=${v.a} b=${v.b} n=${byPath.get(p)?.length}`);
