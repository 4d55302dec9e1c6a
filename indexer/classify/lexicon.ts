// The classifier's knowledge is data: config/lexicon/*.yaml, validated here with zod so that a bad edit
// names the file, the entry and what was expected.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError, loadConfigFile } from '../../core/config.js';
import { DOMAINS, SECTORS } from '../../core/types.js';

export const CUE_POLARITIES = ['breach', 'integrity', 'policy', 'implementation', 'response'] as const;
export type CuePolarity = (typeof CUE_POLARITIES)[number];

const validRegex = (s: string) => {
  try {
    new RegExp(s, 'u');
    return true;
  } catch {
    // The boolean is the answer: zod turns it into the message below.
    return false;
  }
};

/** A way to find a cue in text: one literal, several literals, or a regular expression. */
const matchSpec = {
  term: z.string().min(1).optional(),
  terms: z.array(z.string().min(1)).min(1).optional(),
  re: z.string().min(1).refine(validRegex, 'not a valid regular expression').optional(),
  /** How the cue is named in evidence (defaults to the matched text). */
  label: z.string().optional(),
};
const needsOneMatcher = (e: { term?: string; terms?: string[]; re?: string }) =>
  [e.term, e.terms, e.re].filter((x) => x !== undefined).length === 1;
const matcherMessage = { message: 'give exactly one of term, terms or re' };

const contextGate = {
  /** Counts only if a cue of each named context group is also in the text. */
  with: z.array(z.string()).optional(),
  /** Counts only if no cue of these context groups is in the text. */
  without: z.array(z.string()).optional(),
};

const cueSchema = z
  .object({
    ...matchSpec,
    ...contextGate,
    w: z.number().positive().max(10),
    /** Supporting cue: adds to its class only when a non-aux cue of that class is present. */
    aux: z.boolean().optional(),
    /** Sector this cue also suggests (with the same weight). */
    sector: z.enum(SECTORS).optional(),
    /**
     * Cues of these classes inside this cue's span are its subject, not events: the breach words in
     * 《拖欠农民工工资黑名单管理办法》 or 公布欠薪失信名单 name what the rule or the list is about.
     */
    covers: z.array(z.enum(CUE_POLARITIES)).optional(),
    /** Domain this cue also suggests (with the same weight), e.g. 老赖 → judicial. */
    domain: z.enum(DOMAINS).optional(),
  })
  .strict()
  .refine(needsOneMatcher, matcherMessage);

const groupEntrySchema = z.object({ ...matchSpec }).strict().refine(needsOneMatcher, matcherMessage);

const sectorTermSchema = z
  .object({ ...matchSpec, ...contextGate, sector: z.enum(SECTORS), w: z.number().positive().max(10) })
  .strict()
  .refine(needsOneMatcher, matcherMessage);

const domainHintSchema = z
  .object({
    ...matchSpec,
    ...contextGate,
    domain: z.enum(DOMAINS),
    w: z.number().positive().max(10),
    /**
     * 'actor' hints name who acted (县政府, 法官). They decide the domain of a breach or an award, but not of
     * a rule, credit work or a response, where the government is always the one acting.
     */
    role: z.enum(['actor', 'topic']).default('topic'),
    /** Only for items of these classes (e.g. a government is an awarder, not the awardee, of an honour). */
    for: z.array(z.enum(CUE_POLARITIES)).optional(),
  })
  .strict()
  .refine(needsOneMatcher, matcherMessage);

/** An object with exactly these keys, each holding a `value`. */
function recordOf<K extends string, V extends z.ZodTypeAny>(keys: readonly K[], value: V) {
  return z.object(Object.fromEntries(keys.map((k) => [k, value])) as unknown as { [P in K]: V }).strict();
}

export const cuesFileSchema = recordOf(CUE_POLARITIES, z.array(cueSchema));

export const groupsFileSchema = z.record(z.string().regex(/^[a-zA-Z]+$/, 'group names are ASCII letters'), z.array(groupEntrySchema));

export const sectorsFileSchema = z
  .object({
    /** The 纲要 grouping: the domain a sector belongs to unless an actor says otherwise. */
    defaultDomain: recordOf(SECTORS, z.enum(DOMAINS)),
    /** Domain of an item whose sector is 'other', by polarity, before hints. */
    genericDomain: recordOf(CUE_POLARITIES, z.enum(DOMAINS)),
    terms: z.array(sectorTermSchema),
    domainHints: z.array(domainHintSchema),
  })
  .strict();

export const severityFileSchema = z
  .object({
    terms: z.array(z.object({ ...matchSpec, w: z.number().min(-1).max(1) }).strict().refine(needsOneMatcher, matcherMessage)),
  })
  .strict();

export const calibrationFileSchema = z
  .object({
    /** Logistic calibration per decision path: confidence = 1 / (1 + exp(-(a·margin + b))). */
    paths: z.record(z.string(), z.object({ a: z.number(), b: z.number() }).strict()),
    fittedOn: z.string(),
  })
  .strict();

export type CueEntry = z.infer<typeof cueSchema>;
export type GroupEntry = z.infer<typeof groupEntrySchema>;
export type SectorTerm = z.infer<typeof sectorTermSchema>;
export type DomainHint = z.infer<typeof domainHintSchema>;

export interface Lexicon {
  cues: z.infer<typeof cuesFileSchema>;
  groups: z.infer<typeof groupsFileSchema>;
  sectors: z.infer<typeof sectorsFileSchema>;
  severity: z.infer<typeof severityFileSchema>;
  calibration: z.infer<typeof calibrationFileSchema>;
}

/** Context groups the classifier's rules refer to by name; the lexicon must define each. */
export const REQUIRED_GROUPS = [
  'creditTopic',
  'negator',
  'opinion',
  'history',
  'historyNow',
  'denial',
  'cardProduct',
  'cardExempt',
  'securities',
  'marketFraud',
  'foreign',
  'chinaAnchor',
  'incident',
  'government',
  'bygone',
  'leader',
  'misconduct',
  'rhetoric',
  'exposure',
  'negatorClause',
  'namedList',
  'followUp',
  'dateline',
] as const;

export const DEFAULT_LEXICON_DIR = fileURLToPath(new URL('../../config/lexicon/', import.meta.url));

export function loadLexicon(dir: string = DEFAULT_LEXICON_DIR): Lexicon {
  const file = (name: string) => join(dir, name);
  const groups = loadConfigFile(groupsFileSchema, file('groups.yaml'));
  const missing = REQUIRED_GROUPS.filter((g) => !(g in groups));
  if (missing.length) throw new ConfigError(file('groups.yaml'), missing.map((g) => `${g}: required group is missing`));
  const cues = loadConfigFile(cuesFileSchema, file('cues.yaml'));
  const sectors = loadConfigFile(sectorsFileSchema, file('sectors.yaml'));
  const gated = [
    ...CUE_POLARITIES.flatMap((p) => cues[p].map((c, i) => ({ where: `${p}.${i}`, c, f: 'cues.yaml' }))),
    ...sectors.terms.map((c, i) => ({ where: `terms.${i}`, c, f: 'sectors.yaml' })),
    ...sectors.domainHints.map((c, i) => ({ where: `domainHints.${i}`, c, f: 'sectors.yaml' })),
  ];
  for (const { where, c, f } of gated) {
    const unknown = [...(c.with ?? []), ...(c.without ?? [])].filter((g) => !(g in groups));
    if (unknown.length) throw new ConfigError(file(f), unknown.map((g) => `${where}: unknown context group '${g}'`));
  }
  const calibrationFile = file('calibration.yaml');
  return {
    groups,
    cues,
    sectors,
    severity: loadConfigFile(severityFileSchema, file('severity.yaml')),
    calibration: existsSync(calibrationFile)
      ? loadConfigFile(calibrationFileSchema, calibrationFile)
      : { paths: {}, fittedOn: 'none' },
  };
}
