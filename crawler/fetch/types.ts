// The fetch layer's contract: a request names its mode and the hosts it may reach; every outcome is a
// value (a page or a classified failure), so one bad page never stops a crawl.

export type FetchMode = 'http' | 'browser';

export type HttpMethod = 'GET' | 'POST';

/** A request body as sent: text (form-encoded or JSON, UTF-8) with its content type. */
export interface RequestBody {
  contentType: string;
  data: string;
}

export interface FetchRequest {
  url: string;
  mode: FetchMode;
  /** Hosts (host or host:port, `*.example.com` for subdomains) the request and its redirects may reach. */
  allowedHosts: readonly string[];
  /** Browser only: wait until this selector matches before reading the page (a missing match is not an error). */
  waitForSelector?: string;
  /** Conditional GET: the server may answer 304 when the page has not changed since. */
  ifModifiedSince?: Date;
  /** Polls are urgent (they must happen at their instant); articles can wait. */
  urgent?: boolean;
  /** Default GET. POST is for list APIs that answer nothing else (http mode only). */
  method?: HttpMethod;
  /** POST only. */
  body?: RequestBody;
  /** Extra headers over the fetcher's defaults; the user agent stays the configured one. */
  headers?: Record<string, string>;
}

export interface FetchedPage {
  ok: true;
  url: string;
  /** URL after redirects. */
  finalUrl: string;
  /** 200-299, or 304 for a conditional request whose page did not change (body empty). */
  status: number;
  headers: Record<string, string>;
  /** Raw bytes as sent (http), or the rendered DOM serialised as UTF-8 (browser). */
  body: Buffer;
  contentType: string | null;
  fetchedWith: FetchMode;
  attempts: number;
}

/** Why a fetch failed; `permanent` kinds are never retried. */
export const FETCH_ERROR_KINDS = [
  'http-status',
  'network',
  'timeout',
  'too-large',
  'redirect-loop',
  'host-not-allowed',
  'robots-disallowed',
  'robots-unavailable',
  'bad-url',
  'bad-request',
  'browser',
  'aborted',
] as const;
export type FetchErrorKind = (typeof FETCH_ERROR_KINDS)[number];

export interface FetchFailure {
  ok: false;
  url: string;
  kind: FetchErrorKind;
  /** HTTP status when the server answered. */
  status: number | null;
  message: string;
  /** True when trying again cannot help (4xx, too large, redirect loop, robots, foreign host). */
  permanent: boolean;
  attempts: number;
}

export type FetchOutcome = FetchedPage | FetchFailure;

/** What an engine (Crawlee HTTP or browser crawler) returns for one request. */
export interface EngineResponse {
  status: number;
  finalUrl: string;
  headers: Record<string, string>;
  body: Buffer;
}

export interface EngineRequest {
  url: string;
  method: HttpMethod;
  /** Sent with POST; its content type is already among the headers. */
  payload?: string;
  allowedHosts: readonly string[];
  headers: Record<string, string>;
  waitForSelector?: string;
  urgent?: boolean;
}

/** One way of fetching pages; it throws a FetchError when no usable response came back. */
export interface Engine {
  readonly mode: FetchMode;
  fetch(req: EngineRequest): Promise<EngineResponse>;
  close(): Promise<void>;
}
