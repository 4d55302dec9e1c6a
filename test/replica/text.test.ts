import { describe, expect, it } from 'vitest';
import type { Polarity } from '../../core/types.js';
import { createWorld } from '../../replica/world/world.js';
import type { WorldArticle } from '../../replica/world/types.js';

const w = createWorld({ seed: 202, days: 4 });
const eventArticles = w.articles.filter((a) => a.event);
const text = (a: WorldArticle) => `${a.title}\n${w.body(a).join('\n')}`;

function ngrams(s: string, n: number): Set<string> {
  const out = new Set<string>();
  const clean = s.replace(/[\s，。、：；！？“”（）《》\d]/g, '');
  for (let i = 0; i + n <= clean.length; i++) out.add(clean.slice(i, i + n));
  return out;
}

/** Phrases found in most articles of one class and rarely elsewhere would let a classifier cheat. */
function markers(field: (a: WorldArticle) => string, n: number): string[] {
  const byClass = new Map<Polarity, WorldArticle[]>();
  for (const a of eventArticles) byClass.set(a.event!.polarity, [...(byClass.get(a.event!.polarity) ?? []), a]);
  const grams = new Map(eventArticles.map((a) => [a, ngrams(field(a), n)]));
  const found: string[] = [];
  for (const [p, arts] of byClass) {
    const others = eventArticles.filter((a) => a.event!.polarity !== p);
    const counts = new Map<string, number>();
    for (const a of arts) for (const g of grams.get(a)!) counts.set(g, (counts.get(g) ?? 0) + 1);
    for (const [g, c] of counts) {
      if (c / arts.length < 0.5) continue;
      const elsewhere = others.filter((a) => grams.get(a)!.has(g)).length / others.length;
      if (elsewhere < 0.1) found.push(`${p}: ${g}`);
    }
  }
  return found;
}

describe('replica text', () => {
  it('has no phrase that marks one class: none in half its headlines and under a tenth of the others', () => {
    expect(markers((a) => a.title, 3)).toEqual([]);
  });

  it('has no such marker phrase in the bodies either', () => {
    expect(markers(text, 4)).toEqual([]);
  });

  it('writes headlines from many templates: most headlines are distinct', () => {
    const titles = new Set(eventArticles.map((a) => a.title));
    const events = new Set(eventArticles.map((a) => a.event!.id));
    expect(titles.size).toBeGreaterThan(events.size * 1.2);
  });

  it('names cities in every way news does: full name, short name, district only, datelines, a second city', () => {
    const located = eventArticles.filter((a) => a.event!.city);
    const has = (pred: (a: WorldArticle, t: string) => boolean) => located.filter((a) => pred(a, text(a))).length;
    const c = (a: WorldArticle) => a.event!.city!;
    expect(has((a, t) => t.includes(c(a).name))).toBeGreaterThan(50);
    expect(has((a, t) => t.includes(c(a).shortName) && !t.includes(c(a).name))).toBeGreaterThan(20);
    // District or county only: the text never names the city itself.
    const subOnly = located.filter((a) => a.naming === 'sub');
    expect(subOnly.length).toBeGreaterThan(5);
    for (const a of subOnly) {
      const t = text(a);
      expect(t.includes(c(a).subPlaces.find((p) => t.includes(p)) ?? '\u0000')).toBe(true);
      expect(t.includes(c(a).name)).toBe(false);
    }
    expect(has((a, t) => new RegExp(`本报${c(a).shortName}\\d+月\\d+日电`).test(t))).toBeGreaterThan(5);
    // A provincial bureau filing about another city of its province.
    expect(has((a, t) => /新华社.{2,4}\d+月\d+日电/.test(t) && c(a).bureauCity !== c(a).shortName && t.includes(`新华社${c(a).bureauCity}`))).toBeGreaterThan(2);
    expect(has((a, t) => Boolean(a.facts.city2) && a.facts.city2 !== c(a).shortName && t.includes(a.facts.city2))).toBeGreaterThan(10);
  });

  it('writes bodies of several paragraphs with agencies, amounts and laws', () => {
    const breaches = eventArticles.filter((a) => a.event!.polarity === 'breach');
    const paras = breaches.map((a) => w.body(a).length);
    expect(paras.reduce((x, y) => x + y, 0) / paras.length).toBeGreaterThanOrEqual(4);
    const share = (re: RegExp) => breaches.filter((a) => re.test(w.body(a).join(''))).length / breaches.length;
    expect(share(/《[^》]+(法|条例|规定|办法)》/)).toBeGreaterThan(0.3);
    expect(share(/\d+(\.\d+)?(万|亿)元/)).toBeGreaterThan(0.5);
    expect(share(/局|法院|检察院|委员会|公安|部门|政府/)).toBeGreaterThan(0.9);
  });

  it('reprints wire copy as near-duplicates and rewrites independently at other times', () => {
    const overlap = (x: string[], y: string[]) => x.filter((p) => y.includes(p)).length / Math.max(x.length, y.length);
    let pairsWire = 0;
    let nearDup = 0;
    let pairsOwn = 0;
    let distinct = 0;
    for (const e of w.events) {
      const wire = e.articles.filter((a) => a.style === 'wire');
      for (let i = 1; i < wire.length; i++) {
        pairsWire++;
        if (overlap(w.body(wire[0]!), w.body(wire[i]!)) >= 0.5) nearDup++;
      }
      const own = e.articles.filter((a) => a.style === 'own');
      for (let i = 1; i < own.length; i++) {
        pairsOwn++;
        if (overlap(w.body(own[0]!), w.body(own[i]!)) < 0.5) distinct++;
      }
    }
    expect(pairsWire).toBeGreaterThan(10);
    expect(nearDup / pairsWire).toBeGreaterThan(0.9);
    expect(pairsOwn).toBeGreaterThan(10);
    expect(distinct / pairsOwn).toBeGreaterThan(0.5);
  });

  it('names the event\'s place in the reports of every located event', () => {
    const located = eventArticles.filter((a) => a.event!.city);
    const naming = located.filter((a) => {
      const t = text(a);
      const c = a.event!.city!;
      return t.includes(c.shortName) || t.includes(a.event!.facts.place!.subPlace);
    });
    expect(naming.length / located.length).toBeGreaterThan(0.97);
    const companies = new Set(w.events.map((e) => e.facts.fixed.company));
    expect(companies.size).toBeGreaterThan(w.events.length * 0.9);
  });

  it('writes the distractors the classifiers must not fall for', () => {
    const irrelevant = eventArticles.filter((a) => a.event!.polarity === 'irrelevant').map(text).join('\n');
    for (const word of ['信用卡', '融资融券', '征信', '不实', '评论']) expect(irrelevant).toContain(word);
  });
});
