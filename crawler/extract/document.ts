// HTML markup → the DOM a browser builds, fast. htmlparser2 (cheerio's second parser) is about five
// times parse5's speed on news pages, but it is not the HTML standard's tree builder: this module gives
// its tree the standard's shape where pages commonly need it, and hands the rest to parse5.
import { load, type CheerioAPI } from 'cheerio';
import { Element, Text, type AnyNode, type Document, type ParentNode } from 'domhandler';
import { isElement } from './dom.js';

/** Deepest element nesting kept; deeper subtrees become their text (hostile pages nest tens of thousands deep). */
export const MAX_DEPTH = 256;

/** Options of {@link loadDocument}. */
export interface LoadOptions {
  /**
   * Always run the standard's algorithm (parse5). For readers driven by selectors written against a
   * browser's DOM (`:eq(n)`, child combinators) and by link boundaries (nested links split as a browser
   * splits them): homepage and ranking lists, a few pages per poll.
   */
  exact?: boolean;
}

/**
 * Parses markup into the tree a browser builds, with nesting beyond {@link MAX_DEPTH} flattened so
 * recursive walks stay safe.
 *
 * The fast path takes htmlparser2's tree and applies the standard's rules it lacks: `</body>` and
 * `</html>` close nothing (dropped before parsing, also where one sits inside an attribute value, which
 * nothing here reads), content that cannot stay in <head> starts the body, <head> and a table's <tbody>
 * are implied. A tree the fast path cannot make right goes to parse5: fragments, repeated <html>/<body>,
 * a paragraph holding a block the standard would have closed it for, table content a browser would move
 * out of the table.
 */
export function loadDocument(markup: string, opts: LoadOptions = {}): CheerioAPI {
  if (!opts.exact) {
    const $ = load(markup.replace(DOCUMENT_END_TAGS, ''), FAST_OPTIONS);
    const root = $.root()[0]!;
    const check = inspect(root);
    if (check.html === 1 && check.body === 1 && !check.diverges && browserShaped(root, check.tables)) return $;
  }
  const $ = load(markup);
  inspect($.root()[0]!);
  return $;
}

const FAST_OPTIONS = { xml: { xmlMode: false, decodeEntities: true } } as const;
const DOCUMENT_END_TAGS = /<\/(?:html|body)\s*>/gi;

/** What may stay in <head>: anything else starts the body (the standard's "in head" rules). */
const HEAD_ELEMENTS = new Set(['meta', 'link', 'title', 'base', 'style', 'script', 'noscript', 'template', 'basefont', 'bgsound']);
/** Start tags that close an open <p> (the standard's "in body" rules); htmlparser2 closes it only when it is the current element. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'ul', 'li', 'dd', 'dt', 'listing', 'xmp', 'plaintext',
]);
/** Elements that end a <p>'s "button scope": a block below one of them does not close the paragraph. */
const P_SCOPE_BOUNDARY = new Set(['button', 'applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template', 'svg', 'math']);
/**
 * The standard's "special" elements other than address, div and p: an <li> (<dd>, <dt>) start tag closes
 * the open item unless one of these lies between them. htmlparser2 closes it only when it is the current element.
 */
const ENDS_ITEM_SEARCH = new Set([
  'applet', 'area', 'article', 'aside', 'base', 'basefont', 'bgsound', 'blockquote', 'body', 'br', 'button', 'caption', 'center', 'col',
  'colgroup', 'details', 'dir', 'dl', 'embed', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'iframe', 'img', 'input', 'keygen', 'link', 'listing', 'main',
  'marquee', 'menu', 'meta', 'nav', 'noembed', 'noframes', 'noscript', 'object', 'ol', 'param', 'plaintext', 'pre', 'script', 'search',
  'section', 'select', 'source', 'style', 'summary', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'title',
  'tr', 'track', 'ul', 'wbr', 'xmp', 'svg', 'math',
]);
/** What each table part may hold without a browser moving it out of the table ("foster parenting"). */
const TABLE_CONTENT: Record<string, ReadonlySet<string>> = {
  table: new Set(['caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr', 'script', 'style', 'template']),
  thead: new Set(['tr', 'script', 'style', 'template']),
  tbody: new Set(['tr', 'script', 'style', 'template']),
  tfoot: new Set(['tr', 'script', 'style', 'template']),
  tr: new Set(['td', 'th', 'script', 'style', 'template']),
};

interface Inspection {
  html: number;
  body: number;
  /** The fast tree differs from the standard's in a way no fixup here repairs. */
  diverges: boolean;
  /** Tables with <tr> children, which the standard wraps in an implied <tbody>. */
  tables: Element[];
}

const blank = (n: AnyNode) => n.type === 'comment' || (n.type === 'text' && n.data.trim() === '');

/**
 * One walk over the tree: flattens nesting beyond {@link MAX_DEPTH} into text, counts <html> and
 * <body>, and notes what the fast path has to repair or cannot.
 */
function inspect(root: AnyNode): Inspection {
  const out: Inspection = { html: 0, body: 0, diverges: false, tables: [] };
  // Per entry: node, depth, whether an open <p> is in button scope there, and which list item
  // (li, or dd/dt as "d") a new item there would close.
  const nodes: AnyNode[] = [root];
  const depths: number[] = [0];
  const inP: boolean[] = [false];
  const items: ('' | 'li' | 'd')[] = [''];
  while (nodes.length) {
    const n = nodes.pop()!;
    const depth = depths.pop()!;
    let p = inP.pop()!;
    let item = items.pop()!;
    if (!('children' in n)) continue;
    if (isElement(n)) {
      const name = n.name;
      if (name === 'html' || name === 'body') out[name]++;
      if (p && CLOSES_P.has(name)) out.diverges = true;
      p = name === 'p' || (p && !P_SCOPE_BOUNDARY.has(name));
      const kind = name === 'li' ? 'li' : name === 'dd' || name === 'dt' ? 'd' : '';
      if (kind && kind === item) out.diverges = true;
      item = kind || (ENDS_ITEM_SEARCH.has(name) ? '' : item);
      const allowed = TABLE_CONTENT[name];
      if (allowed) {
        for (const c of n.children) {
          if (blank(c)) continue;
          if (!isElement(c) || !allowed.has(c.name)) out.diverges = true;
          else if (name === 'table' && c.name === 'tr' && out.tables[out.tables.length - 1] !== n) out.tables.push(n);
        }
      }
    }
    if (depth >= MAX_DEPTH && n.children.some(isElement)) {
      const text = new Text(textContent(n));
      text.parent = n as ParentNode;
      n.children = [text];
      continue;
    }
    for (const c of n.children) {
      if (!('children' in c)) continue;
      nodes.push(c);
      depths.push(depth + 1);
      inP.push(p);
      items.push(item);
    }
  }
  return out;
}

/**
 * Gives an htmlparser2 document the shape the standard gives it, or says it cannot: one <html> at the
 * root holding <head> and <body>; what <head> cannot hold, and what sits between </head> and <body>,
 * moves to the start of the body; runs of <tr> directly in a <table> get their implied <tbody>.
 */
function browserShaped(root: Document, tables: Element[]): boolean {
  let html: Element | null = null;
  for (const c of root.children) {
    if (isElement(c)) {
      if (c.name !== 'html' || html) return false;
      html = c;
    } else if (c.type !== 'directive' && !blank(c)) return false;
  }
  if (!html) return false;
  let head = html.children.find((c): c is Element => isElement(c) && c.name === 'head');
  const body = html.children.find((c): c is Element => isElement(c) && c.name === 'body');
  if (!body) return false;
  const moved: AnyNode[] = [];
  if (head) {
    const i = head.children.findIndex((c) => (isElement(c) && !HEAD_ELEMENTS.has(c.name)) || (c.type === 'text' && c.data.trim() !== ''));
    if (i >= 0) moved.push(...head.children.splice(i));
    relink(head);
  } else {
    head = new Element('head', {});
    html.children.splice(html.children.indexOf(body), 0, head);
  }
  const stray = html.children.filter((c) => c !== head && c !== body && !blank(c));
  html.children = html.children.filter((c) => !stray.includes(c));
  moved.push(...stray);
  relink(html);
  if (moved.length) {
    body.children = [...moved, ...body.children];
    relink(body);
  }
  for (const t of tables) impliedTbody(t);
  return true;
}

/** Wraps each run of <tr> (with the blank nodes between them) directly in a table in a <tbody>. */
function impliedTbody(table: Element): void {
  const kids: AnyNode[] = [];
  let run: Element | null = null;
  for (const c of table.children) {
    if (isElement(c) && c.name === 'tr') {
      if (!run) {
        run = new Element('tbody', {});
        kids.push(run);
      }
      run.children.push(c);
    } else if (run && blank(c)) {
      run.children.push(c);
    } else {
      if (run) relink(run);
      run = null;
      kids.push(c);
    }
  }
  if (run) relink(run);
  table.children = kids;
  relink(table);
}

/** Restores parent and sibling links after a child list was edited. */
function relink(parent: ParentNode): void {
  const kids = parent.children;
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i]!;
    c.parent = parent;
    c.prev = kids[i - 1] ?? null;
    c.next = kids[i + 1] ?? null;
  }
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
