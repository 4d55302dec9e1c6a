// Publish time and source (来源). The visible time next to the headline is what readers see and wins;
// machine data (meta tags, inline page data) completes partial visible times (no year, 昨天) and stands in
// when nothing is visible; the date in the URL vetoes candidates that are days away from it.
import type { Element } from 'domhandler';
import type { Clock } from '../../core/clock.js';
import { shanghaiParts } from '../../core/clock.js';
import { classTokens, inlineText, isHiddenInTree } from './dom.js';
import { metaValue, type Page } from './page.js';
import { addDays, dateFromUrl, dayDiff, findFullDates, findPartialDates, parseMachineTime, toIso, type FoundTime, type TimeParts } from './time.js';

export type TimeOrigin = 'hint' | 'visible' | 'visible+data' | 'time-element' | 'meta' | 'script' | 'url' | 'none';

export interface TimeResult {
  publishedAt: string | null;
  from: TimeOrigin;
}

const META_TIME_KEYS = [
  'article:published_time', 'og:article:published_time', 'article:publish_time', 'og:release_date', 'og:published_time', 'og:pubdate',
  'rnews:datepublished', 'datepublished', 'publishdate', 'pubdate', 'publish_date', 'publishtime', 'publish-time', 'ptime', 'apub:time',
  'weibo: article:create_at', 'dc.date.issued', 'dc.date', 'date', 'sailthru.date', 'article.published', 'published_time', 'created',
  'dateupdate', 'datemodified', 'article:modified_time', 'og:updated_time', 'lastmodified',
];

// Script data: window.DATA {pubtime}, `var ct = "1581517074"`, JSON fields. Bounded value lengths.
const SCRIPT_TIME = [
  /\bvar\s+ct\s*=\s*["']?(\d{10})["']?/,
  /["']?(?:pubtime|pub_time|publish_?time|publishTime|pubDate|pub_date|publishDate|publish_date|ptime|datePublished|create_?time|createTime)["']?\s*[:=]\s*["']?([0-9][0-9 :T.+\-/年月日Z]{7,30})/i,
];

const TIME_CLASS = /(?:^|[-_])(?:time|date|pubtime|pubdate|publish|publishtime|pub|ptime|datetime|post-time|info|meta|source)(?:$|[-_\d])/i;

export interface TimeContext {
  /** Visible text after the headline (the byline area) and before it. */
  after: string;
  before: string;
  /** The whole visible text, for labelled times far from the headline (发布日期：… below the article). */
  all: string;
  url?: string;
  hintSelectors: readonly string[];
  clock?: Clock;
}

function machineTimes(page: Page): { parts: TimeParts; from: 'meta' | 'script' }[] {
  const out: { parts: TimeParts; from: 'meta' | 'script' }[] = [];
  for (const k of META_TIME_KEYS) {
    const p = parseMachineTime(metaValue(page, k));
    if (p) out.push({ parts: p, from: 'meta' });
  }
  for (const v of page.timeAttributes) {
    const p = parseMachineTime(v);
    if (p) out.push({ parts: p, from: 'meta' });
  }
  const scripts = page.scripts;
  for (const re of SCRIPT_TIME) {
    const m = re.exec(scripts);
    const s = m ? parseMachineTime(m[1]!.trim()) : null;
    if (s) out.push({ parts: s, from: 'script' });
  }
  return out;
}

function plausible(p: TimeParts, urlDate: TimeParts | null): boolean {
  return !urlDate || Math.abs(dayDiff(urlDate, p)) <= 2;
}

function complete(f: FoundTime, machine: TimeParts[], clock: Clock | undefined): TimeParts | null {
  if (f.partial === 'no-year') {
    const ref = machine[0] ?? (clock ? shanghaiParts(clock.now()) : null);
    if (!ref) return null;
    const year = f.month > ref.month + 1 ? ref.year - 1 : ref.year;
    return { year, month: f.month, day: f.day, hour: f.hour, minute: f.minute, second: f.second };
  }
  if (f.partial === 'relative') {
    // Page data with the same instant is what the relative label was printed from.
    const exact = machine[0];
    if (exact) return exact;
    if (!clock) return null;
    const today = shanghaiParts(clock.now());
    const day = addDays({ year: today.year, month: today.month, day: today.day }, -(f.daysAgo ?? 0));
    return f.hour === undefined ? day : { ...day, hour: f.hour, minute: f.minute };
  }
  return f;
}

/**
 * The visible time made more precise by machine data that agrees with it: a page showing 2019-05-17 (or
 * 10:23) whose meta tag says 2019-05-17 10:23:45 gets the seconds. Machine data that disagrees (another
 * day or minute) never overrides what the page shows.
 */
function sharpen(visible: TimeParts, machine: TimeParts[]): TimeParts {
  if (visible.second !== undefined) return visible;
  for (const m of machine) {
    if (m.year !== visible.year || m.month !== visible.month || m.day !== visible.day || m.hour === undefined) continue;
    if (visible.hour === undefined) return m;
    if (m.hour === visible.hour && m.minute === visible.minute) return m.second !== undefined ? m : visible;
  }
  return visible;
}

function fromFound(f: FoundTime): TimeParts {
  return { year: f.year, month: f.month, day: f.day, hour: f.hour, minute: f.minute, second: f.second };
}

/** The first time in a text, completing partial ones; null when none is plausible. */
function firstTimeIn(text: string, machine: TimeParts[], urlDate: TimeParts | null, clock: Clock | undefined): { parts: TimeParts; partial: boolean } | null {
  const full = findFullDates(text, 10).filter((f) => plausible(f, urlDate));
  const partial = findPartialDates(text, 10);
  const firstFull = full[0];
  const firstPartial = partial.find((p) => !firstFull || p.index < firstFull.index);
  if (firstPartial) {
    const c = complete(firstPartial, machine, clock);
    if (c && plausible(c, urlDate)) return { parts: c, partial: true };
  }
  return firstFull ? { parts: fromFound(firstFull), partial: false } : null;
}

export function extractPublishedAt(page: Page, ctx: TimeContext): TimeResult {
  const urlDate = dateFromUrl(ctx.url);
  const machine = machineTimes(page).filter((m) => plausible(m.parts, urlDate));
  const machineParts = machine.map((m) => m.parts);

  const refine = (p: TimeParts) => toIso(sharpen(p, machineParts));
  for (const sel of ctx.hintSelectors) {
    for (const el of page.select(sel)) {
      // A hint may name a meta tag or <time>: its value is in an attribute, not in text.
      const attr = el.attribs.content ?? el.attribs.datetime;
      const fromAttr = attr !== undefined ? parseMachineTime(attr) : null;
      if (fromAttr && plausible(fromAttr, urlDate)) return { publishedAt: toIso(fromAttr), from: 'hint' };
      const t = firstTimeIn(inlineText(el), machineParts, urlDate, ctx.clock);
      if (t) return { publishedAt: refine(t.parts), from: 'hint' };
    }
  }
  const near = firstTimeIn(ctx.after, machineParts, urlDate, ctx.clock);
  if (near) return { publishedAt: refine(near.parts), from: near.partial ? 'visible+data' : 'visible' };
  const beforeDates = findFullDates(ctx.before, 10).filter((f) => plausible(f, urlDate));
  const lastBefore = beforeDates[beforeDates.length - 1];
  if (lastBefore) return { publishedAt: refine(fromFound(lastBefore)), from: 'visible' };

  const labelled = labelledTime(ctx.all, machineParts, urlDate, ctx.clock);
  if (labelled) return { publishedAt: refine(labelled), from: 'visible' };
  const timeEl = timeElement(page, machineParts, urlDate, ctx.clock);
  if (timeEl) return { publishedAt: refine(timeEl), from: 'time-element' };
  const m = machine[0];
  if (m) return { publishedAt: toIso(m.parts), from: m.from };
  if (urlDate) return { publishedAt: toIso(urlDate), from: 'url' };
  return { publishedAt: null, from: 'none' };
}

const TIME_LABEL = /(?:发布|发表|更新|上传)?(?:时间|日期|于)\s{0,2}[:：]?\s{0,3}(?=\d)/g;

/** The first time printed after a label such as 发布日期： or 发布时间： anywhere on the page. */
function labelledTime(text: string, machine: TimeParts[], urlDate: TimeParts | null, clock: Clock | undefined): TimeParts | null {
  TIME_LABEL.lastIndex = 0;
  let tries = 0;
  for (let m = TIME_LABEL.exec(text); m && tries < 50; m = TIME_LABEL.exec(text), tries++) {
    const t = firstTimeIn(text.slice(m.index + m[0].length, m.index + m[0].length + 30), machine, urlDate, clock);
    if (t) return t.parts;
  }
  return null;
}

/** When the headline was not found as an element: the first visible time/date-classed element with a time. */
function timeElement(page: Page, machine: TimeParts[], urlDate: TimeParts | null, clock: Clock | undefined): TimeParts | null {
  const els = page.elements.filter((el) => el.attribs.class !== undefined || el.attribs.id !== undefined);
  let seen = 0;
  for (const el of els) {
    const toks = [...classTokens(el.attribs.class), ...classTokens(el.attribs.id)];
    if (!toks.some((t) => TIME_CLASS.test(t) || t.endsWith('_baidu'))) continue;
    if (++seen > 200) break;
    const text = inlineText(el);
    if (text.length > 200 || isHiddenInTree(el)) continue;
    const t = firstTimeIn(text, machine, urlDate, clock);
    if (t) return t.parts;
  }
  return null;
}

const SOURCE_LABEL = /(?:来源|来自|稿源|出处|转自|source)\s{0,3}[:：]\s{0,3}([^\s|｜_/，,。；;：:（(【\]]{2,30})/gi;
const SOURCE_STOP = /(?:作者|编辑|责任编辑|记者|时间|发布|阅读|浏览|评论|字号|分享|打印|\d{4}[-年]).*$/;
/** Elements that hold the media or account name on common templates (ids kept by central media, self-media account boxes). */
const SOURCE_ELEMENTS = '#source_baidu, #articleSource, #ne_article_source, .date-source .source, .ep-source, #js_name, .author-name, .account-name, .source, #source, span.source';

/** A source as printed, without labels, trailing separators and bracketed notes (游民星空[整理] → 游民星空). */
function cleanSource(raw: string): string {
  return raw
    .replace(/^.*?(?:来源|稿源|出处)\s*[:：]\s*/, '')
    .replace(SOURCE_STOP, '')
    .replace(/[[【(（][^\]】)）]{0,10}[\]】)）]$/, '')
    .replace(/[\s·⋅•|｜:：,，、-]+$/, '')
    .trim();
}

function labelledSource(text: string): string | null {
  SOURCE_LABEL.lastIndex = 0;
  let tries = 0;
  for (let m = SOURCE_LABEL.exec(text); m && tries < 20; m = SOURCE_LABEL.exec(text), tries++) {
    const s = cleanSource(m[1]!);
    // 本站 / 本网 say "this site": not a name.
    if (s.length >= 2 && !/^本(?:站|网)/.test(s)) return s;
  }
  return null;
}

/**
 * The media or account credited: a site hint, the 来源 label next to the headline, known source
 * elements, the label anywhere on the page, page data (media, nickname), then meta tags.
 */
export function extractSource(page: Page, after: string, hintSelectors: readonly string[], all = ''): string | null {
  for (const sel of hintSelectors) {
    const el = page.select(sel)[0];
    if (el) {
      const t = cleanSource(inlineText(el));
      if (t) return t;
    }
  }
  const near = labelledSource(after);
  if (near) return near;
  // Only in the byline zone: feed items in side bars carry the same class names.
  const zone = after.replace(/\s+/g, '');
  for (const el of page.select(SOURCE_ELEMENTS).slice(0, 20)) {
    const text = inlineText(el);
    const t = cleanSource(text);
    if (t.length >= 2 && t.length <= 30 && zone.includes(text.replace(/\s+/g, ''))) return t;
  }
  const anywhere = labelledSource(all);
  if (anywhere) return anywhere;
  const media = /["']?(?:media|source|media_name|mediaName|nickname)["']?\s{0,3}[:=]\s{0,3}["']([^"'\\]{2,30})["']/.exec(page.scripts);
  if (media) return media[1]!;
  return metaValue(page, 'source', 'og:site_name', 'article:author', 'author');
}
