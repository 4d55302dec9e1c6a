// Everything that depends on "now" takes a Clock, so the replica can run days of simulated time in
// minutes and tests are deterministic.

export interface Clock {
  now(): Date;
  /** Milliseconds since the epoch, same instant as now(). */
  nowMs(): number;
}

export interface SimulatedClock extends Clock {
  readonly simulated: true;
  set(t: Date | string | number): void;
  advance(ms: number): void;
}

export function realClock(): Clock {
  return { now: () => new Date(), nowMs: () => Date.now() };
}

export function simulatedClock(start: Date | string | number): SimulatedClock {
  let t = toMs(start);
  return {
    simulated: true,
    now: () => new Date(t),
    nowMs: () => t,
    set(v) {
      t = toMs(v);
    },
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`clock can only move forward, got ${ms} ms`);
      t += ms;
    },
  };
}

function toMs(v: Date | string | number): number {
  const ms = v instanceof Date ? v.getTime() : typeof v === 'number' ? v : Date.parse(v);
  if (!Number.isFinite(ms)) throw new RangeError(`not a valid time: ${String(v)}`);
  return ms;
}

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** ISO 8601 in Beijing time with an explicit +08:00 offset (China has no DST). */
export function toShanghaiIso(d: Date | number): string {
  const ms = (d instanceof Date ? d.getTime() : d) + SHANGHAI_OFFSET_MS;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+08:00');
}

/** Calendar fields of an instant in Beijing time. */
export function shanghaiParts(d: Date | number): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const x = new Date((d instanceof Date ? d.getTime() : d) + SHANGHAI_OFFSET_MS);
  return {
    year: x.getUTCFullYear(),
    month: x.getUTCMonth() + 1,
    day: x.getUTCDate(),
    hour: x.getUTCHours(),
    minute: x.getUTCMinutes(),
    second: x.getUTCSeconds(),
  };
}
