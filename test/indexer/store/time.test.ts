import { describe, expect, it } from 'vitest';
import { instantMs, optionalInstantMs } from '../../../indexer/store/time.js';

describe('instants of ISO times', () => {
  it('compares offsets as instants', () => {
    expect(instantMs('2026-11-20T10:00:00+08:00')).toBe(instantMs('2026-11-20T02:00:00.000Z'));
    expect(instantMs('2026-11-20T10:00:00+0800')).toBe(instantMs('2026-11-20T02:00:00Z'));
  });

  it('reads date-only and zone-less values in Beijing time', () => {
    expect(instantMs('2026-11-20')).toBe(Date.parse('2026-11-19T16:00:00Z'));
    expect(instantMs('2026-11-20T10:23')).toBe(Date.parse('2026-11-20T02:23:00Z'));
  });

  it('refuses what is not an ISO date, quoting it', () => {
    expect(() => instantMs('2026年11月20日')).toThrow(/not an ISO 8601 date.*2026年11月20日/);
    expect(() => instantMs('2026-13-45')).toThrow(RangeError);
    expect(() => instantMs('Nov 20 2026')).toThrow(RangeError);
    expect(optionalInstantMs(null)).toBeNull();
  });
});
