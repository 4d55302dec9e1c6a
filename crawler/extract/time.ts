// Publish-time parsing: the many ways Chinese pages print a time (2019年06月15日08:18, 2019-12-10 07:57:40,
// 10-08 12:00, 昨天 21:05, ISO with a zone, Unix seconds), all read as Beijing time.
import { shanghaiParts } from '../../core/clock.js';

/** A calendar time as the page gives it; hour/minute/second are absent when the page shows a date only. */
export interface TimeParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

export interface FoundTime extends TimeParts {
  /** Offset of the match in the searched text. */
  index: number;
  /** The page gave no year (10-08 12:00) or a relative day (昨天): needs completing from page data. */
  partial?: 'no-year' | 'relative';
  /** For relative matches: days before the reference date. */
  daysAgo?: number;
}

// Bounded quantifiers only: these run over whole pages of hostile text.
const FULL =
  /((?:19|20)\d{2})\s{0,2}(?:[-/.]|年)\s{0,2}(\d{1,2})\s{0,2}(?:[-/.]|月)\s{0,2}(\d{1,2})(?!\d)\s{0,2}日?(?:[\sT]{0,4}(\d{1,2})\s{0,2}[:：时]\s{0,2}([0-5]\d)(?:\s{0,2}[:：分]\s{0,2}([0-5]\d))?)?/g;
const YEARLESS = /(?<![\d.\-/])(\d{1,2})\s{0,2}(?:[-/]|月)\s{0,2}(\d{1,2})\s{0,2}日?\s{0,3}(\d{1,2})[:：]([0-5]\d)(?:[:：]([0-5]\d))?(?![\d:])/g;
const RELATIVE = /(今天|昨天|前天)\s{0,3}(\d{1,2})[:：]([0-5]\d)|(今天|昨天|前天)/g;

function valid(p: TimeParts): boolean {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31) return false;
  if (p.hour !== undefined && (p.hour > 23 || (p.minute ?? 0) > 59 || (p.second ?? 0) > 59)) return false;
  return true;
}

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

/** Every full date (with a year) in the text, in order, at most `limit`. */
export function findFullDates(text: string, limit = 50): FoundTime[] {
  const out: FoundTime[] = [];
  FULL.lastIndex = 0;
  for (let m = FULL.exec(text); m && out.length < limit; m = FULL.exec(text)) {
    const p: FoundTime = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), index: m.index };
    if (m[4] !== undefined) {
      p.hour = num(m[4]);
      p.minute = num(m[5]);
      if (m[6] !== undefined) p.second = num(m[6]);
    }
    if (valid(p)) out.push(p);
  }
  return out;
}

/** Dates without a year (10-08 12:00, 9月7日 19:02) and relative days (昨天 21:05). */
export function findPartialDates(text: string, limit = 20): FoundTime[] {
  const out: FoundTime[] = [];
  YEARLESS.lastIndex = 0;
  for (let m = YEARLESS.exec(text); m && out.length < limit; m = YEARLESS.exec(text)) {
    const p: FoundTime = { year: 0, month: Number(m[1]), day: Number(m[2]), hour: Number(m[3]), minute: Number(m[4]), index: m.index, partial: 'no-year' };
    if (m[5] !== undefined) p.second = Number(m[5]);
    if (valid({ ...p, year: 2000 })) out.push(p);
  }
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(text); m && out.length < limit; m = RELATIVE.exec(text)) {
    const word = m[1] ?? m[4]!;
    const p: FoundTime = { year: 0, month: 0, day: 0, index: m.index, partial: 'relative', daysAgo: ['今天', '昨天', '前天'].indexOf(word) };
    if (m[2] !== undefined) {
      p.hour = Number(m[2]);
      p.minute = Number(m[3]);
    }
    out.push(p);
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * A machine-readable time from a meta tag or script: ISO 8601 (a zone is converted to Beijing time),
 * `YYYY-MM-DD HH:MM[:SS]`, or Unix seconds/milliseconds.
 */
export function parseMachineTime(value: string | number | null | undefined): TimeParts | null {
  if (value === null || value === undefined) return null;
  const s = String(value).trim();
  if (!s) return null;
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const ms = s.length === 10 ? Number(s) * 1000 : Number(s);
    return fromInstant(ms);
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i.test(s)) {
    const ms = Date.parse(s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isFinite(ms) ? fromInstant(ms) : null;
  }
  const [first] = findFullDates(s, 1);
  if (!first) return null;
  const { index: _index, ...parts } = first;
  return parts;
}

function fromInstant(ms: number): TimeParts | null {
  if (!Number.isFinite(ms) || ms <= 0) return null;
  const p = shanghaiParts(ms);
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second };
}

/** The date encoded in an article URL (/2019/0615/, /20191210/, /2019-09/07/, /2019-09-07/, tYYYYMMDD_), if any. */
export function dateFromUrl(url: string | undefined): TimeParts | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch (e) {
    if (e instanceof TypeError) return null;
    throw e;
  }
  const patterns: RegExp[] = [
    /\/((?:19|20)\d{2})[-/]?(\d{2})[-/](\d{2})(?=[/_.-])/,
    /\/((?:19|20)\d{2})\/(\d{2})(\d{2})\//,
    /(?:^|[/_tA-Za-z])((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_A-Z]|\d{2,}[A-Z])/,
  ];
  for (const re of patterns) {
    const m = re.exec(path);
    if (!m) continue;
    const p = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    if (valid(p)) return p;
  }
  return null;
}

/** Days between two calendar dates (b − a). */
export function dayDiff(a: TimeParts, b: TimeParts): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** Shifts a calendar date by whole days. */
export function addDays(p: TimeParts, days: number): TimeParts {
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return { ...p, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 in Beijing time; date-only parts give `YYYY-MM-DD`. */
export function toIso(p: TimeParts): string {
  const date = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  if (p.hour === undefined) return date;
  return `${date}T${pad(p.hour)}:${pad(p.minute ?? 0)}:${pad(p.second ?? 0)}+08:00`;
}
