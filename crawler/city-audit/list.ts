// Entries of a column's list page: dated rows of an HTML list or table, or items of a JSON (or
// JSONP) endpoint. Only the first page is read: the newest entries are what freshness is judged on.
import * as cheerio from 'cheerio';
import type { ColumnHint } from '../../core/sources.js';
import { resolveHref } from '../urls.js';
import { dateOfValue, findDate } from './dates.js';

export interface ListEntry {
  date: string | null;
  title: string;
  url: string | null;
}

const MAX_TITLE = 300;
/** A written date, to leave out of a title made from a whole row. */
const DATE_TEXT = /(19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?/g;
const clean = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE);

/**
 * Rows of an HTML list page. With a row selector every matching row counts; without one, the
 * innermost `tr`/`li` elements that carry a date are the rows (navigation items carry none).
 */
export function entriesFromHtml(html: string, pageUrl: string, hint: Partial<ColumnHint> = {}, max = 50): ListEntry[] {
  const $ = cheerio.load(html);
  const rows = $(hint.rowSelector ?? 'tr, li')
    .toArray()
    .filter((el) => hint.rowSelector !== undefined || $(el).find('tr, li').length === 0);
  const out: ListEntry[] = [];
  for (const el of rows) {
    const row = $(el);
    const text = row.text();
    const dateText = hint.dateSelector ? row.find(hint.dateSelector).first().text() : text;
    const date = findDate(dateText);
    if (!date && hint.rowSelector === undefined) continue;
    const link = row.find('a[href]').first();
    const cells = row.find('td').toArray().map((td) => clean($(td).text()));
    const rest = hint.dateSelector ? text.replace(dateText, ' ') : text.replace(DATE_TEXT, ' ');
    const title = clean(link.attr('title') ?? '') || clean(link.text()) || cells.filter((c) => !findDate(c)).sort((a, b) => b.length - a.length)[0] || clean(rest);
    if (!title) continue;
    const href = link.attr('href');
    out.push({ date, title, url: href ? resolveHref(href, pageUrl) : null });
    if (out.length >= max) break;
  }
  return out;
}

function getPath(v: unknown, path: string): unknown {
  let cur = v;
  for (const k of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

/** The first array of objects in a JSON document, breadth first (endpoints nest it differently). */
function findItems(v: unknown): unknown[] | null {
  const queue: unknown[] = [v];
  while (queue.length) {
    const cur = queue.shift();
    if (Array.isArray(cur) && cur.some((x) => x !== null && typeof x === 'object' && !Array.isArray(x))) return cur;
    if (cur !== null && typeof cur === 'object') queue.push(...Object.values(cur as object));
  }
  return null;
}

/** Parses a JSON body, or the object inside a JSONP wrapper (`cb({...})`, `var x = {...};`). */
export function parseJsonish(text: string): unknown {
  const t = text.trim();
  try {
    return JSON.parse(t);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    const start = t.search(/[[{]/);
    const end = Math.max(t.lastIndexOf('}'), t.lastIndexOf(']'));
    if (start < 0 || end <= start) throw new SyntaxError('no JSON object or array in the response');
    return JSON.parse(t.slice(start, end + 1));
  }
}

const TITLE_KEYS = ['title', 'name', 'TITLE', 'NAME', 'xmmc', 'XMMC', 'PUNISHNAME', 'punishName', 'ORGNAME', 'orgName', 'subject'];
const DATE_KEY = /date|time|rq|Date|Time|RQ|DATE|TIME/;
const URL_KEYS = ['url', 'link', 'href', 'URL', 'detailUrl'];

export function entriesFromJson(text: string, pageUrl: string, hint: Partial<ColumnHint> = {}, max = 50): ListEntry[] {
  const doc = parseJsonish(text);
  const items = hint.itemsPath ? getPath(doc, hint.itemsPath) : findItems(doc);
  if (!Array.isArray(items)) throw new Error(`no item list${hint.itemsPath ? ` at ${hint.itemsPath}` : ''} in the JSON response`);
  const out: ListEntry[] = [];
  for (const it of items) {
    if (it === null || typeof it !== 'object') continue;
    const rec = it as Record<string, unknown>;
    const titleKey = hint.titleField ?? TITLE_KEYS.find((k) => typeof rec[k] === 'string');
    const dateKey = hint.dateField ?? Object.keys(rec).find((k) => DATE_KEY.test(k) && dateOfValue(rec[k]) !== null);
    const title = titleKey ? clean(String(rec[titleKey] ?? '')) : '';
    if (!title) continue;
    const urlKey = URL_KEYS.find((k) => typeof rec[k] === 'string');
    out.push({
      date: dateKey ? dateOfValue(rec[dateKey]) : null,
      title,
      url: urlKey ? resolveHref(rec[urlKey] as string, pageUrl) : null,
    });
    if (out.length >= max) break;
  }
  return out;
}
