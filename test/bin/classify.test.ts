// `ccm classify` as a user runs it: a real subprocess reading stdin and writing stdout.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CCM = fileURLToPath(new URL('../../bin/ccm.js', import.meta.url));

function ccmClassify(input: string, args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CCM, 'classify', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('ccm classify', () => {
  it('writes one JSON line per input line, in order, with the stable fields', async () => {
    const input = [
      { id: 'n1', title: '化工厂违规储存危化品爆炸致3人死亡', lead: '本报苏州11月20日电' },
      { id: 'n2', title: '信用卡积分兑换大放送' },
      { id: 'n3', title: '市政府印发《社会信用体系建设实施方案》', url: 'http://example.com/a.html', publishedAt: '2026-11-20T10:00:00+08:00' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const { code, stdout } = await ccmClassify(`${input}\n`);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.id, l.polarity])).toEqual([
      ['n1', 'breach'],
      ['n2', 'irrelevant'],
      ['n3', 'policy'],
    ]);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(['id', 'polarity', 'domain', 'sector', 'confidence', 'evidence', 'city', 'province', 'county', 'cities']);
      expect(Array.isArray(l.evidence)).toBe(true);
      expect(Array.isArray(l.cities)).toBe(true);
    }
    expect(lines[0]).toMatchObject({ domain: 'business', sector: 'production-safety' });
  });

  it('fills the place fields from the locator (昆山 → 苏州市)', async () => {
    const { code, stdout, stderr } = await ccmClassify(`${JSON.stringify({ id: 'k', title: '昆山一电子厂偷排废水被罚80万元' })}\n`);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/not installed/);
    expect(JSON.parse(stdout)).toMatchObject({
      polarity: 'breach',
      city: { code: '320500', name: '苏州市' },
      province: { code: '320000' },
      county: { code: '320583', name: '昆山市' },
      cities: [{ code: '320500', role: 'primary' }],
    });
  });

  it('names the model in its evidence, and --no-model classifies with the lexicon rules alone', async () => {
    const line = `${JSON.stringify({ id: 'm', title: '建筑公司拖欠80名农民工工资 工人讨薪无门' })}\n`;
    const withModel = JSON.parse((await ccmClassify(line)).stdout) as { polarity: string; evidence: string[] };
    const rulesOnly = JSON.parse((await ccmClassify(line, ['--no-model'])).stdout) as { polarity: string; evidence: string[] };
    expect(withModel.polarity).toBe('breach');
    expect(withModel.evidence[0]).toMatch(/^model:breach/);
    expect(rulesOnly.polarity).toBe('breach');
    expect(rulesOnly.evidence.some((e) => e.startsWith('model:'))).toBe(false);
  });

  it('turns bad lines into error lines, keeps going and exits 0', async () => {
    const { code, stdout, stderr } = await ccmClassify('not json\n{"id":5}\n{"id":6,"title":"企业偷排废水被罚"}\n');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: null });
    expect(String(lines[0]?.error)).toMatch(/invalid JSON/);
    expect(lines[1]).toEqual({ id: 5, error: 'title: missing' });
    expect(lines[2]).toMatchObject({ id: 6, polarity: 'breach' });
    expect(stderr).toMatch(/2 of 3 lines had errors/);
  });

  it('says what an id must be when it is missing or of the wrong type', async () => {
    const { stdout } = await ccmClassify('{"title":"企业偷排废水被罚"}\n{"id":true,"title":"企业偷排废水被罚"}\n{"id":7,"title":5}\n');
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toEqual({ id: null, error: 'id: required, a string or a number' });
    expect(lines[1]).toEqual({ id: null, error: 'id: required, a string or a number' });
    expect(lines[2]).toEqual({ id: 7, error: 'title: must be a string (the headline)' });
  });

  it('stops quietly when the reader goes away (| head)', async () => {
    const input = Array.from({ length: 50_000 }, (_, i) => JSON.stringify({ id: i, title: '企业偷排废水被罚' })).join('\n');
    const result = await new Promise<{ code: number | null; stderr: string; first: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [CCM, 'classify'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      let first = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.stdout.setEncoding('utf8').once('data', (d: string) => {
        first = d.split('\n')[0] ?? '';
        child.stdout.destroy();
      });
      // The child stops reading once its reader is gone, so our end of its stdin may see EPIPE: expected here.
      child.stdin.on('error', (e: NodeJS.ErrnoException) => expect(e.code).toBe('EPIPE'));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr, first }));
      child.stdin.end(input);
    });
    expect(JSON.parse(result.first)).toMatchObject({ id: 0, polarity: 'breach' });
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/Error|at /);
  });

  it('streams thousands of lines', async () => {
    const n = 5000;
    const input = Array.from({ length: n }, (_, i) => JSON.stringify({ id: i, title: i % 2 ? '企业偷排废水被罚' : '冷空气来袭' })).join('\n');
    const { code, stdout } = await ccmClassify(input);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(n);
    expect(JSON.parse(lines[n - 1] ?? '{}')).toMatchObject({ id: n - 1, polarity: 'breach' });
  });
});
