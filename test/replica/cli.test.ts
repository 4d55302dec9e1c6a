import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';

const CCM = new URL('../../bin/ccm.js', import.meta.url).pathname;

describe('ccm replica', () => {
  it('prints its base URL as the first stdout line, serves the control endpoints, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [CCM, 'replica', '--seed', '9', '--days', '1', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const first = await new Promise<string>((resolve, reject) => {
        const rl = createInterface({ input: child.stdout });
        rl.once('line', resolve);
        child.once('exit', () => reject(new Error('ccm replica exited before printing its URL')));
      });
      expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const sites = (await (await fetch(`${first}/_replica/sites`)).json()) as { id: string }[];
      expect(sites.filter((s) => !s.id.startsWith('city-'))).toHaveLength(15);
      const moved = await fetch(`${first}/_replica/clock`, { method: 'POST', body: JSON.stringify({ t: '2026-11-20T10:00:00+08:00' }) });
      expect(((await moved.json()) as { t: string }).t).toBe('2026-11-20T10:00:00+08:00');
      const truth = (await (await fetch(`${first}/_replica/truth?bodies=0`)).json()) as { events: unknown[]; articles: unknown[] };
      expect(truth.events.length).toBeGreaterThan(30);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 30_000);

  it('rejects a bad option with a message and exit code 2', async () => {
    const child = spawn(process.execPath, [CCM, 'replica', '--seed', '1', '--days', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('--days');
  }, 30_000);
});
