// Channel list pages of the national sites: together a site's lists cover every channel it publishes
// in, so every article, event articles that never reach a homepage included, is listed while a
// 30-minute channel poll can still see it; the lists are described in /_replica/sites and are the
// same for the same seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NationalSourceSchema, type NationalSource } from '../../core/sources.js';
import { channelPageAt, siteChannels } from '../../replica/sites/channels.js';
import { createSiteRenderer } from '../../replica/server/pages.js';
import { CHANNELS } from '../../replica/text/scenario.js';
import { createWorld, NATIONAL_SITE_IDS, startReplica, type Replica } from '../../replica/index.js';
import { decode, get, setClock } from './helpers.js';

const POLL_MS = 30 * 60_000;

describe('channel pages', () => {
  it('are 1–3 per site and cover every channel between them', () => {
    for (const site of NATIONAL_SITE_IDS) {
      const { pages } = siteChannels(site);
      expect(pages.length, site).toBeGreaterThanOrEqual(1);
      expect(pages.length, site).toBeLessThanOrEqual(3);
      expect(new Set(pages.flatMap((p) => p.channels)), site).toEqual(new Set(CHANNELS));
    }
  });

  it('list every event article, on or off the homepage, for a whole poll interval after it is published', () => {
    const world = createWorld({ seed: 7, days: 1 });
    const renderer = createSiteRenderer(world, { port: 8610 });
    let offHomepage = 0;
    let checked = 0;
    for (const [site, articles] of world.articlesBySite) {
      for (const a of articles) {
        if (!a.event || a.publishedAt < world.start) continue;
        checked++;
        if (!a.homepage) offHomepage++;
        const t = a.publishedAt + POLL_MS;
        const listed = siteChannels(site).pages.some((p) => {
          const query = new URLSearchParams(p.select ?? {});
          expect(channelPageAt(site, p.address, p.path, query)).toBe(p);
          const body = renderer.render(p.address, p.path, query, t).response!.body.toString('latin1');
          return body.includes(a.path);
        });
        expect(listed, `${site} ${a.path} (${a.channel})`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(offHomepage).toBeGreaterThan(checked / 3);
  });
});

describe('channel lists over HTTP', () => {
  let r: Replica;
  let sources: NationalSource[];

  beforeAll(async () => {
    r = await startReplica({ seed: 21, days: 1, port: 0 });
    const all = (await (await fetch(`${r.baseUrl}/_replica/sites`)).json()) as { kind: string }[];
    sources = all.filter((s) => s.kind === 'national').map((s) => NationalSourceSchema.parse(s));
    await setClock(r.baseUrl, Date.parse(r.truth({ bodies: false }).start) + 9 * 3600_000);
  });

  afterAll(async () => {
    await r?.close();
  });

  it('are described for every national site in its real form', () => {
    const forms = Object.fromEntries(sources.map((s) => [s.id, [...new Set(s.channels.map((c) => c.format))]]));
    expect(forms).toMatchObject({ people: ['html'], cctv: ['jsonp'], gmw: ['html'], sina: ['json'], qq: ['json'], xinhuanet: ['html'] });
    expect(sources.every((s) => s.channels.length > 0)).toBe(true);
  });

  it('serve the same bytes for the same seed and clock, GBK where the site is GBK', async () => {
    const people = sources.find((s) => s.id === 'people')!;
    const www = people.channels.find((c) => new URL(c.url).host === new URL(people.homepage.url).host)!;
    const a = await get(www.url);
    const b = await get(www.url);
    expect(a.status).toBe(200);
    expect(a.bytes.equals(b.bytes)).toBe(true);
    expect(a.headers.get('content-type')).toMatch(/GB2312/i);
    expect(a.bytes.toString('utf8')).toContain('\uFFFD');
    expect(decode(a.bytes)).toMatch(/\[\d{4}年\d{2}月\d{2}日\d{2}:\d{2}\]/);
  });

  it('answer cctv JSONP under the callback asked for, and sina an empty roll for an unknown list', async () => {
    const cctv = sources.find((s) => s.id === 'cctv')!.channels[0]!;
    const url = new URL(cctv.url);
    url.searchParams.set('cb', 'cb_1');
    expect(decode((await get(url.toString())).bytes)).toMatch(/^cb_1\(\{"data":\{"total":\d+,"list":\[/);
    const sina = new URL(sources.find((s) => s.id === 'sina')!.channels[0]!.url);
    sina.searchParams.set('lid', '9');
    expect(JSON.parse(decode((await get(sina.toString())).bytes))).toMatchObject({ result: { data: [] } });
  });
});
