// One browser, a few pages: the list below exists only after the page's script runs.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { realClock } from '../../../core/clock.js';
import { SettingsSchema } from '../../../core/settings.js';
import { createFetcher, type Fetcher } from '../../../crawler/fetch/fetcher.js';
import { html, startFixtureServer, type FixtureServer } from '../fixtures/server.js';

const JS_LIST = `<!doctype html><html><head><meta charset="utf-8"></head><body><ol id="hot"></ol>
<script>setTimeout(function () {
  document.getElementById('hot').innerHTML = '<li><a href="/a/1.html">浙江通报食品安全失信案例</a></li>';
}, 80);</script></body></html>`;

let srv: FixtureServer;
let fetcher: Fetcher;

beforeAll(async () => {
  srv = await startFixtureServer({
    '/robots.txt': html('User-agent: *\nAllow: /\n', 'text/plain'),
    '/hot': html(JS_LIST),
    '/to-elsewhere': (_req, res) => {
      res.writeHead(302, { location: 'http://elsewhere.invalid/x' });
      res.end();
    },
  });
  const crawler = SettingsSchema.parse({ crawler: { perHostDelayMs: 0, requestTimeoutMs: 10_000 } }).crawler;
  fetcher = createFetcher({ crawler, clock: realClock() });
});

afterAll(async () => {
  await fetcher.close();
  await srv.close();
});

it('sees a JavaScript-built list only through the browser', async () => {
  const req = { url: `${srv.baseUrl}/hot`, allowedHosts: [srv.host] };
  const plain = await fetcher.fetch({ ...req, mode: 'http' });
  expect(plain.ok && plain.body.toString('utf8')).toContain('<ol id="hot"></ol>');
  const rendered = await fetcher.fetch({ ...req, mode: 'browser', waitForSelector: '#hot li a' });
  expect(rendered).toMatchObject({ ok: true, status: 200, fetchedWith: 'browser' });
  expect(rendered.ok && rendered.body.toString('utf8')).toContain('<ol id="hot"><li><a href="/a/1.html">浙江通报食品安全失信案例</a></li></ol>');
});

it('does not let the browser leave the source hosts', async () => {
  const o = await fetcher.fetch({ url: `${srv.baseUrl}/to-elsewhere`, mode: 'browser', allowedHosts: [srv.host] });
  expect(o, JSON.stringify(o)).toMatchObject({ ok: false, kind: 'host-not-allowed', permanent: true });
});
