// Confidence is the decision margin passed through a logistic curve fitted per decision path on the
// training split (bench/quality/classify-calibrate.ts writes config/lexicon/calibration.yaml).
import type { Lexicon } from './lexicon.js';

/** Used when the calibration file has neither the path nor a shared '*' curve. */
const FALLBACK = { a: 0.8, b: 0 };

export function confidenceOf(lexicon: Lexicon, path: string, margin: number): number {
  const { a, b } = lexicon.calibration.paths[path] ?? lexicon.calibration.paths['*'] ?? FALLBACK;
  const p = 1 / (1 + Math.exp(-(a * margin + b)));
  // Never certain: rules meet headlines they were not written for.
  return Math.min(0.995, Math.max(0.005, Math.round(p * 1000) / 1000));
}
