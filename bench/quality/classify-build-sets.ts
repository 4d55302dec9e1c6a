// Turns the compact hand-written sources in bench/data/classify-src/*.txt into the JSON-lines sets
// bench/data/classify-<name>.jsonl that the quality scripts and the model training read. The format is
// described in bench/data/classify-src/README.md.
//   npx tsx bench/quality/classify-build-sets.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { DOMAINS, SECTORS, type CreditDomain, type Polarity, type Sector } from '../../core/types.js';

const SRC = new URL('../data/classify-src/', import.meta.url);
const POLARITY: Record<string, Polarity> = { B: 'breach', I: 'integrity', P: 'policy', M: 'implementation', R: 'response', X: 'irrelevant' };
const DOMAIN: Record<string, CreditDomain | null> = { g: 'government', b: 'business', s: 'social', j: 'judicial', '-': null };
const SECTOR: Record<string, Sector | null> = {
  fd: 'food-drug', ps: 'production-safety', ff: 'finance-fraud', en: 'environment', wg: 'wages-social-security', tx: 'tax',
  co: 'construction', pr: 'price', ec: 'e-commerce', hc: 'healthcare', ed: 'education-research', tr: 'transport', ip: 'ip',
  gd: 'government-debt', je: 'judgment-enforcement', ot: 'other', '-': null,
};
const STYLES = new Set(['wire', 'local', 'paper', 'portal', 'gov', 'comment', 'qa', 'num']);

function parseLine(line: string, where: string, id: string): Record<string, unknown> {
  const [head = '', title = '', lead = '', body = ''] = line.split('|').map((s) => s.trim());
  const [p = '', d = '', s = '', style = '', kase] = head.split(/\s+/);
  const polarity = POLARITY[p];
  const domain = DOMAIN[d];
  const sector = SECTOR[s];
  if (!polarity || domain === undefined || sector === undefined || !STYLES.has(style) || !title) {
    throw new Error(`${where}: cannot read "${line.slice(0, 60)}…" (head "${head}")`);
  }
  if ((polarity === 'irrelevant') !== (domain === null) || (domain === null) !== (sector === null)) {
    throw new Error(`${where}: domain and sector are '-' exactly for irrelevant items`);
  }
  if (domain && !DOMAINS.includes(domain)) throw new Error(`${where}: unknown domain`);
  if (sector && !SECTORS.includes(sector)) throw new Error(`${where}: unknown sector`);
  return {
    id,
    title,
    ...(lead ? { lead } : {}),
    ...(body ? { body: body.split('/').map((x) => x.trim()).join('\n') } : {}),
    polarity,
    domain,
    sector,
    ...(kase ? { case: kase } : {}),
    style,
  };
}

for (const file of readdirSync(SRC).filter((f) => f.endsWith('.txt')).sort()) {
  const name = file.replace(/\.txt$/, '');
  const lines = readFileSync(new URL(file, SRC), 'utf8').split('\n');
  const out: string[] = [];
  const titles = new Set<string>();
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const item = parseLine(line, `${file}:${i + 1}`, `${name}-${String(out.length + 1).padStart(4, '0')}`);
    if (titles.has(item.title as string)) throw new Error(`${file}:${i + 1}: duplicate title ${String(item.title)}`);
    titles.add(item.title as string);
    out.push(JSON.stringify(item));
  });
  writeFileSync(new URL(`../data/classify-${name}.jsonl`, import.meta.url), `${out.join('\n')}\n`);
  console.log(`${file} → classify-${name}.jsonl (${out.length} items)`);
}
