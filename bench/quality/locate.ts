// City attribution quality on the hand-labelled set bench/data/places-eval.jsonl (realistic Chinese
// news headlines and leads with the expected city and county codes), and its speed.
//
//   npm run quality:locate [-- --errors 40 --file bench/data/places-eval.jsonl]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { validateConfig } from '../../core/config.js';
import { defaultGazetteer } from '../../core/gazetteer/index.js';
import { createLocator } from '../../indexer/locate/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: args } = parseArgs({
  options: { file: { type: 'string', default: join(ROOT, 'bench', 'data', 'places-eval.jsonl') }, errors: { type: 'string', default: '30' } },
});

const ItemSchema = z.object({
  id: z.string(),
  category: z.string(),
  title: z.string(),
  lead: z.string().optional(),
  body: z.string().optional(),
  url: z.string().optional(),
  city: z.string().nullable(),
  cityName: z.string().nullable(),
  county: z.string().nullable(),
  countyName: z.string().nullable(),
});
type Item = z.infer<typeof ItemSchema>;

const items: Item[] = readFileSync(args.file!, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l, i) => validateConfig(ItemSchema, JSON.parse(l), `${args.file} line ${i + 1}`));

const locator = createLocator({ gazetteer: defaultGazetteer() });
const results = items.map((item) => ({ item, out: locator.locate(item) }));

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`);
const cityOk = results.filter((r) => (r.out.city?.code ?? null) === r.item.city);
const withCounty = results.filter((r) => r.item.county !== null);
const countyOk = withCounty.filter((r) => r.out.county?.code === r.item.county);
const predictedNull = results.filter((r) => r.out.city === null);
const expectedNull = results.filter((r) => r.item.city === null);
const trueNull = predictedNull.filter((r) => r.item.city === null);

console.log(`places-eval: ${items.length} items (${args.file})`);
console.log(`city accuracy:    ${pct(cityOk.length, results.length)}`);
console.log(`county accuracy:  ${pct(countyOk.length, withCounty.length)} of items with an expected county`);
console.log(`null precision:   ${pct(trueNull.length, predictedNull.length)}`);
console.log(`null recall:      ${pct(trueNull.length, expectedNull.length)}`);
console.log('');
console.log('city accuracy by category:');
const categories = [...new Set(items.map((i) => i.category))];
for (const c of categories) {
  const rs = results.filter((r) => r.item.category === c);
  console.log(`  ${c.padEnd(11)} ${pct(rs.filter((r) => (r.out.city?.code ?? null) === r.item.city).length, rs.length)}`);
}

const wrong = results.filter((r) => (r.out.city?.code ?? null) !== r.item.city || (r.item.county !== null && r.out.county?.code !== r.item.county));
const shown = Number(args.errors);
if (wrong.length && shown > 0) {
  console.log(`\nerrors (${Math.min(shown, wrong.length)} of ${wrong.length}):`);
  for (const { item, out } of wrong.slice(0, shown)) {
    console.log(`  ${item.id} ${item.title}`);
    console.log(`    expected ${item.cityName ?? 'null'}${item.countyName ? ` / ${item.countyName}` : ''}, got ${out.city?.name ?? 'null'}${out.county ? ` / ${out.county.name}` : ''}`);
    console.log(`    ${out.evidence.join('; ')}`);
  }
}

// Speed on one core: headline + lead + a body built from the other items' leads, so every article
// carries about 1,500 characters like a real one.
const leads = items.map((i) => i.lead ?? '');
const articles = items.map((item, k) => ({ title: item.title, lead: item.lead, body: [...leads, ...leads].slice(k + 1, k + 41).join('\n'), url: item.url }));
const chars = articles.reduce((n, a) => n + a.title.length + (a.lead?.length ?? 0) + a.body.length, 0) / articles.length;
const rounds = 20;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let r = 0; r < rounds; r++) for (const a of articles) locator.locate(a);
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(`\nspeed: ${articles.length * rounds} articles of ~${chars.toFixed(0)} characters: ${((articles.length * rounds) / cpuSeconds).toFixed(0)} articles per CPU second (${((articles.length * rounds) / wall).toFixed(0)}/s wall)`);
