// Helpers shared by the page templates: escaping and the time formats the sites print.
import { shanghaiParts } from '../../core/clock.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Escape text for a JavaScript string literal inside a <script> block. */
export function jsString(s: string): string {
  return JSON.stringify(s).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const p2 = (n: number) => String(n).padStart(2, '0');

export type TimeFormat =
  | 'cn-minute' // 2026年11月21日 10:23
  | 'cn-minute-tight' // 2026年11月21日10:23
  | 'dash-second' // 2026-11-21 10:23:45
  | 'dash-minute' // 2026-11-21 10:23
  | 'date' // 2026-11-21
  | 'cn-date' // 2026年11月21日
  | 'slash-second' // 2026/11/21 10:23:45
  | 'iso'; // 2026-11-21T10:23:45+08:00

export function formatTime(ms: number, f: TimeFormat): string {
  const { year, month, day, hour, minute, second } = shanghaiParts(ms);
  const date = `${year}-${p2(month)}-${p2(day)}`;
  switch (f) {
    case 'cn-minute':
      return `${year}年${p2(month)}月${p2(day)}日 ${p2(hour)}:${p2(minute)}`;
    case 'cn-minute-tight':
      return `${year}年${p2(month)}月${p2(day)}日${p2(hour)}:${p2(minute)}`;
    case 'dash-second':
      return `${date} ${p2(hour)}:${p2(minute)}:${p2(second)}`;
    case 'dash-minute':
      return `${date} ${p2(hour)}:${p2(minute)}`;
    case 'date':
      return date;
    case 'cn-date':
      return `${year}年${p2(month)}月${p2(day)}日`;
    case 'slash-second':
      return `${year}/${p2(month)}/${p2(day)} ${p2(hour)}:${p2(minute)}:${p2(second)}`;
    case 'iso':
      return `${date}T${p2(hour)}:${p2(minute)}:${p2(second)}+08:00`;
  }
}

/** Paragraphs as <p> elements, the way most CMSs emit article text. */
export function paragraphs(ps: readonly string[], open = '<p>', close = '</p>'): string {
  return ps.map((p) => `${open}${esc(p)}${close}`).join('\n');
}

/** Wrap the indent CMSs put before each paragraph (two full-width spaces). */
export function indented(ps: readonly string[]): string {
  return ps.map((p) => `<p>　　${esc(p)}</p>`).join('\n');
}
