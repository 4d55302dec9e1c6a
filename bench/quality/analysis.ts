// Analysis quality on the replica's ground truth, over several seeds: polarity macro-F1, domain and
// city accuracy, event clustering pairwise precision/recall/F1, response links, and the reprint
// detector comparison (MinHash over character shingles vs SimHash over weighted words) that chose
// the near-duplicate method. Articles come from the replica's programmatic API: the truth articles
// carry title, body, URL and publish time, so nothing is crawled.
//
//   npm run quality:analysis [-- --seeds 1,2,3 --days 3 --examples 8]
import { parseArgs } from 'node:util';
import type { Polarity } from '../../core/types.js';
import { POLARITIES } from '../../core/types.js';
import { DEFAULT_LSH, estimateJaccard, textSignature } from '../../indexer/dedup/minhash.js';
import { hammingDistance, simhash, type Fingerprint } from '../../indexer/dedup/simhash.js';
import { defaultTermWeighting, weightedTerms } from '../../indexer/dedup/terms.js';
import { analyzeArticles } from '../../indexer/pipeline/analyze-articles.js';
import { defaultAnalyzers } from '../../indexer/pipeline/analyzers.js';
import type { AnalyzableArticle } from '../../indexer/pipeline/analyze-article.js';
import { startReplica, type Truth } from '../../replica/index.js';

const { values: args } = parseArgs({
  options: {
    seeds: { type: 'string', default: '1,2,3' },
    days: { type: 'string', default: '3' },
    examples: { type: 'string', default: '6' },
  },
});
const seeds = args.seeds!.split(',').map(Number);
const days = Number(args.days);
const examples = Number(args.examples);
if (seeds.some((s) => !Number.isInteger(s)) || !(days > 0) || !(examples >= 0)) {
  throw new Error('usage: --seeds <n,n,…> (integers) --days <d> (> 0) --examples <n> (≥ 0)');
}

interface SeedScores {
  seed: number;
  articles: number;
  events: number;
  polarityMacroF1: number;
  polarityF1: Record<Polarity, number>;
  domainAccuracy: number;
  sectorAccuracy: number;
  cityAccuracy: number;
  cityAccuracyNamed: number;
  clustering: PairScores;
  clusteringCredit: PairScores;
  responseLinks: { right: number; wrong: number; missing: number };
  /** Share of truth events whose main predicted event (holding most of its reports) has the true polarity. */
  eventPolarityAccuracy: number;
  dedup: DedupScores;
  articlesPerSecond: number;
}

interface PairScores {
  precision: number;
  recall: number;
  f1: number;
}

interface DedupScores {
  reprintPairs: number;
  hardNegativePairs: number;
  minhash: { threshold: number; recall: number; falsePositiveRate: number };
  simhash: { k3: { recall: number; falsePositiveRate: number }; best: { k: number; recall: number; falsePositiveRate: number } };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const f3 = (x: number) => x.toFixed(3);

async function loadTruth(seed: number): Promise<{ truth: Truth; reprints: [string, string][]; hardNegatives: [string, string][] }> {
  const replica = await startReplica({ seed, days, port: 0 });
  try {
    const truth = replica.truth();
    // The world knows which reports reprint the wire copy; the truth lists them in the same order.
    const style = new Map(replica.world.articles.map((a, i) => [truth.articles[i]!.url, a.style]));
    return { truth, ...dedupPairs(truth, style) };
  } finally {
    await replica.close();
  }
}

/** Reprint pairs (two wire reports of one event) and hard negatives (reports of two events of one city and sector within 72 hours). */
function dedupPairs(truth: Truth, style: Map<string, string>): { reprints: [string, string][]; hardNegatives: [string, string][] } {
  const eventOf = new Map(truth.events.map((e) => [e.id, e]));
  const reprints: [string, string][] = [];
  const hardNegatives: [string, string][] = [];
  const reports = truth.articles.filter((a) => a.eventId && eventOf.get(a.eventId)!.cityCode);
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      const a = reports[i]!;
      const b = reports[j]!;
      if (a.eventId === b.eventId) {
        if (style.get(a.url) === 'wire' && style.get(b.url) === 'wire') reprints.push([a.url, b.url]);
        continue;
      }
      const ea = eventOf.get(a.eventId!)!;
      const eb = eventOf.get(b.eventId!)!;
      const close = Math.abs(Date.parse(a.publishedAt) - Date.parse(b.publishedAt)) < 72 * 3600_000;
      if (close && ea.cityCode === eb.cityCode && ea.sector === eb.sector) hardNegatives.push([a.url, b.url]);
    }
  }
  return { reprints, hardNegatives };
}

function compareDedup(truth: Truth, reprints: [string, string][], hardNegatives: [string, string][]): DedupScores {
  const seg = defaultAnalyzers().segmenter;
  const w = defaultTermWeighting();
  const body = new Map(truth.articles.map((a) => [a.url, a.body]));
  const sig = new Map<string, Uint32Array | null>();
  const fp = new Map<string, Fingerprint>();
  const signature = (u: string) => sig.get(u) ?? sig.set(u, textSignature(body.get(u)!)).get(u)!;
  const fingerprint = (u: string) => fp.get(u) ?? fp.set(u, simhash(weightedTerms(seg.cut(body.get(u)!), w))).get(u)!;
  const jac = (p: [string, string]) => {
    const a = signature(p[0]);
    const b = signature(p[1]);
    return a && b ? estimateJaccard(a, b) : 0;
  };
  const ham = (p: [string, string]) => hammingDistance(fingerprint(p[0]), fingerprint(p[1]));
  const share = (pairs: [string, string][], hit: (p: [string, string]) => boolean) => (pairs.length ? pairs.filter(hit).length / pairs.length : 0);
  const t = DEFAULT_LSH.threshold;
  const hamPos = reprints.map(ham);
  const hamNeg = hardNegatives.map(ham);
  const simAt = (k: number) => ({
    recall: hamPos.length ? hamPos.filter((d) => d <= k).length / hamPos.length : 0,
    falsePositiveRate: hamNeg.length ? hamNeg.filter((d) => d <= k).length / hamNeg.length : 0,
  });
  let best = { k: 0, ...simAt(0) };
  for (let k = 1; k <= 20; k++) {
    const s = simAt(k);
    if (s.recall - s.falsePositiveRate > best.recall - best.falsePositiveRate) best = { k, ...s };
  }
  return {
    reprintPairs: reprints.length,
    hardNegativePairs: hardNegatives.length,
    minhash: { threshold: t, recall: share(reprints, (p) => jac(p) >= t), falsePositiveRate: share(hardNegatives, (p) => jac(p) >= t) },
    simhash: { k3: simAt(3), best },
  };
}

/** Pairwise precision/recall/F1 of a clustering against truth groups, over the given items. */
function pairScores(items: { predicted: string; truth: string }[]): PairScores {
  const pairs = (counts: Map<string, number>) => [...counts.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
  const count = (key: (x: { predicted: string; truth: string }) => string) => {
    const m = new Map<string, number>();
    for (const x of items) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
    return m;
  };
  const both = pairs(count((x) => `${x.predicted}\u0000${x.truth}`));
  const predicted = pairs(count((x) => x.predicted));
  const truth = pairs(count((x) => x.truth));
  const precision = predicted ? both / predicted : 1;
  const recall = truth ? both / truth : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

async function scoreSeed(seed: number): Promise<SeedScores> {
  const { truth, reprints, hardNegatives } = await loadTruth(seed);
  const eventOf = new Map(truth.events.map((e) => [e.id, e]));
  const articles: AnalyzableArticle[] = truth.articles.map((a) => ({
    url: a.url,
    sourceId: a.siteId,
    title: a.title,
    publishedAt: a.publishedAt,
    source: a.source,
    body: a.body,
    fetchedAt: a.publishedAt,
  }));
  const analyzers = defaultAnalyzers();
  const started = performance.now();
  const result = analyzeArticles(articles, { analyzers, analyzedAt: new Date().toISOString() });
  const seconds = (performance.now() - started) / 1000;
  const analysis = new Map(result.analyses.map((x) => [x.url, x.analysis]));
  const rows = truth.articles.map((a) => {
    const e = a.eventId ? eventOf.get(a.eventId)! : null;
    return { a, e, got: analysis.get(a.url)!, truthPolarity: (e?.polarity ?? 'irrelevant') as Polarity };
  });

  // Polarity: every article (filler news is irrelevant), macro-F1 over the six classes.
  const polarityF1 = Object.fromEntries(
    POLARITIES.map((p) => {
      const tp = rows.filter((r) => r.truthPolarity === p && r.got.polarity === p).length;
      const fp = rows.filter((r) => r.truthPolarity !== p && r.got.polarity === p).length;
      const fn = rows.filter((r) => r.truthPolarity === p && r.got.polarity !== p).length;
      return [p, tp ? (2 * tp) / (2 * tp + fp + fn) : 0];
    }),
  ) as Record<Polarity, number>;
  const polarityMacroF1 = POLARITIES.reduce((s, p) => s + polarityF1[p], 0) / POLARITIES.length;

  const credit = rows.filter((r) => r.e && r.e.polarity !== 'irrelevant');
  const domainAccuracy = credit.filter((r) => r.got.domain === r.e!.domain).length / credit.length;
  const sectorAccuracy = credit.filter((r) => r.got.sector === r.e!.sector).length / credit.length;
  const reports = rows.filter((r) => r.e);
  // The locator names the prefecture as the city and a county-level city (县级市, ranked in the county
  // tier) as the county: a county-tier event is located right when its county is.
  const countyTier = new Set(truth.cities.filter((c) => c.tier === 'county').map((c) => c.code));
  const locatedAs = (r: Row) => (r.e!.cityCode && countyTier.has(r.e!.cityCode) ? r.got.county?.code : r.got.city?.code) ?? null;
  const cityOk = (r: Row) => locatedAs(r) === r.e!.cityCode;
  const cityAccuracy = reports.filter(cityOk).length / reports.length;
  const named = reports.filter((r) => r.e!.cityCode !== null);
  const cityAccuracyNamed = named.filter(cityOk).length / named.length;

  const clusterItems = reports.map((r) => ({ predicted: r.got.eventId!, truth: r.e!.id, credit: r.e!.polarity !== 'irrelevant' }));
  const clustering = pairScores(clusterItems);
  const clusteringCredit = pairScores(clusterItems.filter((x) => x.credit));

  // Response links: the event holding a response's first report should point at the event holding its breach's reports.
  const predictedEvent = new Map(result.events.map((e) => [e.id, e]));
  const truthOfUrl = new Map(truth.articles.map((a) => [a.url, a.eventId]));
  const responseLinks = { right: 0, wrong: 0, missing: 0 };
  for (const e of truth.events.filter((x) => x.polarity === 'response' && x.respondsTo && x.articleUrls.length)) {
    const mine = predictedEvent.get(analysis.get(e.articleUrls[0]!)!.eventId!);
    const target = mine?.respondsTo ? predictedEvent.get(mine.respondsTo) : undefined;
    if (!target) responseLinks.missing++;
    else if (target.articleUrls.some((u) => truthOfUrl.get(u) === e.respondsTo)) responseLinks.right++;
    else responseLinks.wrong++;
  }

  // Events vote over their reports, so an event's polarity can be right where some reports' are not.
  let eventsRight = 0;
  let eventsScored = 0;
  for (const e of truth.events) {
    const votes = new Map<string, number>();
    for (const u of e.articleUrls) {
      const id = analysis.get(u)?.eventId;
      if (id) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    const main = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (!main) continue;
    eventsScored++;
    if (predictedEvent.get(main[0])?.polarity === e.polarity) eventsRight++;
  }
  const eventPolarityAccuracy = eventsScored ? eventsRight / eventsScored : 0;

  if (examples > 0) printExamples(seed, rows, examples, cityOk);
  return {
    seed,
    articles: rows.length,
    events: result.events.length,
    polarityMacroF1,
    polarityF1,
    domainAccuracy,
    sectorAccuracy,
    cityAccuracy,
    cityAccuracyNamed,
    clustering,
    clusteringCredit,
    responseLinks,
    eventPolarityAccuracy,
    dedup: compareDedup(truth, reprints, hardNegatives),
    articlesPerSecond: rows.length / seconds,
  };
}

type Row = {
  a: Truth['articles'][number];
  e: Truth['events'][number] | null;
  got: { polarity: string; city: { code: string; name: string } | null; county: { code: string; name: string } | null; evidence: string[] };
  truthPolarity: Polarity;
};

function printExamples(seed: number, rows: Row[], n: number, cityOk: (r: Row) => boolean): void {
  const wrongPolarity = rows.filter((r) => r.e && r.got.polarity !== r.truthPolarity);
  const wrongCity = rows.filter((r) => r.e && !cityOk(r));
  console.log(`\nseed ${seed}: ${wrongPolarity.length} polarity errors on event reports, first ${Math.min(n, wrongPolarity.length)}:`);
  for (const r of wrongPolarity.slice(0, n)) console.log(`  [${r.truthPolarity} → ${r.got.polarity}] ${r.a.title}`);
  console.log(`seed ${seed}: ${wrongCity.length} city errors, first ${Math.min(n, wrongCity.length)}:`);
  for (const r of wrongCity.slice(0, n)) {
    const why = r.got.evidence.filter((x) => /city|→/.test(x) && !/^cue:|^rule:|^sector:|^domain:/.test(x)).slice(0, 3).join('; ');
    const got = `${r.got.city?.code ?? 'none'} ${r.got.city?.name ?? ''}${r.got.county ? ` / ${r.got.county.code} ${r.got.county.name}` : ''}`;
    console.log(`  [${r.e!.cityCode ?? 'none'} → ${got}] ${r.a.title} | ${why}`);
  }
}

const all: SeedScores[] = [];
for (const seed of seeds) all.push(await scoreSeed(seed));

console.log(`\nAnalysis quality on the replica (${days} days per seed; clustering over event reports, filler news excluded)`);
console.log('seed  articles  events  polarity-mF1  domain  sector  city(all)  city(named)  pairP  pairR  pairF1  creditF1  responses(ok/wrong/none)  art/s');
for (const s of all) {
  console.log(
    `${String(s.seed).padEnd(6)}${String(s.articles).padEnd(10)}${String(s.events).padEnd(8)}${f3(s.polarityMacroF1).padEnd(14)}${pct(s.domainAccuracy).padEnd(8)}${pct(s.sectorAccuracy).padEnd(8)}` +
      `${pct(s.cityAccuracy).padEnd(11)}${pct(s.cityAccuracyNamed).padEnd(13)}${f3(s.clustering.precision).padEnd(7)}${f3(s.clustering.recall).padEnd(7)}${f3(s.clustering.f1).padEnd(8)}` +
      `${f3(s.clusteringCredit.f1).padEnd(10)}${`${s.responseLinks.right}/${s.responseLinks.wrong}/${s.responseLinks.missing}`.padEnd(26)}${s.articlesPerSecond.toFixed(0)}`,
  );
}
const mean = (f: (s: SeedScores) => number) => all.reduce((t, s) => t + f(s), 0) / all.length;
console.log(
  `mean  polarity macro-F1 ${f3(mean((s) => s.polarityMacroF1))} (target ≥ 0.90), domain ${pct(mean((s) => s.domainAccuracy))}, ` +
    `city ${pct(mean((s) => s.cityAccuracy))} (target ≥ 95%), clustering pairwise F1 ${f3(mean((s) => s.clustering.f1))} (target ≥ 0.90; credit events only ${f3(mean((s) => s.clusteringCredit.f1))})`,
);
console.log(`per-class polarity F1 (mean): ${POLARITIES.map((p) => `${p} ${f3(mean((s) => s.polarityF1[p]))}`).join(', ')}`);
console.log(`event polarity (the event's vote over its reports) right for ${pct(mean((s) => s.eventPolarityAccuracy))} of truth events`);

console.log('\nReprint detection (same wire copy on two sites) vs hard negatives (two events of one city and sector within 72 h):');
for (const s of all) {
  const d = s.dedup;
  console.log(
    `  seed ${s.seed}: ${d.reprintPairs} reprint pairs, ${d.hardNegativePairs} hard negatives | MinHash 5-shingles J ≥ ${d.minhash.threshold}: ` +
      `recall ${pct(d.minhash.recall)}, false positives ${pct(d.minhash.falsePositiveRate)} | SimHash k ≤ 3: recall ${pct(d.simhash.k3.recall)}, ` +
      `false positives ${pct(d.simhash.k3.falsePositiveRate)}; best k = ${d.simhash.best.k}: recall ${pct(d.simhash.best.recall)}, false positives ${pct(d.simhash.best.falsePositiveRate)}`,
  );
}
