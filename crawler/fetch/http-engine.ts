// Static fetching with Crawlee's HttpCrawler. We want the bytes exactly as sent, because charset
// detection is ours (crawler/charset.ts): Crawlee would otherwise re-encode by the header's charset,
// which is wrong for pages that lie about it. Forcing the `latin1` encoding makes it pass bytes through.
import { HttpCrawler } from '@crawlee/http';
import type { IncomingHttpHeaders } from 'node:http';
import { inMemoryCrawleeConfig, keepAliveCrawlerOptions } from './crawlee-config.js';
import { FetchError, classifyError } from './errors.js';
import { isHostAllowed } from './hosts.js';
import { keepAliveDriver } from './keep-alive-driver.js';
import type { Engine, EngineRequest, EngineResponse } from './types.js';

export interface HttpEngineOptions {
  /** Whole request, body included. */
  timeoutMs: number;
  /** Larger bodies are aborted mid-download. */
  maxBytes: number;
  /** More redirects than this is treated as a loop. */
  maxRedirects: number;
  /** Requests in flight across all hosts (per-host limits are the fetcher's job). */
  concurrency: number;
}

interface UserData {
  headers: Record<string, string>;
  allowedHosts: readonly string[];
}

interface Streamish {
  on(event: 'downloadProgress', cb: (p: { transferred: number }) => void): void;
  destroy(e?: Error): void;
}

const ALL_5XX = Array.from({ length: 100 }, (_, i) => 500 + i);

export function flattenHeaders(h: IncomingHttpHeaders | Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) {
    if (v === undefined || v === null) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  }
  return out;
}

function tooLarge(maxBytes: number, got: number | string): FetchError {
  return new FetchError('too-large', `page larger than ${maxBytes} bytes (${got})`);
}

export function createHttpEngine(o: HttpEngineOptions): Engine {
  const driver = keepAliveDriver<EngineResponse>(
    (settle) =>
      new HttpCrawler(
        {
          ...keepAliveCrawlerOptions(o),
          forceResponseEncoding: 'latin1',
          additionalMimeTypes: ['*/*'],
          // Every status reaches the handler; the fetcher decides what is retried.
          ignoreHttpErrorStatusCodes: ALL_5XX,
          statusMessageLoggingInterval: 3600,
          autoscaledPoolOptions: { maybeRunIntervalSecs: 0.02 },
          preNavigationHooks: [
            ({ request }, gotOptions) => {
              const ud = request.userData as UserData;
              Object.assign(gotOptions, {
                // Browser-fingerprint headers are for evading bot detection; we say who we are.
                useHeaderGenerator: false,
                headers: ud.headers,
                maxRedirects: o.maxRedirects,
                followRedirect: (res: { url: string; headers: IncomingHttpHeaders }) => {
                  const loc = res.headers.location;
                  if (!loc) return false;
                  return isHostAllowed(new URL(loc, res.url).href, ud.allowedHosts);
                },
              });
            },
          ],
          postNavigationHooks: [
            ({ response }) => {
              const declared = Number(response.headers['content-length']);
              const stream = response as unknown as Streamish;
              if (Number.isFinite(declared) && declared > o.maxBytes) {
                const err = tooLarge(o.maxBytes, `Content-Length ${declared}`);
                stream.destroy(err);
                throw err;
              }
              stream.on('downloadProgress', (p) => {
                if (p.transferred > o.maxBytes) stream.destroy(tooLarge(o.maxBytes, `over ${p.transferred} bytes received`));
              });
            },
          ],
          requestHandler: async ({ request, response, body }) => {
            const buf = Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1');
            if (buf.length > o.maxBytes) throw tooLarge(o.maxBytes, `${buf.length} bytes decompressed`);
            settle.done(request.uniqueKey, {
              status: response.statusCode ?? 0,
              finalUrl: response.url ?? request.url,
              headers: flattenHeaders(response.headers),
              body: buf,
            });
          },
          failedRequestHandler: async ({ request }, error) => {
            settle.fail(request.uniqueKey, classifyError(error));
          },
        },
        inMemoryCrawleeConfig(),
      ),
    // Crawlee's in-memory queue scans its handled requests when it looks for the next one.
    500,
  );

  return {
    mode: 'http',
    async fetch(req: EngineRequest): Promise<EngineResponse> {
      const ud: UserData = { headers: req.headers, allowedHosts: req.allowedHosts };
      return driver.submit({ url: req.url, userData: ud as unknown as Record<string, unknown>, method: req.method, payload: req.payload }, req.urgent);
    },
    close: () => driver.close(),
  };
}
