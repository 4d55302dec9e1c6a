// DOM helpers shared by the extractor and the snapshot parsers: visibility, text with block
// boundaries, attribute tokens. They work on domhandler nodes directly (cheerio wrappers are too slow
// for per-node statistics over a whole page).
import type { AnyNode, Element } from 'domhandler';

export type { AnyNode, Element } from 'domhandler';

export function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

/** Elements that start a new line when a page is rendered. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption',
]);

/** Elements whose content is never page text. */
export const NON_TEXT_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'select', 'option', 'textarea', 'button',
  'input', 'audio', 'video', 'map', 'head', 'title', 'meta', 'link', 'math',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** Hidden by its own markup: inline display:none / visibility:hidden, the `hidden` attribute or the `hidden` class. */
export function isHiddenElement(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a) return true;
  const style = a.style;
  if (style && style.length < 4096 && HIDDEN_STYLE.test(style)) return true;
  const cls = a.class;
  return cls !== undefined && cls.includes('hidden') && classTokens(cls).includes('hidden');
}

/** True when the element or an ancestor is hidden by its markup. */
export function isHiddenInTree(el: Element): boolean {
  for (let n: AnyNode | null = el; n; n = n.parent) if (isElement(n) && isHiddenElement(n)) return true;
  return false;
}

export function classTokens(cls: string | undefined): string[] {
  return cls ? cls.toLowerCase().split(/\s+/).filter(Boolean) : [];
}

/** Collapses whitespace runs (including NBSP and ideographic space) to one space and trims. */
export function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u3000\u200b\u200c\u200d\u2060\ufeff]+/g, ' ').trim();
}

/** Visible text of a subtree in one line (hidden and non-text elements skipped). */
export function inlineText(n: AnyNode): string {
  const parts: string[] = [];
  const walk = (x: AnyNode): void => {
    if (x.type === 'text') parts.push(x.data);
    else if (isElement(x)) {
      if (NON_TEXT_TAGS.has(x.name) || isHiddenElement(x)) return;
      if (x.name === 'br') parts.push(' ');
      for (const c of x.children) walk(c);
    }
  };
  walk(n);
  return collapse(parts.join(''));
}

/** Options of {@link blockText}. */
export interface BlockTextOptions {
  /** Called for each element: return false to leave it (and its subtree) out. */
  keep?: (el: Element) => boolean;
}

/**
 * Visible text of a subtree as lines: block elements and `<br>` break lines, whitespace inside a line is
 * collapsed, `<pre>` keeps its line structure (code blocks are content).
 */
export function blockText(root: AnyNode, opts: BlockTextOptions = {}): string[] {
  const lines: string[] = [];
  let cur = '';
  const flush = () => {
    const t = collapse(cur);
    if (t) lines.push(t);
    cur = '';
  };
  const walk = (x: AnyNode): void => {
    if (x.type === 'text') {
      cur += x.data;
      return;
    }
    if (!isElement(x)) return;
    if (NON_TEXT_TAGS.has(x.name) || isHiddenElement(x)) return;
    if (opts.keep && !opts.keep(x)) return;
    if (x.name === 'br') {
      flush();
      return;
    }
    if (x.name === 'pre') {
      flush();
      for (const l of rawText(x).split('\n')) if (l.trim()) lines.push(l.replace(/\s+$/, ''));
      return;
    }
    const block = BLOCK_TAGS.has(x.name);
    if (block) flush();
    for (const c of x.children) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}

function rawText(n: AnyNode): string {
  if (n.type === 'text') return n.data;
  if (!isElement(n) || NON_TEXT_TAGS.has(n.name) || isHiddenElement(n)) return '';
  if (n.name === 'br') return '\n';
  return n.children.map(rawText).join('');
}

export function* descendants(root: AnyNode): Generator<Element> {
  if (!('children' in root)) return;
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    yield n;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
}
