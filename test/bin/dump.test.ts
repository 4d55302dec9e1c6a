import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteFile } from '../../indexer/store/index.js';
import { openSqliteStore } from '../../indexer/store/sqlite/index.js';
import { analysis, article, homepage, ranking } from '../indexer/store/fixtures.js';
import { charSegmenter } from '../indexer/store/sqlite/synthetic.js';

const CCM = fileURLToPath(new URL('../../bin/ccm.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ccm-dump-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ccm(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CCM, ...args], { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ES_URL: '' } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

const lines = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(async () => {
  const store = await openSqliteStore({ file: sqliteFile(dir), segmenter: charSegmenter });
  await store.upsertArticles([
    article({ url: 'https://d.example.cn/1', fetchedAt: '2026-11-20T01:00:00.000Z', discoveredUrl: 'https://d.example.cn/1?spm=x' }),
    article({ url: 'https://d.example.cn/2', fetchedAt: '2026-11-21T01:00:00.000Z', sourceId: 'xinhua', title: '<script>alert(1)</script>' }),
    ...Array.from({ length: 3_000 }, (_, i) => article({ url: `https://d.example.cn/bulk/${i}`, fetchedAt: '2026-11-22T00:00:00.000Z', sourceId: 'bulk' })),
  ]);
  await store.setAnalyses([{ url: 'https://d.example.cn/1', analysis: analysis() }]);
  await store.addSnapshot(homepage());
  await store.addSnapshot(ranking({ takenAt: '2026-11-21T00:00:00.000Z' }));
  await store.close();
});

describe('ccm dump', () => {
  it('prints articles with the documented fields, analysis flattened and null until analysed', async () => {
    const { code, stdout, stderr } = await ccm('dump', 'articles', '--data', dir, '--since', '2026-11-20T00:00:00Z', '--source', 'people');
    expect(code).toBe(0);
    expect(stderr).toContain('ccm dump: 1 articles');
    const a = analysis();
    expect(lines(stdout)).toEqual([
      {
        url: 'https://d.example.cn/1',
        discoveredUrl: 'https://d.example.cn/1?spm=x',
        sourceId: 'people',
        title: article({ url: '' }).title,
        publishedAt: '2026-11-20T10:00:00+08:00',
        source: '人民网',
        body: article({ url: '' }).body,
        fetchedAt: '2026-11-20T01:00:00.000Z',
        firstFetchedAt: '2026-11-20T01:00:00.000Z',
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        polarity: a.polarity,
        domain: a.domain,
        sector: a.sector,
        severity: a.severity,
        confidence: a.confidence,
        city: a.city,
        province: a.province,
        county: null,
        eventId: a.eventId,
        evidence: a.evidence,
        analyzedAt: a.analyzedAt,
        analysisVersion: a.version,
      },
    ]);
    const later = lines((await ccm('dump', 'articles', '--data', dir, '--since', '2026-11-21T09:00:00+08:00', '--source', 'xinhua', '--no-body')).stdout);
    expect(later).toHaveLength(1);
    expect(later[0]).toMatchObject({ url: 'https://d.example.cn/2', title: '<script>alert(1)</script>', polarity: null, city: null, eventId: null });
    expect(later[0]).not.toHaveProperty('body');
  });

  it('prints one line per snapshot with its items', async () => {
    const snaps = lines((await ccm('dump', 'snapshots', '--data', dir)).stdout);
    expect(snaps).toEqual([
      { ...homepage(), id: expect.any(String) },
      { ...ranking({ takenAt: '2026-11-21T00:00:00.000Z' }), id: expect.any(String) },
    ]);
  });

  it('streams: a reader that stops early ends the dump cleanly', async () => {
    const child = spawn(process.execPath, [CCM, 'dump', 'articles', '--data', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const first = await new Promise<string>((resolve) => {
      let buf = '';
      child.stdout.on('data', (c: Buffer) => {
        buf += c.toString();
        if (buf.includes('\n')) {
          resolve(buf.slice(0, buf.indexOf('\n')));
          child.stdout.destroy();
        }
      });
    });
    expect(JSON.parse(first)).toMatchObject({ url: 'https://d.example.cn/1' });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect({ code, stderr: stderr.replace(/ccm dump: \d+ articles\n/, '') }).toEqual({ code: 0, stderr: '' });
  });

  it('refuses a bad kind, a bad --since and a missing store with a clear message', async () => {
    const kind = await ccm('dump', 'pages', '--data', dir);
    expect(kind.code).not.toBe(0);
    expect(kind.stderr).toMatch(/Allowed choices are articles, snapshots, events, audits/);
    const since = await ccm('dump', 'articles', '--data', dir, '--since', '上周');
    expect(since).toMatchObject({ code: 2, stdout: '' });
    expect(since.stderr).toContain('--since: not an ISO 8601 date');
    const missing = await ccm('dump', 'articles', '--data', join(dir, 'nowhere'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`no store in ${join(dir, 'nowhere')}`);
  });
});
