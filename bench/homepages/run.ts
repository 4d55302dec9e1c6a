// Homepage and ranking-list benchmark on saved real pages (shared/benchmarks/homepages): scores the
// snapshot parsers with each site's configured adapter (config/sources, the same path as `ccm snapshot`)
// by the README's rule. The homepage rule for major events is only as good as this recall.
//
// Usage: npm run bench:homepages
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NationalSource } from '../../core/sources.js';
import { isNational, loadSourcesDir } from '../../crawler/registry/index.js';
import { homepageOf, rankingsOf } from '../../crawler/snapshot/index.js';
import { benchmarkDir } from '../extraction/data.js';
import { scoreHomepage, scoreRanking, type HomepageScore, type RankingScore, type TruthRow } from './score.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');

export interface HomepageResult {
  file: string;
  site: string;
  all: HomepageScore;
  visible: HomepageScore;
  ms: number;
}
export interface RankingResult {
  file: string;
  site: string;
  score: RankingScore;
}

export function runHomepageBenchmark(dir = benchmarkDir('homepages'), sourcesDir = join(repoRoot, 'config', 'sources')) {
  const sources = new Map(loadSourcesDir(sourcesDir).filter(isNational).map((s) => [s.id, s] as [string, NationalSource]));
  const rows = readFileSync(join(dir, 'truth.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as TruthRow);
  const homepages: HomepageResult[] = [];
  const rankings: RankingResult[] = [];
  for (const row of rows) {
    const source = sources.get(row.site);
    if (!source) throw new Error(`no source file for site '${row.site}' in ${sourcesDir}`);
    const bytes = readFileSync(join(dir, row.file));
    if (row.kind === 'homepage') {
      const t0 = performance.now();
      const items = homepageOf(source, bytes, row.base_url);
      const ms = performance.now() - t0;
      homepages.push({ file: row.file, site: row.site, all: scoreHomepage(row, items, true), visible: scoreHomepage(row, items.filter((i) => !i.hidden), false), ms });
    } else {
      const { items } = rankingsOf(source, bytes);
      rankings.push({ file: row.file, site: row.site, score: scoreRanking(row, items) });
    }
  }
  return { homepages, rankings };
}

const f3 = (x: number | null) => (x === null ? '   -  ' : x.toFixed(3));

function main(): void {
  const { homepages, rankings } = runHomepageBenchmark();
  console.log('\nHomepages (URL recall / precision over article-pattern URLs; "visible": truth without hidden items vs our items not flagged hidden;\ntitle exact / any-of-titles over matched URLs)\n');
  console.log(`${'file'.padEnd(28)}${'items'.padStart(6)}${'found'.padStart(6)}  recall  prec.  | visible: recall  prec. |  title  t.any    ms`);
  for (const h of homepages) {
    console.log(
      `${h.file.padEnd(28)}${String(h.all.truth).padStart(6)}${String(h.all.found).padStart(6)}  ${f3(h.all.recall)}  ${f3(h.all.precision)} |          ${f3(h.visible.recall)}  ${f3(h.visible.precision)} |  ${f3(h.all.titleExact)}  ${f3(h.all.titleAny)} ${h.ms.toFixed(0).padStart(5)}`,
    );
  }
  const sum = (k: 'truth' | 'found' | 'hits') => homepages.reduce((a, h) => a + h.all[k], 0);
  console.log(`${'all homepages'.padEnd(28)}${String(sum('truth')).padStart(6)}${String(sum('found')).padStart(6)}  ${f3(sum('hits') / sum('truth'))}  ${f3(sum('hits') / sum('found'))}`);

  console.log('\nRankings (aligned by list and rank)\n');
  console.log(`${'file'.padEnd(28)}${'items'.padStart(6)}  url     title   score          lists fully correct`);
  for (const r of rankings) {
    const s = r.score;
    console.log(
      `${r.file.padEnd(28)}${String(s.n).padStart(6)}  ${f3(s.url / s.n)}   ${f3(s.title / s.n)}   ${s.nScore ? `${f3(s.score / s.nScore)} (${s.nScore})` : '   -        '}   ${s.listsCorrect}/${s.lists}`,
    );
  }
  mkdirSync(join(repoRoot, 'bench', 'out'), { recursive: true });
  writeFileSync(join(repoRoot, 'bench', 'out', 'homepages.json'), JSON.stringify({ homepages, rankings }, null, 2));
  console.log('\nwritten: bench/out/homepages.json');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
