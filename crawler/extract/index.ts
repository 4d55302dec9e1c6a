// Article extraction: title, publish time, source and body text of one article page.
import type { AnyNode, Element } from 'domhandler';
import type { Clock } from '../../core/clock.js';
import type { ArticleHints } from '../../core/sources.js';
import type { ExtractedArticle } from '../../core/types.js';
import { bodyChars, renderBody, scoreBody, withSiblings, type BodyResult } from './body.js';
import { BLOCK_TAGS, isElement, isHiddenElement, NON_TEXT_TAGS } from './dom.js';
import { cleanBodyLines } from './lines.js';
import { DEFAULT_MAX_HTML_CHARS, metaValue, parsePage, type Page } from './page.js';
import { extractPublishedAt, extractSource, type TimeOrigin } from './published.js';
import { extractTitle, titleCandidates, type TitleResult } from './title.js';

export interface ExtractOptions {
  /** The page's URL: its date cross-checks the publish time. */
  url?: string;
  /** Per-site selectors from the source config; each falls back to the generic method when it finds nothing. */
  hints?: Partial<ArticleHints>;
  /** Resolves relative times (昨天 10:00) when the page carries no timestamp of its own. */
  clock?: Clock;
  /** Input beyond this many characters is ignored (default 4,000,000). */
  maxHtmlChars?: number;
}

export interface ExtractionDiagnostics {
  titleFrom: TitleResult['from'];
  timeFrom: TimeOrigin;
  bodyFrom: BodyResult['from'];
  /** A CSS-like path of the body container, for debugging selectors. */
  bodyPath: string | null;
  bodyChars: number;
  truncated: boolean;
}

export type ExtractionResult = ExtractedArticle & { diagnostics: ExtractionDiagnostics };

const WINDOW_AFTER = 600;
const WINDOW_BEFORE = 300;

export function extractArticle(html: string, opts: ExtractOptions = {}): ExtractionResult {
  const page = parsePage(html, opts.maxHtmlChars ?? DEFAULT_MAX_HTML_CHARS);
  const hints = opts.hints ?? {};
  const exclude = new Set<Element>();
  for (const sel of hints.remove ?? []) for (const el of page.select(sel)) exclude.add(el);

  const container = findBodyContainer(page, hints.body ?? [], exclude);
  const candidates = titleCandidates(page);
  const linear = linearize(page.body ?? page.root, new Set([...candidates, ...container.elements.slice(0, 1)]));
  const bodyFirst = container.elements[0];
  const bodyStart = bodyFirst ? (linear.positions.get(bodyFirst)?.start ?? null) : null;
  const title = extractTitle(page, hints.title ?? [], candidates, { position: (el) => linear.positions.get(el), bodyStart });
  const lines = cleanBodyLines(container.lines, { title: title.title });

  const { after, before } = windowsAround(linear, title, bodyStart);
  const url = opts.url ?? declaredUrl(page);
  const time = extractPublishedAt(page, { after, before, all: linear.text, url, hintSelectors: hints.publishedAt ?? [], clock: opts.clock });
  const source = extractSource(page, after, hints.source ?? [], linear.text);

  return {
    title: title.title,
    publishedAt: time.publishedAt,
    source,
    body: lines.join('\n'),
    diagnostics: {
      titleFrom: title.from,
      timeFrom: time.from,
      bodyFrom: container.from,
      bodyPath: bodyFirst ? pathOf(bodyFirst) : null,
      bodyChars: bodyChars(lines),
      truncated: page.truncated,
    },
  };
}

/** The body container(s) and their raw lines: a site hint when it yields text, else density scoring. */
function findBodyContainer(page: Page, hintSelectors: readonly string[], exclude: Set<Element>): BodyResult {
  const root = page.body ?? page.elements.find((e) => e.name === 'html');
  if (!root) return { lines: [], elements: [], from: 'none' };
  const { best, stats } = scoreBody(root, { exclude });
  const elements = best ? withSiblings(best, stats) : [];
  const density: BodyResult = best
    ? { lines: renderBody(elements, { exclude, stats }), elements, from: 'density' }
    : { lines: [], elements: [], from: 'none' };
  const densityChars = bodyChars(density.lines);
  for (const sel of hintSelectors) {
    const els = page.select(sel).filter((e) => !exclude.has(e));
    const lines = renderBody(els, { exclude, stats });
    // Hints are unverified facts about live sites: one that catches a caption or a teaser instead of
    // the article (far less text than the density choice) is not trusted.
    const chars = bodyChars(lines);
    if (chars >= 20 && chars >= 0.4 * densityChars) return { lines, elements: els, from: 'hint' };
  }
  return density;
}

interface Linear {
  text: string;
  positions: Map<Element, { start: number; end: number }>;
}

/** The page's visible text in document order, with the offsets of the watched elements. */
function linearize(root: AnyNode, watch: Set<Element>): Linear {
  const chunks: string[] = [];
  let length = 0;
  const positions = new Map<Element, { start: number; end: number }>();
  const push = (s: string) => {
    chunks.push(s);
    length += s.length;
  };
  const walk = (n: AnyNode): void => {
    if (n.type === 'text') {
      push(n.data.replace(/\s+/g, ' '));
      return;
    }
    if (!isElement(n) || NON_TEXT_TAGS.has(n.name) || isHiddenElement(n)) return;
    const block = BLOCK_TAGS.has(n.name);
    if (block) push('\n');
    const start = length;
    for (const c of n.children) walk(c);
    if (watch.has(n)) positions.set(n, { start, end: length });
    if (block) push('\n');
  };
  walk(root);
  return { text: chunks.join(''), positions };
}

/** The visible text right after and right before the headline: where bylines, times and 来源 sit. */
function windowsAround(linear: Linear, title: TitleResult, bodyStart: number | null): { after: string; before: string } {
  let pos = title.element ? linear.positions.get(title.element) : undefined;
  if (!pos && title.title) {
    const i = linear.text.indexOf(title.title);
    if (i >= 0) pos = { start: i, end: i + title.title.length };
  }
  if (!pos) return { after: '', before: '' };
  // Dates inside the article text are events, not the publish time: stop the byline window at the body.
  const stop = bodyStart !== null && bodyStart >= pos.end ? Math.min(bodyStart, pos.end + WINDOW_AFTER) : pos.end + WINDOW_AFTER;
  return { after: linear.text.slice(pos.end, stop), before: linear.text.slice(Math.max(0, pos.start - WINDOW_BEFORE), pos.start) };
}

/** The URL a page declares for itself (og:url, rel=canonical), when absolute. */
function declaredUrl(page: Page): string | undefined {
  const declared = metaValue(page, 'og:url') ?? page.canonical;
  return declared && /^https?:\/\//i.test(declared) ? declared : undefined;
}

function pathOf(el: Element): string {
  const parts: string[] = [];
  for (let n: AnyNode | null = el; n && isElement(n); n = n.parent) {
    const id = n.attribs.id ? `#${n.attribs.id}` : '';
    const cls = !id && n.attribs.class ? `.${n.attribs.class.trim().split(/\s+/).join('.')}` : '';
    parts.unshift(`${n.name}${id}${cls}`);
    if (id) break;
  }
  return parts.join(' > ');
}

