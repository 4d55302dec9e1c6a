import { describe, expect, it } from 'vitest';
import { defaultGazetteer } from '../../../core/gazetteer/index.js';
import { createClusterer, type ClustererOptions } from '../../../indexer/cluster/clusterer.js';
import type { ClusterArticle } from '../../../indexer/cluster/types.js';
import { defaultTermWeighting } from '../../../indexer/dedup/terms.js';
import { defaultSegmenter } from '../../../indexer/segment/index.js';
import { createWorld } from '../../../replica/index.js';
import * as S from './stories.js';

const seg = defaultSegmenter();
const base: ClustererOptions = { weighting: defaultTermWeighting(), placeNames: new Set(defaultGazetteer().names()) };

function article(site: string, t: S.StoryTemplate, f: S.Facts, variant: number, hour: number, text?: { title?: string; body?: string }): ClusterArticle {
  const s = S.story(t, f, variant);
  const title = text?.title ?? s.title;
  const body = text?.body ?? s.body;
  return {
    url: `https://${site}.example.cn/${f.cityCode}/${encodeURIComponent(f.company)}/${variant}/${hour}`,
    sourceId: site,
    title,
    titleTokens: seg.cut(title),
    bodyTokens: seg.cut(body),
    time: new Date(Date.UTC(2026, 10, f.day, hour)).toISOString(),
    polarity: t.polarity,
    domain: 'business',
    sector: t.sector,
    city: { code: f.cityCode, name: f.city },
  };
}

/** Other news of the same days in other cities: what a real stream holds around any one story. */
function background(): ClusterArticle[] {
  return [
    article('people', S.WAGES, S.HEFEI_WAGES_A, 0, 1),
    article('xinhua', S.WAGES, S.HEFEI_WAGES_A, 1, 2),
    article('sina', S.WAGES, S.HEFEI_WAGES_B, 2, 3),
    article('qq', S.SAFETY, S.TAIYUAN_FIRE, 0, 1),
    article('163', S.SAFETY, S.TAIYUAN_FIRE, 1, 4),
  ];
}

function cluster(articles: ClusterArticle[], opts: Partial<ClustererOptions> = {}) {
  const c = createClusterer({ ...base, ...opts });
  const sorted = [...articles].sort((a, b) => a.time.localeCompare(b.time) || a.url.localeCompare(b.url));
  const ids = new Map(sorted.map((a) => [a.url, c.add(a).eventId]));
  return { c, ids, events: c.drainChanged() };
}

describe('event clustering', () => {
  it('puts one happening reported by several sites in its own words into one event, whatever the headlines', () => {
    const reports = [0, 1, 2].map((v, i) => article(['people', 'sina', 'qq'][i]!, S.FOOD, S.SUZHOU_FOOD_A, v, 2 + 3 * i));
    expect(new Set(reports.map((r) => r.title)).size).toBe(3);
    const { ids, events } = cluster([...background(), ...reports]);
    expect(new Set(reports.map((r) => ids.get(r.url))).size).toBe(1);
    const ev = events.find((e) => e.id === ids.get(reports[0]!.url))!;
    expect(ev.sites).toEqual(['people', 'qq', 'sina']);
    expect(ev.city?.code).toBe('320500');
    expect(ev.articleUrls).toHaveLength(3);
    expect(ev.title).toBe(reports[0]!.title);
  });

  it('joins a reprint of wire copy as a near duplicate', () => {
    const wire = article('xinhua', S.FOOD, S.SUZHOU_FOOD_A, 0, 2);
    const copy = article('sohu', S.FOOD, S.SUZHOU_FOOD_A, 0, 5, {
      title: '苏州一食品企业用过期原料被罚',
      body: S.reprint(S.story(S.FOOD, S.SUZHOU_FOOD_A, 0).body, 1),
    });
    const seen: string[] = [];
    const { ids } = cluster([...background(), wire, copy], { onAssign: (a) => a.url === copy.url && seen.push(a.reason) });
    expect(ids.get(copy.url)).toBe(ids.get(wire.url));
    expect(seen).toEqual(['near-duplicate']);
  });

  it('keeps two happenings of the same kind in one city apart', () => {
    const a = [article('people', S.FOOD, S.SUZHOU_FOOD_A, 0, 1), article('sina', S.FOOD, S.SUZHOU_FOOD_A, 1, 4)];
    const b = [article('qq', S.FOOD, S.SUZHOU_FOOD_B, 2, 2), article('163', S.FOOD, S.SUZHOU_FOOD_B, 2, 6, { body: S.reprint(S.story(S.FOOD, S.SUZHOU_FOOD_B, 2).body, 0) })];
    const { ids } = cluster([...background(), ...a, ...b]);
    expect(ids.get(a[0]!.url)).toBe(ids.get(a[1]!.url));
    expect(ids.get(b[0]!.url)).toBe(ids.get(b[1]!.url));
    expect(ids.get(a[0]!.url)).not.toBe(ids.get(b[0]!.url));
  });

  it('keeps the same kind of story in two cities apart, even with the same wording', () => {
    const suzhou = article('people', S.FOOD, S.SUZHOU_FOOD_A, 0, 1);
    const wuxi = article('sina', S.FOOD, S.WUXI_FOOD, 0, 2);
    const { ids, events } = cluster([...background(), suzhou, wuxi]);
    expect(ids.get(suzhou.url)).not.toBe(ids.get(wuxi.url));
    expect(events.find((e) => e.id === ids.get(wuxi.url))!.city?.code).toBe('320200');
  });

  it('links a government response to the breach it answers instead of merging them', () => {
    const breach = [article('people', S.FOOD, S.SUZHOU_FOOD_A, 0, 1), article('sina', S.FOOD, S.SUZHOU_FOOD_A, 1, 3)];
    const later = { ...S.SUZHOU_FOOD_A, day: S.SUZHOU_FOOD_A.day + 2, count: '6' };
    const response = [article('xinhua', S.RESPONSE, later, 0, 1), article('cctv', S.RESPONSE, later, 1, 3)];
    const { ids, events } = cluster([...background(), ...breach, article('qq', S.FOOD, S.SUZHOU_FOOD_B, 2, 2), ...response]);
    const breachId = ids.get(breach[0]!.url)!;
    const responseId = ids.get(response[0]!.url)!;
    expect(ids.get(response[1]!.url)).toBe(responseId);
    expect(responseId).not.toBe(breachId);
    const ev = events.find((e) => e.id === responseId)!;
    expect(ev.polarity).toBe('response');
    expect(ev.respondsTo).toBe(breachId);
    expect(events.find((e) => e.id === breachId)!.respondsTo).toBeNull();
  });

  it('keeps an early report the classifier read as a response in the breach it reports', () => {
    const breach = article('people', S.FOOD, S.SUZHOU_FOOD_A, 0, 1);
    const misread = { ...article('sina', S.FOOD, S.SUZHOU_FOOD_A, 1, 3), polarity: 'response' as const };
    const { ids, events } = cluster([...background(), breach, misread]);
    expect(ids.get(misread.url)).toBe(ids.get(breach.url));
    expect(events.find((e) => e.id === ids.get(breach.url))!.polarity).toBe('breach');
  });

  it('opens a new event for a story that returns after the event closed', () => {
    const first = article('people', S.FOOD, S.SUZHOU_FOOD_A, 0, 1);
    const muchLater = { ...article('sina', S.FOOD, S.SUZHOU_FOOD_A, 1, 1), time: new Date(Date.UTC(2026, 10, 25, 1)).toISOString() };
    const { ids } = cluster([first, muchLater], { windowHours: 72 });
    expect(ids.get(first.url)).not.toBe(ids.get(muchLater.url));
  });

  it('gives the same events and ids for the same input, and ids that do not depend on what else was seen', () => {
    const all = [...background(), ...[0, 1, 2].map((v) => article(['people', 'sina', 'qq'][v]!, S.FOOD, S.SUZHOU_FOOD_A, v, v + 1))];
    const one = cluster(all).events;
    const two = cluster(all).events;
    expect(two).toEqual(one);
    const alone = cluster([article('people', S.FOOD, S.SUZHOU_FOOD_A, 0, 1)]).events[0]!;
    expect(one.map((e) => e.id)).toContain(alone.id);
  });

  it('gives the same result when stored events are restored and the rest added later (incremental = batch)', () => {
    const all = [
      ...background(),
      ...[0, 1, 2].map((v) => article(['people', 'sina', 'qq'][v]!, S.FOOD, S.SUZHOU_FOOD_A, v, 2 * v + 1)),
      article('cctv', S.FOOD, S.SUZHOU_FOOD_B, 2, 5),
      article('xinhua', S.RESPONSE, { ...S.SUZHOU_FOOD_A, day: 20 }, 0, 8),
      article('gmw', S.RESPONSE, { ...S.SUZHOU_FOOD_A, day: 20 }, 1, 9),
    ].sort((a, b) => a.time.localeCompare(b.time) || a.url.localeCompare(b.url));
    const batch = cluster(all).events;

    const cut = 6;
    const first = createClusterer(base);
    for (const a of all.slice(0, cut)) first.add(a);
    const stored = first.drainChanged();
    const byUrl = new Map(all.map((a) => [a.url, a]));
    const second = createClusterer(base);
    for (const e of stored) second.restore(e, e.articleUrls.map((u) => byUrl.get(u)!));
    expect(second.drainChanged()).toEqual([]);
    for (const a of all.slice(cut)) second.add(a);
    const merged = new Map(stored.map((e) => [e.id, e]));
    for (const e of second.drainChanged()) merged.set(e.id, e);
    expect([...merged.values()].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...batch].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('restores to the same state on a day of replica news (hundreds of articles, templated look-alikes)', () => {
    const world = createWorld({ seed: 7, days: 1, citySites: false });
    const all: ClusterArticle[] = world.articles
      .map((a) => {
        const body = world.body(a).join('\n');
        const e = a.event;
        return {
          url: `https://${a.siteId}.example.cn${a.path}`,
          sourceId: a.siteId,
          title: a.title,
          titleTokens: seg.cut(a.title),
          bodyTokens: seg.cut(body),
          time: new Date(a.publishedAt).toISOString(),
          polarity: e?.polarity ?? 'irrelevant',
          domain: e?.domain ?? null,
          sector: e?.sector ?? null,
          city: e?.city ? { code: e.city.code, name: e.city.name } : null,
        };
      })
      .sort((a, b) => a.time.localeCompare(b.time) || a.url.localeCompare(b.url))
      .slice(0, 600);
    const once = cluster(all).events;
    const byUrl = new Map(all.map((a) => [a.url, a]));
    const stored = new Map<string, ReturnType<typeof cluster>['events'][number]>();
    for (const part of [all.slice(0, 200), all.slice(200, 450), all.slice(450)]) {
      const c = createClusterer(base);
      for (const e of [...stored.values()].sort((a, b) => a.firstSeen.localeCompare(b.firstSeen) || a.id.localeCompare(b.id))) {
        c.restore(e, e.articleUrls.map((u) => byUrl.get(u)!).sort((a, b) => a.time.localeCompare(b.time) || a.url.localeCompare(b.url)));
      }
      for (const a of part) c.add(a);
      for (const e of c.drainChanged()) stored.set(e.id, e);
    }
    const sorted = (es: typeof once) => [...es].sort((a, b) => a.id.localeCompare(b.id));
    expect(sorted([...stored.values()])).toEqual(sorted(once));
    expect(once.length).toBeGreaterThan(100);
  });

  it('reports an article seen before as a member of its event without changing anything', () => {
    const a = article('people', S.FOOD, S.SUZHOU_FOOD_A, 0, 1);
    const c = createClusterer(base);
    const first = c.add(a);
    c.drainChanged();
    expect(c.add(a)).toEqual({ url: a.url, eventId: first.eventId, reason: 'member', score: 1 });
    expect(c.drainChanged()).toEqual([]);
  });
});
