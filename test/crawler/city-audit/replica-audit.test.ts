// Every city credit site of a replica world audited and checked against the world's truth: which
// columns exist (by label, by hint, JSON endpoints included) and the newest entry date of each.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CityAudit } from '../../../core/types.js';
import { auditCity } from '../../../crawler/city-audit/index.js';
import { startTestReplica, type TestReplica } from '../fixtures/replica.js';

let r: TestReplica;
let audits: CityAudit[];

beforeAll(async () => {
  r = await startTestReplica(13);
  await r.at(Date.parse(r.truth.start) + 10 * 3600_000);
  const at = r.clock.now().toISOString();
  audits = await Promise.all(r.cities().map((c) => auditCity({ store: r.store, fetcher: r.fetcher }, c, at)));
}, 120_000);

afterAll(async () => {
  await r?.close();
});

it('audits every city site of the world and stores each visit', async () => {
  expect(audits.length).toBe(r.truth.citySites.length);
  const stored: CityAudit[] = [];
  for await (const a of r.store.listCityAudits()) stored.push(a);
  expect(stored).toHaveLength(audits.length);
});

it('reports down sites as unreachable', () => {
  for (const site of r.truth.citySites) {
    const a = audits.find((x) => x.sourceId === site.siteId)!;
    expect(a.reachable, site.siteId).toBe(!site.down);
  }
});

it('finds exactly the columns each site has, and the newest date in each', () => {
  const now = r.clock.nowMs();
  const wrong: string[] = [];
  for (const site of r.truth.citySites.filter((s) => !s.down)) {
    const a = audits.find((x) => x.sourceId === site.siteId)!;
    for (const col of site.columns) {
      const got = a.columns.find((c) => c.column === col.column)!;
      const served = col.entries.filter((e) => Date.parse(`${e.date.replace(' ', 'T')}+08:00`) <= now).map((e) => e.date.slice(0, 10));
      const newest = served.length ? served.reduce((x, y) => (x > y ? x : y)) : null;
      if (got.present !== col.present) wrong.push(`${site.siteId} ${col.column}: present ${got.present}, truth ${col.present} (label ${col.label})`);
      else if (col.present && got.newestDate !== newest) wrong.push(`${site.siteId} ${col.column}: newest ${got.newestDate}, truth ${newest} (${got.error ?? 'no error'})`);
    }
  }
  expect(wrong).toEqual([]);
});

it('reads the columns served only to POST (a form answered in GBK, a JSON body) with their newest dates', () => {
  const now = r.clock.nowMs();
  const seen = new Set<string>();
  for (const site of r.truth.citySites.filter((s) => !s.down)) {
    const a = audits.find((x) => x.sourceId === site.siteId)!;
    const source = r.cities().find((c) => c.id === site.siteId)!;
    for (const col of site.columns.filter((c) => c.post !== null)) {
      expect(source.columns[col.column]?.request?.method).toBe('POST');
      const got = a.columns.find((c) => c.column === col.column)!;
      const served = col.entries.filter((e) => Date.parse(`${e.date.replace(' ', 'T')}+08:00`) <= now);
      expect(got.error, `${site.siteId} ${col.column}`).toBeNull();
      expect(got.itemCount).toBe(Math.min(served.length, 20));
      if (served.length) expect(got.entries[0]!.title).toBe(served[0]!.title);
      seen.add(col.post!);
    }
  }
  expect([...seen].sort()).toEqual(['form', 'json']);
});
