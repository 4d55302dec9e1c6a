// nodejieba against Python jieba on the same real Chinese news text with the same dictionaries (the
// main dictionary nodejieba ships and the project's generated user dictionary), in one run:
// throughput of each, their ratio, and how often the two put token boundaries in the same places.
//
//   npm run bench:segmentation [-- --rounds 3 --corpus <file with one text per line>]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as cheerio from 'cheerio';
import { defaultSegmenter } from '../../indexer/segment/index.js';
import { JIEBA_MAIN_DICT, loadedJieba } from '../../indexer/segment/jieba.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PAGES = join(ROOT, '..', 'shared', 'benchmarks', 'extraction', 'pages');
const OUT = join(ROOT, 'bench', 'out', 'segmentation');
const VENV = join(ROOT, 'bench', '.venv');
const PY_JIEBA = 'jieba==0.42.1';

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, corpus: { type: 'string' } } });
const rounds = Math.max(1, Number(args.rounds));

/** Paragraphs of the 62 real news pages of the extraction benchmark (scripts and styles removed). */
function newsCorpus(): string[] {
  const lines: string[] = [];
  for (const f of readdirSync(PAGES).filter((n) => n.endsWith('.html')).sort()) {
    const $ = cheerio.load(readFileSync(join(PAGES, f), 'utf8'));
    $('script, style, noscript').remove();
    $('p, div, li, h1, h2, h3, td, br').after('\n');
    for (const raw of $('body').text().split('\n')) {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (line.length >= 10) lines.push(line);
    }
  }
  return [...new Set(lines)];
}

function pythonWithJieba(): string {
  const py = join(VENV, 'bin', 'python');
  if (!existsSync(py)) execFileSync('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
  try {
    execFileSync(py, ['-c', 'import jieba'], { stdio: 'ignore' });
  } catch {
    console.error(`installing ${PY_JIEBA} into ${VENV} (benchmark only)`);
    execFileSync(join(VENV, 'bin', 'pip'), ['install', '-q', PY_JIEBA], { stdio: 'inherit' });
  }
  return py;
}

/** Offsets where a token ends inside the line (the line's end excluded). */
function boundaries(tokens: readonly string[]): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (const t of tokens.slice(0, -1)) out.add((at += t.length));
  return out;
}

function time<T>(fn: () => T): { seconds: number; value: T } {
  let best = Infinity;
  let value!: T;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    value = fn();
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return { seconds: best, value };
}

const lines = args.corpus ? readFileSync(args.corpus, 'utf8').split('\n').filter(Boolean) : newsCorpus();
const chars = lines.reduce((n, l) => n + l.length, 0);
mkdirSync(OUT, { recursive: true });
const corpusFile = join(OUT, 'corpus.txt');
writeFileSync(corpusFile, lines.join('\n'));

const t0 = performance.now();
const segmenter = defaultSegmenter();
const nodeLoad = (performance.now() - t0) / 1000;
const jieba = loadedJieba();
const node = time(() => lines.map((l) => jieba.cut(l, true)));
const indexText = time(() => lines.map((l) => segmenter.indexText(l)));

const tokensFile = join(OUT, 'python-tokens.jsonl');
const pyOut = execFileSync(pythonWithJieba(), [join(ROOT, 'bench', 'segmentation', 'jieba_peer.py'), JIEBA_MAIN_DICT, segmenter.userDictPath, corpusFile, tokensFile, String(rounds)], {
  encoding: 'utf8',
  maxBuffer: 1 << 26,
});
const py = JSON.parse(pyOut.trim().split('\n').pop()!) as { load_s: number; cut_s: number; chars: number; tokens: number };
const pyTokens = readFileSync(tokensFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as string[]);

let shared = 0;
let union = 0;
let identical = 0;
let compared = 0;
node.value.forEach((nt, i) => {
  const pt = pyTokens[i];
  if (!pt || nt.join('') !== lines[i] || pt.join('') !== lines[i]) return;
  compared++;
  const a = boundaries(nt);
  const b = boundaries(pt);
  for (const x of a) if (b.has(x)) shared++;
  union += new Set([...a, ...b]).size;
  if (nt.length === pt.length && nt.every((t, k) => t === pt[k])) identical++;
});

const rate = (s: number) => `${(chars / s / 1e6).toFixed(2)} M chars/s`;
const nodeTokens = node.value.reduce((n, t) => n + t.length, 0);
console.log(`corpus: ${lines.length} paragraphs, ${chars} characters (${args.corpus ?? 'shared/benchmarks/extraction pages'}); best of ${rounds} rounds`);
console.log('same dictionaries: main', JIEBA_MAIN_DICT, '+ user', segmenter.userDictPath);
console.log('');
console.log('segmenter                 load      cut               tokens');
console.log(`nodejieba (HMM)           ${nodeLoad.toFixed(2)} s    ${rate(node.seconds).padEnd(18)}${nodeTokens}`);
console.log(`python jieba 0.42 (HMM)   ${py.load_s.toFixed(2)} s    ${rate(py.cut_s).padEnd(18)}${py.tokens}`);
console.log(`ccm indexText             -         ${rate(indexText.seconds)}`);
console.log('');
console.log(`ratio: nodejieba is ${(py.cut_s / node.seconds).toFixed(2)}× the throughput of python jieba`);
console.log(`token boundary agreement (Jaccard over ${compared} paragraphs): ${(shared / union).toFixed(4)}`);
console.log(`paragraphs segmented identically: ${((identical / compared) * 100).toFixed(1)}%`);
