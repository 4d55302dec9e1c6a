// From matcher hits to weighed place mentions: the words around each name say whether it is a
// place at all (a street, a person, a ministry's local branch) and how much it says about where the
// event happened (dateline, source, acting authority, 在/于, native place).
import type { Gazetteer, NameResolution } from '../../core/gazetteer/types.js';
import type { Hit } from './matcher.js';
import { type Dateline, ZONE_WEIGHT, type Zone, type Zoned } from './text.js';
import { W } from './weights.js';

export interface Mention {
  hit: Hit;
  resolution: NameResolution;
  zone: Zone;
  weight: number;
  why: string;
}

/** What the headline and first sentence say beyond places: national, foreign or provincial items. */
export interface Signals {
  nationalProminent: string | null;
  nationalInTitle: boolean;
  provinceProminent: string | null;
  foreignProminent: string | null;
}

export interface MentionRules {
  gazetteer: Gazetteer;
  street: RegExp;
  actor: RegExp;
  subject: RegExp;
  person: RegExp;
  surnames: ReadonlySet<string>;
  landmarkCode: ReadonlyMap<string, string>;
}

export function findMentions(
  hits: readonly Hit[],
  z: Zoned,
  dateline: Dateline | null,
  source: { name: string; start: number; end: number } | null,
  rules: MentionRules,
  evidence: string[],
): { mentions: Mention[]; signals: Signals } {
  const g = rules.gazetteer;
  const mentions: Mention[] = [];
  const signals: Signals = { nationalProminent: null, nationalInTitle: false, provinceProminent: null, foreignProminent: null };
  hits.forEach((hit, h) => {
    const zoneOf = z.zoneAt(hit.start);
    const prominent = zoneOf === 'title' || zoneOf === 'first-sentence';
    // 中国人民银行西宁中心支行, 国家税务总局苏州市税务局: a national body followed by a place is its local branch.
    if (hit.kind === 'national' && hits[h + 1]?.kind === 'place' && hits[h + 1]!.start === hit.end) {
      evidence.push(`${hit.text}${hits[h + 1]!.text}… is a local branch`);
      return;
    }
    if (hit.kind === 'national') {
      if (prominent) signals.nationalProminent ??= hit.text;
      signals.nationalInTitle ||= zoneOf === 'title';
      return;
    }
    if (hit.kind === 'foreign') {
      if (prominent) signals.foreignProminent ??= hit.text;
      return;
    }
    const landmark = hit.kind === 'blocker' ? rules.landmarkCode.get(hit.text) : undefined;
    if (landmark) {
      const d = g.get(landmark)!;
      const entry = { name: hit.text, form: 'full' as const, division: d };
      const resolution: NameResolution = { name: hit.text, ambiguity: 'unique', entries: [entry], placeCodes: [d.cityCode ?? d.code], preferred: entry };
      mentions.push({ hit, resolution, zone: zoneOf, weight: ZONE_WEIGHT[zoneOf] * W.landmark, why: `${zoneOf}, landmark` });
      return;
    }
    if (hit.kind !== 'place') return;
    const after = z.text.slice(hit.end, hit.end + 8);
    if (rules.street.test(after)) {
      evidence.push(`${hit.text}${after.slice(0, 2)}… is a street name`);
      return;
    }
    // A one-character abbreviation opens a clause (沪出台…, 在穗…, 援鄂…); inside a word it is part of a
    // name (周渝民, 徐湘婷, 鲁豫).
    if (hit.text.length === 1 && !/^(?:|[\s\p{P}\p{S}在来赴驻离抵返留援入进出至回])$/u.test(z.text[hit.start - 1] ?? '')) return;
    const before = hits[h - 1];
    const surname = z.text[hit.start - 1] ?? '';
    if (hit.text.length === 2 && rules.surnames.has(surname) && !(before && before.end > hit.start - 1) && rules.person.test(after.replace(/^[\s：:，,]/u, ''))) {
      evidence.push(`${surname}${hit.text} is a person`);
      return;
    }
    const resolution = g.resolve(hit.text);
    let weight = ZONE_WEIGHT[zoneOf];
    let why: string = zoneOf;
    if (dateline && hit.start >= dateline.start && hit.end <= dateline.end) {
      weight = dateline.national && resolution.placeCodes.includes('110000') ? W.nationalDateline : W.dateline;
      why = `dateline ${dateline.text}`;
    } else if (source && hit.start >= source.start && hit.end <= source.end) {
      weight = W.source;
      why = `source ${source.name}`;
    }
    if (rules.actor.test(after)) {
      weight *= W.actor;
      why += ', acting';
    } else if (/^[在于赴]$/u.test(z.text[hit.start - 1] ?? '')) {
      weight *= W.locative;
      why += ', where';
    } else if (rules.subject.test(after)) {
      weight *= W.subject;
      why += ', concerned';
    }
    if (after.startsWith('籍') || z.text.slice(Math.max(0, hit.start - 2), hit.start) === '来自') {
      weight *= W.nativePlace;
      why += ', where from';
    }
    if (hit.text.length === 1) weight *= W.abbreviation;
    mentions.push({ hit, resolution, zone: zoneOf, weight, why });
    const d0 = resolution.preferred?.division;
    if (prominent && resolution.ambiguity !== 'ambiguous' && d0?.level === 'province' && d0.cityCode === null) signals.provinceProminent ??= hit.text;
  });
  agencySeat(mentions, dateline, evidence);
  return { mentions, signals };
}

/**
 * A national agency's provincial bureau datelines its stories at the bureau's seat (新华社长春…电)
 * whatever city of the province they are about: when the headline or lead names another city of
 * the same province, the dateline is only the seat.
 */
function agencySeat(mentions: Mention[], dateline: Dateline | null, evidence: string[]): void {
  if (!dateline?.national) return;
  const cityOf = (m: Mention) => (m.resolution.ambiguity === 'unique' || m.resolution.ambiguity === 'same-city' ? m.resolution.preferred!.division : undefined);
  for (const seat of mentions.filter((m) => m.why.startsWith('dateline'))) {
    const d = cityOf(seat);
    if (!d?.cityCode) continue;
    const other = mentions.find((m) => {
      const o = cityOf(m);
      return !m.why.startsWith('dateline') && m.zone !== 'body-start' && m.zone !== 'body' && !!o?.cityCode && o.cityCode !== d.cityCode && o.provinceCode === d.provinceCode;
    });
    if (other) {
      seat.weight = Math.min(seat.weight, W.nationalDateline);
      evidence.push(`${dateline.text} is the agency's seat: the story names ${other.hit.text}`);
    }
  }
}
