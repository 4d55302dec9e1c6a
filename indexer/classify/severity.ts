// Severity of a reported breach (0–1): deaths weigh most, then money involved, then scale and who the
// actor is. Words that raise or lower it (特大, 多地, 死缓…) are lexicon data; numbers are read here.
import type { CreditDomain } from '../../core/types.js';
import type { Reading } from './reading.js';

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 12, 十二, 二十三, 数十 → a number; unknown words → 0. */
export function parseCount(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '数十' || s === '几十') return 30;
  const m = /^([一二两三四五六七八九])?(十)?([一二两三四五六七八九])?$/.exec(s);
  if (!m || s === '') return 0;
  const [, tens, ten, ones] = m;
  if (!ten) return DIGITS[tens ?? ''] ?? 0;
  return (tens ? (DIGITS[tens] ?? 1) : 1) * 10 + (ones ? (DIGITS[ones] ?? 0) : 0);
}

const NUM = '(\\d+|[一二两三四五六七八九十]+|数十|几十)';
const DEATHS = [
  new RegExp(`${NUM}(?:名|人|位)?[^，。,;；]{0,4}(?:死亡|遇难|身亡|丧生)`, 'gu'),
  new RegExp(`致${NUM}(?:人)?死`, 'gu'),
  new RegExp(`${NUM}死`, 'gu'),
];
const MONEY = /(\d+(?:\.\d+)?)\s*(万|亿)(?:余)?元?/gu;

export interface Severity {
  value: number;
  evidence: string[];
}

export function severityOf(r: Reading, domain: CreditDomain | null): Severity {
  const text = `${r.text.title} ${r.text.lead}`;
  const evidence: string[] = [];
  let v = 0.2;
  let deaths = 0;
  for (const re of DEATHS) for (const m of text.matchAll(re)) deaths = Math.max(deaths, parseCount(m[1] ?? ''));
  if (deaths === 0 && /(?:死亡|遇难|身亡|丧生|致死)/u.test(r.text.title)) deaths = 1;
  if (deaths > 0) {
    const add = 0.3 + Math.min(0.35, deaths * 0.04);
    v += add;
    evidence.push(`severity:${deaths} dead (+${add.toFixed(2)})`);
  }
  let yuan = 0;
  for (const m of text.matchAll(MONEY)) yuan = Math.max(yuan, Number(m[1]) * (m[2] === '亿' ? 1e8 : 1e4));
  if (yuan >= 1e6) {
    const add = yuan >= 1e8 ? 0.3 : yuan >= 1e7 ? 0.2 : 0.1;
    v += add;
    evidence.push(`severity:amount ${yuan >= 1e8 ? `${yuan / 1e8}亿` : `${yuan / 1e4}万`}元 (+${add.toFixed(2)})`);
  }
  const seen = new Set<string>();
  for (const h of r.hits) {
    if (h.tag.kind !== 'severity' || h.field === 'body' || seen.has(h.tag.id)) continue;
    seen.add(h.tag.id);
    v += h.tag.w;
    evidence.push(`severity:${h.text} (${h.tag.w >= 0 ? '+' : ''}${h.tag.w.toFixed(2)})`);
  }
  if (domain === 'government') {
    v += 0.1;
    evidence.push('severity:official actor (+0.10)');
  }
  return { value: Math.round(Math.min(1, Math.max(0, v)) * 100) / 100, evidence };
}
