// From settled mentions to the answer: cities and provinces are weighed, the heaviest city is the
// primary one unless the item is national, foreign, provincial, a round-up or a joint story.
import type { Division, Gazetteer } from '../../core/gazetteer/types.js';
import type { CityMention, PlaceRef } from '../../core/types.js';
import type { Signals } from './mentions.js';
import type { Resolved } from './readings.js';
import { type Dateline, ZONE_WEIGHT, type Zoned } from './text.js';
import type { Location } from './types.js';
import { W } from './weights.js';

const ROUNDUP = /等\s*[\d一二三四五六七八九十百]*\s*[个座家]?[\u4e00-\u9fff]{0,3}?(?:城市|地|省|市|省份|地区|区|县)/u;
/** 两地, 三地, 三省一市: a story about several places together, with no one place of its own. */
const JOINT = /[两三四五六七八九十]+(?:地|省一市|省市|省份|城市)/u;

interface CityTally {
  code: string;
  score: number;
  first: number;
  matched: Set<string>;
  /** Named in the headline, the dateline or the first sentence. */
  prominent: boolean;
  /** Named somewhere else than in the dateline. */
  beyondDateline: boolean;
  /** Named in the headline or the lead. */
  inLead: boolean;
  counties: Map<string, number>;
}

export interface DecideInput {
  resolved: readonly Resolved[];
  z: Zoned;
  dateline: Dateline | null;
  signals: Signals;
  priors: readonly string[];
}

const ref = (d: Division): PlaceRef => ({ code: d.code, name: d.name });

export function decide(g: Gazetteer, input: DecideInput, evidence: string[]): Omit<Location, 'evidence'> {
  const { resolved, z, dateline, signals } = input;
  const cities = new Map<string, CityTally>();
  const provinceScore = new Map<string, number>();
  const provinceNamed = new Set<string>();
  for (const { m, d } of resolved) {
    evidence.push(`${m.why}: ${m.hit.text} → ${d.name}`);
    if (d.cityCode === null) {
      provinceScore.set(d.code, (provinceScore.get(d.code) ?? 0) + m.weight);
      provinceNamed.add(d.code);
      continue;
    }
    const t = cities.get(d.cityCode) ?? { code: d.cityCode, score: 0, first: m.hit.start, matched: new Set(), prominent: false, beyondDateline: false, inLead: false, counties: new Map() };
    const inDateline = m.why.startsWith('dateline');
    t.score += m.weight;
    t.matched.add(inDateline ? dateline!.text : m.hit.text);
    t.beyondDateline ||= !inDateline;
    t.inLead ||= m.zone === 'title' || m.zone === 'first-sentence' || m.zone === 'lead';
    // A national agency's 北京 dateline is its seat, which says nothing about where the news is.
    t.prominent ||= inDateline ? m.weight >= W.dateline : m.zone === 'title' || m.zone === 'first-sentence';
    if (d.level === 'county') t.counties.set(d.code, (t.counties.get(d.code) ?? 0) + m.weight);
    cities.set(d.cityCode, t);
    if (d.provinceCode !== d.cityCode) provinceScore.set(d.provinceCode, (provinceScore.get(d.provinceCode) ?? 0) + m.weight / 2);
  }
  for (const c of new Set(input.priors.map((p) => g.get(p)?.cityCode))) {
    const t = c ? cities.get(c) : undefined;
    if (t) t.score += W.prior;
  }
  for (const t of cities.values()) {
    if (provinceNamed.has(`${t.code.slice(0, 2)}0000`)) t.score += W.provinceNamed;
  }

  const ranked = [...cities.values()].sort((a, b) => b.score - a.score || a.first - b.first);
  const reason = ranked.length ? whyNoCity(g, ranked, provinceNamed, provinceScore, z, signals) : null;
  if (reason) evidence.push(reason);
  const primary = reason === null ? ranked[0] : undefined;

  const cityDivision = primary ? g.get(primary.code)! : null;
  let province: Division | null = cityDivision ? (g.get(cityDivision.provinceCode) ?? null) : null;
  if (!province && !signals.nationalProminent && !signals.foreignProminent) {
    const top = [...provinceScore.entries()].sort((a, b) => b[1] - a[1])[0];
    if (top && top[1] >= W.minimum) province = g.get(top[0]) ?? null;
    else if (!top) {
      // Nothing in the text: the local edition or source still says which province published it.
      const priorProvinces = new Set(input.priors.map((c) => `${c.slice(0, 2)}0000`));
      if (priorProvinces.size === 1) province = g.get([...priorProvinces][0]!) ?? null;
    }
  }
  let county: Division | null = null;
  if (primary) {
    const top = [...primary.counties.entries()].sort((a, b) => b[1] - a[1])[0];
    if (top) county = g.get(top[0]) ?? null;
    evidence.push(`primary city ${cityDivision!.name} (weight ${primary.score.toFixed(1)})`);
  }
  const mentions: CityMention[] = ranked.map((t) => ({ code: t.code, name: g.get(t.code)!.name, role: t === primary ? 'primary' : 'secondary', matched: [...t.matched] }));
  return {
    city: cityDivision ? ref(cityDivision) : null,
    province: province ? ref(province) : null,
    county: county ? ref(county) : null,
    countyCity: county?.tier === 'county' ? ref(county) : null,
    cities: mentions,
  };
}

/** Why the heaviest city is not the item's city, as an evidence line; null when it is. */
function whyNoCity(
  g: Gazetteer,
  ranked: readonly CityTally[],
  provinceNamed: ReadonlySet<string>,
  provinceScore: ReadonlyMap<string, number>,
  z: Zoned,
  s: Signals,
): string | null {
  const primary = ranked[0]!;
  const head = z.text.slice(0, z.firstSentenceEnd);
  const title = z.text.slice(0, z.leadStart);
  const titled = ranked.filter((t) => t.prominent && t.score >= primary.score / 2).length;
  // Places of about the same weight: a joint story, unless one of them clearly leads.
  const peers = ranked.filter((t) => t.prominent && t.score >= primary.score * 0.8).length;
  // Provinces named besides the cities, not the cities' own provinces (辽宁省锦州市 is one place).
  const cityProvinces = new Set(ranked.filter((t) => t.prominent).map((t) => `${t.code.slice(0, 2)}0000`));
  const provinces = [...provinceNamed].filter((p) => !cityProvinces.has(p) && (provinceScore.get(p) ?? 0) >= ZONE_WEIGHT['first-sentence']).length;
  const name = g.get(primary.code)!.name;
  if (primary.score < W.minimum) return `no city: ${name} is only named in passing`;
  if (s.nationalInTitle && ![...primary.matched].some((n) => title.includes(n))) return `no city: a national item (${s.nationalProminent}) with no city in the headline`;
  if (s.nationalProminent && !primary.prominent && !primary.inLead) return `no city: a national item (${s.nationalProminent}) with no city in the headline or lead`;
  if (s.foreignProminent && !primary.prominent) return `no city: a foreign item (${s.foreignProminent}) with no city in the headline or first sentence`;
  if (s.provinceProminent && !primary.beyondDateline) return `no city: a provincial item (${s.provinceProminent}) datelined in ${name}`;
  if (JOINT.test(head) && peers + provinces >= 2) return 'no city: a story about several places together';
  if (titled + provinces >= 3 && (ROUNDUP.test(head) || s.nationalProminent)) return `no city: a round-up of ${titled + provinces} places`;
  return null;
}
