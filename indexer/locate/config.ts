// The data city attribution reads: config/gazetteer/locate.yaml (the language around place names)
// and config/gazetteer/local-editions.yaml (provincial channels of national sites). Checked against
// the gazetteer on load, so a misspelt name or code is reported instead of silently never matching.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError, loadConfigFile } from '../../core/config.js';
import type { Gazetteer } from '../../core/gazetteer/types.js';

const word = z.string().regex(/^[\u3400-\u9fff]+$/u, 'Chinese characters only');
const code = z.string().regex(/^\d{6}$/, 'a 6-digit GB/T 2260 code');

export const LocateConfigSchema = z
  .object({
    ignoredNames: z.array(word).default([]),
    weakNames: z.array(word).default([]),
    commonWords: z.array(word).default([]),
    blockers: z.array(word.min(2)).default([]),
    landmarks: z.array(z.object({ name: word.min(2), code, note: z.string().optional() }).strict()).default([]),
    streetSuffixes: z.array(word).default([]),
    nationalCues: z.array(word.min(2)).default([]),
    foreign: z.array(word.min(2)).default([]),
    foreignExcluded: z.array(word).default([]),
    surnames: z.string().regex(/^[\u3400-\u9fff]*$/u, 'Chinese characters only').default(''),
    personCues: z.array(word).default([]),
    actorCues: z.array(word).default([]),
    subjectCues: z.array(word).default([]),
    media: z.array(z.object({ name: word.min(2), code, note: z.string().optional() }).strict()).default([]),
  })
  .strict();
export type LocateConfig = z.output<typeof LocateConfigSchema>;

export const LocalEditionSchema = z
  .object({
    /** The URL's host or a parent domain of it. */
    host: z.string().regex(/^[a-z0-9.-]+$/, 'a lower-case host name'),
    pathPrefix: z.string().startsWith('/').optional(),
    code,
    note: z.string().optional(),
  })
  .strict();
export type LocalEdition = z.output<typeof LocalEditionSchema>;
export const LocalEditionFileSchema = z.object({ verified: z.boolean(), editions: z.array(LocalEditionSchema) }).strict();

const configFile = (name: string) => fileURLToPath(new URL(`../../config/gazetteer/${name}`, import.meta.url));
export const DEFAULT_LOCATE_FILE = configFile('locate.yaml');
export const DEFAULT_LOCAL_EDITIONS_FILE = configFile('local-editions.yaml');

/** Loads and checks config/gazetteer/locate.yaml: every ignored or weak name must be a gazetteer name, every media code a division. */
export function loadLocateConfig(gazetteer: Gazetteer, file = DEFAULT_LOCATE_FILE): LocateConfig {
  const config = loadConfigFile(LocateConfigSchema, file);
  const problems: string[] = [];
  for (const key of ['ignoredNames', 'weakNames', 'commonWords'] as const) {
    config[key].forEach((n, i) => {
      if (gazetteer.resolve(n).ambiguity === 'unknown') problems.push(`${key}.${i}: '${n}' is not a place name of the gazetteer`);
    });
  }
  for (const key of ['media', 'landmarks'] as const) {
    config[key].forEach((m, i) => {
      if (!gazetteer.get(m.code)) problems.push(`${key}.${i}.code: no division has code ${m.code}`);
    });
  }
  if (problems.length) throw new ConfigError(file, problems);
  return config;
}

export function loadLocalEditions(gazetteer: Gazetteer, file = DEFAULT_LOCAL_EDITIONS_FILE): LocalEdition[] {
  const { editions } = loadConfigFile(LocalEditionFileSchema, file);
  const problems = editions.flatMap((e, i) => (gazetteer.get(e.code) ? [] : [`editions.${i}.code: no division has code ${e.code}`]));
  if (problems.length) throw new ConfigError(file, problems);
  return editions;
}
