// The demo's closing table: per national site its polls, snapshots, channel polls, articles and errors, the city
// credit sites summed in one row, and totals.
import type { Source } from '../../core/sources.js';
import { emptySite, totals, type CrawlStats, type SiteStats } from '../scheduler/stats.js';

interface Row {
  site: string;
  polls: string;
  snapshots: string;
  channels: string;
  articles: string;
  audits: string;
  errors: string;
}

const COLUMNS: (keyof Row)[] = ['site', 'polls', 'snapshots', 'channels', 'articles', 'audits', 'errors'];
const HEAD: Row = { site: 'site', polls: 'polls', snapshots: 'snapshots', channels: 'channel polls', articles: 'articles', audits: 'city audits', errors: 'errors' };

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}

function row(site: string, s: SiteStats): Row {
  return { site, polls: String(s.polls), snapshots: String(s.snapshots), channels: String(s.channelPolls), articles: String(s.articles), audits: String(s.audits), errors: String(s.errors) };
}

export function summaryTable(sources: readonly Source[], stats: CrawlStats): string {
  const rows: Row[] = [];
  const national = sources.filter((s) => s.kind === 'national');
  const cities = sources.filter((s) => s.kind === 'city-credit');
  for (const s of national) rows.push(row(`${s.name} (${s.id})`, stats[s.id] ?? emptySite()));
  if (cities.length) {
    const cityStats: CrawlStats = Object.fromEntries(cities.map((c) => [c.id, stats[c.id] ?? emptySite()]));
    rows.push(row(`city credit sites (${cities.length})`, totals(cityStats)));
  }
  const all = [HEAD, ...rows, row('total', totals(Object.fromEntries(sources.map((s) => [s.id, stats[s.id] ?? emptySite()]))))];
  const widths = COLUMNS.map((c) => Math.max(...all.map((r) => width(r[c]))));
  const line = (r: Row) => COLUMNS.map((c, i) => pad(r[c], widths[i]!, i > 0)).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(HEAD), rule, ...rows.map(line), rule, line(all[all.length - 1]!)].join('\n');
}
