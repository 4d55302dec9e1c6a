// Class scores: each cue that fires adds its weight times the weight of the field it was found in
// (a cue counts once, at its best field). Aux cues only count when a core cue of the class fired, so
// "被罚" alone does not make a breach but strengthens "偷排…被罚". A breach cue right after a negator
// (根治欠薪, 打击非法集资, 从不缺斤短两) describes fighting the breach, not committing it.
import type { CueEntry, CuePolarity } from './lexicon.js';
import { CUE_POLARITIES } from './lexicon.js';
import { gateOpen, type FieldHit, type Reading } from './reading.js';
import type { TextField } from './types.js';

export type FieldWeights = Record<TextField, number>;
export const DEFAULT_FIELD_WEIGHTS: FieldWeights = { title: 1, lead: 0.6, body: 0.3 };

export interface Contribution {
  polarity: CuePolarity;
  label: string;
  w: number;
  field: TextField;
  aux: boolean;
  cue: CueEntry;
}

export interface Scores {
  score: Record<CuePolarity, number>;
  contributions: Record<CuePolarity, Contribution[]>;
  /** Cues cancelled by a negator or past marker just before them, or covered by a rule or list: [by, cue]. */
  negated: [string, string][];
}

/** How far before a cue a negator may end and still govern it (characters). */
const NEGATOR_REACH = 2;

/**
 * Cues a context group cancels when it ends right before them: a negator cancels breach cues (根治欠薪),
 * a past marker cancels an award (昔日“诚信企业”, 被取消“守信企业”资格). A cancelled cue extends the scope to
 * the cue right after it (谨防冒充客服诈骗 cancels both 冒充 and 诈骗).
 */
const CANCELLERS: Partial<Record<CuePolarity, string>> = { breach: 'negator', integrity: 'bygone' };
/** Like CANCELLERS, but reaching to the end of the clause. */
const CLAUSE_CANCELLERS: Partial<Record<CuePolarity, string>> = { breach: 'negatorClause' };
const CLAUSE_END = /[,，。;；!！?？\s]/u;

function sameClause(text: string, from: number, to: number): boolean {
  return !CLAUSE_END.test(text.slice(from, to));
}

function cancelled(r: Reading): Map<FieldHit, FieldHit> {
  const out = new Map<FieldHit, FieldHit>();
  for (const [polarity, group] of Object.entries(CANCELLERS)) {
    const anchors = [...r.groupHits(group)];
    const cues = r.hits
      .filter((h) => h.tag.kind === 'cue' && h.tag.polarity === polarity)
      .sort((a, b) => a.start - b.start);
    for (const hit of cues) {
      const by = anchors.find((n) => n.field === hit.field && n.end <= hit.start && n.end >= hit.start - NEGATOR_REACH);
      if (!by) continue;
      out.set(hit, by);
      anchors.push(hit);
    }
  }
  for (const [polarity, group] of Object.entries(CLAUSE_CANCELLERS)) {
    const anchors = r.groupHits(group);
    for (const hit of r.hits) {
      if (hit.tag.kind !== 'cue' || hit.tag.polarity !== polarity || out.has(hit)) continue;
      const by = anchors.find((n) => n.field === hit.field && n.end <= hit.start && sameClause(r.text[hit.field], n.end, hit.start));
      if (by) out.set(hit, by);
    }
  }
  return out;
}

/** A cue whose `covers` includes this hit's class and whose span holds it (see CueEntry.covers). */
function coveredBy(r: Reading, hit: FieldHit): FieldHit | undefined {
  if (hit.tag.kind !== 'cue') return undefined;
  const polarity = hit.tag.polarity;
  return r.hits.find(
    (h) =>
      h !== hit &&
      h.tag.kind === 'cue' &&
      h.field === hit.field &&
      h.start <= hit.start &&
      h.end >= hit.end &&
      h.end - h.start > hit.end - hit.start &&
      (h.tag.cue.covers ?? []).includes(polarity) &&
      gateOpen(r, h.tag.cue),
  );
}

/** Of overlapping hits of one class in one field, only the heaviest counts (诚信企业 inside 诚信示范企业). */
function withoutOverlaps<T extends { hit: FieldHit; w: number }>(list: T[]): T[] {
  const kept: T[] = [];
  for (const c of [...list].sort((a, b) => b.w - a.w || b.hit.end - b.hit.start - (a.hit.end - a.hit.start))) {
    if (!kept.some((k) => k.hit.field === c.hit.field && k.hit.start < c.hit.end && c.hit.start < k.hit.end)) kept.push(c);
  }
  return kept;
}

export function scoreCues(r: Reading, weights: FieldWeights = DEFAULT_FIELD_WEIGHTS): Scores {
  type Candidate = { hit: FieldHit; cue: CueEntry; polarity: CuePolarity; w: number };
  const cancels = cancelled(r);
  const negated: [string, string][] = [];
  const candidates: Candidate[] = [];
  for (const hit of r.hits) {
    if (hit.tag.kind !== 'cue') continue;
    const { cue, polarity } = hit.tag;
    if (!gateOpen(r, cue)) continue;
    const by = cancels.get(hit) ?? coveredBy(r, hit);
    if (by) {
      negated.push([by.text, hit.text]);
      continue;
    }
    candidates.push({ hit, cue, polarity, w: cue.w * weights[hit.field] });
  }
  const best = new Map<string, Candidate>();
  for (const p of CUE_POLARITIES) {
    for (const c of withoutOverlaps(candidates.filter((x) => x.polarity === p))) {
      const id = (c.hit.tag as { id: string }).id;
      const prev = best.get(id);
      if (!prev || prev.w < c.w) best.set(id, c);
    }
  }
  const score = Object.fromEntries(CUE_POLARITIES.map((p) => [p, 0])) as Record<CuePolarity, number>;
  const contributions = Object.fromEntries(CUE_POLARITIES.map((p) => [p, [] as Contribution[]])) as Record<CuePolarity, Contribution[]>;
  for (const { hit, cue, polarity, w } of best.values()) {
    contributions[polarity].push({ polarity, label: cue.label ?? hit.text, w, field: hit.field, aux: cue.aux === true, cue });
  }
  for (const p of CUE_POLARITIES) {
    const list = contributions[p].sort((a, b) => b.w - a.w);
    const hasCore = list.some((c) => !c.aux);
    contributions[p] = hasCore ? list : [];
    score[p] = contributions[p].reduce((s, c) => s + c.w, 0);
  }
  return { score, contributions, negated };
}
