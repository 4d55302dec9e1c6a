// One article through classification, location and segmentation: everything of its analysis but
// the event, which needs the other articles.
import type { ArticleAnalysis, Classification, ExtractedArticle } from '../../core/types.js';
import { toShanghaiIso } from '../../core/clock.js';
import type { ClusterArticle } from '../cluster/types.js';
import { instantMs } from '../store/time.js';
import { eventCity } from './event-city.js';
import type { Analyzers, ArticleText } from './types.js';

export interface AnalyzableArticle extends ExtractedArticle {
  url: string;
  sourceId: string;
  fetchedAt: string;
}

export interface ArticleResult {
  analysis: Omit<ArticleAnalysis, 'eventId' | 'analyzedAt'>;
  cluster: ClusterArticle;
}

/** Longest lead handed to the classifier and locator; a body without paragraph breaks has no lead. */
const MAX_LEAD_CHARS = 300;
/** Crawled pages can be huge; what decides an analysis is in the first pages of text. */
const MAX_BODY_CHARS = 20_000;
const MAX_TITLE_CHARS = 300;

export function articleText(a: AnalyzableArticle): ArticleText {
  const body = a.body.slice(0, MAX_BODY_CHARS).trim();
  const firstBreak = body.indexOf('\n');
  const lead = firstBreak > 0 && firstBreak <= MAX_LEAD_CHARS ? body.slice(0, firstBreak).trim() : undefined;
  return { title: a.title.slice(0, MAX_TITLE_CHARS), lead, body, url: a.url, sourceId: a.sourceId, publishedAt: a.publishedAt ?? undefined };
}

/** When the article happened as far as clustering can tell: its publish time, else when it was fetched. */
export function articleTime(a: AnalyzableArticle): string {
  return toShanghaiIso(instantMs(a.publishedAt ?? a.fetchedAt));
}

export function analyzeArticle(a: AnalyzableArticle, an: Analyzers): ArticleResult {
  const text = articleText(a);
  const c = an.classify(text);
  const l = an.locate(text);
  return {
    analysis: {
      polarity: c.polarity,
      domain: c.domain,
      sector: c.sector,
      severity: c.severity,
      confidence: c.confidence,
      evidence: [...c.evidence, ...l.evidence],
      city: l.city,
      province: l.province,
      county: l.county,
      cities: l.cities,
      version: an.version,
    },
    cluster: clusterView(a, text, c, eventCity(l.city, l.county), an),
  };
}

/** The clustering view of an article already analysed (restoring stored events). */
export function clusterArticleFromAnalysis(a: AnalyzableArticle, analysis: ArticleAnalysis, an: Analyzers): ClusterArticle {
  return clusterView(a, articleText(a), analysis, eventCity(analysis.city, analysis.county), an);
}

function clusterView(a: AnalyzableArticle, text: ArticleText, c: Classification, city: ClusterArticle['city'], an: Analyzers): ClusterArticle {
  return {
    url: a.url,
    sourceId: a.sourceId,
    title: text.title,
    titleTokens: an.segmenter.cut(text.title),
    bodyTokens: an.segmenter.cut(text.body ?? ''),
    time: articleTime(a),
    polarity: c.polarity,
    domain: c.domain,
    sector: c.sector,
    city,
  };
}
