// What the model reads: words and character pairs of the text (title first, lead and body weighed
// less), the lexicon's class scores and the context groups found, and for the sector and domain
// heads the lexicon's topic scores. Place names are left out and numbers become a placeholder, so the
// model learns neither which cities the training items happened to name nor their figures.
import type { Polarity } from '../../core/types.js';
import { CUE_POLARITIES } from './lexicon.js';
import type { Reading } from './reading.js';
import type { Scores } from './scores.js';
import type { TopicScores } from './topic.js';
import type { TextField } from './types.js';

export type FeatureVector = Map<string, number>;
export type Tokenize = (text: string) => string[];

export interface TextFeatureOptions {
  /** How much a word counts in each field (the title carries the news). */
  weights: Record<TextField, number>;
  /**
   * The body's weight when neither headline nor lead has a credit cue ("夜查美食街", "一声巨响之后"):
   * then the body tells what happened. Otherwise the headline has said it and the body adds little.
   */
  vagueBody: number;
  /** Only the start of the body is read: later paragraphs are background and boilerplate. */
  bodyChars: number;
}

export const DEFAULT_TEXT_FEATURES: TextFeatureOptions = { weights: { title: 1, lead: 0.3, body: 0.1 }, vagueBody: 0.3, bodyChars: 600 };

const NUMBER = '#';
const NUMERIC = /^[\d.,%]+$/u;
/** Character pairs count half as much as words: they add morphology, words carry meaning. */
const CHAR_PAIR_WEIGHT = 0.5;

/** Tokens without place names, numbers replaced by a placeholder. */
export function placeholders(tokens: readonly string[], isPlace: (t: string) => boolean): string[] {
  const out: string[] = [];
  for (const t of tokens) if (!isPlace(t)) out.push(NUMERIC.test(t) ? NUMBER : t.toLowerCase());
  return out;
}

function add(f: FeatureVector, k: string, v: number): void {
  f.set(k, (f.get(k) ?? 0) + v);
}

export function textFeatures(
  text: Record<TextField, string>,
  tokenize: Tokenize,
  isPlace: (t: string) => boolean,
  opts: TextFeatureOptions = DEFAULT_TEXT_FEATURES,
  vagueHeadline = false,
): FeatureVector {
  const f: FeatureVector = new Map();
  for (const field of ['title', 'lead', 'body'] as const) {
    const w = field === 'body' && vagueHeadline ? opts.vagueBody : opts.weights[field];
    const raw = field === 'body' ? text.body.slice(0, opts.bodyChars) : text[field];
    if (!raw || w <= 0) continue;
    const tokens = placeholders(tokenize(raw), isPlace);
    for (const t of tokens) add(f, `w:${t}`, w);
    if (field === 'body') continue;
    const chars = tokens.join('');
    for (let i = 0; i + 2 <= chars.length; i++) add(f, `c:${chars.slice(i, i + 2)}`, w * CHAR_PAIR_WEIGHT);
  }
  // Repeats add less and less: a body that says 信用 ten times is not ten times more about credit.
  for (const [k, v] of f) f.set(k, Math.log1p(v));
  f.set('bias', 1);
  return f;
}

/** Context groups whose presence the model may weigh, in the title and in the lead apart (事故发生后 opens many a first report's lead). */
export const MODEL_GROUPS = [
  'creditTopic',
  'incident',
  'exposure',
  'denial',
  'government',
  'leader',
  'misconduct',
  'bygone',
  'history',
  'foreign',
  'cardProduct',
  'securities',
  'opinion',
  'rhetoric',
  'namedList',
  'followUp',
] as const;

/**
 * The lexicon's view: class scores over the whole text and over the headline and lead alone (capped,
 * scaled; the model learns how far body cues count), and the context groups present.
 */
export function ruleFeatures(r: Reading, all: Scores, head: Scores, into: FeatureVector): FeatureVector {
  for (const p of CUE_POLARITIES) {
    if (all.score[p] > 0) into.set(`r:${p}`, Math.min(all.score[p], 8) / 4);
    if (head.score[p] > 0) into.set(`rh:${p}`, Math.min(head.score[p], 8) / 4);
  }
  for (const g of MODEL_GROUPS) {
    if (r.has(g, ['title'])) into.set(`g:${g}`, 1);
    if (r.has(g, ['lead'])) into.set(`gl:${g}`, 1);
  }
  return into;
}

/** For the sector and domain heads: the lexicon's topic scores and the item's polarity. */
export function topicFeatures(base: FeatureVector, t: TopicScores, polarity: Exclude<Polarity, 'irrelevant'>): FeatureVector {
  const f: FeatureVector = new Map(base);
  for (const [k, v] of t.sector) if (v > 0) f.set(`s:${k}`, Math.min(v, 10) / 5);
  for (const [k, v] of t.domain) if (v > 0) f.set(`d:${k}`, Math.min(v, 10) / 5);
  f.set(`p:${polarity}`, 1);
  return f;
}
