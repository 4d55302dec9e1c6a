// The gazetteer: China's administrative divisions with codes, names, short names, aliases and tiers.
import type { Tier } from '../types.js';
import { type AliasEntry, DEFAULT_ALIAS_FILE, checkAliases, loadAliasFile } from './aliases.js';
import { buildDivisions, suffixedNamesOf } from './build.js';
import { resolveEntries } from './names.js';
import type { Division, Gazetteer, NameEntry, NameForm, NameResolution } from './types.js';

export type { AliasEntry } from './aliases.js';
export type { Ambiguity, Division, DivisionLevel, Gazetteer, NameEntry, NameForm, NameResolution } from './types.js';

export interface GazetteerOptions {
  /** Nicknames, former names and abbreviations per division (the content of config/gazetteer/aliases.yaml). */
  aliases?: readonly AliasEntry[];
  /** Where the aliases came from, for error messages. */
  aliasSource?: string;
}

export function createGazetteer(opts: GazetteerOptions = {}): Gazetteer {
  const divisions = buildDivisions();
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  checkAliases(opts.aliases ?? [], byCode, opts.aliasSource ?? 'gazetteer aliases');

  const byName = new Map<string, NameEntry[]>();
  const add = (name: string, form: NameForm, division: Division) => {
    const list = byName.get(name) ?? [];
    // One entry per division and name: the first form added (the official name) is the strongest.
    if (!list.some((e) => e.division === division)) list.push({ name, form, division });
    byName.set(name, list);
  };
  for (const d of divisions) {
    add(d.name, 'full', d);
    add(d.shortName, 'short', d);
    for (const n of suffixedNamesOf(d)) add(n, 'suffixed', d);
    d.aliases.push(...suffixedNamesOf(d));
  }
  for (const a of opts.aliases ?? []) {
    const d = byCode.get(a.code)!;
    for (const n of a.nicknames) add(n, 'nickname', d);
    for (const n of a.former) add(n, 'former', d);
    for (const n of a.abbreviations) add(n, 'abbreviation', d);
    d.aliases = [...new Set([...d.aliases, ...a.nicknames, ...a.former, ...a.abbreviations])];
  }

  const names = [...byName.keys()];
  const cities = divisions.filter((d) => d.tier !== null);
  const provinces = divisions.filter((d) => d.level === 'province');
  const resolved = new Map<string, NameResolution>();
  const resolve = (name: string): NameResolution => {
    let r = resolved.get(name);
    if (!r) {
      r = resolveEntries(name, byName.get(name) ?? []);
      resolved.set(name, r);
    }
    return r;
  };
  return {
    size: divisions.length,
    all: () => divisions,
    get: (code) => byCode.get(code),
    lookup: (name) => resolve(name).entries.map((e) => e.division),
    isAmbiguous: (name) => (byName.get(name)?.length ?? 0) > 1,
    names: () => names,
    cities: (tier?: Tier) => (tier ? cities.filter((c) => c.tier === tier) : cities),
    cityOf: (code) => {
      const c = byCode.get(code)?.cityCode;
      return c ? byCode.get(c) : undefined;
    },
    provinceOf: (code) => byCode.get(`${code.slice(0, 2)}0000`),
    provinces: () => provinces,
    entries: (name) => resolve(name).entries,
    resolve,
  };
}

let shared: Gazetteer | undefined;
/** One process-wide gazetteer with the aliases of config/gazetteer/aliases.yaml. */
export function defaultGazetteer(): Gazetteer {
  shared ??= createGazetteer({ aliases: loadAliasFile(), aliasSource: DEFAULT_ALIAS_FILE });
  return shared;
}
