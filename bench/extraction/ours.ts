// Runs our extractor over the benchmark pages: used by the benchmark and by its regression test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleHints } from '../../core/sources.js';
import { decodeHtml } from '../../crawler/charset.js';
import { extractArticle } from '../../crawler/extract/index.js';
import { scorePage, type PageScore, type Prediction, type TruthRow } from './score.js';

export function readTruth(dir: string): TruthRow[] {
  return readFileSync(join(dir, 'truth.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as TruthRow);
}

export interface PageResult {
  file: string;
  site: string;
  /** The credited media or account; the README's rule does not score it, the benchmark reports it. */
  source: string | null;
  pred: Prediction;
  score: PageScore;
}

/**
 * Our predictions and scores; `seconds` is extraction time only (files are read and decoded before
 * timing). `hintsFor` supplies a site's configured hints; the benchmark itself runs without any.
 */
export function runOurs(dir: string, rows: TruthRow[], hintsFor: (site: string) => Partial<ArticleHints> | undefined = () => undefined): { results: PageResult[]; seconds: number } {
  const pages = rows.map((r) => ({ row: r, html: decodeHtml(readFileSync(join(dir, r.file))).text }));
  extractArticle(pages[0]!.html);
  const t0 = performance.now();
  const preds = pages.map(({ row, html }) => extractArticle(html, { hints: hintsFor(row.site) }));
  const seconds = (performance.now() - t0) / 1000;
  const results = pages.map(({ row }, i) => {
    const a = preds[i]!;
    const pred: Prediction = { title: a.title, publish_time: a.publishedAt, content: a.body };
    return { file: row.file, site: row.site, source: a.source, pred, score: scorePage(row, pred) };
  });
  return { results, seconds };
}

export interface FieldTotals {
  title: [number, number];
  time: [number, number];
  body: [number, number];
}

export function totals(scores: PageScore[]): FieldTotals {
  const t: FieldTotals = { title: [0, 0], time: [0, 0], body: [0, 0] };
  for (const s of scores) {
    t.title[0] += Number(s.title);
    t.title[1]++;
    if (s.time !== undefined) {
      t.time[0] += Number(s.time);
      t.time[1]++;
    }
    if (s.body !== undefined) {
      t.body[0] += Number(s.body);
      t.body[1]++;
    }
  }
  return t;
}
