// The replica's broken pages, met the way a crawl meets them: as frontier links. Each gives a clear
// error (or the right article) and the crawl goes on with the others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDueArticles, type ArticleResult } from '../../../crawler/articles/index.js';
import { defaultExtract } from '../../../crawler/index.js';
import type { FaultKind } from '../../../replica/index.js';
import { startTestReplica, type TestReplica } from '../fixtures/replica.js';

let r: TestReplica;
let byKind: Map<FaultKind, ArticleResult>;
const truthTitle = (url: string) => r.truth.articles.find((a) => a.url === url)?.title;

beforeAll(async () => {
  r = await startTestReplica(12, { requestTimeoutMs: 2000 });
  await r.at(Date.parse(r.truth.start) + 3600_000);
  const faults = r.truth.faults.filter((f) => f.kind !== 'robots-crawl-delay');
  const filler = r.truth.articles.filter((a) => a.eventId === null && Date.parse(a.publishedAt) < r.clock.nowMs()).slice(0, 5);
  const at = r.clock.now().toISOString();
  await r.store.addLinks([...faults, ...filler].map((f) => ({ url: f.url, sourceId: f.siteId, discoveredAt: at, via: 'homepage' })));
  const sources = new Map(r.sources.filter((s) => s.kind === 'national').map((s) => [s.id, s as never]));
  const results = await fetchDueArticles({ store: r.store, fetcher: r.fetcher, clock: r.clock, sources, extract: defaultExtract });
  byKind = new Map(faults.map((f) => [f.kind, results.find((x) => x.url === f.url)!]));
}, 120_000);

afterAll(async () => {
  await r?.close();
});

describe('fault pages on the replica', () => {
  it.each<[FaultKind, Partial<ArticleResult>, RegExp | null]>([
    ['not-found', { outcome: 'failed' }, /^http-status: HTTP 404$/],
    ['server-error', { outcome: 'retry' }, /^http-status: HTTP 500$/],
    ['truncated-connection', { outcome: 'retry' }, /^network: /],
    ['slow', { outcome: 'retry' }, /^timeout: /],
    ['redirect-loop', { outcome: 'failed' }, /^redirect-loop: /],
    ['oversize', { outcome: 'failed' }, /^too-large: /],
    ['robots-disallowed', { outcome: 'failed' }, /^robots-disallowed: robots\.txt disallows /],
  ])('%s: a clear error, %o', (kind, expected, error) => {
    const got = byKind.get(kind)!;
    expect(got).toMatchObject(expected);
    expect(got.error).toMatch(error!);
  });

  it('truncated-html: what is there is extracted, or the page is flagged', async () => {
    const got = byKind.get('truncated-html')!;
    if (got.outcome === 'created') expect((await r.store.getArticle(got.url))?.title.length).toBeGreaterThan(4);
    else expect(got.error).toMatch(/^extract: /);
  });

  it.each<FaultKind>(['transient-error', 'wrong-charset-header', 'wrong-charset-meta', 'script-title'])(
    '%s: the article is stored with its true title',
    async (kind) => {
      const got = byKind.get(kind)!;
      expect(got.outcome, got.error ?? '').toBe('created');
      expect((await r.store.getArticle(got.url))?.title).toBe(truthTitle(got.url));
    },
  );

  it('stores the ordinary articles queued with the broken ones', async () => {
    const filler = r.truth.articles.filter((a) => a.eventId === null && Date.parse(a.publishedAt) < r.clock.nowMs()).slice(0, 5);
    for (const a of filler) expect((await r.store.getArticle(a.url))?.title).toBe(a.title);
  });

  it('retries a temporary failure later on the Clock, not at once', async () => {
    const now = r.clock.now().toISOString();
    const due = await r.store.dueLinks(now, 50);
    expect(due.map((l) => l.url)).not.toContain(byKind.get('server-error')!.url);
    const later = await r.store.dueLinks(new Date(r.clock.nowMs() + 11 * 60_000).toISOString(), 50);
    expect(later.find((l) => l.url === byKind.get('server-error')!.url)).toMatchObject({ attempts: 1, status: 'pending' });
  });
});

describe('Crawl-delay on the replica', () => {
  it('fetches the Crawl-delay host at most once a second', async () => {
    const host = r.truth.faults.find((f) => f.kind === 'robots-crawl-delay')!.url.replace('/robots.txt', '');
    const pages = r.truth.articles.filter((a) => a.url.startsWith(host) && Date.parse(a.publishedAt) < r.clock.nowMs()).slice(0, 3);
    expect(pages).toHaveLength(3);
    const people = r.national('people');
    const done: number[] = [];
    await Promise.all(
      pages.map(async (p) => {
        const o = await r.fetcher.fetch({ url: p.url, mode: 'http', allowedHosts: [...people.hosts, new URL(host).host] });
        expect(o.ok).toBe(true);
        done.push(Date.now());
      }),
    );
    done.sort((a, b) => a - b);
    for (let i = 1; i < done.length; i++) expect(done[i]! - done[i - 1]!).toBeGreaterThanOrEqual(1000);
  });
});
