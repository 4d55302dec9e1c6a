// Sector and domain. The sector is the best-supported topic (sector terms plus the sector hints of the
// winning class's cues). The domain starts from the sector's place in the 社会信用体系建设规划纲要
// grouping; actors (a county government, a judge) and explicit topics (政务诚信) move it.
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

/** Weight of the sector's own domain against actor and topic hints. */
const SECTOR_DOMAIN_WEIGHT = 2.5;
const GENERIC_DOMAIN_WEIGHT = 1;

function argmax<K extends string>(scores: Map<K, number>): [K, number] | undefined {
  let best: [K, number] | undefined;
  for (const [k, v] of scores) if (!best || v > best[1]) best = [k, v];
  return best;
}

export function pickTopic(
  lexicon: Lexicon,
  r: Reading,
  s: Scores,
  polarity: Exclude<Polarity, 'irrelevant'>,
  weights: FieldWeights,
): Topic {
  const sectorScore = new Map<Sector, number>();
  const sectorWhy = new Map<Sector, string[]>();
  const seen = new Set<string>();
  const add = (sector: Sector, w: number, why: string) => {
    sectorScore.set(sector, (sectorScore.get(sector) ?? 0) + w);
    const list = sectorWhy.get(sector) ?? [];
    if (!list.includes(why)) list.push(why);
    sectorWhy.set(sector, list);
  };
  for (const h of r.hits) {
    // Each distinct word counts: 商标 and 仿冒 together say IP more surely than either.
    const key = `${h.tag.id}:${h.text}`;
    if (h.tag.kind !== 'sector' || seen.has(key) || !gateOpen(r, h.tag.term)) continue;
    seen.add(key);
    add(h.tag.term.sector, h.tag.term.w * weights[h.field], h.text);
  }
  const cuePolarity: CuePolarity = polarity;
  // A response is about the breach it answers, so the breach cues' sectors count too.
  const topicalClasses: CuePolarity[] = polarity === 'response' ? ['response', 'breach'] : [cuePolarity];
  for (const p of topicalClasses) for (const c of s.contributions[p]) if (c.cue.sector) add(c.cue.sector, c.w, c.label);
  const bestSector = argmax(sectorScore);
  const sector: Sector = bestSector && bestSector[1] > 0 ? bestSector[0] : 'other';
  const evidence =
    sector === 'other'
      ? ['sector:other (no sector term)']
      : [`sector:${sector} ${SECTOR_LABELS[sector]} ← ${(sectorWhy.get(sector) ?? []).slice(0, 3).join('、')}`];

  const domainScore = new Map<CreditDomain, number>(DOMAINS.map((d) => [d, 0]));
  const domainWhy = new Map<CreditDomain, string[]>();
  const addDomain = (d: CreditDomain, w: number, why: string) => {
    domainScore.set(d, (domainScore.get(d) ?? 0) + w);
    domainWhy.set(d, [...(domainWhy.get(d) ?? []), why]);
  };
  if (sector !== 'other') addDomain(lexicon.sectors.defaultDomain[sector], SECTOR_DOMAIN_WEIGHT, `sector ${sector}`);
  else addDomain(lexicon.sectors.genericDomain[cuePolarity], GENERIC_DOMAIN_WEIGHT, `generic ${polarity}`);
  const actorsCount = polarity === 'breach' || polarity === 'integrity' || (polarity === 'response' && (sector === 'other' || sector === 'government-debt'));
  const seenHints = new Set<string>();
  for (const h of r.hits) {
    if (h.tag.kind !== 'domain' || seenHints.has(h.tag.id) || !gateOpen(r, h.tag.hint)) continue;
    if (h.tag.hint.role === 'actor' && !actorsCount) continue;
    if (h.tag.hint.for && !h.tag.hint.for.includes(cuePolarity)) continue;
    seenHints.add(h.tag.id);
    addDomain(h.tag.hint.domain, h.tag.hint.w * weights[h.field], `${h.tag.hint.role} ${h.text}`);
  }
  for (const c of s.contributions[cuePolarity]) if (c.cue.domain) addDomain(c.cue.domain, c.w, `cue ${c.label}`);
  const [domain] = argmax(domainScore) as [CreditDomain, number];
  evidence.push(`domain:${domain} ${DOMAIN_LABELS[domain]} ← ${(domainWhy.get(domain) ?? []).slice(0, 3).join('、')}`);
  return { domain, sector, evidence };
}

