// CSS selectors over one parsed page, answered from an index of its elements. Site hints run a dozen
// selectors per article; cheerio walks the whole document for each one (a third of the extractor's
// time). Here the page is indexed once (by id, class and tag) and a selector tests only the elements
// its rightmost compound can match, the way browsers match right to left.
import type { CheerioAPI } from 'cheerio';
import { compile } from 'css-select';
import { parse, SelectorType, type Selector } from 'css-what';
import type { AnyNode, Element } from 'domhandler';
import { isElement } from './dom.js';

export interface ElementIndex {
  /** Every element of the page in document order. */
  readonly elements: readonly Element[];
  /** The elements matching a CSS selector, in document order (what `$(selector)` returns). */
  select(selector: string): Element[];
  /** The descendants of an element (or of the whole page for the root), in document order. */
  within(node: AnyNode): readonly Element[];
}

/** Where a selector's candidates come from: one bucket of the index, or every element. */
type Key = { by: 'id' | 'class' | 'tag'; value: string } | null;

interface Compiled {
  test: (el: Element) => boolean;
  /** One key per comma-separated alternative. */
  keys: Key[];
}

/** cheerio's positional filters (:eq(n), :first…): not CSS, answered by cheerio itself. */
const POSITIONAL = new Set(['first', 'last', 'eq', 'gt', 'nth', 'lt', 'even', 'odd']);
const HTML_WHITESPACE = /[\t\n\f\r ]+/;
const TRAVERSALS = new Set<string>([
  SelectorType.Adjacent, SelectorType.Child, SelectorType.Descendant, SelectorType.Parent, SelectorType.Sibling, SelectorType.ColumnCombinator,
]);

/** Selectors are site configuration, a few dozen in all: compiled once per process. */
const compiled = new Map<string, Compiled | 'positional'>();
const MAX_COMPILED = 2_000;

function isPositional(tokens: Selector[][]): boolean {
  return tokens.some((group) =>
    group.some((t) => t.type === SelectorType.Pseudo && (POSITIONAL.has(t.name) || (Array.isArray(t.data) && isPositional(t.data)))),
  );
}

/** The most selective key of an alternative's rightmost compound (`div.a > p#x.b` → id x). */
function keyOf(group: Selector[]): Key {
  let start = group.length;
  while (start > 0 && !TRAVERSALS.has(group[start - 1]!.type)) start--;
  let cls: Key = null;
  let tag: Key = null;
  for (const t of group.slice(start)) {
    if (t.type === SelectorType.Attribute && t.name === 'id' && t.action === 'equals' && t.ignoreCase !== true) return { by: 'id', value: t.value };
    if (t.type === SelectorType.Attribute && t.name === 'class' && t.action === 'element' && t.ignoreCase !== true) cls ??= { by: 'class', value: t.value };
    if (t.type === SelectorType.Tag) tag ??= { by: 'tag', value: t.name.toLowerCase() };
  }
  return cls ?? tag;
}

function compiledFor(selector: string): Compiled | 'positional' {
  let c = compiled.get(selector);
  if (!c) {
    const tokens = parse(selector);
    c = isPositional(tokens) ? 'positional' : { test: compile<AnyNode, Element>(tokens, { xmlMode: false }), keys: tokens.map(keyOf) };
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(selector, c);
  }
  return c;
}

/**
 * Indexes the elements under `root`; `$` answers the selectors the index cannot (cheerio's positional
 * filters). The id, class and tag buckets are built on first use.
 */
export function indexElements(root: AnyNode, $: CheerioAPI): ElementIndex {
  const elements: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (isElement(n)) elements.push(n);
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }

  const buckets: Partial<Record<'id' | 'class' | 'tag', Map<string, Element[]>>> = {};
  const bucket = (by: 'id' | 'class' | 'tag'): Map<string, Element[]> => {
    let map = buckets[by];
    if (map) return map;
    map = new Map();
    const add = (key: string, el: Element) => {
      const list = map!.get(key);
      if (list) list.push(el);
      else map!.set(key, [el]);
    };
    for (const el of elements) {
      if (by === 'tag') add(el.name, el);
      else if (by === 'id') {
        if (el.attribs.id) add(el.attribs.id, el);
      } else if (el.attribs.class) for (const token of el.attribs.class.split(HTML_WHITESPACE)) if (token) add(token, el);
    }
    return (buckets[by] = map);
  };
  const candidates = (key: Key): readonly Element[] => (key ? (bucket(key.by).get(key.value) ?? []) : elements);

  return {
    elements,
    within(node) {
      if (!isElement(node)) return node === root ? elements : [];
      // Pre-order: the descendants run from the element to the first element that follows its subtree.
      const start = elements.indexOf(node);
      if (start < 0) return [];
      let after: Element | null = null;
      for (let n: AnyNode | null = node; n && n !== root && !after; n = n.parent) {
        for (let s = n.next; s && !after; s = s.next) after = firstElement(s);
      }
      return elements.slice(start + 1, after ? elements.indexOf(after, start + 1) : elements.length);
    },
    select(selector) {
      const c = compiledFor(selector);
      if (c === 'positional') return $(selector).toArray() as Element[];
      if (c.keys.length === 1) return candidates(c.keys[0]!).filter(c.test);
      const found = new Set<Element>();
      for (const key of c.keys) for (const el of candidates(key)) if (!found.has(el) && c.test(el)) found.add(el);
      return found.size <= 1 ? [...found] : elements.filter((el) => found.has(el));
    },
  };
}

/** The node itself when an element, else the first element inside it, in document order. */
function firstElement(n: AnyNode): Element | null {
  if (isElement(n)) return n;
  if (!('children' in n)) return null;
  for (const c of n.children) {
    const e = firstElement(c);
    if (e) return e;
  }
  return null;
}
