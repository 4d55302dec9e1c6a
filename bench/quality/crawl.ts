// Crawl quality on the replica: titles and publish times of the stored articles (from `ccm dump
// articles`) against /_replica/truth, per site, plus whether every poll saw every homepage and
// every ranking page (from `ccm dump snapshots`), and the share of credit-event articles stored per
// polarity (breach, integrity…). Runs the demo first when the data folder is empty.
//
//   npm run quality:crawl -- [--seed 1] [--days 3] [--data data/demo-1] [--events-per-day n] [--run]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadSettings } from '../../core/settings.js';
import { runDemo } from '../../crawler/demo/index.js';
import { rankingPages } from '../../crawler/poll/index.js';
import { createProgressDisplay } from '../../crawler/scheduler/progress.js';
import { sqliteFile } from '../../indexer/store/index.js';
import type { Source } from '../../core/sources.js';
import { createWorld, startReplica } from '../../replica/index.js';
import { eventCoverage, pollCoverage, scoreArticles, totalsOf, type DumpedArticle, type DumpedSnapshot, type TruthLike } from './crawl-score.js';

const TARGET = 0.98;

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    days: { type: 'string', default: '3' },
    data: { type: 'string' },
    'events-per-day': { type: 'string' },
    run: { type: 'boolean', default: false },
  },
});
const seed = Number(args.seed);
const days = Number(args.days);
const eventsPerDay = args['events-per-day'] ? Number(args['events-per-day']) : undefined;
const settings = loadSettings();
const dataDir = args.data ?? join(settings.dataDir, `demo-${seed}`);

/** One `ccm dump` as parsed JSON lines, read as they stream. */
async function dump<T>(kind: 'articles' | 'snapshots'): Promise<T[]> {
  const child = spawn(process.execPath, ['bin/ccm.js', 'dump', kind, '--data', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const out: T[] = [];
  for await (const line of createInterface({ input: child.stdout })) if (line.trim()) out.push(JSON.parse(line) as T);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`ccm dump ${kind} exited with ${code}`);
  return out;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');

if (args.run || !existsSync(sqliteFile(dataDir))) {
  process.stderr.write(`no crawl in ${dataDir}: running the demo (seed ${seed}, ${days} days) first\n`);
  await runDemo({ seed, days, eventsPerDay, settings: { ...settings, dataDir }, progress: createProgressDisplay(process.stderr) });
}

const world = createWorld({ seed, days: Math.max(1, Math.ceil(days)), ...(eventsPerDay ? { eventsPerDay } : {}) });
const replica = await startReplica({ seed, world, port: 0 });
let truth: TruthLike;
let sources: Source[];
try {
  truth = (await (await fetch(`${replica.baseUrl}/_replica/truth`)).json()) as TruthLike;
  sources = (await (await fetch(`${replica.baseUrl}/_replica/sites`)).json()) as Source[];
} finally {
  await replica.close();
}

// The replica serves on a port chosen at start, so URLs are compared without it.
const portless = (u: string) => u.replace(/^(https?:\/\/[^/:]+):\d+/, '$1');
const articles = (await dump<DumpedArticle>('articles')).map((a) => ({ ...a, url: portless(a.url) }));
const snapshots = (await dump<DumpedSnapshot>('snapshots')).map((s) => ({ ...s, url: portless(s.url), items: s.items.map((i) => ({ url: portless(i.url) })) }));
const truthPortless: TruthLike = {
  articles: truth.articles.map((a) => ({ ...a, url: portless(a.url) })),
  faults: truth.faults.map((f) => ({ ...f, url: portless(f.url) })),
  events: truth.events,
};

const quality = scoreArticles(articles, snapshots, truthPortless);
const national = sources.filter((s) => s.kind === 'national');
const coverage = pollCoverage(snapshots, national.length, national.reduce((n, s) => n + (s.kind === 'national' ? rankingPages(s).length : 0), 0));

const rows = [['site', 'articles', 'title ok', 'time ok', 'body F1', 'missed'], ...quality.map((q) => [q.site, String(q.scored), pct(q.titleOk, q.scored), pct(q.timeOk, q.scored), q.bodyF1 === null ? '–' : q.bodyF1.toFixed(3), String(q.missed)])];
const t = totalsOf(quality);
rows.push(['total', String(t.scored), pct(t.titleOk, t.scored), pct(t.timeOk, t.scored), '', String(t.missed)]);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
const out = process.stdout;
out.write(`crawl quality: ${dataDir} against the replica truth (seed ${seed}, ${days} days)\n\n`);
for (const r of rows) out.write(r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ') + '\n');
out.write(`\npolls: ${coverage.polls}; all ${national.length} homepages in ${coverage.homepagesComplete}, all ranking pages in ${coverage.rankingsComplete}\n`);
for (const g of coverage.gaps) out.write(`  gap ${g}\n`);
const credit = eventCoverage(articles, truthPortless);
out.write(`\ncredit-event articles stored / published, per polarity (channel lists find those on no homepage):\n`);
for (const c of credit) out.write(`  ${c.polarity.padEnd(15)} ${String(c.stored).padStart(5)} / ${String(c.published).padEnd(5)} ${pct(c.stored, c.published)}\n`);
if (t.unknown) out.write(`\n${t.unknown} stored URLs are not in this truth (was the crawl made with another seed or world size?)\n`);
const wrong = quality.flatMap((q) => q.examples);
if (wrong.length) out.write(`\nexamples of errors:\n${wrong.slice(0, 10).map((w) => `  ${w}`).join('\n')}\n`);
const ok = t.scored > 0 && t.titleOk / t.scored >= TARGET && t.timeOk / t.scored >= TARGET && coverage.homepagesComplete === coverage.polls;
out.write(`\n${ok ? 'PASS' : 'FAIL'}: target ≥ ${TARGET * 100}% titles and times, every poll complete\n`);
process.exitCode = ok ? 0 : 1;
