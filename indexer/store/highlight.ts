// Search highlighting computed from the stored text by one function for both backends, so the same
// hit shows the same fragments whichever store served it. Stored text is crawled and hostile: every
// character that is not markup we add is HTML-escaped.

export interface HighlightOptions {
  /** Length of a body fragment in UTF-16 units, before the ellipses. */
  fragmentChars?: number;
  maxFragments?: number;
}

const DEFAULTS: Required<HighlightOptions> = { fragmentChars: 100, maxFragments: 3 };

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

interface Range {
  start: number;
  end: number;
  token: string;
}

/** Case-insensitive occurrences of the tokens in text, leftmost first, longest token first at a position. */
function findMatches(text: string, tokens: string[]): Range[] {
  const usable = [...new Set(tokens.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return [];
  const re = new RegExp(usable.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
  const out: Range[] = [];
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, token: m[0].toLowerCase() });
  return out;
}

function render(text: string, start: number, end: number, matches: Range[]): string {
  let html = '';
  let at = start;
  // Matches that touch (a query segmented differently from the text, 不 + 合格) form one <em>.
  let open: { start: number; end: number } | null = null;
  const close = () => {
    if (open) html += '<em>' + escapeHtml(text.slice(open.start, open.end)) + '</em>';
    open = null;
  };
  for (const m of matches) {
    if (m.start < at || m.end > end) continue;
    if (open && m.start === open.end) {
      open.end = m.end;
    } else {
      close();
      html += escapeHtml(text.slice(at, m.start));
      open = { start: m.start, end: m.end };
    }
    at = m.end;
  }
  close();
  return (html + escapeHtml(text.slice(at, end))).replace(/\s+/g, ' ');
}

/** The whole title, escaped, with every match wrapped in <em>. */
export function highlightTitle(title: string, tokens: string[]): string {
  return render(title, 0, title.length, findMatches(title, tokens));
}

/** Never cut a surrogate pair in two. */
function boundary(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}

/**
 * Up to maxFragments fragments of the body around matches, the ones matching the most distinct tokens
 * (then the most matches, then the earliest) chosen, shown in text order. A fragment starts a quarter
 * of its length before its first match (earlier near the end of the body, so it stays full length); ellipses mark cut text; whitespace runs become one space.
 */
export function highlightFragments(body: string, tokens: string[], options: HighlightOptions = {}): string[] {
  const { fragmentChars, maxFragments } = { ...DEFAULTS, ...options };
  const matches = findMatches(body, tokens);
  const fragments: { start: number; end: number; matches: Range[] }[] = [];
  for (const m of matches) {
    const last = fragments.at(-1);
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      last.matches.push(m);
      continue;
    }
    // Near the end of the body, start earlier so the fragment still shows fragmentChars of text.
    const start = boundary(body, Math.max(0, Math.min(m.start - Math.floor(fragmentChars / 4), body.length - fragmentChars)));
    const end = boundary(body, Math.min(body.length, Math.max(start + fragmentChars, m.end)));
    fragments.push({ start, end, matches: [m] });
  }
  return fragments
    .map((f, order) => ({ ...f, order, distinct: new Set(f.matches.map((m) => m.token)).size }))
    .sort((a, b) => b.distinct - a.distinct || b.matches.length - a.matches.length || a.order - b.order)
    .slice(0, maxFragments)
    .sort((a, b) => a.order - b.order)
    .map((f) => (f.start > 0 ? '…' : '') + render(body, f.start, f.end, f.matches).trim() + (f.end < body.length ? '…' : ''));
}
