// Homepage snapshots: every article link with its title, order and section, read from the tree a
// browser builds (parse5: nested anchors are split as a browser splits them, so a CMS wrapper link gets
// no text and the inner headline keeps its own URL).
import type { AnyNode, Element } from 'domhandler';
import type { HomepageSpec } from '../../core/sources.js';
import type { HomepageItem } from '../../core/types.js';
import { collapse, inlineText, isElement, isHiddenElement, NON_TEXT_TAGS } from '../extract/dom.js';
import { loadDocument } from '../extract/document.js';
import { DEFAULT_MAX_HTML_CHARS, splitRawText } from '../extract/page.js';
import { canonicalUrl, resolveHref, type CanonicalUrlOptions } from '../urls.js';

/** Link texts that are labels, not headlines. */
export const DEFAULT_LABELS: readonly string[] = ['[阅读]', '［阅读］', '更多', '详细', '详情', '全文', '视频', '图集', '更多>>', '>>'];

export type HomepageParseSpec = Pick<HomepageSpec, 'sectionSelector' | 'sectionTitleSelector' | 'ignoreSelectors' | 'minTitleLength'> & {
  /** An article link must match one of these (absolute URL). */
  articlePatterns: RegExp[];
  labels?: readonly string[];
  canonical?: CanonicalUrlOptions;
  maxHtmlChars?: number;
};

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Identity of a URL for "same page" tests: canonical form without the scheme (sites mix http and https links). */
function sameKey(url: string): string {
  return url.replace(/^https?:/, '');
}

/** A homepage item plus the other texts later links to the same page carry. */
export type HomepageSnapshotItem = HomepageItem & { otherTitles?: string[] };

export function parseHomepage(html: string, spec: HomepageParseSpec, baseUrl: string): HomepageSnapshotItem[] {
  const max = spec.maxHtmlChars ?? DEFAULT_MAX_HTML_CHARS;
  const $ = loadDocument(splitRawText(html.length > max ? html.slice(0, max) : html).markup, { exact: true });
  const ignored = new Set<Element>();
  for (const sel of spec.ignoreSelectors ?? []) for (const el of $(sel).toArray()) ignored.add(el as Element);
  const sections = new Set<Element>(spec.sectionSelector ? ($(spec.sectionSelector).toArray() as Element[]) : []);
  const labels = new Set(spec.labels ?? DEFAULT_LABELS);
  const minLength = spec.minTitleLength ?? 4;

  const items: HomepageSnapshotItem[] = [];
  const seen = new Map<string, HomepageSnapshotItem>();
  let lastHeading: string | null = null;

  const sectionOf = (a: Element): string | null => {
    for (let n: AnyNode | null = a.parent; n; n = n.parent) {
      if (!isElement(n)) continue;
      const named = n.attribs['data-section'];
      if (named) return collapse(named);
      if (sections.has(n)) {
        const t = spec.sectionTitleSelector ? $(n).find(spec.sectionTitleSelector).first() : null;
        const text = t && t.length ? inlineText(t[0] as Element) : '';
        if (text) return text;
      }
    }
    return lastHeading;
  };

  const visit = (n: AnyNode, hidden: boolean, inLink: boolean): void => {
    if (!isElement(n) || NON_TEXT_TAGS.has(n.name) || ignored.has(n)) return;
    const isHidden = hidden || isHiddenElement(n);
    if (n.name === 'a') {
      link(n, isHidden);
    } else if (HEADINGS.has(n.name) && !hasLink(n) && !inLink) {
      // Section labels are short (要闻, 光明时评); a long heading is a headline, not a section.
      const t = inlineText(n);
      if (t && [...t].length <= 15) lastHeading = t;
    }
    for (const c of n.children) visit(c, isHidden, inLink || n.name === 'a');
  };

  const link = (a: Element, hidden: boolean): void => {
    const resolved = resolveHref(a.attribs.href, baseUrl);
    if (!resolved || !spec.articlePatterns.some((re) => re.test(resolved))) return;
    const heading = firstHeading(a);
    const title = linkText(heading ?? a);
    if (!title || [...title].length < minLength || labels.has(title)) return;
    let url: string;
    try {
      url = canonicalUrl(resolved, spec.canonical);
    } catch (e) {
      if (e instanceof TypeError) return;
      throw e;
    }
    const key = sameKey(url);
    const first = seen.get(key);
    if (first) {
      // The same page linked again (picture, teaser, full headline under a focus caption): its other text is kept.
      if (title !== first.title && !(first.otherTitles ?? []).includes(title)) (first.otherTitles ??= []).push(title);
      return;
    }
    const item: HomepageSnapshotItem = { position: items.length + 1, url, title, section: sectionOf(a) };
    seen.set(key, item);
    if (hidden) item.hidden = true;
    items.push(item);
  };

  for (const c of $.root()[0]!.children) visit(c, false, false);
  return items;
}

/** The text a link shows: its text nodes joined as written (a <br> adds nothing), whitespace collapsed. */
function linkText(el: Element): string {
  const parts: string[] = [];
  const walk = (n: AnyNode): void => {
    if (n.type === 'text') parts.push(n.data);
    else if (isElement(n) && !NON_TEXT_TAGS.has(n.name)) for (const c of n.children) walk(c);
  };
  walk(el);
  return collapse(parts.join(''));
}

function hasLink(el: Element): boolean {
  return el.children.some((c) => isElement(c) && (c.name === 'a' || hasLink(c)));
}

function firstHeading(el: Element): Element | null {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (HEADINGS.has(c.name)) return c;
    const inner = firstHeading(c);
    if (inner) return inner;
  }
  return null;
}
