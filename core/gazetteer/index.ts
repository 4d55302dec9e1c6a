// The gazetteer: China's administrative divisions with codes, names, short names, aliases and tiers.
import type { Tier } from '../types.js';
import { buildDivisions } from './build.js';
import type { Division, Gazetteer } from './types.js';

export type { Division, DivisionLevel, Gazetteer } from './types.js';

export interface GazetteerOptions {
  /** Extra names per code (nicknames, former names), e.g. { '320500': ['姑苏'] }. */
  aliases?: Record<string, string[]>;
}

export function createGazetteer(opts: GazetteerOptions = {}): Gazetteer {
  const divisions = buildDivisions();
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  for (const [code, names] of Object.entries(opts.aliases ?? {})) {
    const d = byCode.get(code);
    if (!d) throw new Error(`gazetteer alias for unknown code ${code}`);
    d.aliases = [...new Set([...d.aliases, ...names])];
  }
  const byName = new Map<string, Division[]>();
  for (const d of divisions) {
    for (const n of new Set([d.name, d.shortName, ...d.aliases])) {
      const list = byName.get(n) ?? [];
      list.push(d);
      byName.set(n, list);
    }
  }
  const names = [...byName.keys()];
  const cities = divisions.filter((d) => d.tier !== null);
  return {
    size: divisions.length,
    all: () => divisions,
    get: (code) => byCode.get(code),
    lookup: (name) => byName.get(name) ?? [],
    isAmbiguous: (name) => (byName.get(name)?.length ?? 0) > 1,
    names: () => names,
    cities: (tier?: Tier) => (tier ? cities.filter((c) => c.tier === tier) : cities),
    cityOf: (code) => {
      const c = byCode.get(code)?.cityCode;
      return c ? byCode.get(c) : undefined;
    },
    provinceOf: (code) => byCode.get(`${code.slice(0, 2)}0000`),
  };
}

let shared: Gazetteer | undefined;
/** One process-wide gazetteer (building it takes a few milliseconds and some memory). */
export function defaultGazetteer(): Gazetteer {
  shared ??= createGazetteer();
  return shared;
}
