// Article URL paths shaped like each real site's (research/sites.md): the date sits in the path
// the way the site puts it there, ids have the site's alphabet and length.
import { shanghaiParts } from '../../core/clock.js';
import type { Channel } from '../text/scenario.js';
import { DIGITS, HEX, LOWER_ALNUM, UPPER_ALNUM, randomString, type Rng } from '../world/rng.js';
import type { NationalSiteId } from './profiles.js';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

const PEOPLE_CATALOG: Partial<Record<Channel, number>> = { politics: 1001, world: 1002, opinion: 1003, economy: 1004, finance: 1004, society: 1008, law: 1008, local: 1008, tech: 1007, culture: 1013, sports: 1012, ent: 1012, health: 14739 };
const XINHUA_CHANNEL: Partial<Record<Channel, string>> = { politics: 'politics', local: 'local', economy: 'fortune', finance: 'fortune', law: 'legal', society: 'legal', world: 'world', tech: 'tech', sports: 'sports', ent: 'ent', culture: 'culture', health: 'health', opinion: 'comments' };
const CE_SECTION: Partial<Record<Channel, string>> = { economy: 'xwzx/gnsz/gdxw', finance: 'finance/bank', local: 'district/newarea', society: 'xwzx/shgj/gdxw', law: 'xwzx/shgj/gdxw', tech: 'cysc/tech', world: 'xwzx/gjss/gdxw' };
const SINA_PATH: Partial<Record<Channel, string>> = { politics: 'c/gat', society: 's', law: 's', local: 'c/xl', economy: 'finance/review', finance: 'finance/stock', world: 'w/zx', tech: 'tech/it', sports: 'sports/g', ent: 'ent/s', culture: 'cul/c', health: 'health/c', opinion: 'pl' };

/**
 * The URL path of a new article. `variant` picks between the site's URL generations where the site
 * has several (中国网 .htm/.shtml/.html; 网易 news/dy; 腾讯 A/V ids).
 */
export function articlePath(site: NationalSiteId, publishedAt: number, channel: Channel, rng: Rng): string {
  const { year, month, day } = shanghaiParts(publishedAt);
  const ymd = `${year}${pad(month)}${pad(day)}`;
  const mmdd = `${pad(month)}${pad(day)}`;
  switch (site) {
    case 'people':
      return `/n1/${year}/${mmdd}/c${PEOPLE_CATALOG[channel] ?? 1001}-${randomString(rng, DIGITS, 8).replace(/^0/, '3')}.html`;
    case 'xinhuanet':
      return `/${XINHUA_CHANNEL[channel] ?? 'politics'}/${ymd}/${randomString(rng, HEX, 32)}/c.html`;
    case 'china':
      return `/${year}-${pad(month)}/${pad(day)}/content_${randomString(rng, DIGITS, 9).replace(/^0/, '1')}.${rng.pick(['htm', 'shtml', 'html'])}`;
    case 'cctv':
      return `/${year}/${pad(month)}/${pad(day)}/ARTI${randomString(rng, UPPER_ALNUM + 'abcdefghijklmnopqrstuvwxyz', 20)}${String(year).slice(2)}${mmdd}.shtml`;
    case 'qstheory':
      return `/${ymd}/${randomString(rng, HEX, 32)}/c.html`;
    case 'chinadaily':
      return `/a/${year}${pad(month)}/${pad(day)}/WS${randomString(rng, HEX, 24)}.html`;
    case 'cnr':
      return `/native/gd/${rng.chance(0.3) ? 'kx/' : ''}${ymd}/t${ymd}_${randomString(rng, DIGITS, 9).replace(/^0/, '5')}.shtml`;
    case 'cri': {
      const h = (n: number) => randomString(rng, HEX, n);
      return `/${ymd}/${h(8)}-${h(4)}-${h(4)}-${h(4)}-${h(12)}.html`;
    }
    case 'cyol':
      return `/gb/articles/${year}-${pad(month)}/${pad(day)}/content_${randomString(rng, LOWER_ALNUM, 10)}.html`;
    case 'gmw':
      return `/${year}-${pad(month)}/${pad(day)}/content_${randomString(rng, DIGITS, 8).replace(/^0/, '3')}.htm`;
    case 'ce':
      return `/${CE_SECTION[channel] ?? 'xwzx/gnsz/gdxw'}/${year}${pad(month)}/${pad(day)}/t${ymd}_${randomString(rng, DIGITS, 8).replace(/^0/, '3')}.shtml`;
    case 'sina':
      return `/${SINA_PATH[channel] ?? 'c/xl'}/${year}-${pad(month)}-${pad(day)}/doc-i${randomString(rng, 'abcdefghijklmnopqrstuvwxyz', 4)}${randomString(rng, LOWER_ALNUM, 11)}.shtml`;
    case '163':
      return `/${rng.pick(['news', 'dy', 'dy', 'money'])}/article/${randomString(rng, UPPER_ALNUM, 16)}.html`;
    case 'sohu':
      return `/a/${rng.int(700000000, 899999999)}_${rng.pick(['121106991', '115565', '260616', '120054288', '100116740', String(rng.int(100000, 999999))])}`;
    case 'qq':
      return `/rain/a/${ymd}${rng.chance(0.9) ? 'A' : 'V'}${randomString(rng, UPPER_ALNUM, 6)}00`;
  }
}

/** Regular expressions the source descriptors publish for article URLs (matched on the path). */
export const ARTICLE_PATTERNS: Record<NationalSiteId, string[]> = {
  people: ['/n[12]/\\d{4}/\\d{4}/c\\d+-\\d+(?:-\\d+)?\\.html$'],
  xinhuanet: ['/\\d{8}/[0-9a-f]{32}/c\\.html$'],
  china: ['/\\d{4}-\\d{2}/\\d{2}/content_\\d+\\.s?html?$'],
  cctv: ['/\\d{4}/\\d{2}/\\d{2}/ARTI[0-9A-Za-z]{20}\\d{6}\\.shtml$'],
  qstheory: ['/\\d{8}/[0-9a-f]{32}/c\\.html$'],
  chinadaily: ['/a/\\d{6}/\\d{2}/WS[0-9a-f]{24}\\.html$'],
  cnr: ['/\\d{8}/t\\d{8}_\\d+\\.shtml$'],
  cri: ['/\\d{8}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.html$'],
  cyol: ['/gb/articles/\\d{4}-\\d{2}/\\d{2}/content_[0-9a-z]+\\.html$'],
  gmw: ['/\\d{4}-\\d{2}/\\d{2}/content_\\d+\\.htm$'],
  ce: ['/\\d{6}/\\d{2}/t\\d{8}_\\d+\\.shtml$'],
  sina: ['/\\d{4}-\\d{2}-\\d{2}/doc-i[0-9a-z]+\\.shtml$'],
  '163': ['/article/[0-9A-Z]{16}\\.html$'],
  sohu: ['/a/\\d+_\\d+(?:\\?.*)?$'],
  qq: ['/rain/a/\\d{8}[A-Z][0-9A-Z]{6}00$'],
};

/**
 * Patterns for a site's descriptor: the site's origin, any leading channel directories, then the
 * site's article path shape.
 */
export function articleUrlPatterns(site: NationalSiteId, origin: string): string[] {
  const host = origin.replace(/^https?:/, '').replace(/[.]/g, '\\.');
  return ARTICLE_PATTERNS[site].map((p) => `^(?:https?:)?${host}(?:/[\\w-]+)*${p}`);
}
