// Classifies everything that can go wrong in a fetch into a few kinds the crawler acts on: retry later
// (5xx, network, timeout) or give up with a clear reason (4xx, too large, redirect loop, robots, host).
import type { FetchErrorKind } from './types.js';

export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

const PERMANENT_KINDS: ReadonlySet<FetchErrorKind> = new Set([
  'too-large',
  'redirect-loop',
  'host-not-allowed',
  'robots-disallowed',
  'bad-url',
  'bad-request',
]);

/** 4xx answers are final (the page is gone or forbidden); 5xx may be a passing overload. */
export function isPermanent(kind: FetchErrorKind, status: number | null): boolean {
  if (kind === 'http-status') return status !== null && status >= 400 && status < 500 && status !== 408 && status !== 429;
  return PERMANENT_KINDS.has(kind);
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ERR_STREAM_PREMATURE_CLOSE',
  'ECONNABORTED',
]);

/** Maps an error thrown by got, Crawlee or Playwright to a FetchError. */
export function classifyError(e: unknown): FetchError {
  // got wraps an error we raised mid-stream in its own RequestError; ours is on the cause chain.
  for (let c: unknown = e, depth = 0; c instanceof Error && depth < 5; c = c.cause, depth++) {
    if (c instanceof FetchError) return c;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  const code = (err as { code?: unknown }).code;
  const msg = err.message.split('\n')[0] ?? err.message;
  if (err.name === 'MaxRedirectsError' || code === 'ERR_TOO_MANY_REDIRECTS' || /ERR_TOO_MANY_REDIRECTS|Redirected \d+ times/.test(msg)) {
    return new FetchError('redirect-loop', `redirect loop or chain too long: ${msg}`);
  }
  if (err.name === 'TimeoutError' || code === 'ETIMEDOUT' || /timed? ?out|Timeout/i.test(msg)) {
    return new FetchError('timeout', `timed out: ${msg}`);
  }
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return new FetchError('network', `${code}: ${msg}`);
  if (/net::ERR_|Target page, context or browser has been closed|Navigation failed/.test(msg)) {
    return /net::ERR_TOO_MANY_REDIRECTS/.test(msg)
      ? new FetchError('redirect-loop', `redirect loop: ${msg}`)
      : new FetchError('browser', msg);
  }
  return new FetchError('network', msg);
}
