// A "reading" of one article: every lexicon entry found in its title, lead and body, with helpers the
// rules use (is a context group present, which cues of a class fired and how strongly).
import type { CueEntry, CuePolarity, DomainHint, GroupEntry, Lexicon, SectorTerm } from './lexicon.js';
import { CUE_POLARITIES } from './lexicon.js';
import { createMatcher, type Matcher, type Pattern } from './matcher.js';
import type { ClassifyInput, TextField } from './types.js';

export type Tagged =
  | { kind: 'cue'; id: string; polarity: CuePolarity; cue: CueEntry }
  | { kind: 'group'; id: string; group: string; entry: GroupEntry }
  | { kind: 'sector'; id: string; term: SectorTerm }
  | { kind: 'domain'; id: string; hint: DomainHint }
  | { kind: 'severity'; id: string; w: number };

export interface FieldHit {
  tag: Tagged;
  field: TextField;
  start: number;
  end: number;
  text: string;
}

export interface TextLimits {
  title: number;
  lead: number;
  body: number;
}

export const DEFAULT_LIMITS: TextLimits = { title: 300, lead: 1000, body: 3000 };

export interface Reading {
  text: Record<TextField, string>;
  hits: FieldHit[];
  /** Is any cue of the context group in the given fields (all fields by default)? */
  has(group: string, fields?: readonly TextField[]): boolean;
  groupHits(group: string, fields?: readonly TextField[]): FieldHit[];
}

export interface CompiledLexicon {
  lexicon: Lexicon;
  matcher: Matcher<Tagged>;
}

function patternOf(e: { term?: string; terms?: string[]; re?: string }): Pattern {
  return e.re !== undefined ? { re: e.re } : { literals: e.term !== undefined ? [e.term] : (e.terms ?? []) };
}

/** Compile the lexicon; `extraGroups` adds literal cues to context groups (e.g. gazetteer place names). */
export function compileLexicon(lexicon: Lexicon, extraGroups: Record<string, readonly string[]> = {}): CompiledLexicon {
  const entries: { pattern: Pattern; entry: Tagged }[] = [];
  for (const p of CUE_POLARITIES) {
    lexicon.cues[p].forEach((cue, i) => entries.push({ pattern: patternOf(cue), entry: { kind: 'cue', id: `${p}.${i}`, polarity: p, cue } }));
  }
  for (const [group, list] of Object.entries(lexicon.groups)) {
    list.forEach((entry, i) => entries.push({ pattern: patternOf(entry), entry: { kind: 'group', id: `${group}.${i}`, group, entry } }));
  }
  for (const [group, names] of Object.entries(extraGroups)) {
    if (names.length === 0) continue;
    const entry = { terms: [...names] };
    entries.push({ pattern: { literals: names }, entry: { kind: 'group', id: `${group}.extra`, group, entry } });
  }
  lexicon.sectors.terms.forEach((term, i) => entries.push({ pattern: patternOf(term), entry: { kind: 'sector', id: `sector.${i}`, term } }));
  lexicon.sectors.domainHints.forEach((hint, i) => entries.push({ pattern: patternOf(hint), entry: { kind: 'domain', id: `domain.${i}`, hint } }));
  lexicon.severity.terms.forEach((t, i) => entries.push({ pattern: patternOf(t), entry: { kind: 'severity', id: `severity.${i}`, w: t.w } }));
  return { lexicon, matcher: createMatcher(entries) };
}

/** Full-width forms to ASCII (NFKC), whitespace runs to one space, each field capped. */
export function normalise(text: string | undefined, limit: number): string {
  if (!text) return '';
  return text.slice(0, limit * 2).normalize('NFKC').replace(/\s+/gu, ' ').trim().slice(0, limit);
}

const FIELDS: readonly TextField[] = ['title', 'lead', 'body'];

export function read(compiled: CompiledLexicon, input: ClassifyInput, limits: TextLimits = DEFAULT_LIMITS): Reading {
  const text: Record<TextField, string> = {
    title: normalise(input.title, limits.title),
    lead: normalise(input.lead, limits.lead),
    body: normalise(input.body, limits.body),
  };
  const hits: FieldHit[] = [];
  for (const field of FIELDS) {
    if (!text[field]) continue;
    for (const h of compiled.matcher.find(text[field])) hits.push({ ...h, tag: h.entry, field });
  }
  const byGroup = new Map<string, FieldHit[]>();
  for (const h of hits) {
    if (h.tag.kind !== 'group') continue;
    const list = byGroup.get(h.tag.group) ?? [];
    list.push(h);
    byGroup.set(h.tag.group, list);
  }
  const groupHits = (group: string, fields: readonly TextField[] = FIELDS) =>
    (byGroup.get(group) ?? []).filter((h) => fields.includes(h.field));
  return { text, hits, groupHits, has: (group, fields) => groupHits(group, fields).length > 0 };
}

/** Does an entry's with/without context gate let it count in this reading? */
export function gateOpen(r: Reading, gate: { with?: string[]; without?: string[] }): boolean {
  return (gate.with ?? []).every((g) => r.has(g)) && !(gate.without ?? []).some((g) => r.has(g));
}
