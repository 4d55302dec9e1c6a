// The trained part of the classifier: three linear heads (softmax regression) over the features of
// indexer/classify/features.ts — polarity, sector and domain. Weights are data, written by
// `npm run train:classify` into config/lexicon/model.json from the labelled sets in bench/data, and
// validated here. Each decision can name the features that pushed it most, for evidence.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../../core/config.js';
import type { FeatureVector, TextFeatureOptions } from './features.js';

const headSchema = z
  .object({
    classes: z.array(z.string().min(1)).min(2),
    /** Scores are divided by it before the softmax, so probabilities match how often the head is right. */
    temperature: z.number().positive().default(1),
    /** feature → one weight per class, in the order of `classes`. */
    weights: z.record(z.string(), z.array(z.number())),
  })
  .strict()
  .superRefine((h, ctx) => {
    for (const [k, w] of Object.entries(h.weights)) {
      if (w.length !== h.classes.length) ctx.addIssue({ code: 'custom', message: `feature ${k}: ${w.length} weights for ${h.classes.length} classes` });
    }
  });

export const modelFileSchema = z
  .object({
    text: z.object({
      weights: z.object({ title: z.number().min(0), lead: z.number().min(0), body: z.number().min(0) }).strict(),
      vagueBody: z.number().min(0),
      bodyChars: z.number().int().min(0),
    }),
    heads: z.object({ polarity: headSchema, sector: headSchema, domain: headSchema }).strict(),
    /** What it was trained on (files and item count) and a hash of that data and of the lexicon. */
    trainedOn: z.string(),
    dataHash: z.string(),
    lexiconHash: z.string(),
  })
  .strict();
export type ModelFile = z.infer<typeof modelFileSchema>;

export interface Head {
  classes: readonly string[];
  weights: ReadonlyMap<string, Float32Array>;
  temperature?: number;
}

export interface ClassifierModel {
  text: TextFeatureOptions;
  polarity: Head;
  sector: Head;
  domain: Head;
  /** Names the weights (a hash of the file's data and lexicon hashes), for the classifier's version. */
  id: string;
}

export const DEFAULT_MODEL_FILE = new URL('../../config/lexicon/model.json', import.meta.url);

function toHead(h: ModelFile['heads']['polarity']): Head {
  return { classes: h.classes, temperature: h.temperature, weights: new Map(Object.entries(h.weights).map(([k, w]) => [k, Float32Array.from(w)])) };
}

export function modelFromFile(m: ModelFile): ClassifierModel {
  return {
    text: m.text,
    polarity: toHead(m.heads.polarity),
    sector: toHead(m.heads.sector),
    domain: toHead(m.heads.domain),
    id: `${m.dataHash.slice(0, 6)}${m.lexiconHash.slice(0, 6)}`,
  };
}

/** Reads and validates a model file; null when the file does not exist (the classifier then uses rules alone). */
export function loadModel(file: URL | string = DEFAULT_MODEL_FILE): ClassifierModel | null {
  if (!existsSync(file)) return null;
  const where = String(file).replace(/^file:\/\//, '');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError(where, [`not valid JSON: ${(e as Error).message}`]);
  }
  const parsed = modelFileSchema.safeParse(json);
  if (!parsed.success) throw new ConfigError(where, parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`));
  return modelFromFile(parsed.data);
}

export interface HeadResult {
  /** Class probabilities, in the order of the head's classes. */
  probs: number[];
  /** Raw class scores (before temperature and softmax). */
  scores: Float64Array;
  best: number;
}

export function runHead(h: Head, f: FeatureVector, allowed?: (cls: string) => boolean): HeadResult {
  const k = h.classes.length;
  const z = new Float64Array(k);
  for (const [name, v] of f) {
    const w = h.weights.get(name);
    if (w) for (let c = 0; c < k; c++) z[c] = (z[c] as number) + (w[c] as number) * v;
  }
  let best = -1;
  for (let c = 0; c < k; c++) if ((!allowed || allowed(h.classes[c] as string)) && (best < 0 || (z[c] as number) > (z[best] as number))) best = c;
  return { probs: softmax(z, h.temperature ?? 1), scores: z, best };
}

export function softmax(z: Float64Array, temperature = 1): number[] {
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v / temperature);
  const e = [...z].map((v) => Math.exp(v / temperature - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/** The features that most favour class `c` over `against`: name and margin contribution, largest first. */
export function topFeatures(h: Head, f: FeatureVector, c: number, against: number, n: number): [string, number][] {
  const out: [string, number][] = [];
  for (const [name, v] of f) {
    const w = h.weights.get(name);
    if (!w || name === 'bias') continue;
    const d = ((w[c] as number) - (w[against] as number)) * v;
    if (d > 0) out.push([name, d]);
  }
  return out.sort((a, b) => b[1] - a[1]).slice(0, n);
}
