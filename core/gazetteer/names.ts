// Classifies what a bare place name can mean (see Ambiguity in types.ts), and orders its readings
// so that the reading to take without context comes first.
import type { Ambiguity, Division, NameEntry, NameForm, NameResolution } from './types.js';

const LEVEL_RANK: Record<string, number> = {
  province: 0,
  municipality: 0,
  'autonomous-region': 0,
  sar: 0,
  city: 1,
  prefecture: 1,
  'autonomous-prefecture': 1,
  league: 1,
  'county-city': 2,
  county: 3,
  banner: 3,
  other: 3,
  district: 4,
};
const FORM_RANK: Record<NameForm, number> = { full: 0, short: 1, suffixed: 2, nickname: 3, former: 4, abbreviation: 5 };

/** The place a division attributes to: its city, or the province itself for a province reading. */
export function placeCodeOf(d: Division): string {
  return d.cityCode ?? d.provinceCode;
}

function byPreference(a: NameEntry, b: NameEntry): number {
  return (
    (LEVEL_RANK[a.division.kind] ?? 3) - (LEVEL_RANK[b.division.kind] ?? 3) ||
    FORM_RANK[a.form] - FORM_RANK[b.form] ||
    a.division.code.localeCompare(b.division.code)
  );
}

export function resolveEntries(name: string, entries: readonly NameEntry[]): NameResolution {
  const sorted = [...entries].sort(byPreference);
  const placeCodes = [...new Set(sorted.map((e) => placeCodeOf(e.division)))];
  return { name, ambiguity: ambiguityOf(sorted, placeCodes), entries: sorted, placeCodes, preferred: sorted[0] };
}

function ambiguityOf(entries: readonly NameEntry[], placeCodes: readonly string[]): Ambiguity {
  if (entries.length === 0) return 'unknown';
  if (entries.length === 1) return 'unique';
  if (placeCodes.length === 1) return 'same-city';
  const provinces = entries.filter((e) => e.division.level === 'province' && e.division.cityCode === null);
  if (provinces.length === 1 && entries.every((e) => e.division.provinceCode === provinces[0]!.division.code)) return 'nested';
  return 'ambiguous';
}
