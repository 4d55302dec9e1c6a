import { describe, expect, it } from 'vitest';
import { shanghaiParts, simulatedClock, toShanghaiIso } from '../../core/clock.js';

describe('clock', () => {
  it('a simulated clock only moves when told to', () => {
    const c = simulatedClock('2026-11-21T00:00:00Z');
    expect(c.now().toISOString()).toBe('2026-11-21T00:00:00.000Z');
    c.advance(10 * 60_000);
    expect(c.nowMs()).toBe(Date.parse('2026-11-21T00:10:00Z'));
    c.set('2026-12-01T08:00:00+08:00');
    expect(c.now().toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('refuses to move backwards or to an invalid time', () => {
    const c = simulatedClock(0);
    expect(() => c.advance(-1)).toThrow(RangeError);
    expect(() => c.set('not a time')).toThrow(RangeError);
  });

  it('formats Beijing time with an explicit +08:00 offset', () => {
    expect(toShanghaiIso(Date.parse('2026-11-20T16:30:05Z'))).toBe('2026-11-21T00:30:05+08:00');
    expect(shanghaiParts(Date.parse('2026-11-20T16:30:05Z'))).toMatchObject({ year: 2026, month: 11, day: 21, hour: 0 });
  });
});
