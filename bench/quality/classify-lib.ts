// Shared by the classification quality and calibration scripts: the labelled sets and the scores.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { DOMAINS, POLARITIES, SECTORS, type Polarity } from '../../core/types.js';

const labelledSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    lead: z.string().optional(),
    /** A few paragraphs of the story, for items written with a body. */
    body: z.string().optional(),
    polarity: z.enum(POLARITIES),
    domain: z.enum(DOMAINS).nullable(),
    sector: z.enum(SECTORS).nullable(),
    case: z.string().optional(),
    /** How it was written: wire, local, thepaper, portal, gov, commentary, qa, numbers (data sets from classify2 on). */
    style: z.string().optional(),
  })
  .strict();
export type Labelled = z.infer<typeof labelledSchema>;

export const EVAL_FILE = new URL('../data/classify-eval.jsonl', import.meta.url);
export const TRAIN_FILE = new URL('../data/classify-train.jsonl', import.meta.url);
export const CALIBRATION_FILE = new URL('../data/classify-calib.jsonl', import.meta.url);
export const DEV_FILE = new URL('../data/classify-dev.jsonl', import.meta.url);

export const DATA_DIR = new URL('../data/', import.meta.url);
/** The sets the model is trained on: never the held-out eval and blind sets. */
export const TRAINING_FILES = /^classify-(learn-[a-z0-9-]+|train|dev|calib)\.jsonl$/;

/** Every training item, the files they came from, and a hash of those files (the model file records it). */
export function trainingSets(dir: URL = DATA_DIR): { files: string[]; items: Labelled[]; hash: string } {
  const files = readdirSync(dir).filter((f) => TRAINING_FILES.test(f)).sort();
  const hash = createHash('sha256');
  const items: Labelled[] = [];
  for (const f of files) {
    const url = new URL(f, dir);
    hash.update(f).update(readFileSync(url));
    items.push(...readLabelled(url));
  }
  return { files, items, hash: hash.digest('hex') };
}

export function readLabelled(file: URL | string): Labelled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = labelledSchema.safeParse(JSON.parse(l));
      if (!r.success) throw new Error(`${String(file)} line ${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return r.data;
    });
}

export interface ClassReport {
  precision: number;
  recall: number;
  f1: number;
  support: number;
  /** How often the class was predicted. */
  predicted: number;
}

export function perClass(gold: Polarity[], pred: Polarity[]): Record<Polarity, ClassReport> {
  const out = {} as Record<Polarity, ClassReport>;
  for (const c of POLARITIES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = pred[i];
      if (p === c && g === c) tp++;
      else if (p === c) fp++;
      else if (g === c) fn++;
    });
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    out[c] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support: tp + fn, predicted: tp + fp };
  }
  return out;
}

/** Mean F1 over the classes that occur (in the truth or the predictions), as scikit-learn computes it. */
export function macroF1(report: Record<Polarity, ClassReport>): number {
  const present = POLARITIES.filter((c) => report[c].support > 0 || report[c].predicted > 0);
  return present.reduce((s, c) => s + report[c].f1, 0) / Math.max(1, present.length);
}

export interface CalibrationBin {
  from: number;
  to: number;
  n: number;
  meanConfidence: number;
  accuracy: number;
}

export function calibrationBins(conf: number[], correct: boolean[], bins = 10): { bins: CalibrationBin[]; ece: number } {
  const out: CalibrationBin[] = [];
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    const from = b / bins;
    const to = (b + 1) / bins;
    const idx = conf.map((c, i) => [c, i] as const).filter(([c]) => (c >= from && c < to) || (b === bins - 1 && c === 1)).map(([, i]) => i);
    if (idx.length === 0) continue;
    const meanConfidence = idx.reduce((s, i) => s + (conf[i] ?? 0), 0) / idx.length;
    const accuracy = idx.filter((i) => correct[i]).length / idx.length;
    ece += (idx.length / conf.length) * Math.abs(meanConfidence - accuracy);
    out.push({ from, to, n: idx.length, meanConfidence, accuracy });
  }
  return { bins: out, ece };
}
