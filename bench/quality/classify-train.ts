// Trains the classifier's linear heads (polarity, sector, domain) on the hand-labelled sets in
// bench/data — never on the held-out sets (classify-eval, classify-blind) or on replica text — and
// writes config/lexicon/model.json. Deterministic: the same data and lexicon give the same file.
//   npm run train:classify [-- --cv 5]      (folds for the out-of-fold estimate and the temperature)
//   npm run train:classify -- --lead 0.3 --body 0.05 --vague-body 0.3   (how the text is read; measured, see classify-README)
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DOMAINS, POLARITIES, SECTORS, type Polarity } from '../../core/types.js';
import { guards } from '../../indexer/classify/decide.js';
import { createClassifier, lexiconHash } from '../../indexer/classify/index.js';
import { DEFAULT_TEXT_FEATURES, topicFeatures, type FeatureVector } from '../../indexer/classify/features.js';
import { runHead, softmax, type ModelFile } from '../../indexer/classify/model.js';
import { DEFAULT_FIELD_WEIGHTS } from '../../indexer/classify/scores.js';
import { topicScores } from '../../indexer/classify/topic.js';
import { compactWeights, DEFAULT_FIT, fitSoftmax, type Example } from '../../indexer/classify/train.js';
import { macroF1, perClass, trainingSets, type Labelled } from './classify-lib.js';

const { values: args } = parseArgs({
  options: { cv: { type: 'string', default: '0' }, l2: { type: 'string' }, epochs: { type: 'string' }, lead: { type: 'string' }, body: { type: 'string' }, 'vague-body': { type: 'string' } },
});
const TEXT = {
  ...DEFAULT_TEXT_FEATURES,
  weights: { ...DEFAULT_TEXT_FEATURES.weights, ...(args.lead ? { lead: Number(args.lead) } : {}), ...(args.body ? { body: Number(args.body) } : {}) },
  ...(args['vague-body'] ? { vagueBody: Number(args['vague-body']) } : {}),
};
const FIT = { ...DEFAULT_FIT, ...(args.l2 ? { l2: Number(args.l2) } : {}), ...(args.epochs ? { epochs: Number(args.epochs) } : {}) };
const { files, items, hash } = trainingSets();

// Rules alone give the lexicon features; the model is what is being trained.
const classifier = createClassifier({ model: null, textFeatures: TEXT });
const { lexicon } = classifier;
type Row = { item: Labelled; f: FeatureVector; topic?: FeatureVector; guarded: boolean };
const rows: Row[] = items.map((item) => {
  const { reading, scores, features: f } = classifier.features(item);
  // Items a hard-case rule settles never reach the model, so they do not teach it either: a foreign
  // fraud or a denied rumour would only teach it to distrust the lexicon's cues.
  const guarded = guards(reading, scores) !== null;
  if (item.polarity === 'irrelevant') return { item, f, guarded };
  const t = topicScores(lexicon, reading, scores, item.polarity, DEFAULT_FIELD_WEIGHTS);
  return { item, f, topic: topicFeatures(f, t, item.polarity), guarded };
});

// A feature seen in a single training item is more likely noise than knowledge (and bloats the file).
const MIN_ITEMS = Number(process.env.CLASSIFY_MIN_ITEMS ?? 2);
const seenIn = new Map<string, number>();
for (const r of rows) for (const k of (r.topic ?? r.f).keys()) seenIn.set(k, (seenIn.get(k) ?? 0) + 1);
const common = (f: FeatureVector): FeatureVector => new Map([...f].filter(([k]) => (seenIn.get(k) ?? 0) >= MIN_ITEMS));
for (const r of rows) {
  r.f = common(r.f);
  if (r.topic) r.topic = common(r.topic);
}

const POL = POLARITIES as readonly string[];
const SEC = SECTORS as readonly string[];
const DOM = DOMAINS as readonly string[];
const polarityExamples = (list: Row[]): Example[] => list.filter((r) => !r.guarded).map((r) => ({ x: r.f, y: POL.indexOf(r.item.polarity) }));
const credit = rows.filter((r): r is Row & { topic: FeatureVector } => r.topic !== undefined);

// Out-of-fold predictions: an honest estimate of quality on the training sets, and what the
// temperature is fitted on (probabilities of items the head never saw, not of items it learned).
const FOLDS = Math.max(2, Number(args.cv) || 5);
const outOfFold: { scores: Float64Array; y: number }[] = [];
const predicted: Polarity[] = rows.map(() => 'irrelevant');
for (let fold = 0; fold < FOLDS; fold++) {
  const w = fitSoftmax(polarityExamples(rows.filter((_, i) => i % FOLDS !== fold)), POL.length, FIT);
  const head = { classes: POL, weights: new Map([...w].map(([n, v]) => [n, Float32Array.from(v)])) };
  rows.forEach((r, i) => {
    if (i % FOLDS !== fold || r.guarded) return;
    const { scores, best } = runHead(head, r.f);
    outOfFold.push({ scores, y: POL.indexOf(r.item.polarity) });
    predicted[i] = POL[best] as Polarity;
  });
}
const gold = rows.map((r) => r.item.polarity);
console.log(`${FOLDS}-fold cross-validation on the training sets (guards, then the head): polarity macro-F1 ${macroF1(perClass(gold, predicted)).toFixed(3)}`);
const withBody = rows.map((r, i) => (r.item.body ? i : -1)).filter((i) => i >= 0);
console.log(`  items with a body (${withBody.length}): accuracy ${(withBody.filter((i) => gold[i] === predicted[i]).length / Math.max(1, withBody.length)).toFixed(3)}`);
const nll = (t: number) => outOfFold.reduce((s, o) => s - Math.log(Math.max(1e-12, softmax(o.scores, t)[o.y] as number)), 0);
let temperature = 1;
for (let t = 0.5; t <= 4.001; t += 0.05) if (nll(t) < nll(temperature)) temperature = Math.round(t * 100) / 100;
console.log(`temperature ${temperature} (out-of-fold log-loss ${(nll(1) / outOfFold.length).toFixed(3)} → ${(nll(temperature) / outOfFold.length).toFixed(3)})`);

const model: ModelFile = {
  text: TEXT,
  heads: {
    polarity: { classes: [...POL], temperature, weights: compactWeights(fitSoftmax(polarityExamples(rows), POL.length, FIT), 0.01, 3) },
    sector: { classes: [...SEC], temperature: 1, weights: compactWeights(fitSoftmax(credit.map((r) => ({ x: r.topic, y: SEC.indexOf(r.item.sector ?? 'other') })), SEC.length, FIT), 0.03, 2) },
    domain: { classes: [...DOM], temperature: 1, weights: compactWeights(fitSoftmax(credit.map((r) => ({ x: r.topic, y: DOM.indexOf(r.item.domain ?? 'business') })), DOM.length, FIT), 0.02, 2) },
  },
  trainedOn: `${items.length} items of ${files.join(', ')}`,
  dataHash: hash,
  lexiconHash: lexiconHash(lexicon),
};
const out = new URL('../../config/lexicon/model.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(model)}\n`);
const size = (h: { weights: Record<string, number[]> }) => Object.keys(h.weights).length;
console.log(`trained on ${items.length} items (${credit.length} with a sector and domain) from ${files.length} files`);
console.log(`features kept: polarity ${size(model.heads.polarity)}, sector ${size(model.heads.sector)}, domain ${size(model.heads.domain)}`);
console.log(`wrote ${out.pathname}`);
