// A crawl killed with SIGKILL in the middle and restarted ends with exactly what an uninterrupted
// crawl of the same world stores: no snapshot or article twice, none missing, and the articles right
// against the replica truth (≥ 98% titles and publish times).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openSqliteStore } from '../../../indexer/store/sqlite/index.js';
import { createWorld, startReplica, type Truth } from '../../../replica/index.js';
import { scoreArticles, totalsOf } from '../../../bench/quality/crawl-score.js';
import type { ArticleRecord, Snapshot } from '../../../core/types.js';
import { collect } from '../fixtures/collect.js';

const SEED = 7;
const DAYS = '0.1';
const root = mkdtempSync(join(tmpdir(), 'ccm-resume-'));
const killed = join(root, 'killed');
const reference = join(root, 'reference');
const children = new Set<ChildProcess>();

function demo(data: string, extra: string[] = []) {
  const child = spawn(process.execPath, ['bin/ccm.js', 'demo', '--days', DAYS, '--seed', String(SEED), '--data', data, '--no-serve', ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  return { child, exited, out: () => stdout, err: () => stderr };
}

async function contents(dir: string): Promise<{ snapshots: Snapshot[]; articles: ArticleRecord[] }> {
  const store = await openSqliteStore({ file: join(dir, 'ccm.sqlite') });
  try {
    return { snapshots: await collect(store.listSnapshots()), articles: await collect(store.listArticles()) };
  } finally {
    await store.close();
  }
}

const snapKey = (s: Snapshot) => `${s.sourceId} ${s.kind} ${s.url.replace(/:\d+\//, '/')} ${s.takenAt}`;
const portless = (u: string) => u.replace(/^(https?:\/\/[^/:]+):\d+/, '$1');

let truth: Truth;
let a: Awaited<ReturnType<typeof contents>>;
let b: Awaited<ReturnType<typeof contents>>;
let resumedOut = '';

beforeAll(async () => {
  const ref = demo(reference);
  const first = demo(killed);
  // Kill once the crawl is well under way: polls stored and articles being fetched.
  await new Promise<void>((resolve, reject) => {
    const t = setInterval(() => {
      if (/articles [1-9]\d{1,}/.test(first.err())) {
        clearInterval(t);
        first.child.kill('SIGKILL');
        resolve();
      } else if (first.child.exitCode !== null) {
        clearInterval(t);
        reject(new Error(`the first run ended before it could be killed:\n${first.err()}`));
      }
    }, 100);
  });
  expect((await first.exited).signal).toBe('SIGKILL');
  const second = demo(killed, ['--resume']);
  const [r2, r1] = await Promise.all([second.exited, ref.exited]);
  expect(r2.code, second.err()).toBe(0);
  expect(r1.code, ref.err()).toBe(0);
  resumedOut = second.out();
  [a, b] = await Promise.all([contents(killed), contents(reference)]);
  const replica = await startReplica({ seed: SEED, world: createWorld({ seed: SEED, days: 1 }), port: 0 });
  try {
    truth = replica.truth();
  } finally {
    await replica.close();
  }
}, 900_000);

afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
});

it('resumes after the last completed tick', () => {
  expect(resumedOut).toMatch(/resumed after 2026-11-20 \d\d:\d\d/);
});

it('stores every poll exactly once, as the uninterrupted crawl does', () => {
  const keys = a.snapshots.map(snapKey);
  expect(new Set(keys).size).toBe(keys.length);
  expect([...keys].sort()).toEqual(b.snapshots.map(snapKey).sort());
  const takenAt = new Set(a.snapshots.map((s) => s.takenAt));
  expect(takenAt.size).toBe(15);
  for (const t of takenAt) expect(a.snapshots.filter((s) => s.takenAt === t && s.kind === 'homepage')).toHaveLength(15);
});

it('stores the same articles, each once, with the same content', () => {
  const urls = a.articles.map((x) => portless(x.url));
  expect(new Set(urls).size).toBe(urls.length);
  const ref = new Map(b.articles.map((x) => [portless(x.url), x.contentHash]));
  expect([...urls].sort()).toEqual([...ref.keys()].sort());
  for (const x of a.articles) expect(x.contentHash).toBe(ref.get(portless(x.url)));
});

it('misses no article it saw, and reads ≥ 98% of titles and publish times right', () => {
  const t = { articles: truth.articles.map((x) => ({ ...x, url: portless(x.url) })), faults: truth.faults.map((f) => ({ ...f, url: portless(f.url) })) };
  const q = scoreArticles(
    a.articles.map((x) => ({ ...x, url: portless(x.url) })),
    a.snapshots.map((s) => ({ ...s, items: s.items.map((i) => ({ url: portless(i.url) })) })),
    t,
  );
  const total = totalsOf(q);
  expect(total.scored).toBeGreaterThan(300);
  expect(total.unknown).toBe(0);
  expect(total.missed).toBe(0);
  expect(total.titleOk / total.scored).toBeGreaterThanOrEqual(0.98);
  expect(total.timeOk / total.scored).toBeGreaterThanOrEqual(0.98);
});
