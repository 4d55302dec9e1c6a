// The real analysis stages behind the pipeline: the classifier (indexer/classify), the locator
// (indexer/locate) and the shared segmenter, built once per process.
import { defaultGazetteer, type Gazetteer } from '../../core/gazetteer/index.js';
import { createClassifier } from '../classify/index.js';
import { createLocator } from '../locate/index.js';
import { defaultSegmenter } from '../segment/index.js';
import type { Analyzers } from './types.js';

/** Bumped when clustering or the pipeline changes what it writes, so stored analyses show which code made them. */
export const PIPELINE_VERSION = 'events-1';

export interface DefaultAnalyzersOptions {
  gazetteer?: Gazetteer;
}

export function createAnalyzers(opts: DefaultAnalyzersOptions = {}): Analyzers {
  const gazetteer = opts.gazetteer ?? defaultGazetteer();
  const classifier = createClassifier({ gazetteer });
  const locator = createLocator({ gazetteer });
  return {
    segmenter: defaultSegmenter(),
    classify: (a) => classifier.classify(a),
    locate: (a) => locator.locate(a),
    placeNames: new Set(gazetteer.names()),
    version: `${classifier.version}+${PIPELINE_VERSION}`,
  };
}

let shared: Analyzers | undefined;
/** One set of analyzers per process (the classifier's lexicon and the locator's matchers take a moment to build). */
export function defaultAnalyzers(): Analyzers {
  shared ??= createAnalyzers();
  return shared;
}
