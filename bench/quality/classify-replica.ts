// Classification alone on the replica's articles (no locating or clustering): per-class polarity F1,
// macro-F1, domain and sector accuracy, confusion, and optionally the misclassified reports. Articles are
// given to the classifier exactly as the analysis pipeline gives them (title, first paragraph as lead,
// body). Truths are cached under the OS temp dir, so reruns take seconds.
//
//   npm run quality:classify-replica -- --seeds 101,102 [--days 3] [--errors 20] [--class response]
//
// Development uses seeds 101–110; seeds 1–6 are for the final score only (their errors are never read).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { POLARITIES, type Polarity } from '../../core/types.js';
import { createClassifier } from '../../indexer/classify/index.js';
import { articleText } from '../../indexer/pipeline/analyze-article.js';
import { startReplica, type Truth } from '../../replica/index.js';
import { macroF1, perClass } from './classify-lib.js';

const { values: args } = parseArgs({
  options: {
    seeds: { type: 'string', default: '101,102,103' },
    days: { type: 'string', default: '3' },
    errors: { type: 'string', default: '0' },
    class: { type: 'string' },
    topic: { type: 'boolean', default: false },
    evidence: { type: 'boolean', default: false },
  },
});
const seeds = args.seeds!.split(',').map(Number);
const days = Number(args.days);
const showErrors = Number(args.errors);
if (seeds.some((s) => !Number.isInteger(s)) || !(days > 0) || !(showErrors >= 0)) {
  throw new Error('usage: --seeds <n,n,…> --days <d> --errors <n> [--class <polarity>] [--topic] [--evidence]');
}
const onlyDev = seeds.every((s) => s >= 100);

type Slim = Pick<Truth, 'events'> & { articles: Pick<Truth['articles'][number], 'url' | 'siteId' | 'eventId' | 'title' | 'publishedAt' | 'body'>[] };

async function truthOf(seed: number): Promise<Slim> {
  const dir = join(tmpdir(), 'ccm-classify-replica');
  const file = join(dir, `seed-${seed}-days-${days}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Slim;
  const replica = await startReplica({ seed, days, port: 0 });
  try {
    const t = replica.truth();
    const slim: Slim = {
      events: t.events,
      articles: t.articles.map(({ url, siteId, eventId, title, publishedAt, body }) => ({ url, siteId, eventId, title, publishedAt, body })),
    };
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, JSON.stringify(slim));
    return slim;
  } finally {
    await replica.close();
  }
}

const classifier = createClassifier();
const gold: Polarity[] = [];
const pred: Polarity[] = [];
let credit = 0;
let domainOk = 0;
let sectorOk = 0;
let seconds = 0;
let count = 0;
const errors: string[] = [];
const topicErrors: string[] = [];
for (const seed of seeds) {
  const truth = await truthOf(seed);
  const eventOf = new Map(truth.events.map((e) => [e.id, e]));
  const inputs = truth.articles.map((a) => articleText({ ...a, sourceId: a.siteId, source: null, fetchedAt: a.publishedAt }));
  const t0 = performance.now();
  const results = inputs.map((x) => classifier.classify(x));
  seconds += (performance.now() - t0) / 1000;
  count += inputs.length;
  truth.articles.forEach((a, i) => {
    const e = a.eventId ? eventOf.get(a.eventId) : undefined;
    const g: Polarity = e?.polarity ?? 'irrelevant';
    const r = results[i]!;
    gold.push(g);
    pred.push(r.polarity);
    const why = args.evidence ? `\n      ${r.evidence.join(' | ')}` : '';
    if (g !== r.polarity && e && (!args.class || args.class === g || args.class === r.polarity)) {
      errors.push(`  [${g} → ${r.polarity}] ${a.title}${why}`);
    }
    if (e && g !== 'irrelevant') {
      credit++;
      if (r.domain === e.domain) domainOk++;
      if (r.sector === e.sector) sectorOk++;
      if (r.polarity === g && (r.domain !== e.domain || r.sector !== e.sector)) {
        topicErrors.push(`  [${g} ${e.domain}/${e.sector} → ${r.domain}/${r.sector}] ${a.title}${why}`);
      }
    }
  });
}

const report = perClass(gold, pred);
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
console.log(`replica seeds ${seeds.join(',')} (${days} days): ${gold.length} articles, ${credit} credit reports`);
console.log(`polarity macro-F1 ${macroF1(report).toFixed(3)}; domain ${pct(domainOk / credit)}%; sector ${pct(sectorOk / credit)}%`);
console.log('class            P      R      F1   support');
for (const c of POLARITIES) {
  const r = report[c];
  console.log(`${c.padEnd(15)} ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}  ${String(r.support).padStart(5)}`);
}
console.log('confusion (rows truth, columns predicted)');
console.log(`${''.padEnd(15)}${POLARITIES.map((p) => p.slice(0, 6).padStart(8)).join('')}`);
for (const g of POLARITIES) {
  console.log(`${g.padEnd(15)}${POLARITIES.map((p) => String(gold.filter((x, i) => x === g && pred[i] === p).length).padStart(8)).join('')}`);
}
console.log(`classify throughput ${Math.round(count / seconds)} articles/s (with bodies)`);
if (showErrors > 0) {
  if (!onlyDev) throw new Error('error examples are shown for development seeds (≥ 100) only');
  const pick = (list: string[]) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / showErrors)) === 0).slice(0, showErrors);
  console.log(`\n${errors.length} polarity errors, ${Math.min(showErrors, errors.length)} spread over them:`);
  console.log(pick(errors).join('\n'));
  if (args.topic) {
    console.log(`\n${topicErrors.length} domain/sector errors with the right polarity:`);
    console.log(pick(topicErrors).join('\n'));
  }
}
