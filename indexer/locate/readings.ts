// Each mention settles on one reading of its name, or is dropped. The places the text names without
// doubt (and the priors: local edition, source, outlet) are the context that settles ambiguous names
// (朝阳 beside 北京 is 朝阳区) and that weak names (common words such as 公安) need to count at all.
import type { Division, Gazetteer, NameEntry } from '../../core/gazetteer/types.js';
import { CAPITAL_TIER } from '../../core/gazetteer/tiers.js';
import type { Mention } from './mentions.js';

export interface ReadingRules {
  gazetteer: Gazetteer;
  /** Names that need support (weakNames and commonWords of config/gazetteer/locate.yaml). */
  weak: ReadonlySet<string>;
  /** Names that only their own city supports (commonWords). */
  common: ReadonlySet<string>;
}

export interface Resolved {
  m: Mention;
  d: Division;
}

/** Names listed together (北京、天津、河北) are of one kind: a province among provinces is a province. */
const LIST_SEPARATOR = /^[、，,和与及]$/u;

export function settleReadings(mentions: readonly Mention[], text: string, priors: readonly string[], rules: ReadingRules, evidence: string[]): Resolved[] {
  const g = rules.gazetteer;
  const ctxCity = new Set<string>();
  const ctxProvince = new Set<string>();
  const priorProvinces = new Set(priors.map((c) => `${c.slice(0, 2)}0000`));
  for (const m of mentions) {
    if (rules.weak.has(m.hit.text)) continue;
    const r = m.resolution;
    if (r.ambiguity === 'unique' || r.ambiguity === 'same-city') {
      const d = r.preferred!.division;
      ctxProvince.add(d.provinceCode);
      if (d.cityCode) ctxCity.add(d.cityCode);
    } else if (r.ambiguity === 'nested') ctxProvince.add(r.preferred!.division.provinceCode);
  }
  for (const p of priorProvinces) ctxProvince.add(p);
  for (const c of priors) {
    const city = g.get(c)?.cityCode;
    if (city) ctxCity.add(city);
  }

  const resolved: Resolved[] = [];
  mentions.forEach((m, i) => {
    const listedWithProvince = [mentions[i - 1], mentions[i + 1]].some(
      (n) =>
        n &&
        LIST_SEPARATOR.test(text.slice(Math.min(n.hit.end, m.hit.end), Math.max(n.hit.start, m.hit.start))) &&
        n.resolution.ambiguity !== 'ambiguous' &&
        n.resolution.preferred?.division.level === 'province',
    );
    const entry =
      m.resolution.ambiguity === 'same-city'
        ? (seatReading(m.resolution.entries) ?? m.resolution.preferred)
        : chooseReading(m.resolution.entries, ctxCity, ctxProvince, priorProvinces, listedWithProvince);
    if (!entry) return;
    const d = entry.division;
    if (m.resolution.ambiguity === 'ambiguous' || m.resolution.ambiguity === 'nested') {
      evidence.push(`${m.hit.text} read as ${d.name}${d.cityCode && d.cityCode !== d.code ? ` (${g.get(d.cityCode)!.name})` : ''}`);
    }
    if (rules.weak.has(m.hit.text)) {
      const prev = mentions[i - 1];
      const adjacent = prev && prev.hit.end === m.hit.start ? prev.resolution.preferred?.division : undefined;
      const byCity = !!d.cityCode && d.cityCode !== d.code && (ctxCity.has(d.cityCode) || adjacent?.code === d.cityCode);
      const byProvince =
        !rules.common.has(m.hit.text) &&
        (adjacent?.code === d.provinceCode || priorProvinces.has(d.provinceCode) || (d.level === 'prefecture' && ctxProvince.has(d.provinceCode)));
      // A headline that opens with the name acting (石狮印发…, 玉环一企业…) is about that place; a name that
      // merely opens it (老城记忆｜…) is not.
      const opensHeadline =
        !rules.common.has(m.hit.text) &&
        m.zone === 'title' &&
        /, (acting|concerned)/u.test(m.why) &&
        /^[\s：:“”"|｜]?$/u.test(text.slice(Math.max(0, m.hit.start - 1), m.hit.start));
      if (!byCity && !byProvince && !opensHeadline) {
        evidence.push(`${m.hit.text} not taken as a place: nothing in the text supports ${d.name}`);
        return;
      }
    }
    resolved.push({ m, d });
  });
  return resolved;
}

/**
 * 昌吉 is 昌吉回族自治州 and its seat 昌吉市; news names an autonomous prefecture, a 地区 or a 盟 with its
 * unit word (昌吉州, 喀什地区), so the bare name is read as the county-level city of the seat.
 */
function seatReading(entries: readonly NameEntry[]): NameEntry | undefined {
  const prefecture = entries.find((e) => e.division.level === 'prefecture');
  if (!prefecture || prefecture.division.kind === 'city' || prefecture.form === 'full') return undefined;
  return entries.find((e) => e.division.kind === 'county-city' && e.division.cityCode === prefecture.division.code);
}

/**
 * The reading of a name that fits the text: a reading in a city the text names wins, then one in a
 * province it names, then one in the province of the site's local edition; otherwise the preferred
 * reading (the higher administrative level, then a district of a first-tier city). A name listed next
 * to a province is read as a province.
 */
/** Without context, of two districts the one in a first-tier city is the likelier (南山区: 深圳 rather than 鹤岗). */
function biggerCitiesFirst(entries: readonly NameEntry[]): NameEntry[] {
  const big = (e: NameEntry) => (e.division.cityCode && CAPITAL_TIER.has(e.division.cityCode) ? 1 : 0);
  const out: NameEntry[] = [];
  for (let i = 0; i < entries.length; ) {
    let j = i;
    while (j < entries.length && entries[j]!.division.kind === entries[i]!.division.kind) j++;
    out.push(...entries.slice(i, j).sort((a, b) => big(b) - big(a)));
    i = j;
  }
  return out;
}

function chooseReading(
  entries: readonly NameEntry[],
  ctxCity: ReadonlySet<string>,
  ctxProvince: ReadonlySet<string>,
  priorProvinces: ReadonlySet<string>,
  listedWithProvince: boolean,
): NameEntry | undefined {
  let best: NameEntry | undefined;
  let bestScore = -Infinity;
  biggerCitiesFirst(entries).forEach((e, i) => {
    const d = e.division;
    const score =
      (d.cityCode && ctxCity.has(d.cityCode) ? 3 : 0) +
      (ctxProvince.has(d.provinceCode) ? 2 : 0) +
      (priorProvinces.has(d.provinceCode) ? 1.5 : 0) +
      (listedWithProvince && d.level === 'province' ? 6 : 0) -
      i * 0.25;
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  });
  return best;
}
