import { describe, expect, it } from 'vitest';
import { createHostGate } from '../../../crawler/politeness/host-gate.js';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe('host gate', () => {
  it('never has more than `concurrency` requests in flight on one host', async () => {
    const gate = createHostGate({ concurrency: 2, minIntervalMs: 0 });
    let inFlight = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        const release = await gate.acquire('a.example');
        inFlight++;
        peak = Math.max(peak, inFlight);
        await sleep(10);
        inFlight--;
        release();
      }),
    );
    expect(peak).toBe(2);
  });

  it('lets different hosts run side by side', async () => {
    const gate = createHostGate({ concurrency: 1, minIntervalMs: 0 });
    const a = await gate.acquire('a.example');
    const b = await Promise.race([gate.acquire('b.example'), sleep(100).then(() => null)]);
    expect(b).not.toBeNull();
    a();
    b!();
  });

  it('spaces request starts on one host by the minimum interval', async () => {
    const gate = createHostGate({ concurrency: 4, minIntervalMs: 60 });
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        const release = await gate.acquire('a.example');
        starts.push(Date.now());
        release();
      }),
    );
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(59);
  });

  it('with a Crawl-delay, runs one request at a time and waits the delay after each one ends', async () => {
    const gate = createHostGate({ concurrency: 4, minIntervalMs: 0 });
    const spans: [number, number][] = [];
    await Promise.all(
      Array.from({ length: 3 }, async () => {
        const release = await gate.acquire('slow.example', 80);
        const start = Date.now();
        await sleep(30);
        spans.push([start, Date.now()]);
        release();
      }),
    );
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0] - spans[i - 1]![1]).toBeGreaterThanOrEqual(79);
  });
});
