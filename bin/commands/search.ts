import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { defaultGazetteer, type Gazetteer } from '../../core/gazetteer/index.js';
import { UsageError } from '../../core/errors.js';
import { DEFAULT_SETTINGS_FILE, loadSettings } from '../../core/settings.js';
import { DOMAINS, POLARITIES, SECTORS, type CreditDomain, type Polarity, type Sector } from '../../core/types.js';
import { openStore, sqliteFile } from '../../indexer/store/index.js';
import type { SearchQuery, SearchResult } from '../../indexer/store/types.js';

export interface SearchOptions {
  city?: string;
  province?: string;
  source?: string;
  polarity?: string;
  domain?: string;
  sector?: string;
  from?: string;
  to?: string;
  sort?: string;
  offset?: string;
  limit?: string;
}

/** A place option may be a 6-digit code or a name the gazetteer knows unambiguously (苏州, 昆山 → 苏州市). */
export function placeCode(value: string, level: 'city' | 'province', g: Gazetteer): string {
  if (/^\d{6}$/.test(value)) {
    if (!g.get(value)) throw new UsageError(`--${level}: no division has the code ${value}`);
    return value;
  }
  const r = g.resolve(value);
  if (r.ambiguity === 'unknown' || !r.preferred) throw new UsageError(`--${level}: unknown place '${value}'`);
  const d = r.preferred.division;
  if (level === 'province') return d.provinceCode;
  if (r.placeCodes.length > 1) {
    const options = r.entries.map((e) => `${e.division.code} ${e.division.name}`).join(', ');
    throw new UsageError(`--city: '${value}' is ambiguous (${options}); give the code`);
  }
  const city = d.cityCode;
  if (!city) throw new UsageError(`--city: '${value}' is a province; use --province`);
  return city;
}

function list<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((i) => !(allowed as readonly string[]).includes(i));
  if (bad.length) throw new UsageError(`--${flag}: unknown value ${bad.map((b) => `'${b}'`).join(', ')}; expected any of ${allowed.join(', ')}`);
  return items as T[];
}

function count(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${flag}: expected a non-negative whole number, got '${value}'`);
  return Number(value);
}

/** Command-line options → a store SearchQuery, with user-readable errors for every bad value. */
export function searchQueryFromOptions(text: string | undefined, o: SearchOptions, g: Gazetteer): SearchQuery {
  if (o.sort !== undefined && o.sort !== 'relevance' && o.sort !== 'date') {
    throw new UsageError(`--sort: expected 'relevance' or 'date', got '${o.sort}'`);
  }
  for (const [flag, v] of [['from', o.from], ['to', o.to]] as const) {
    if (v !== undefined && !Number.isFinite(Date.parse(v))) throw new UsageError(`--${flag}: not a date or time: '${v}'`);
  }
  return {
    text,
    cityCode: o.city === undefined ? undefined : placeCode(o.city, 'city', g),
    provinceCode: o.province === undefined ? undefined : placeCode(o.province, 'province', g),
    sourceIds: o.source?.split(',').map((s) => s.trim()).filter(Boolean),
    polarity: list<Polarity>('polarity', o.polarity, POLARITIES),
    domain: list<CreditDomain>('domain', o.domain, DOMAINS),
    sector: list<Sector>('sector', o.sector, SECTORS),
    from: o.from,
    to: o.to,
    sort: o.sort as SearchQuery['sort'],
    offset: count('offset', o.offset),
    limit: count('limit', o.limit),
  };
}

/** Plain-text rendering for a terminal: highlights shown as 【…】, markup removed. */
export function formatResult(r: SearchResult, offset: number): string {
  const plain = (html: string) =>
    html
      .replace(/<em>/g, '【')
      .replace(/<\/em>/g, '】')
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  const lines = [`${r.total} matches${r.hits.length ? `, showing ${offset + 1}–${offset + r.hits.length}` : ''}`];
  r.hits.forEach((h, i) => {
    const tags = [h.sourceId, h.publishedAt ?? 'no date', h.polarity ?? 'not analysed', h.cityCode ?? ''].filter(Boolean).join(' · ');
    lines.push('', `${offset + i + 1}. ${plain(h.titleHtml)}`, `   ${tags}`, `   ${h.url}`);
    for (const f of h.highlights.slice(0, 2)) lines.push(`   … ${plain(f)} …`);
  });
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('search')
    .description('full-text search over stored articles (Chinese text is segmented as at index time)')
    .argument('[text]', 'words to find; all must occur (title or body). Omit to list by filters only')
    .option('--data <dir>', 'data folder (default: dataDir of the settings, "data")')
    .option('--config <file>', 'settings file', DEFAULT_SETTINGS_FILE)
    .option('--city <code|name>', 'primary city of the article, e.g. 320500 or 苏州')
    .option('--province <code|name>', 'province of the article, e.g. 江苏')
    .option('--source <ids>', 'comma-separated source ids, e.g. people,sina')
    .option('--polarity <list>', `comma-separated: ${POLARITIES.join(', ')}`)
    .option('--domain <list>', `comma-separated: ${DOMAINS.join(', ')}`)
    .option('--sector <list>', 'comma-separated sectors (see core/types.ts SECTORS)')
    .option('--from <date>', 'published at or after (ISO; a date alone is read in Beijing time)')
    .option('--to <date>', 'published before')
    .option('--sort <order>', 'relevance (default with text) or date')
    .option('--offset <n>', 'skip this many hits')
    .option('--limit <n>', 'hits to show (default 20)')
    .option('--json', 'print the result as one JSON object')
    .action(async (text: string | undefined, opts: SearchOptions & { data?: string; config: string; json?: boolean }) => {
      const query = searchQueryFromOptions(text, opts, defaultGazetteer());
      const settings = loadSettings(opts.config);
      if (opts.data !== undefined) settings.dataDir = opts.data;
      if (settings.store.kind === 'sqlite' && !existsSync(sqliteFile(settings.dataDir))) {
        throw new UsageError(`no store in ${settings.dataDir}; pass --data <dir> or run a crawl first`);
      }
      const store = await openStore(settings);
      try {
        let result: SearchResult;
        try {
          result = await store.search(query);
        } catch (e) {
          if (e instanceof RangeError) throw new UsageError(e.message);
          throw e;
        }
        process.stdout.write((opts.json ? JSON.stringify(result) : formatResult(result, query.offset ?? 0)) + '\n');
      } finally {
        await store.close();
      }
    });
}
