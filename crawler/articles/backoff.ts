// When a failed article is tried again, on the Clock: 10 min, 30 min, 1.5 h, 4.5 h… and after
// `maxAttempts` failures it is given up. Permanent failures (4xx, too large, redirect loop, robots,
// foreign host) are given up at once.

export interface BackoffPolicy {
  firstDelayMs: number;
  factor: number;
  maxDelayMs: number;
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { firstDelayMs: 10 * 60_000, factor: 3, maxDelayMs: 12 * 3600_000, maxAttempts: 5 };

/** Delay before attempt `attempts + 1`, given `attempts` failures so far (≥ 1). */
export function retryDelayMs(p: BackoffPolicy, attempts: number): number {
  return Math.min(p.maxDelayMs, p.firstDelayMs * p.factor ** Math.max(0, attempts - 1));
}
