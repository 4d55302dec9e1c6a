// Small stand-ins for the classifier and the locator, so the pipeline's own behaviour (order,
// batching, resuming, events, appearances) is specified independently of their lexicons.
import { defaultGazetteer } from '../../../core/gazetteer/index.js';
import type { ArticleInput } from '../../../core/types.js';
import { defaultSegmenter } from '../../../indexer/segment/index.js';
import type { Analyzers, ArticleText } from '../../../indexer/pipeline/types.js';
import * as S from '../cluster/stories.js';

const CITIES: Record<string, { code: string; name: string; province: string }> = {
  苏州: { code: '320500', name: '苏州市', province: '320000' },
  无锡: { code: '320200', name: '无锡市', province: '320000' },
  合肥: { code: '340100', name: '合肥市', province: '340000' },
  太原: { code: '140100', name: '太原市', province: '140000' },
};

export function testAnalyzers(): Analyzers {
  return {
    segmenter: defaultSegmenter(),
    placeNames: new Set(defaultGazetteer().names()),
    version: 'test-1',
    classify(a: ArticleText) {
      const text = `${a.title}${a.body ?? ''}`;
      const response = /通报.*调查处理|回应|问责/.test(a.title);
      const breach = /罚|欠薪|拖欠|火灾|起火|过期/.test(text);
      const polarity = response ? 'response' : breach ? 'breach' : 'irrelevant';
      return {
        polarity,
        domain: polarity === 'irrelevant' ? null : 'business',
        sector: /工资|欠薪/.test(text) ? 'wages-social-security' : /火灾|起火/.test(text) ? 'production-safety' : /食品|原料/.test(text) ? 'food-drug' : null,
        severity: 0.5,
        confidence: 0.9,
        evidence: [`test:${polarity}`],
      };
    },
    locate(a: ArticleText) {
      const text = `${a.title}${a.lead ?? ''}${a.body ?? ''}`;
      const hit = Object.keys(CITIES).find((n) => text.includes(n));
      const c = hit ? CITIES[hit]! : null;
      return {
        city: c && { code: c.code, name: c.name },
        province: c && { code: c.province, name: '' },
        county: null,
        cities: c ? [{ code: c.code, name: c.name, role: 'primary' as const, matched: [hit!] }] : [],
        evidence: hit ? [`test:city ${hit}`] : [],
      };
    },
  };
}

let counter = 0;
/** A stored article reporting a story, published `hour` hours into its day. */
export function storyArticle(site: string, t: S.StoryTemplate, f: S.Facts, variant: number, hour: number, body?: string): ArticleInput {
  const s = S.story(t, f, variant);
  const published = new Date(Date.UTC(2026, 10, f.day, hour - 8));
  return {
    url: `https://${site}.example.cn/a/${f.cityCode}-${variant}-${hour}-${++counter}.html`,
    sourceId: site,
    title: s.title,
    publishedAt: published.toISOString().replace('.000Z', 'Z'),
    source: '新华社',
    body: body ?? s.body,
    fetchedAt: new Date(published.getTime() + 600_000).toISOString(),
  };
}
