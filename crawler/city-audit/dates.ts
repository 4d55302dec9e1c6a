// Dates in list rows and JSON fields, normalised to YYYY-MM-DD (Beijing calendar day).
import { shanghaiParts } from '../../core/clock.js';

const DATE_RE = /(20\d{2}|19\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The first date written in a text (2026-11-20, 2026/11/20, 2026.11.20, 2026年11月20日). */
export function findDate(text: string): string | null {
  const m = DATE_RE.exec(text);
  return m ? valid(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A JSON date value: a date string, or epoch seconds/milliseconds. */
export function dateOfValue(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) {
    const ms = v < 1e11 ? v * 1000 : v;
    const p = shanghaiParts(ms);
    return valid(p.year, p.month, p.day);
  }
  if (typeof v === 'string') return findDate(v) ?? (/^\d{10,13}$/.test(v.trim()) ? dateOfValue(Number(v)) : null);
  return null;
}
