// Classification quality on the hand-labelled held-out set (bench/data/classify-eval.jsonl):
// polarity macro-F1, per-class P/R/F1, confusion matrix, domain and sector accuracy, accuracy per hard
// case, calibration of confidence, and throughput against nodejieba segmentation of the same text.
//   npm run quality:classify                 (eval split)
//   npm run quality:classify -- --data bench/data/classify-train.jsonl
//   npm run quality:classify -- --errors     (also list the misclassified items)
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { POLARITIES, type Polarity } from '../../core/types.js';
import { createClassifier } from '../../indexer/classify/index.js';
import { defaultSegmenter } from '../../indexer/segment/index.js';
import { calibrationBins, EVAL_FILE, macroF1, perClass, readLabelled } from './classify-lib.js';

const { values } = parseArgs({ options: { data: { type: 'string' }, errors: { type: 'boolean', default: false } } });
const file = values.data ?? EVAL_FILE;
const items = readLabelled(file);
const classifier = createClassifier();
const results = items.map((it) => classifier.classify(it));

const gold = items.map((i) => i.polarity);
const pred = results.map((r) => r.polarity);
const report = perClass(gold, pred);
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

console.log(`classification quality on ${String(file).replace(/^file:\/\//, '')} (${items.length} items)\n`);
console.log(`polarity accuracy  ${pct(pred.filter((p, i) => p === gold[i]).length / items.length)}%`);
console.log(`polarity macro-F1  ${macroF1(report).toFixed(3)}\n`);
console.log('class            P      R      F1   support');
for (const c of POLARITIES) {
  const r = report[c];
  console.log(`${c.padEnd(15)} ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}  ${String(r.support).padStart(5)}`);
}

console.log('\nconfusion (rows gold, columns predicted)');
const short: Record<Polarity, string> = { breach: 'breach', integrity: 'integ', policy: 'policy', implementation: 'impl', response: 'resp', irrelevant: 'irrel' };
console.log(`${''.padEnd(15)}${POLARITIES.map((p) => short[p].padStart(7)).join('')}`);
for (const g of POLARITIES) {
  const row = POLARITIES.map((p) => String(items.filter((_, i) => gold[i] === g && pred[i] === p).length).padStart(7));
  console.log(`${g.padEnd(15)}${row.join('')}`);
}

const credit = items.map((_, i) => i).filter((i) => gold[i] !== 'irrelevant');
const both = credit.filter((i) => pred[i] === gold[i]);
const domainOk = (i: number) => results[i]?.domain === items[i]?.domain;
const sectorOk = (i: number) => results[i]?.sector === items[i]?.sector;
console.log(`\ndomain accuracy   ${pct(credit.filter(domainOk).length / credit.length)}% of credit items, ${pct(both.filter(domainOk).length / both.length)}% where polarity is right`);
console.log(`sector accuracy   ${pct(credit.filter(sectorOk).length / credit.length)}% of credit items, ${pct(both.filter(sectorOk).length / both.length)}% where polarity is right`);

const cases = [...new Set(items.map((i) => i.case).filter((c): c is string => c !== undefined))].sort();
console.log('\nhard cases        accuracy   n');
for (const c of cases) {
  const idx = items.map((it, i) => (it.case === c ? i : -1)).filter((i) => i >= 0);
  console.log(`${c.padEnd(16)} ${pct(idx.filter((i) => pred[i] === gold[i]).length / idx.length)}%  ${String(idx.length).padStart(4)}`);
}

const conf = results.map((r) => r.confidence);
const correct = pred.map((p, i) => p === gold[i]);
const cal = calibrationBins(conf, correct);
console.log('\ncalibration (confidence bins)\nbin          n   mean conf  accuracy');
for (const b of cal.bins) console.log(`${b.from.toFixed(1)}–${b.to.toFixed(1)}  ${String(b.n).padStart(5)}   ${pct(b.meanConfidence)}%   ${pct(b.accuracy)}%`);
console.log(`expected calibration error ${cal.ece.toFixed(3)}`);

// Throughput: the whole set several times, against segmentation alone of the same text in the same run.
const texts = items.map((i) => `${i.title} ${i.lead ?? ''}`);
const seg = defaultSegmenter();
const rounds = 20;
const time = (fn: () => void) => {
  fn();
  const t0 = performance.now();
  for (let k = 0; k < rounds; k++) fn();
  return (performance.now() - t0) / 1000;
};
const tClassify = time(() => items.forEach((it) => classifier.classify(it)));
const tSegment = time(() => texts.forEach((t) => seg.cut(t)));
const n = items.length * rounds;
console.log(`\nthroughput        classify ${Math.round(n / tClassify)} articles/s; nodejieba cut alone ${Math.round(n / tSegment)} articles/s; ratio ${(tSegment / tClassify).toFixed(2)}`);

if (values.errors) {
  console.log('\nerrors');
  items.forEach((it, i) => {
    const r = results[i];
    if (!r || (r.polarity === it.polarity && r.domain === it.domain && r.sector === it.sector)) return;
    console.log(`${it.id} ${it.polarity}/${it.domain}/${it.sector} → ${r.polarity}/${r.domain}/${r.sector} ${it.title}\n    ${r.evidence.join(' | ')}`);
  });
}
