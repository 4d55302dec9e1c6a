// A parsed article page: the DOM plus what the extractors read before the body is scored (meta tags,
// the <title>, inline script data). Parsing uses parse5 (cheerio's default), which builds the tree a
// browser would: content after a stray `</html>` is kept, nested anchors are split.
import { load, type CheerioAPI } from 'cheerio';
import { Text, type AnyNode, type Element } from 'domhandler';
import { collapse, isElement } from './dom.js';

export interface Page {
  $: CheerioAPI;
  root: AnyNode;
  body: Element | null;
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
 * time on them. Their raw-text semantics are kept (content runs to the next `</script` / `</style`), and
 * comments are skipped so a `<script` inside one does not swallow the page. Linear: every search moves forward.
 */
export function splitRawText(html: string): { markup: string; scripts: string[] } {
  const lower = html.toLowerCase();
  const out: string[] = [];
  const scripts: string[] = [];
  let i = 0;
  let scriptChars = 0;
  for (;;) {
    const lt = lower.indexOf('<', i);
    if (lt < 0) break;
    if (lower.startsWith('<!--', lt)) {
      const close = lower.indexOf('-->', lt + 4);
      if (close < 0) break;
      out.push(html.slice(i, close + 3));
      i = close + 3;
      continue;
    }
    const tag = lower.startsWith('<script', lt) ? 'script' : lower.startsWith('<style', lt) ? 'style' : null;
    const after = tag ? lower.charAt(lt + tag.length + 1) : '';
    if (!tag || !(after === '>' || after === '/' || /\s/.test(after))) {
      out.push(html.slice(i, lt + 1));
      i = lt + 1;
      continue;
    }
    const gt = lower.indexOf('>', lt);
    if (gt < 0) break;
    const close = lower.indexOf(`</${tag}`, gt + 1);
    const end = close < 0 ? html.length : close;
    out.push(html.slice(i, gt + 1));
    if (tag === 'script' && scriptChars < MAX_SCRIPT_CHARS && !/\ssrc\s*=/.test(lower.slice(lt, gt))) {
      const body = html.slice(gt + 1, Math.min(end, gt + 1 + MAX_SCRIPT_CHARS - scriptChars));
      scripts.push(body);
      scriptChars += body.length;
    }
    i = end;
  }
  out.push(html.slice(i));
  return { markup: out.join(''), scripts };
}

/** Deepest element nesting kept; deeper subtrees become their text (hostile pages nest tens of thousands deep). */
export const MAX_DEPTH = 256;

/** Parses markup as a browser would, then flattens nesting beyond {@link MAX_DEPTH} so recursive walks stay safe. */
export function loadDocument(markup: string): CheerioAPI {
  const $ = load(markup);
  const stack: [AnyNode, number][] = [[$.root()[0]!, 0]];
  while (stack.length) {
    const [n, depth] = stack.pop()!;
    if (!('children' in n)) continue;
    if (depth >= MAX_DEPTH && n.children.some(isElement)) {
      const text = new Text(textContent(n));
      text.parent = n as Element;
      n.children = [text];
      continue;
    }
    for (const c of n.children) stack.push([c, depth + 1]);
  }
  return $;
}

/** Text of a subtree without recursion. */
function textContent(root: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push(n.data);
    else if ('children' in n && !(isElement(n) && (n.name === 'script' || n.name === 'style'))) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return parts.join('');
}

export function parsePage(html: string, maxChars = DEFAULT_MAX_HTML_CHARS): Page {
  const truncated = html.length > maxChars;
  const { markup, scripts } = splitRawText(truncated ? html.slice(0, maxChars) : html);
  const $ = loadDocument(markup);
  const root = $.root()[0]!;
  const meta = new Map<string, string[]>();
  let docTitle = '';
  let body: Element | null = null;
  const timeAttributes: string[] = [];
  let canonical: string | null = null;
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (isElement(n)) {
      const a = n.attribs;
      if (n.name === 'time' && a.datetime) timeAttributes.push(a.datetime);
      else if (a.itemprop === 'datePublished' && a.content) timeAttributes.push(a.content);
      else if (n.name === 'html' && a['data-publishtime']) timeAttributes.push(a['data-publishtime']);
      else if (n.name === 'link' && !canonical && a.href && (a.rel ?? '').toLowerCase().split(/\s+/).includes('canonical')) canonical = a.href;
      if (n.name === 'meta') {
        const key = (n.attribs.name ?? n.attribs.property ?? n.attribs.itemprop ?? n.attribs['http-equiv'])?.toLowerCase().trim();
        const content = n.attribs.content;
        if (key && content !== undefined) {
          const list = meta.get(key) ?? [];
          list.push(content.trim());
          meta.set(key, list);
        }
      } else if (n.name === 'title' && !docTitle) {
        docTitle = collapse($(n).text());
      } else if (n.name === 'script' || n.name === 'style') {
        continue;
      } else if (n.name === 'body' && !body) {
        body = n;
      }
    }
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return { $, root, body, meta, docTitle, scripts: scripts.join('\n;\n'), timeAttributes, canonical, truncated };
}

export function metaValue(page: Page, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = page.meta.get(k.toLowerCase())?.find((x) => x.length > 0);
    if (v) return v;
  }
  return null;
}
