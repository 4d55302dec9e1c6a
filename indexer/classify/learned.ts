// Decisions of the trained heads, with evidence that names the features that pushed each decision
// most (words of the text, the lexicon's scores, context groups) against the runner-up class.
import type { CreditDomain, Polarity, Sector } from '../../core/types.js';
import { DOMAIN_LABELS, SECTOR_LABELS } from '../../core/types.js';
import { cueEvidence, negationEvidence, type Decision } from './decide.js';
import type { FeatureVector } from './features.js';
import { CUE_POLARITIES, type CuePolarity } from './lexicon.js';
import { runHead, topFeatures, type ClassifierModel, type Head } from './model.js';
import type { Reading } from './reading.js';
import type { Scores } from './scores.js';
import type { Topic, TopicScores } from './topic.js';

const EVIDENCE_FEATURES = 4;

/** A feature as a reader understands it. */
export function featureLabel(name: string): string {
  const [kind, ...rest] = name.split(':');
  const what = rest.join(':');
  switch (kind) {
    case 'w':
      return `“${what}”`;
    case 'c':
      return `“${what}”(字)`;
    case 'r':
      return `lexicon ${what}`;
    case 'rh':
      return `lexicon ${what} in headline`;
    case 'g':
      return `context ${what}`;
    case 'gl':
      return `context ${what} in lead`;
    case 's':
      return `lexicon sector ${what}`;
    case 'd':
      return `lexicon domain ${what}`;
    case 'p':
      return `polarity ${what}`;
    default:
      return name;
  }
}

function runnerUp(probs: readonly number[], best: number): number {
  let second = best === 0 ? 1 : 0;
  probs.forEach((p, i) => {
    if (i !== best && p > (probs[second] as number)) second = i;
  });
  return second;
}

function why(h: Head, f: FeatureVector, best: number, probs: readonly number[]): string {
  const against = runnerUp(probs, best);
  const top = topFeatures(h, f, best, against, EVIDENCE_FEATURES).map(([n, d]) => `${featureLabel(n)} +${d.toFixed(2)}`);
  return `${top.join(', ') || 'prior'} (vs ${h.classes[against]} ${(probs[against] as number).toFixed(2)})`;
}

/** Below this probability an "irrelevant" from the model yields to a clear headline cue. */
const UNSURE = 0.6;
/** Core (not supporting) cue weight in the headline that counts as a clear cue. */
const HEADLINE_CUE = 3;

function headlineCue(s: Scores, p: Polarity): number {
  if (p === 'irrelevant') return 0;
  return s.contributions[p].filter((c) => c.field === 'title' && !c.aux).reduce((sum, c) => sum + c.w, 0);
}

export function modelPolarity(model: ClassifierModel, f: FeatureVector, s: Scores, r: Reading): Decision {
  const { probs, best } = runHead(model.polarity, f);
  const polarity = model.polarity.classes[best] as Polarity;
  const p = probs[best] as number;
  const evidence = [`model:${polarity} ${p.toFixed(2)} ← ${why(model.polarity, f, best, probs)}`];
  if (polarity !== 'irrelevant') evidence.push(...cueEvidence(s, polarity as CuePolarity));
  evidence.push(...negationEvidence(s));
  // A credit event needs some credit evidence: a cue of the lexicon or a credit topic word. Without
  // one, a headline of words the model never saw ("女子用毛线织出清明上河图") would get its prior.
  if (polarity !== 'irrelevant' && !CUE_POLARITIES.some((c) => s.score[c] > 0) && !r.has('creditTopic')) {
    const why = `rule:no-credit-evidence no lexicon cue or credit topic word supports ${polarity} ${p.toFixed(2)}`;
    return { polarity: 'irrelevant', path: 'guard:no-credit-evidence', margin: 1 - p, evidence: [why, ...evidence] };
  }
  // An unsure "irrelevant" against a headline that names a wrongdoing, an honour or a credit rule in so
  // many words: the words the model weighs against it are everyday ones (男子, 开始, 设计), the
  // lexicon's cue is the news. The runner-up must be the class the headline's own cues point to.
  if (polarity === 'irrelevant' && p < UNSURE) {
    const second = model.polarity.classes[runnerUp(probs, best)] as Polarity;
    if ((second === 'breach' || second === 'integrity') && headlineCue(s, second) >= HEADLINE_CUE) {
      const q = probs[runnerUp(probs, best)] as number;
      const why = `rule:headline-cue unsure model (irrelevant ${p.toFixed(2)}) and a ${second} cue in the headline`;
      return { polarity: second, path: 'model', margin: q, probability: q, evidence: [why, ...cueEvidence(s, second as CuePolarity), ...evidence] };
    }
  }
  // A rule adopted because of an incident answers it (以…为鉴, 针对暴露的问题, 事件发生后出台): the
  // headline or lead says so, which a bag of words weighs too lightly.
  const incident = r.groupHits('incident', ['title', 'lead'])[0];
  if (polarity === 'policy' && incident) {
    return { polarity: 'response', path: 'model', margin: p, probability: p, evidence: [`rule:new-rule-after-incident “${incident.text}”: a rule issued after an incident answers it`, ...evidence] };
  }
  return { polarity, path: 'model', margin: p, probability: p, evidence };
}

export function modelTopic(model: ClassifierModel, f: FeatureVector, t: TopicScores): Topic {
  const sector = runHead(model.sector, f);
  const domain = runHead(model.domain, f);
  const s = model.sector.classes[sector.best] as Sector;
  const d = model.domain.classes[domain.best] as CreditDomain;
  const lexiconWords = (list: string[] | undefined) => (list?.length ? `; lexicon: ${list.slice(0, 3).join('、')}` : '');
  return {
    sector: s,
    domain: d,
    evidence: [
      `sector:${s} ${SECTOR_LABELS[s]} ${(sector.probs[sector.best] as number).toFixed(2)} ← ${why(model.sector, f, sector.best, sector.probs)}${lexiconWords(t.sectorWhy.get(s))}`,
      `domain:${d} ${DOMAIN_LABELS[d]} ${(domain.probs[domain.best] as number).toFixed(2)} ← ${why(model.domain, f, domain.best, domain.probs)}${lexiconWords(t.domainWhy.get(d))}`,
    ],
  };
}
