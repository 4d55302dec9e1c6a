// The headline a reader sees: a visible heading (or title-classed element) that agrees with the page's
// <title> / og:title, which carry site suffixes and so serve only as evidence.
import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS, classTokens, collapse, descendants, inlineText, isElement, isHiddenElement, isHiddenInTree, NON_TEXT_TAGS } from './dom.js';
import { metaValue, type Page } from './page.js';

export interface TitleResult {
  title: string;
  from: 'hint' | 'heading' | 'meta' | 'document-title' | 'none';
  element: Element | null;
}

const HEADING_WEIGHT: Record<string, number> = { h1: 3, h2: 2, h3: 1, h4: 0.5, h5: 0.5 };
const TITLE_CLASS = /(?:^|[-_])(?:title|headline|biaoti|tit|artTitle|articletitle|main-title|news-title|subject)(?:$|[-_\d])/i;
const NOT_TITLE_CLASS = /(?:^|[-_])(?:sub|site|logo|nav|menu|footer|foot|side|related|recommend|hot|rank|list|comment|column|channel|tab|more)(?:$|[-_\d])/i;
/** Separators between headline and site name in <title> / og:title. */
const SUFFIX_SPLIT = /\s*(?:_|\||｜|—{1,2}|--|\s-\s|-(?=[^-]{0,20}$))\s*/;

/** Longest common substring length (dynamic programming over two short strings). */
export function lcsLength(a: string, b: string): number {
  if (!a || !b) return 0;
  const x = a.slice(0, 200);
  const y = b.slice(0, 400);
  let prev = new Uint16Array(y.length + 1);
  let cur = new Uint16Array(y.length + 1);
  let best = 0;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      if (x.charCodeAt(i - 1) === y.charCodeAt(j - 1)) {
        const v = prev[j - 1]! + 1;
        cur[j] = v;
        if (v > best) best = v;
      } else cur[j] = 0;
    }
    [prev, cur] = [cur, prev];
  }
  return best;
}

/** <title>/og:title without the site suffix (`标题_新浪网`, `标题 - 网易新闻`, `标题|观察者网`). */
export function stripSiteSuffix(t: string): string {
  const parts = t.split(SUFFIX_SPLIT).map((p) => p.trim()).filter(Boolean);
  if (parts.length <= 1) return collapse(t);
  // The headline is normally the first part; a short first part is a channel prefix (`新闻 | 标题`).
  const first = parts[0]!;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return first.length >= 6 || first.length >= longest.length / 2 ? first : longest;
}

function attrText(el: Element): string {
  return `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
}

const TITLE_HINT = /tit|headline|biaoti|subject/i;

function isTitleClassed(el: Element): boolean {
  if (el.attribs.class === undefined && el.attribs.id === undefined) return false;
  const attrs = attrText(el);
  return TITLE_HINT.test(attrs) && classTokens(attrs).some((t) => TITLE_CLASS.test(t) && !NOT_TITLE_CLASS.test(t));
}

export interface TitleContext {
  /** Text offsets of elements in the page's linear text (see linearize in index.ts). */
  position(el: Element): { start: number; end: number } | undefined;
  /** Offset where the body text starts, when known. */
  bodyStart: number | null;
}

/** Elements that may hold the headline, in document order. */
export function titleCandidates(page: Page): Element[] {
  const out: Element[] = [];
  for (const el of page.within(page.body ?? page.root)) {
    if (HEADING_WEIGHT[el.name] !== undefined || isTitleClassed(el)) out.push(el);
    if (out.length >= 400) break;
  }
  return out;
}

export function extractTitle(page: Page, hintSelectors: readonly string[], candidates: Element[], ctx: TitleContext): TitleResult {
  for (const sel of hintSelectors) {
    const el = page.select(sel).find((e) => !isHiddenInTree(e));
    const t = el ? headingText(el) : '';
    if (t.length >= 2) return { title: t, from: 'hint', element: el! };
  }
  const evidence = [metaValue(page, 'og:title', 'twitter:title', 'title', 'headline'), page.docTitle].filter((x): x is string => !!x).map(collapse);
  // <title> = headline plus site/channel names, in either order. Site-like parts match logos and footers,
  // so agreement is measured against the other parts only.
  const headlineParts: string[] = [];
  const siteParts: string[] = [];
  for (const e of evidence) {
    const split = e.split(SUFFIX_SPLIT).map((p) => p.trim()).filter((p) => p.length >= 2);
    for (const p of split) (isSiteName(p) ? siteParts : headlineParts).push(p);
    if (split.length > 1 && split.some((p) => !isSiteName(p))) headlineParts.push(e);
  }
  const evidenceText = headlineParts.join(' \u0001 ');
  // A <title> made only of site and channel names (新闻动态--中国地理学会官网) says nothing about the headline.
  const informative = headlineParts.some((p) => p.length >= 8);

  const nearestHeading = nearestBefore(candidates.filter((c) => HEADING_WEIGHT[c.name] !== undefined), ctx);
  let best: { el: Element; text: string; score: number } | null = null;
  for (const el of candidates) {
    const isHeading = HEADING_WEIGHT[el.name] !== undefined;
    const weight = HEADING_WEIGHT[el.name] ?? 1.5;
    const text = headingText(el);
    if (text.length < 4 || text.length > 150) continue;
    if (isHiddenInTree(el)) continue;
    const lcs = lcsLength(text, evidenceText);
    let score = weight + (lcs / text.length) * 10;
    if (headlineParts.some((p) => p === text)) score += 4;
    else if (headlineParts.some((p) => p.length >= 4 && (p.startsWith(text) || text.startsWith(p)))) score += 2;
    if (lcs < 4 && informative) score -= 6;
    if (siteParts.some((p) => p.includes(text))) score -= 8;
    // Bylines and wrappers of headline + byline are not the headline.
    if (DATELINE.test(text)) score -= 4;
    if (!isHeading && hasTextBlocks(el)) score -= 3;
    // The headline sits right above the article text.
    const pos = ctx.position(el);
    const near = pos && ctx.bodyStart !== null && pos.end <= ctx.bodyStart + 5 && ctx.bodyStart - pos.end < 300;
    if (el === nearestHeading) score += 6;
    else if (near) score += isHeading ? 2 : 3;
    // A heading that is a link to another page is a list entry or a logo, rarely the headline.
    if (insideLink(el)) score -= 3;
    if (!best || score > best.score) best = { el, text, score };
  }
  if (best && best.score >= (informative ? 8 : 6)) return { title: best.text, from: 'heading', element: best.el };
  const fallback = stripSiteSuffix(collapse(metaValue(page, 'og:title') ?? page.docTitle));
  if (fallback) {
    const el = elementWithText(page, fallback);
    if (el) return { title: headingText(el), from: 'heading', element: el };
    return { title: fallback, from: metaValue(page, 'og:title') ? 'meta' : 'document-title', element: null };
  }
  if (best) return { title: best.text, from: 'heading', element: best.el };
  return { title: '', from: 'none', element: null };
}

const SITE_NAME = /网$|官网|频道|首页|新闻|中心|门户|平台|在线|资讯|日报|晚报|时报|商报|政府|\.com|\.cn/i;
const DATELINE = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}|^(?:发布|时间|来源|作者|日期)/;

function isSiteName(part: string): boolean {
  return part.length <= 12 && SITE_NAME.test(part);
}

function hasTextBlocks(el: Element): boolean {
  for (const d of descendants(el)) if (BLOCK_TAGS.has(d.name) && d.name !== 'br' && inlineText(d).length > 0) return true;
  return false;
}

/** The heading that ends closest before the body text starts (within 300 characters). */
function nearestBefore(headings: Element[], ctx: TitleContext): Element | null {
  if (ctx.bodyStart === null) return null;
  let best: Element | null = null;
  let bestEnd = -1;
  for (const h of headings) {
    const pos = ctx.position(h);
    if (!pos || pos.end > ctx.bodyStart + 5 || ctx.bodyStart - pos.end >= 300) continue;
    if (inlineText(h).length < 4) continue;
    if (pos.end > bestEnd) {
      bestEnd = pos.end;
      best = h;
    }
  }
  return best;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const LABELS = new Set(['原创', '独家', '置顶', '推荐', '热', '荐', '新', '图文', '视频', '专题', '快讯', '头条', '转载', '精', '顶']);

/**
 * A heading's text as a reader sees it: line breaks (<br>, newlines in the source) between Chinese
 * characters join without a space, label badges (原创, 独家) are left out.
 */
export function headingText(el: Element): string {
  const parts: string[] = [];
  const walk = (n: AnyNode, depth: number): void => {
    if (n.type === 'text') parts.push(n.data);
    else if (isElement(n)) {
      if (NON_TEXT_TAGS.has(n.name) || isHiddenElement(n)) return;
      if (n.name === 'br') {
        parts.push('\n');
        return;
      }
      if (depth > 0 && parts.join('').trim() === '' && LABELS.has(inlineText(n))) return;
      for (const c of n.children) walk(c, depth + 1);
    }
  };
  walk(el, 0);
  const raw = parts.join('');
  let out = '';
  const re = /[\s\u00a0\u3000\u200b\u200c\u200d\u2060\ufeff]+/g;
  let last = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    out += raw.slice(last, m.index);
    const prev = raw[m.index - 1];
    const next = raw[m.index + m[0].length];
    const lineBreakOnly = !/[ \u00a0\u3000]/.test(m[0]);
    out += lineBreakOnly && prev && next && CJK.test(prev) && CJK.test(next) ? '' : ' ';
    last = m.index + m[0].length;
  }
  return (out + raw.slice(last)).trim();
}

/** An element whose text (whitespace ignored) is exactly the given title: a headline without heading markup. */
function elementWithText(page: Page, title: string): Element | null {
  const want = title.replace(/[\s\u00a0\u3000]+/g, '');
  if (want.length < 6) return null;
  let checked = 0;
  for (const el of page.within(page.body ?? page.root)) {
    if (!TEXT_HOLDERS.has(el.name)) continue;
    if (++checked > 3000) break;
    const t = boundedSquash(el, want.length + 1);
    if (t === want && !isHiddenInTree(el)) return el;
  }
  return null;
}

const TEXT_HOLDERS = new Set(['b', 'strong', 'font', 'span', 'p', 'td', 'div', 'em', 'center']);

/** Whitespace-free text of a subtree, or null as soon as it exceeds `max` characters. */
function boundedSquash(el: Element, max: number): string | null {
  let out = '';
  const walk = (n: AnyNode): boolean => {
    if (n.type === 'text') {
      out += n.data.replace(/[\s\u00a0\u3000]+/g, '');
      return out.length <= max;
    }
    if (!isElement(n) || NON_TEXT_TAGS.has(n.name)) return true;
    for (const c of n.children) if (!walk(c)) return false;
    return true;
  };
  return walk(el) ? out : null;
}

function insideLink(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parent && n.parent.type === 'tag' ? (n.parent as Element) : null) {
    if (n.name === 'a' && n.attribs.href && !n.attribs.href.startsWith('#') && !n.attribs.href.startsWith('javascript')) return true;
  }
  for (const d of descendants(el)) if (d.name === 'a' && d.attribs.href && inlineText(d).length >= inlineText(el).length * 0.8) return true;
  return false;
}
