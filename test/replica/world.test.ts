import { describe, expect, it } from 'vitest';
import { defaultGazetteer } from '../../core/gazetteer/index.js';
import { POLARITIES, TIERS } from '../../core/types.js';
import { createWorld, type World } from '../../replica/world/world.js';
import { SITE_PROFILES } from '../../replica/sites/profiles.js';

const DAY = 24 * 3600_000;

function fingerprint(w: World): string {
  return JSON.stringify({
    cities: w.cities.map((c) => [c.code, c.latentQuality]),
    events: w.events.map((e) => [e.id, e.polarity, e.sector, e.city?.code ?? null, e.time, e.articles.map((a) => [a.siteId, a.path, a.title, a.publishedAt])]),
    bodies: w.articles.slice(0, 50).map((a) => w.body(a)),
  });
}

describe('replica world', () => {
  const w = createWorld({ seed: 101, days: 3 });

  it('is the same world for the same seed, whatever order bodies are written in', () => {
    const again = createWorld({ seed: 101, days: 3 });
    // Write some bodies out of order first: lazily written text must not depend on call order.
    for (const a of [...again.articles].reverse().slice(0, 30)) again.body(a);
    expect(fingerprint(again)).toBe(fingerprint(w));
  });

  it('is a different world for a different seed', () => {
    const other = createWorld({ seed: 102, days: 3 });
    expect(other.cities.map((c) => c.code)).not.toEqual(w.cities.map((c) => c.code));
    expect(other.articles.map((a) => a.title).slice(0, 20)).not.toEqual(w.articles.map((a) => a.title).slice(0, 20));
  });

  it('draws cities of all three tiers from the gazetteer, each with a latent quality in [0, 1]', () => {
    const gaz = defaultGazetteer();
    for (const tier of TIERS) expect(w.cities.filter((c) => c.tier === tier).length).toBeGreaterThan(0);
    expect(w.cities.filter((c) => c.tier === 'capital')).toHaveLength(12);
    expect(w.cities.filter((c) => c.tier === 'prefecture')).toHaveLength(24);
    expect(w.cities.filter((c) => c.tier === 'county')).toHaveLength(12);
    for (const c of w.cities) {
      expect(gaz.get(c.code)?.tier).toBe(c.tier);
      expect(c.latentQuality).toBeGreaterThanOrEqual(0);
      expect(c.latentQuality).toBeLessThanOrEqual(1);
    }
  });

  it('emits 60–150 events and 200–500 event articles per simulated day, of every polarity', () => {
    const perDay = w.events.length / 3;
    expect(perDay).toBeGreaterThanOrEqual(60);
    expect(perDay).toBeLessThanOrEqual(150);
    const reports = w.events.reduce((n, e) => n + e.articles.length, 0) / 3;
    expect(reports).toBeGreaterThanOrEqual(200);
    expect(reports).toBeLessThanOrEqual(500);
    for (const p of POLARITIES) expect(w.events.some((e) => e.polarity === p)).toBe(true);
    for (const e of w.events) {
      expect(e.articles.length).toBeGreaterThanOrEqual(1);
      expect(e.time).toBeGreaterThanOrEqual(w.start);
      expect(e.time).toBeLessThan(w.end);
    }
  });

  it('makes breaches likelier in cities of low latent quality', () => {
    const big = createWorld({ seed: 7, days: 20, citySites: false, fillerPerSitePerDay: 0 });
    const sorted = [...big.cities].sort((a, b) => a.latentQuality - b.latentQuality);
    const rate = (cs: typeof sorted) => {
      const codes = new Set(cs.map((c) => c.code));
      const share = big.events.filter((e) => e.polarity === 'breach' && e.city && codes.has(e.city.code)).length;
      // Per unit of tier weight, so the comparison is not about capitals' extra coverage.
      return share / cs.reduce((n, c) => n + (c.tier === 'capital' ? 1.6 : c.tier === 'county' ? 0.6 : 1), 0);
    };
    const third = Math.floor(sorted.length / 3);
    expect(rate(sorted.slice(0, third))).toBeGreaterThan(1.5 * rate(sorted.slice(-third)));
  });

  it('links every response to an earlier breach in the same city', () => {
    const responses = w.events.filter((e) => e.polarity === 'response');
    expect(responses.length).toBeGreaterThan(0);
    for (const r of responses) {
      const b = w.eventById.get(r.respondsTo!);
      expect(b?.polarity).toBe('breach');
      expect(b!.city).toBe(r.city);
      expect(b!.time).toBeLessThan(r.time);
      expect(r.domain).toBe(b!.domain);
      expect(r.sector).toBe(b!.sector);
    }
    for (const e of w.events.filter((x) => x.polarity !== 'response')) expect(e.respondsTo).toBeNull();
  });

  it('gives irrelevant events no domain and every credit event a domain and sector', () => {
    for (const e of w.events) {
      if (e.polarity === 'irrelevant') {
        expect(e.domain).toBeNull();
        expect(e.sector).toBeNull();
      } else {
        expect(e.domain).not.toBeNull();
        expect(e.sector).not.toBeNull();
      }
    }
  });

  it('reports events on 1 to 15 distinct sites, each after the event happened', () => {
    let multi = 0;
    for (const e of w.events) {
      const sites = new Set(e.articles.map((a) => a.siteId));
      expect(sites.size).toBe(e.articles.length);
      if (sites.size > 1) multi++;
      for (const a of e.articles) expect(a.publishedAt).toBeGreaterThan(e.time);
    }
    expect(multi).toBeGreaterThan(w.events.length / 5);
  });

  it('gives every article a URL path of its site shape, unique per site', () => {
    for (const s of SITE_PROFILES) {
      const arts = w.articlesBySite.get(s.id)!;
      expect(new Set(arts.map((a) => a.path)).size).toBe(arts.length);
    }
    const sample = (site: string) => w.articlesBySite.get(site as never)![0]!.path;
    expect(sample('people')).toMatch(/^\/n1\/\d{4}\/\d{4}\/c\d+-\d{8}\.html$/);
    expect(sample('xinhuanet')).toMatch(/^\/[a-z]+\/\d{8}\/[0-9a-f]{32}\/c\.html$/);
    expect(sample('sina')).toMatch(/\/\d{4}-\d{2}-\d{2}\/doc-i[0-9a-z]+\.shtml$/);
    expect(sample('163')).toMatch(/\/article\/[0-9A-Z]{16}\.html$/);
    expect(sample('qq')).toMatch(/^\/rain\/a\/\d{8}[AV][0-9A-Z]{6}00$/);
    expect(sample('sohu')).toMatch(/^\/a\/\d+_\d+$/);
  });

  it('keeps homepage sections full and gives each homepage stay a best position', () => {
    for (const s of SITE_PROFILES) {
      const tl = w.homepages.get(s.id)!;
      for (const a of tl.items) {
        expect(a.homepage!.from).toBeGreaterThanOrEqual(a.publishedAt);
        expect(a.homepage!.to).toBeGreaterThan(a.homepage!.from);
        expect(a.homepage!.position).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('spreads the simulated days evenly', () => {
    const days = [0, 1, 2].map((d) => w.events.filter((e) => e.time >= w.start + d * DAY && e.time < w.start + (d + 1) * DAY).length);
    for (const n of days) expect(n).toBeGreaterThan(40);
  });
});
