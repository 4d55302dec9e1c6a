// The world's cities: drawn from the gazetteer across the three ranking tiers, each with a latent
// credit quality that drives how often breaches happen there.
import type { Division, Gazetteer } from '../../core/gazetteer/index.js';
import { MUNICIPALITIES, PROVINCIAL_CAPITALS } from '../../core/gazetteer/tiers.js';
import type { Tier } from '../../core/types.js';
import type { Rng } from './rng.js';

export interface WorldCity {
  code: string;
  name: string;
  shortName: string;
  tier: Tier;
  province: Division;
  /** For a county-level city, the prefecture it sits in (for 苏州昆山-style mentions). */
  prefecture: Division | null;
  /** In [0, 1]: higher means fewer breaches, more integrity news and better credit work. */
  latentQuality: number;
  /** Districts and counties news may name instead of the city (never a county-level city). */
  subPlaces: string[];
  /** True when subPlaces are real divisions whose names point to this city alone. */
  subPlacesIdentify: boolean;
  /** Where a national agency's provincial bureau files from (新华社南京…电 for a 苏州 story). */
  bureauCity: string;
}

export interface CityCounts {
  capital: number;
  prefecture: number;
  county: number;
}

const GENERIC_SUBPLACES = ['城东街道', '城西街道', '城南街道', '城北街道', '经济开发区', '高新区', '工业园区'];

export function pickCities(gaz: Gazetteer, rng: Rng, counts: CityCounts): WorldCity[] {
  const out: WorldCity[] = [];
  for (const tier of ['capital', 'prefecture', 'county'] as const) {
    // Sorting by code first keeps the draw independent of the gazetteer's internal order.
    const pool = [...gaz.cities(tier)].sort((a, b) => a.code.localeCompare(b.code));
    for (const d of rng.sample(pool, counts[tier])) out.push(toWorldCity(gaz, d, tier, rng));
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

function toWorldCity(gaz: Gazetteer, d: Division, tier: Tier, rng: Rng): WorldCity {
  const province = gaz.get(d.provinceCode);
  if (!province) throw new Error(`gazetteer has no province for ${d.code}`);
  const prefecture = tier === 'county' && d.parentCode && d.parentCode !== d.provinceCode ? (gaz.get(d.parentCode) ?? null) : null;
  const children = gaz
    .all()
    .filter((c) => c.level === 'county' && c.parentCode === d.code && c.kind !== 'county-city' && c.kind !== 'other')
    // A story naming only 鼓楼区 could be in four cities: keep names the gazetteer resolves uniquely.
    .filter((c) => gaz.lookup(c.name).length === 1)
    .map((c) => c.name);
  const tierShift = tier === 'capital' ? 0.06 : tier === 'county' ? -0.03 : 0;
  const q = Math.min(0.97, Math.max(0.05, 0.55 + tierShift + 0.18 * rng.normal()));
  return {
    code: d.code,
    name: d.name,
    shortName: d.shortName,
    tier,
    province,
    prefecture,
    latentQuality: Math.round(q * 1000) / 1000,
    subPlaces: children.length ? children : GENERIC_SUBPLACES,
    subPlacesIdentify: children.length > 0,
    bureauCity: bureauCityOf(gaz, d),
  };
}

function bureauCityOf(gaz: Gazetteer, d: Division): string {
  if ((MUNICIPALITIES as readonly string[]).includes(d.provinceCode)) return gaz.get(d.provinceCode)?.shortName ?? d.shortName;
  const capital = PROVINCIAL_CAPITALS.find((c) => c.startsWith(d.provinceCode.slice(0, 2)));
  return (capital && gaz.get(capital)?.shortName) || d.shortName;
}
