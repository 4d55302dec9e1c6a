// A parsed article page: the DOM plus what the extractors read before the body is scored (meta tags,
// the <title>, inline script data).
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { loadDocument } from './document.js';
import { collapse, isElement } from './dom.js';
import { indexElements, type ElementIndex } from './select.js';

export interface Page {
  $: CheerioAPI;
  root: AnyNode;
  body: Element | null;
  /** Every element in document order. */
  elements: readonly Element[];
  /** The elements a CSS selector matches, in document order (indexed: use it, not `$`, for selectors). */
  select: ElementIndex['select'];
  /** The descendants of a node in document order. */
  within: ElementIndex['within'];
  /** meta name/property/itemprop (lower-cased) → contents, in page order. */
  meta: Map<string, string[]>;
  docTitle: string;
  /** Inline script text, capped (page data such as window.DATA, `var ct`). */
  scripts: string;
  /** Machine-readable times in markup: <time datetime>, itemprop=datePublished content, <html data-publishtime>. */
  timeAttributes: string[];
  /** <link rel=canonical> href as written. */
  canonical: string | null;
  /** Set when the input was cut to the size limit. */
  truncated: boolean;
}

/** Largest HTML the extractor reads; longer input is cut (hostile or broken pages). */
export const DEFAULT_MAX_HTML_CHARS = 4_000_000;
const MAX_SCRIPT_CHARS = 400_000;

/**
 * Separates the contents of <script> and <style> from the markup before parsing: they are most of the
 * bytes of a news page and none of its text, and the HTML tokenizer would otherwise spend most of its
 * time on them. <noscript> and <iframe> contents go too: a browser with scripting on reads both as raw
 * text that is never shown. Raw-text semantics are kept (content runs to the next `</script` and so on),
 * and comments are skipped so a `<script` inside one does not swallow the page. Linear: every search moves forward.
 */
export function splitRawText(html: string): { markup: string; scripts: string[] } {
  const out: string[] = [];
  const scripts: string[] = [];
  let i = 0;
  let scriptChars = 0;
  const open = new RegExp(RAW_TEXT_OPEN.source, 'gi');
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const lt = m.index;
    const tag = m[1]?.toLowerCase();
    if (!tag) {
      const close = html.indexOf('-->', lt + 4);
      if (close < 0) break;
      open.lastIndex = close + 3;
      continue;
    }
    const gt = startTagEnd(html, lt + tag.length + 1);
    if (gt < 0) break;
    const closer = RAW_TEXT_CLOSE[tag]!;
    closer.lastIndex = gt + 1;
    const close = closer.exec(html);
    const end = close ? close.index : html.length;
    out.push(html.slice(i, gt + 1));
    if (tag === 'script' && scriptChars < MAX_SCRIPT_CHARS && !/\ssrc\s*=/i.test(html.slice(lt, gt))) {
      const body = html.slice(gt + 1, Math.min(end, gt + 1 + MAX_SCRIPT_CHARS - scriptChars));
      scripts.push(body);
      scriptChars += body.length;
    }
    i = end;
    open.lastIndex = end;
  }
  out.push(html.slice(i));
  return { markup: out.join(''), scripts };
}

/** Where a start tag ends: the first `>` outside a quoted attribute value (sina's iframes carry markup in their src); -1 when it never does. */
function startTagEnd(html: string, from: number): number {
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 0x3e) return i;
    if (c !== 0x3d) continue;
    let v = i + 1;
    while (v < html.length && WHITESPACE.has(html.charCodeAt(v))) v++;
    const q = html.charCodeAt(v);
    if (q === 0x22 || q === 0x27) {
      const close = html.indexOf(html[v]!, v + 1);
      if (close < 0) return -1;
      i = close;
    } else i = v - 1;
  }
  return -1;
}

/** HTML whitespace: tab, line feed, form feed, carriage return, space. */
const WHITESPACE = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x20]);

/** A comment start, or the start tag of an element whose content is raw text nobody reads. */
const RAW_TEXT_OPEN = /<!--|<(script|style|noscript|iframe)(?=[\s>/])/;
const RAW_TEXT_CLOSE: Record<string, RegExp> = {
  script: /<\/script/gi,
  style: /<\/style/gi,
  noscript: /<\/noscript/gi,
  iframe: /<\/iframe/gi,
};

export function parsePage(html: string, maxChars = DEFAULT_MAX_HTML_CHARS): Page {
  const truncated = html.length > maxChars;
  const { markup, scripts } = splitRawText(truncated ? html.slice(0, maxChars) : html);
  const $ = loadDocument(markup);
  const root = $.root()[0]!;
  const index = indexElements(root, $);
  const meta = new Map<string, string[]>();
  let docTitle = '';
  let body: Element | null = null;
  const timeAttributes: string[] = [];
  let canonical: string | null = null;
  for (const n of index.elements) {
    const a = n.attribs;
    if (n.name === 'time' && a.datetime) timeAttributes.push(a.datetime);
    else if (a.itemprop === 'datePublished' && a.content) timeAttributes.push(a.content);
    else if (n.name === 'html' && a['data-publishtime']) timeAttributes.push(a['data-publishtime']);
    else if (n.name === 'link' && !canonical && a.href && (a.rel ?? '').toLowerCase().split(/\s+/).includes('canonical')) canonical = a.href;
    if (n.name === 'meta') {
      const key = (a.name ?? a.property ?? a.itemprop ?? a['http-equiv'])?.toLowerCase().trim();
      const content = a.content;
      if (key && content !== undefined) {
        const list = meta.get(key) ?? [];
        list.push(content.trim());
        meta.set(key, list);
      }
    } else if (n.name === 'title' && !docTitle) {
      docTitle = collapse(textOf(n));
    } else if (n.name === 'body' && !body) {
      body = n;
    }
  }
  return { $, root, body, elements: index.elements, select: index.select, within: index.within, meta, docTitle, scripts: scripts.join('\n;\n'), timeAttributes, canonical, truncated };
}

/** All text below an element (what cheerio's .text() gives). */
function textOf(el: Element): string {
  let out = '';
  for (const c of el.children) out += c.type === 'text' ? c.data : isElement(c) ? textOf(c) : '';
  return out;
}

export function metaValue(page: Page, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = page.meta.get(k.toLowerCase())?.find((x) => x.length > 0);
    if (v) return v;
  }
  return null;
}
