// Main-text detection by text density. Every text block scores by its length and sentence punctuation,
// less its link text, and passes the score up to its ancestors with falling weight (the Readability
// idea); the best-scoring container wins, adjacent sibling blocks that look like the same article join it,
// and noise inside it (share bars, related links, editor lines) is removed.
import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS, blockText, classTokens, isElement, isHiddenElement, NON_TEXT_TAGS } from './dom.js';

export interface BodyResult {
  lines: string[];
  /** The container(s) the body was read from. */
  elements: Element[];
  from: 'hint' | 'density' | 'none';
}

interface Stats {
  chars: number;
  linkChars: number;
  punct: number;
  score: number;
}

/** Punctuation counted by the density score: ，。！？；、,!?; */
const PUNCT = new Set([0xff0c, 0x3002, 0xff01, 0xff1f, 0xff1b, 0x3001, 0x2c, 0x21, 0x3f, 0x3b]);
/** Punctuation that makes a text a sentence: ，。！？；,.!?; */
const SENTENCE_PUNCT = new Set([0xff0c, 0x3002, 0xff01, 0xff1f, 0xff1b, 0x2c, 0x2e, 0x21, 0x3f, 0x3b]);
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'li', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'td', 'th']);

const NOISE_TOKENS = new Set([
  'share', 'sharing', 'bdshare', 'related', 'relate', 'recommend', 'recom', 'comment', 'comments', 'cmt', 'footer', 'foot', 'copyright',
  'disclaimer', 'social', 'toolbar', 'sidebar', 'side', 'nav', 'navigation', 'breadcrumb', 'crumb', 'ad', 'ads', 'advert', 'advertisement',
  'qrcode', 'ewm', 'erweima', 'pager', 'pagination', 'page-nav', 'hot', 'rank', 'ranking', 'tags', 'keywords', 'statement', 'reward',
  'subscribe', 'popup', 'modal', 'login', 'banner', 'zan', 'like', 'digg', 'print', 'fontsize', 'tool', 'tools', 'more', 'next', 'prev',
  'newsletter', 'promo', 'sponsor', 'author-info', 'liability', 'backsohucom', 'lookall', 'dianzan', 'fenxiang',
]);
const POSITIVE = /(?:^|[-_\s])(?:content|article|text|body|main|detail|post|entry|story|zw|artibody|endtext|txt|news_txt|rich_media_content|con)(?:$|[-_\s\d])/i;
const NEGATIVE = /(?:^|[-_\s])(?:comment|share|related|recommend|footer|sidebar|side|nav|list|hot|rank|ad|ads|banner|menu|header|copyright|links?|tags?)(?:$|[-_\s\d])/i;

const STRONG_NEGATIVE = /copyright|copy\b|footer|comment|sidebar|recommend|related|statement|disclaimer/i;
/** Paragraphs that are site boilerplate whatever container they sit in. */
const BOILERPLATE_TEXT = /^\s*[【\[]?\s*(?:免责声明|特别声明|版权声明|郑重声明|声明\s*[:：])|版权所有|all rights reserved|举报电话|ICP备|ICP证|网络传播视听节目许可证/i;

function tokensOf(el: Element): string[] {
  const t: string[] = [];
  for (const v of [el.attribs.class, el.attribs.id]) {
    for (const tok of classTokens(v)) {
      t.push(tok);
      for (const part of tok.split(/[-_]+/)) if (part && part !== tok) t.push(part);
    }
  }
  return t;
}

/** An element whose class or id says it is page furniture (share bar, related links, ads, comments). */
export function isNoiseElement(el: Element): boolean {
  if (el.name === 'body' || el.name === 'html') return false;
  return tokensOf(el).some((t) => NOISE_TOKENS.has(t));
}

function nonWsLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x3000) n++;
  }
  return n;
}

export interface BodyOptions {
  /** Subtrees never read (site hints' `remove` selectors). */
  exclude: Set<Element>;
}

interface Walk extends Stats {
  /** Counts of the text that belongs to this element's own paragraph (not inside a block descendant). */
  inChars: number;
  inLink: number;
  inPunct: number;
  inSentence: boolean;
}

/** Finds the main-text container by density scoring. */
export function scoreBody(root: Element, opts: BodyOptions): { best: Element | null; stats: Map<Element, Stats> } {
  const stats = new Map<Element, Stats>();
  const paragraphScores: [Element, number][] = [];
  const compute = (el: Element, inLink: boolean): Walk => {
    const w: Walk = { chars: 0, linkChars: 0, punct: 0, score: 0, inChars: 0, inLink: 0, inPunct: 0, inSentence: false };
    const isLink = inLink || (el.name === 'a' && !!el.attribs.href);
    for (const c of el.children) {
      if (c.type === 'text') {
        // One pass over the text: visible characters, punctuation, sentence punctuation.
        const s = c.data;
        let n = 0;
        let p = 0;
        let sentence = false;
        for (let i = 0; i < s.length; i++) {
          const ch = s.charCodeAt(i);
          if (ch <= 32 || ch === 0xa0 || ch === 0x3000) continue;
          n++;
          if ((ch > 0x3f && ch < 0x3001) || (ch > 0x3002 && ch < 0xff01)) continue;
          if (PUNCT.has(ch)) p++;
          if (SENTENCE_PUNCT.has(ch)) sentence = true;
        }
        if (n === 0) continue;
        w.chars += n;
        w.punct += p;
        w.inChars += n;
        w.inPunct += p;
        if (isLink) {
          w.linkChars += n;
          w.inLink += n;
        }
        if (sentence) w.inSentence = true;
      } else if (isElement(c)) {
        if (NON_TEXT_TAGS.has(c.name) || isHiddenElement(c) || opts.exclude.has(c)) continue;
        const cw = compute(c, isLink);
        w.chars += cw.chars;
        w.linkChars += cw.linkChars;
        w.punct += cw.punct;
        if (!BLOCK_TAGS.has(c.name)) {
          // Inline children (span, a, strong, font) belong to this element's own paragraph.
          w.inChars += cw.inChars;
          w.inLink += cw.inLink;
          w.inPunct += cw.inPunct;
          w.inSentence ||= cw.inSentence;
        }
      }
    }
    stats.set(el, w);
    if (w.inChars >= 10 && BLOCK_TAGS.has(el.name)) {
      const linkDensity = Math.min(1, w.inLink / w.inChars);
      const boilerplate = w.inChars < 400 && BOILERPLATE_TEXT.test(ownParagraphText(el)) ? 0.1 : 1;
      const p = (1 + w.inPunct + Math.min(w.inChars / 40, 4)) * (1 - linkDensity) * (w.inSentence ? 1 : 0.3) * boilerplate;
      paragraphScores.push([el, p]);
    }
    return w;
  };
  compute(root, false);

  for (const [el, p] of paragraphScores) {
    const leaf = PARAGRAPH_TAGS.has(el.name);
    let n: AnyNode | null = leaf ? el.parent : el;
    for (let level = 0; n && isElement(n) && level < 5; level++, n = n.parent) {
      const s = stats.get(n);
      if (s) s.score += p / (level + 1);
    }
  }

  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of stats) {
    if (s.score <= 0) continue;
    const f = finalScore(el, s);
    if (f > bestScore) {
      bestScore = f;
      best = el;
    }
  }
  return { best, stats };
}

/** The text of an element's own paragraph: its text and inline descendants, not block descendants. */
function ownParagraphText(el: Element): string {
  let t = '';
  for (const c of el.children) {
    if (c.type === 'text') t += c.data;
    else if (isElement(c) && !NON_TEXT_TAGS.has(c.name) && !BLOCK_TAGS.has(c.name) && !isHiddenElement(c)) t += ownParagraphText(c);
  }
  return t;
}

export function finalScore(el: Element, s: Stats): number {
  const linkDensity = s.chars ? s.linkChars / s.chars : 0;
  let f = s.score * (1 - linkDensity);
  const attrs = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  if (attrs.trim()) {
    if (POSITIVE.test(attrs)) f *= 1.25;
    if (NEGATIVE.test(attrs) || STRONG_NEGATIVE.test(attrs)) f *= 0.5;
  }
  if (el.name === 'body' || el.name === 'html') f *= 0.7;
  return f;
}

/** Sibling blocks that continue the article next to the chosen container (content split by ads or page parts). */
export function withSiblings(best: Element, stats: Map<Element, Stats>): Element[] {
  const parent = best.parent;
  if (!parent || !isElement(parent)) return [best];
  const bestFinal = finalScore(best, stats.get(best)!);
  const out: Element[] = [];
  for (const c of parent.children) {
    if (!isElement(c)) continue;
    if (c === best) {
      out.push(c);
      continue;
    }
    const s = stats.get(c);
    if (!s || s.chars === 0 || isNoiseElement(c)) continue;
    const f = finalScore(c, s);
    const linkDensity = s.chars ? s.linkChars / s.chars : 1;
    const sameKind = c.name === best.name && (c.attribs.class ?? '') === (best.attribs.class ?? '');
    if (f >= Math.max(10, bestFinal * 0.3) && linkDensity < 0.2 && sameKind) out.push(c);
    else if (c.name === 'p' && s.chars >= 80 && linkDensity < 0.2 && s.punct >= 3) out.push(c);
  }
  return out;
}

export interface RenderOptions {
  exclude: Set<Element>;
  stats: Map<Element, Stats>;
}

/** Lines of the body containers, without noise subtrees and link lists. */
export function renderBody(elements: Element[], opts: RenderOptions): string[] {
  const keep = (el: Element): boolean => {
    if (opts.exclude.has(el)) return false;
    if (isNoiseElement(el) && !elements.includes(el)) return false;
    const s = opts.stats.get(el);
    if (s && s.chars >= 20 && s.linkChars / s.chars > 0.6 && s.punct <= Math.max(2, s.chars / 60) && !elements.includes(el)) return false;
    return true;
  };
  return elements.flatMap((e) => blockText(e, { keep }));
}

export function bodyChars(lines: string[]): number {
  return nonWsLength(lines.join(''));
}

