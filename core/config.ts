// Configuration is data: YAML or JSON files validated on load. Errors name the file, the key and
// what was expected, so a user can fix them without reading code.
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`invalid configuration in ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parse YAML or JSON text; the file name is only used for messages and to choose the parser. */
export function parseConfigText(text: string, file: string): unknown {
  try {
    return extname(file) === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new ConfigError(file, [`cannot parse: ${(e as Error).message}`]);
  }
}

export function validateConfig<S extends z.ZodTypeAny>(schema: S, data: unknown, file: string): z.output<S> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  throw new ConfigError(file, r.error.issues.map(describeIssue));
}

export function loadConfigFile<S extends z.ZodTypeAny>(schema: S, file: string): z.output<S> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(file, [`cannot read: ${(e as Error).message}`]);
  }
  return validateConfig(schema, parseConfigText(text, file), file);
}

/** Load every .yaml/.yml/.json file of a folder, sorted by name. */
export function loadConfigDir<S extends z.ZodTypeAny>(schema: S, dir: string): { file: string; value: z.output<S> }[] {
  return readdirSync(dir)
    .filter((f) => ['.yaml', '.yml', '.json'].includes(extname(f)))
    .sort()
    .map((f) => ({ file: join(dir, f), value: loadConfigFile(schema, join(dir, f)) }));
}

function describeIssue(issue: z.ZodIssue): string {
  const key = issue.path.length ? issue.path.join('.') : '(top level)';
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined'
        ? `${key}: required, expected ${issue.expected}`
        : `${key}: expected ${issue.expected}, got ${issue.received}`;
    case 'unrecognized_keys':
      return `${key}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    case 'invalid_enum_value':
      return `${key}: expected one of ${issue.options.map((o) => `'${String(o)}'`).join(', ')}, got '${String(issue.received)}'`;
    default:
      return `${key}: ${issue.message}`;
  }
}
