// Sector and domain from the lexicon. The sector is the best-supported topic (sector terms plus the
// sector hints of the winning class's cues). The domain starts from the sector's place in the
// 社会信用体系建设规划纲要 grouping; actors (a county government, a judge) and explicit topics (政务诚信)
// move it. The scores also feed the model's sector and domain heads (indexer/classify/model.ts).
import type { CreditDomain, Polarity, Sector } from '../../core/types.js';
import { DOMAINS, DOMAIN_LABELS, SECTOR_LABELS } from '../../core/types.js';
import type { CuePolarity, Lexicon } from './lexicon.js';
import { gateOpen, type Reading } from './reading.js';
import type { FieldWeights, Scores } from './scores.js';

export interface Topic {
  domain: CreditDomain;
  sector: Sector;
  evidence: string[];
}

/** Every sector and domain with support, and the words behind each (for evidence). */
export interface TopicScores {
  sector: Map<Sector, number>;
  sectorWhy: Map<Sector, string[]>;
  domain: Map<CreditDomain, number>;
  domainWhy: Map<CreditDomain, string[]>;
}

/** Weight of the sector's own domain against actor and topic hints. */
const SECTOR_DOMAIN_WEIGHT = 2.5;
const GENERIC_DOMAIN_WEIGHT = 1;

export function argmax<K extends string>(scores: Map<K, number>): [K, number] | undefined {
  let best: [K, number] | undefined;
  for (const [k, v] of scores) if (!best || v > best[1]) best = [k, v];
  return best;
}

function sectorScores(r: Reading, s: Scores, polarity: CuePolarity, weights: FieldWeights): Pick<TopicScores, 'sector' | 'sectorWhy'> {
  const sector = new Map<Sector, number>();
  const sectorWhy = new Map<Sector, string[]>();
  const seen = new Set<string>();
  const add = (k: Sector, w: number, why: string) => {
    sector.set(k, (sector.get(k) ?? 0) + w);
    const list = sectorWhy.get(k) ?? [];
    if (!list.includes(why)) list.push(why);
    sectorWhy.set(k, list);
  };
  for (const h of r.hits) {
    // Each distinct word counts: 商标 and 仿冒 together say IP more surely than either.
    const key = `${h.tag.id}:${h.text}`;
    if (h.tag.kind !== 'sector' || seen.has(key) || !gateOpen(r, h.tag.term)) continue;
    seen.add(key);
    add(h.tag.term.sector, h.tag.term.w * weights[h.field], h.text);
  }
  // A response is about the breach it answers, so the breach cues' sectors count too.
  const topical: CuePolarity[] = polarity === 'response' ? ['response', 'breach'] : [polarity];
  for (const p of topical) for (const c of s.contributions[p]) if (c.cue.sector) add(c.cue.sector, c.w, c.label);
  return { sector, sectorWhy };
}

export function topicScores(lexicon: Lexicon, r: Reading, s: Scores, polarity: Exclude<Polarity, 'irrelevant'>, weights: FieldWeights): TopicScores {
  const { sector, sectorWhy } = sectorScores(r, s, polarity, weights);
  const best = argmax(sector);
  const mainSector: Sector = best && best[1] > 0 ? best[0] : 'other';
  const domain = new Map<CreditDomain, number>(DOMAINS.map((d) => [d, 0]));
  const domainWhy = new Map<CreditDomain, string[]>();
  const addDomain = (d: CreditDomain, w: number, why: string) => {
    domain.set(d, (domain.get(d) ?? 0) + w);
    domainWhy.set(d, [...(domainWhy.get(d) ?? []), why]);
  };
  if (mainSector !== 'other') addDomain(lexicon.sectors.defaultDomain[mainSector], SECTOR_DOMAIN_WEIGHT, `sector ${mainSector}`);
  else addDomain(lexicon.sectors.genericDomain[polarity], GENERIC_DOMAIN_WEIGHT, `generic ${polarity}`);
  const actorsCount = polarity === 'breach' || polarity === 'integrity' || (polarity === 'response' && (mainSector === 'other' || mainSector === 'government-debt'));
  const seenHints = new Set<string>();
  for (const h of r.hits) {
    if (h.tag.kind !== 'domain' || seenHints.has(h.tag.id) || !gateOpen(r, h.tag.hint)) continue;
    if (h.tag.hint.role === 'actor' && !actorsCount) continue;
    if (h.tag.hint.for && !h.tag.hint.for.includes(polarity)) continue;
    seenHints.add(h.tag.id);
    addDomain(h.tag.hint.domain, h.tag.hint.w * weights[h.field], `${h.tag.hint.role} ${h.text}`);
  }
  for (const c of s.contributions[polarity]) if (c.cue.domain) addDomain(c.cue.domain, c.w, `cue ${c.label}`);
  return { sector, sectorWhy, domain, domainWhy };
}

export function sectorEvidence(sector: Sector, t: TopicScores): string {
  return sector === 'other' ? 'sector:other (no sector term)' : `sector:${sector} ${SECTOR_LABELS[sector]} ← ${(t.sectorWhy.get(sector) ?? []).slice(0, 3).join('、')}`;
}

export function domainEvidence(domain: CreditDomain, t: TopicScores): string {
  return `domain:${domain} ${DOMAIN_LABELS[domain]} ← ${(t.domainWhy.get(domain) ?? []).slice(0, 3).join('、')}`;
}

/** The lexicon's own choice of sector and domain (the classifier without a model). */
export function pickTopic(t: TopicScores): Topic {
  const best = argmax(t.sector);
  const sector: Sector = best && best[1] > 0 ? best[0] : 'other';
  const [domain] = argmax(t.domain) as [CreditDomain, number];
  return { domain, sector, evidence: [sectorEvidence(sector, t), domainEvidence(domain, t)] };
}
