// The benchmark README's scoring rule (shared/benchmarks/extraction/README.md), ported line by line
// from its Python reference so ours and the peers are judged identically.

export interface TruthRow {
  file: string;
  site: string;
  url: string | null;
  title: string;
  publish_time: string | null;
  source: string | null;
  body_start: string | null;
  body_end: string | null;
  body_chars: number | null;
}

export interface Prediction {
  title?: string | null;
  publish_time?: string | null;
  content?: string | null;
}

export interface PageScore {
  title: boolean;
  time?: boolean;
  body?: boolean;
}

const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;
// Python's str.isspace(): Unicode White_Space plus the ASCII separators \x1c-\x1f.
const PY_SPACE = /[\s\u001c-\u001f\u0085]/u;

export function stripWs(s: string): string {
  let out = '';
  for (const c of s.replace(ZERO_WIDTH, '')) if (!PY_SPACE.test(c)) out += c;
  return out;
}

export function collapseWs(s: string): string {
  return s
    .replace(ZERO_WIDTH, '')
    .split(/[\s\u001c-\u001f\u0085]+/u)
    .filter(Boolean)
    .join(' ');
}

/** (year, month, day[, hour, minute]) as the reference's regex reads them, or null. */
export function ymdhm(s: string | null | undefined): number[] | null {
  const m = /(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})(?:\D{1,3}(\d{1,2}):(\d{2}))?/.exec(s ?? '');
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  return [Number(y), Number(mo), Number(d), ...(h ? [Number(h), Number(mi)] : [])];
}

export function scorePage(truth: TruthRow, pred: Prediction): PageScore {
  const r: PageScore = { title: collapseWs(pred.title ?? '') === collapseWs(truth.title) };
  if (truth.publish_time) {
    const t = ymdhm(truth.publish_time)!;
    const p = ymdhm(pred.publish_time);
    r.time = p !== null && t.every((v, i) => p[i] === v);
  }
  if (truth.body_start !== null && truth.body_end !== null && truth.body_chars !== null) {
    const b = stripWs(pred.content ?? '');
    r.body = b.includes(truth.body_start) && b.includes(truth.body_end) && Math.abs(b.length - truth.body_chars) <= 0.2 * truth.body_chars;
  }
  return r;
}
