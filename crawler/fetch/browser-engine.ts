// Pages whose lists are built by JavaScript are rendered by Crawlee's PlaywrightCrawler in the system
// Chromium. The browser starts on first use and stays open for later pages. Requests to hosts outside
// the source are aborted, which also keeps an offline machine from waiting on third-party DNS.
import { PlaywrightCrawler } from '@crawlee/playwright';
import { chromium } from 'playwright';
import { inMemoryCrawleeConfig, keepAliveCrawlerOptions } from './crawlee-config.js';
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
}

function blockedNavigation(url: string): FetchError {
  return new FetchError('host-not-allowed', `redirected to ${url}, outside the source's hosts`);
}

/** Sub-resources a list page never needs, dropped by Chromium itself. */
const SKIPPED_URL_PATTERNS = ['*.png', '*.jpg', '*.jpeg', '*.gif', '*.webp', '*.svg', '*.ico', '*.bmp', '*.css', '*.woff', '*.woff2', '*.ttf', '*.otf', '*.mp4', '*.mp3', '*.flv'];
/** Requests that can load code or another page: each is checked against the source's hosts. */
const PAUSED_TYPES = ['Document', 'Script', 'XHR', 'Fetch', 'Other'] as const;

export function createBrowserEngine(o: BrowserEngineOptions): Engine {
  const driver = keepAliveDriver<EngineResponse>(
    (settle) =>
      new PlaywrightCrawler(
        {
          ...keepAliveCrawlerOptions(o),
          statusMessageLoggingInterval: 3600,
          autoscaledPoolOptions: { maybeRunIntervalSecs: 0.02 },
          // A browser is retired after this many pages (Crawlee's default is 100), to bound its memory.
          browserPoolOptions: { useFingerprints: false, retireBrowserAfterPageCount: 2_000 },
          launchContext: {
            launcher: chromium,
            useChrome: false,
            userAgent: o.userAgent,
            launchOptions: {
              executablePath: o.executablePath,
              // Crawlee routes the browser through a proxy in this process (for per-context proxies we do
              // not use), so every page and script would cross our event loop twice. Chromium's
              // --no-proxy-server overrides the proxy flags: everything goes direct.
              args: [...o.args, '--no-proxy-server'],
              headless: true,
              // Playwright would kill the browser and exit on Ctrl+C; the commands stop the crawl cleanly instead.
              handleSIGINT: false,
            },
          },
          preNavigationHooks: [
            async ({ request, page }, gotoOptions) => {
              const ud = request.userData as UserData;
              if (gotoOptions) gotoOptions.waitUntil = 'domcontentloaded';
              // Raw CDP instead of page.route: Playwright's routing pauses every request for a round trip
              // to Node and does not see redirect hops. Here only documents, scripts and XHR are paused
              // (every hop of a redirect included), and static resources are dropped inside Chromium.
              const cdp = await page.context().newCDPSession(page);
              const { frameTree } = await cdp.send('Page.getFrameTree');
              await cdp.send('Network.enable');
              await cdp.send('Network.setExtraHTTPHeaders', { headers: ud.headers });
              await cdp.send('Network.setBlockedURLs', { urls: SKIPPED_URL_PATTERNS });
              cdp.on('Fetch.requestPaused', (e) => {
                const allowed = isHostAllowed(e.request.url, ud.allowedHosts);
                if (!allowed && e.resourceType === 'Document' && e.frameId === frameTree.frame.id) ud.blockedNavigation = e.request.url;
                const answer = allowed
                  ? cdp.send('Fetch.continueRequest', { requestId: e.requestId })
                  : cdp.send('Fetch.failRequest', { requestId: e.requestId, errorReason: 'BlockedByClient' });
                // The page may be closing (a finished or timed-out request); its requests no longer matter.
                answer.catch(() => undefined);
              });
              await cdp.send('Fetch.enable', { patterns: PAUSED_TYPES.map((resourceType) => ({ urlPattern: '*', resourceType, requestStage: 'Request' as const })) });
            },
          ],
          requestHandler: async ({ request, page, response }) => {
            const ud = request.userData as UserData;
            if (ud.blockedNavigation) throw blockedNavigation(ud.blockedNavigation);
            const declared = Number(response?.headers()['content-length']);
            if (Number.isFinite(declared) && declared > o.maxBytes) {
              throw new FetchError('too-large', `page larger than ${o.maxBytes} bytes (Content-Length ${declared})`);
            }
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
              ud.blockedNavigation ? blockedNavigation(ud.blockedNavigation) : classifyError(error),
            );
          },
        },
        inMemoryCrawleeConfig(),
      ),
    // A new crawler means a new browser, so this queue (a few requests per tick) is recycled rarely.
    5_000,
  );

  return {
    mode: 'browser',
    fetch(req: EngineRequest): Promise<EngineResponse> {
      const ud: UserData = { headers: req.headers, allowedHosts: req.allowedHosts, waitForSelector: req.waitForSelector };
      if (req.method !== 'GET') return Promise.reject(new FetchError('bad-request', `the browser only navigates with GET, not ${req.method}`));
      return driver.submit({ url: req.url, userData: ud as unknown as Record<string, unknown> }, req.urgent);
    },
    close: () => driver.close(),
  };
}
