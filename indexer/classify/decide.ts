// From cue scores to a polarity. Hard cases are guards checked first, each a named rule with its own
// evidence; then the strongest class wins if it clears the threshold. Every step says why.
import type { Polarity } from '../../core/types.js';
import type { CuePolarity } from './lexicon.js';
import { CUE_POLARITIES } from './lexicon.js';
import type { Reading } from './reading.js';
import type { Contribution, Scores } from './scores.js';

export interface DecideOptions {
  /** Minimum class score for a credit polarity; below it the article is irrelevant. */
  threshold: number;
  /**
   * Factor on breach cues when a response clears the threshold: a follow-up story names the breach it
   * answers, so its breach words are the premise, not the news.
   */
  premiseFactor: number;
}
export const DEFAULT_DECIDE_OPTIONS: DecideOptions = { threshold: 2, premiseFactor: 0.6 };

export interface Decision {
  polarity: Polarity;
  /** Which rule decided: the key of the calibration table, or 'model'. */
  path: string;
  /** How clearly it decided (score units); calibrated into confidence. */
  margin: number;
  /** The model's probability of its class, used as the confidence as it is. */
  probability?: number;
  evidence: string[];
}

/** When two classes score the same, the more specific reading wins. */
const TIE_ORDER: readonly CuePolarity[] = ['response', 'policy', 'breach', 'implementation', 'integrity'];

const quote = (s: string) => `“${s}”`;
const fmt = (n: number) => n.toFixed(1);

function strongest(scores: Scores, p: CuePolarity): Contribution | undefined {
  return scores.contributions[p].find((c) => !c.aux);
}

export function cueEvidence(scores: Scores, p: CuePolarity): string[] {
  return scores.contributions[p]
    .slice(0, 4)
    .map((c) => `cue:${c.label} → ${p} (+${fmt(c.w)}${c.field === 'title' ? '' : `, ${c.field}`}${c.aux ? ', supporting' : ''})`);
}

function firstText(r: Reading, group: string, fields?: Parameters<Reading['groupHits']>[1]): string {
  return r.groupHits(group, fields)[0]?.text ?? '';
}

function ranked(scores: Scores): CuePolarity[] {
  return [...CUE_POLARITIES].sort((a, b) => scores.score[b] - scores.score[a] || TIE_ORDER.indexOf(a) - TIE_ORDER.indexOf(b));
}

function overridden(scores: Scores, rule: string, trigger: string): Decision {
  const top = ranked(scores)[0] as CuePolarity;
  const beaten = strongest(scores, top);
  const what = beaten ? ` overrides ${top} cue ${quote(beaten.label)}` : '';
  return {
    polarity: 'irrelevant',
    path: `guard:${rule}`,
    margin: Math.max(0, 4 - scores.score[top]),
    evidence: [`rule:${rule} ${quote(trigger)}${what}`],
  };
}

function anchoredInChina(r: Reading): boolean {
  if (r.has('chinaAnchor', ['title'])) return true;
  const datelineEnd = Math.max(0, ...r.groupHits('dateline', ['lead']).filter((h) => h.start === 0).map((h) => h.end));
  return r.groupHits('chinaAnchor', ['lead']).some((h) => h.start >= datelineEnd);
}

/**
 * Hard cases, checked before any score or model: commentaries, securities and consumer-credit news,
 * foreign events, history, and denials of rumours or alleged breaches (the lead's convention: a denial
 * says no credit event happened). Each returns its own rule and evidence.
 */
export function guards(r: Reading, s: Scores): Decision | null {
  const titleOnly = ['title'] as const;
  const head = ['title', 'lead'] as const;
  if (r.has('opinion', titleOnly)) return overridden(s, 'commentary', firstText(r, 'opinion', titleOnly));
  if (r.has('rhetoric', titleOnly) && !r.has('chinaAnchor', titleOnly) && !/\d/u.test(r.text.title)) {
    return overridden(s, 'commentary', firstText(r, 'rhetoric', titleOnly));
  }
  // Fraud words defeat these guards only when they are live breach cues (not 防诈骗 in a bank's leaflet).
  const fraud = r.has('marketFraud', head) && s.score.breach > 0;
  if (r.has('securities', head) && !fraud) return overridden(s, 'securities-market', firstText(r, 'securities', head));
  if (r.has('cardProduct', head) && !r.has('cardExempt', head) && !fraud) {
    return overridden(s, 'consumer-credit-marketing', firstText(r, 'cardProduct', head));
  }
  // A Chinese place in the headline or lead anchors the story here, whatever the body quotes; a lead's
  // dateline (本报北京电) only says where the reporter filed from.
  if (r.has('foreign', titleOnly) && !anchoredInChina(r)) return overridden(s, 'foreign-event', firstText(r, 'foreign', titleOnly));
  if (r.has('history', titleOnly) && !r.has('historyNow', titleOnly)) return overridden(s, 'historical', firstText(r, 'history', titleOnly));
  if (r.has('denial', head)) return overridden(s, 'denial', firstText(r, 'denial', head));
  return null;
}

/** Cues that did not count, and what cancelled or covered each. */
export function negationEvidence(s: Scores): string[] {
  return [...new Set(s.negated.map(([n, c]) => `rule:context ${quote(n)} cancels cue ${quote(c)}`))];
}

export function decide(r: Reading, s: Scores, opts: DecideOptions = DEFAULT_DECIDE_OPTIONS): Decision {
  const negations = negationEvidence(s);
  const guarded = guards(r, s);
  if (guarded) return { ...guarded, evidence: [...guarded.evidence, ...negations] };

  const premise = s.score.response >= opts.threshold && s.score.breach > 0;
  if (premise) s = { ...s, score: { ...s.score, breach: s.score.breach * opts.premiseFactor } };
  const order = ranked(s);
  const top = order[0] as CuePolarity;
  const second = order[1] as CuePolarity;
  const topScore = s.score[top];
  if (topScore < opts.threshold) {
    const why = topScore > 0 ? `strongest cue ${quote(strongest(s, top)?.label ?? '')} scores ${fmt(topScore)} < ${fmt(opts.threshold)}` : 'no credit cue';
    return { polarity: 'irrelevant', path: 'no-cue', margin: opts.threshold - topScore, evidence: [`rule:below-threshold ${why}`, ...negations] };
  }
  const evidence = [...cueEvidence(s, top)];
  if (premise && top === 'response') evidence.push(`rule:follow-up breach cues (×${opts.premiseFactor}) read as the incident answered`);
  if (s.score[second] > 0) evidence.push(`rule:${top} ${fmt(topScore)} beats ${second} ${fmt(s.score[second])}`);
  const margin = topScore - Math.max(s.score[second], opts.threshold / 2);

  if (s.score.policy >= opts.threshold && r.has('incident') && (top === 'policy' || top === 'response')) {
    return {
      polarity: 'response',
      path: 'rule:new-rule-after-incident',
      margin: s.score.policy + s.score.response - Math.max(s.score.breach, opts.threshold / 2),
      evidence: [...cueEvidence(s, 'policy'), `rule:new-rule-after-incident ${quote(firstText(r, 'incident'))}: a rule issued after an incident answers it`, ...negations],
    };
  }
  return { polarity: top, path: `score:${top}`, margin, evidence: [...evidence, ...negations] };
}
