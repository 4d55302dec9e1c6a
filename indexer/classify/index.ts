// 守信/失信 classification of one article: polarity, domain, sector, severity, calibrated confidence, and
// the evidence behind each, from the lexicon in config/lexicon (rules and weights are data).
import { createHash } from 'node:crypto';
import { defaultGazetteer } from '../../core/gazetteer/index.js';
import type { Gazetteer } from '../../core/gazetteer/index.js';
import { confidenceOf } from './confidence.js';
import { decide, DEFAULT_DECIDE_OPTIONS, type Decision, type DecideOptions } from './decide.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { compileLexicon, DEFAULT_LIMITS, read, type Reading, type TextLimits } from './reading.js';
import { DEFAULT_FIELD_WEIGHTS, scoreCues, type FieldWeights, type Scores } from './scores.js';
import { severityOf } from './severity.js';
import { pickTopic } from './topic.js';
import type { Classification, ClassifyInput } from './types.js';

export type { Classification, ClassifyInput } from './types.js';
export { loadLexicon, type Lexicon } from './lexicon.js';

export interface ClassifierOptions {
  /** A lexicon already loaded; otherwise read from `lexiconDir` (default config/lexicon). */
  lexicon?: Lexicon;
  lexiconDir?: string;
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
  readonly lexicon: Lexicon;
  /** Names the lexicon that decides (a hash of its content), so a stored analysis can be traced and redone. */
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

export function createClassifier(opts: ClassifierOptions = {}): Classifier {
  const lexicon = opts.lexicon ?? loadLexicon(opts.lexiconDir);
  const chinaPlaces = opts.chinaPlaces ?? placeNames(opts.gazetteer ?? defaultGazetteer());
  const compiled = compileLexicon(lexicon, { chinaAnchor: chinaPlaces });
  const weights = opts.fieldWeights ?? DEFAULT_FIELD_WEIGHTS;
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const decideOpts = opts.decide ?? DEFAULT_DECIDE_OPTIONS;

  const version = `classify-${createHash('sha256').update(JSON.stringify(lexicon)).digest('hex').slice(0, 12)}`;

  return {
    lexicon,
    version,
    classify(input) {
      const reading = read(compiled, input, limits);
      const scores = scoreCues(reading, weights);
      const decision = decide(reading, scores, decideOpts);
      const confidence = confidenceOf(lexicon, decision.path, decision.margin);
      let result: Classification;
      if (decision.polarity === 'irrelevant') {
        result = { polarity: 'irrelevant', domain: null, sector: null, severity: 0, confidence, evidence: decision.evidence };
      } else {
        const topic = pickTopic(lexicon, reading, scores, decision.polarity, weights);
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

/** Classify with the default lexicon (loaded once per process), or with a classifier built from `opts`. */
export function classifyArticle(input: ClassifyInput, opts?: ClassifierOptions): Classification {
  if (opts) return createClassifier(opts).classify(input);
  shared ??= createClassifier();
  return shared.classify(input);
}
