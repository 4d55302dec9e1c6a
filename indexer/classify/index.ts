// 守信/失信 classification of one article: polarity, domain, sector, severity, calibrated confidence, and
// the evidence behind each. Two parts, both data: the lexicon (config/lexicon/*.yaml: cues, context
// groups, sector terms) whose rules settle the hard cases outright (commentary, securities and card
// marketing, foreign events, history, denials), and a trained linear model (config/lexicon/model.json)
// that reads the words of the text together with the lexicon's scores and decides the rest.
import { createHash } from 'node:crypto';
import { defaultGazetteer } from '../../core/gazetteer/index.js';
import type { Gazetteer } from '../../core/gazetteer/index.js';
import { defaultSegmenter } from '../segment/index.js';
import { confidenceOf } from './confidence.js';
import { decide, DEFAULT_DECIDE_OPTIONS, guards, type Decision, type DecideOptions } from './decide.js';
import { ruleFeatures, textFeatures, topicFeatures, type FeatureVector, type TextFeatureOptions, type Tokenize } from './features.js';
import { modelPolarity, modelTopic } from './learned.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { loadModel, type ClassifierModel } from './model.js';
import { compileLexicon, DEFAULT_LIMITS, read, type Reading, type TextLimits } from './reading.js';
import { DEFAULT_FIELD_WEIGHTS, scoreCues, type FieldWeights, type Scores } from './scores.js';
import { severityOf } from './severity.js';
import { pickTopic, topicScores, type Topic } from './topic.js';
import type { Classification, ClassifyInput } from './types.js';

export type { Classification, ClassifyInput } from './types.js';
export { loadLexicon, type Lexicon } from './lexicon.js';
export { loadModel, type ClassifierModel } from './model.js';

export interface ClassifierOptions {
  /** A lexicon already loaded; otherwise read from `lexiconDir` (default config/lexicon). */
  lexicon?: Lexicon;
  lexiconDir?: string;
  /**
   * The trained heads; default: config/lexicon/model.json when it exists. `null` classifies with the
   * lexicon's rules alone.
   */
  model?: ClassifierModel | null;
  /** Word segmentation for the model (default: the project's nodejieba segmenter). */
  tokenize?: Tokenize;
  /** How the model reads the text; default: as the model was trained (training a new model sets it). */
  textFeatures?: TextFeatureOptions;
  /**
   * Chinese place names that anchor a story in China (so a foreign name in it does not make it a foreign
   * event). Default: provinces and rankable cities of the gazetteer, full and short names.
   */
  chinaPlaces?: readonly string[];
  gazetteer?: Gazetteer;
  fieldWeights?: FieldWeights;
  limits?: TextLimits;
  decide?: DecideOptions;
  /** Called with the result and what it was computed from; may return a changed result (site-specific rules). */
  adjust?: (result: Classification, context: { input: ClassifyInput; reading: Reading; scores: Scores; decision: Decision }) => Classification;
}

export interface Classifier {
  classify(input: ClassifyInput): Classification;
  /** The model's features of an input (what training reads): text, lexicon scores and context groups. */
  features(input: ClassifyInput): { reading: Reading; scores: Scores; features: FeatureVector };
  readonly lexicon: Lexicon;
  readonly model: ClassifierModel | null;
  /** Names the lexicon and model that decide, so a stored analysis can be traced and redone. */
  readonly version: string;
}

function placeNames(g: Gazetteer): string[] {
  const names = new Set<string>();
  for (const d of g.all()) {
    if (d.level !== 'province' && d.tier === null) continue;
    for (const n of [d.name, d.shortName]) if (n.length >= 2) names.add(n);
  }
  return [...names];
}

/** The lexicon's identity: the model was trained against one lexicon and names it. */
export function lexiconHash(lexicon: Lexicon): string {
  const { calibration: _calibration, ...rules } = lexicon;
  return createHash('sha256').update(JSON.stringify(rules)).digest('hex');
}

const HEAD_ONLY: FieldWeights = { ...DEFAULT_FIELD_WEIGHTS, body: 0 };

export function createClassifier(opts: ClassifierOptions = {}): Classifier {
  const lexicon = opts.lexicon ?? loadLexicon(opts.lexiconDir);
  const gazetteer = opts.gazetteer ?? defaultGazetteer();
  const chinaPlaces = opts.chinaPlaces ?? placeNames(gazetteer);
  const compiled = compileLexicon(lexicon, { chinaAnchor: chinaPlaces });
  const weights = opts.fieldWeights ?? DEFAULT_FIELD_WEIGHTS;
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const decideOpts = opts.decide ?? DEFAULT_DECIDE_OPTIONS;
  const model = opts.model === undefined ? loadModel() : opts.model;
  const places = new Set(gazetteer.names());
  const isPlace = (t: string) => places.has(t);
  let tokenize = opts.tokenize;

  const version = `classify-${lexiconHash(lexicon).slice(0, 12)}${model ? `-m${model.id}` : ''}`;

  const features = (input: ClassifyInput) => {
    const reading = read(compiled, input, limits);
    const scores = scoreCues(reading, weights);
    tokenize ??= (text) => defaultSegmenter().cut(text);
    const head = scoreCues(reading, HEAD_ONLY);
    const vague = Object.values(head.score).every((v) => v === 0);
    const f = textFeatures(reading.text, tokenize, isPlace, opts.textFeatures ?? model?.text, vague);
    ruleFeatures(reading, scores, head, f);
    return { reading, scores, features: f };
  };

  const topicOf = (reading: Reading, scores: Scores, polarity: Exclude<Classification['polarity'], 'irrelevant'>, f: FeatureVector | null): Topic => {
    const t = topicScores(lexicon, reading, scores, polarity, weights);
    return model && f ? modelTopic(model, topicFeatures(f, t, polarity), t) : pickTopic(t);
  };

  return {
    lexicon,
    model,
    version,
    features,
    classify(input) {
      let reading: Reading;
      let scores: Scores;
      let f: FeatureVector | null = null;
      if (model) ({ reading, scores, features: f } = features(input));
      else {
        reading = read(compiled, input, limits);
        scores = scoreCues(reading, weights);
      }
      const guarded = guards(reading, scores);
      const decision: Decision = guarded ?? (model && f ? modelPolarity(model, f, scores, reading) : decide(reading, scores, decideOpts));
      // Never certain: the model and the rules meet headlines they were not written for.
      const raw = decision.probability ?? confidenceOf(lexicon, decision.path, decision.margin);
      const confidence = Math.round(Math.min(0.995, Math.max(0.005, raw)) * 1000) / 1000;
      let result: Classification;
      if (decision.polarity === 'irrelevant') {
        result = { polarity: 'irrelevant', domain: null, sector: null, severity: 0, confidence, evidence: decision.evidence };
      } else {
        const topic = topicOf(reading, scores, decision.polarity, f);
        const reportsWrong = decision.polarity === 'breach' || decision.polarity === 'response';
        const severity = reportsWrong ? severityOf(reading, topic.domain) : { value: 0, evidence: [] };
        result = {
          polarity: decision.polarity,
          domain: topic.domain,
          sector: topic.sector,
          severity: severity.value,
          confidence,
          evidence: [...decision.evidence, ...topic.evidence, ...severity.evidence],
        };
      }
      return opts.adjust ? opts.adjust(result, { input, reading, scores, decision }) : result;
    },
  };
}

let shared: Classifier | undefined;

/** Classify with the default lexicon and model (loaded once per process), or with a classifier built from `opts`. */
export function classifyArticle(input: ClassifyInput, opts?: ClassifierOptions): Classification {
  if (opts) return createClassifier(opts).classify(input);
  shared ??= createClassifier();
  return shared.classify(input);
}
