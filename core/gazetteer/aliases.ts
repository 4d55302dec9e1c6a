// Aliases are data (config/gazetteer/aliases.yaml): nicknames, former names and one-character
// abbreviations that news uses for a division. Each entry names its division by code and official
// name, so a typo in either is caught when the gazetteer is built.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError, loadConfigFile } from '../config.js';
import type { Division } from './types.js';

const chineseName = z.string().regex(/^[\u3400-\u9fff]+$/u, 'Chinese characters only');

export const AliasEntrySchema = z
  .object({
    /** 6-digit GB/T 2260 code of the division the names refer to. */
    code: z.string().regex(/^\d{6}$/, 'a 6-digit GB/T 2260 code'),
    /** The division's official name, repeated as a check on the code. */
    name: chineseName,
    /** 别称 used in news: 鹏城, 羊城. At least two characters. */
    nicknames: z.array(chineseName.min(2)).default([]),
    /** Names the division had before a renaming or merger: 襄樊. */
    former: z.array(chineseName.min(2)).default([]),
    /** One-character 简称 that is only ever this place in news: 沪, 粤. */
    abbreviations: z.array(chineseName.length(1)).default([]),
    note: z.string().optional(),
  })
  .strict();
export type AliasEntry = z.output<typeof AliasEntrySchema>;

export const AliasFileSchema = z.object({ aliases: z.array(AliasEntrySchema) }).strict();

export const DEFAULT_ALIAS_FILE = fileURLToPath(new URL('../../config/gazetteer/aliases.yaml', import.meta.url));

export function loadAliasFile(file = DEFAULT_ALIAS_FILE): AliasEntry[] {
  return loadConfigFile(AliasFileSchema, file).aliases;
}

/** Checks every entry against the divisions; problems name the entry so a user can fix the file. */
export function checkAliases(entries: readonly AliasEntry[], byCode: ReadonlyMap<string, Division>, file: string): void {
  const problems: string[] = [];
  entries.forEach((e, i) => {
    const d = byCode.get(e.code);
    if (!d) problems.push(`aliases.${i}.code: no division has code ${e.code} (${e.name})`);
    else if (d.name !== e.name) problems.push(`aliases.${i}.name: code ${e.code} is ${d.name}, not ${e.name}`);
  });
  if (problems.length) throw new ConfigError(file, problems);
}
