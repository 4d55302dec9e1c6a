// Pages whose lists are built by JavaScript are rendered by Crawlee's PlaywrightCrawler in the system
// Chromium. The browser starts on first use and stays open for later pages. Requests to hosts outside
// the source are aborted, which also keeps an offline machine from waiting on third-party DNS.
import { PlaywrightCrawler } from '@crawlee/playwright';
import { chromium } from 'playwright';
import { inMemoryCrawleeConfig } from './crawlee-config.js';
import { FetchError, classifyError } from './errors.js';
import { flattenHeaders } from './http-engine.js';
import { isHostAllowed } from './hosts.js';
import { keepAliveDriver } from './keep-alive-driver.js';
import type { Engine, EngineRequest, EngineResponse } from './types.js';

export interface BrowserEngineOptions {
  executablePath: string;
  args: string[];
  timeoutMs: number;
  maxBytes: number;
  /** Pages open at once. */
  concurrency: number;
  userAgent: string;
}

interface UserData {
  headers: Record<string, string>;
  allowedHosts: readonly string[];
  waitForSelector?: string;
  blockedNavigation?: string;
  tooLarge?: number;
}

function blockedNavigation(url: string): FetchError {
  return new FetchError('host-not-allowed', `redirected to ${url}, outside the source's hosts`);
}

/** Sub-resources a list page never needs. */
const SKIPPED_RESOURCES = new Set(['image', 'media', 'font', 'stylesheet']);

export function createBrowserEngine(o: BrowserEngineOptions): Engine {
  const driver = keepAliveDriver<EngineResponse>(
    (settle) =>
      new PlaywrightCrawler(
        {
          keepAlive: true,
          useSessionPool: false,
          persistCookiesPerSession: false,
          maxRequestRetries: 0,
          minConcurrency: o.concurrency,
          maxConcurrency: o.concurrency,
          navigationTimeoutSecs: o.timeoutMs / 1000,
          requestHandlerTimeoutSecs: o.timeoutMs / 1000 + 10,
          statusMessageLoggingInterval: 3600,
          autoscaledPoolOptions: { maybeRunIntervalSecs: 0.01 },
          browserPoolOptions: { useFingerprints: false },
          launchContext: {
            launcher: chromium,
            useChrome: false,
            userAgent: o.userAgent,
            launchOptions: { executablePath: o.executablePath, args: o.args, headless: true },
          },
          preNavigationHooks: [
            async ({ request, page }, gotoOptions) => {
              const ud = request.userData as UserData;
              if (gotoOptions) gotoOptions.waitUntil = 'domcontentloaded';
              await page.setExtraHTTPHeaders(ud.headers);
              await page.route('**/*', async (route) => {
                const r = route.request();
                if (!isHostAllowed(r.url(), ud.allowedHosts)) {
                  if (r.isNavigationRequest() && r.frame() === page.mainFrame()) ud.blockedNavigation = r.url();
                  await route.abort('blockedbyclient');
                  return;
                }
                if (SKIPPED_RESOURCES.has(r.resourceType())) {
                  await route.abort('blockedbyclient');
                  return;
                }
                if (r.isNavigationRequest() && r.frame() === page.mainFrame()) {
                  // Playwright does not route the hops of a server redirect, so the document is fetched
                  // here without following redirects, to stop a first hop to a foreign host and to cap the size.
                  const res = await route.fetch({ maxRedirects: 0, timeout: o.timeoutMs });
                  const location = res.headers()['location'];
                  if (res.status() >= 300 && res.status() < 400 && location) {
                    const next = new URL(location, r.url()).href;
                    if (!isHostAllowed(next, ud.allowedHosts)) {
                      ud.blockedNavigation = next;
                      await route.abort('blockedbyclient');
                      return;
                    }
                  }
                  const body = await res.body();
                  if (body.length > o.maxBytes) {
                    ud.tooLarge = body.length;
                    await route.abort('blockedbyclient');
                    return;
                  }
                  await route.fulfill({ response: res, body });
                  return;
                }
                await route.continue();
              });
            },
          ],
          requestHandler: async ({ request, page, response }) => {
            const ud = request.userData as UserData;
            // Later redirect hops are not routed: the final address is checked once the page is there.
            const landed = page.url();
            if (!isHostAllowed(landed, ud.allowedHosts)) throw blockedNavigation(landed);
            if (ud.waitForSelector) {
              // A list that never appears is reported by the parser as "no items", with the page kept.
              await page.waitForSelector(ud.waitForSelector, { timeout: Math.min(o.timeoutMs, 10_000) }).catch((e: unknown) => {
                if (!(e instanceof Error && e.name === 'TimeoutError')) throw e;
              });
            }
            const html = await page.content();
            const body = Buffer.from(html, 'utf8');
            if (body.length > o.maxBytes) throw new FetchError('too-large', `rendered page larger than ${o.maxBytes} bytes`);
            const headers = flattenHeaders(response?.headers() ?? {});
            headers['content-type'] = 'text/html; charset=utf-8';
            settle.done(request.uniqueKey, { status: response?.status() ?? 200, finalUrl: page.url(), headers, body });
          },
          failedRequestHandler: async ({ request }, error) => {
            const ud = request.userData as UserData;
            settle.fail(
              request.uniqueKey,
              ud.blockedNavigation
                ? blockedNavigation(ud.blockedNavigation)
                : ud.tooLarge
                  ? new FetchError('too-large', `page larger than ${o.maxBytes} bytes (${ud.tooLarge})`)
                  : classifyError(error),
            );
          },
        },
        inMemoryCrawleeConfig(),
      ),
    2_000,
  );

  return {
    mode: 'browser',
    fetch(req: EngineRequest): Promise<EngineResponse> {
      const ud: UserData = { headers: req.headers, allowedHosts: req.allowedHosts, waitForSelector: req.waitForSelector };
      return driver.submit(req.url, ud as unknown as Record<string, unknown>, req.urgent);
    },
    close: () => driver.close(),
  };
}
