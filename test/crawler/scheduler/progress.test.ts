import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgressDisplay, progressLine } from '../../../crawler/scheduler/progress.js';
import { emptySite } from '../../../crawler/scheduler/stats.js';

const stats = { people: { ...emptySite(), polls: 4, snapshots: 4, articles: 10, errors: 1 }, sina: { ...emptySite(), polls: 6, snapshots: 5, articles: 3, errors: 1 } };
const state = { at: new Date('2026-11-20T02:30:00Z'), tick: 16, ticks: 432, stats };

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  const out = Object.assign(
    new Writable({
      write(c, _e, cb) {
        chunks.push(String(c));
        cb();
      },
    }),
    { isTTY, columns: 200 },
  );
  return { out, chunks };
}

describe('progress display', () => {
  it('shows simulated Beijing time, the tick and totals over all sites', () => {
    expect(progressLine(state)).toBe('2026-11-20 10:30 | tick 16/432 | polls 10 | snapshots 9 | articles 13 | errors 2');
  });

  it('rewrites one line on a terminal', () => {
    const { out, chunks } = sink(true);
    const d = createProgressDisplay(out);
    d.update(state);
    d.update({ ...state, tick: 17 });
    d.done(state);
    expect(chunks.every((c) => c.startsWith('\r\x1b[K'))).toBe(true);
    expect(chunks.join('').split('\n')).toHaveLength(2);
  });

  it('prints a line every few seconds otherwise, and always the last state', () => {
    const { out, chunks } = sink(false);
    const d = createProgressDisplay(out, 60_000);
    for (let i = 0; i < 50; i++) d.update({ ...state, tick: i });
    d.done(state);
    expect(chunks).toHaveLength(2);
    expect(chunks.every((c) => c.endsWith('\n') && !c.includes('\r'))).toBe(true);
  });
});
