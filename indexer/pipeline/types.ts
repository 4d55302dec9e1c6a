// What the analysis pipeline needs from the other indexer stages. The pipeline takes them as
// plain functions so benchmarks and tests can pass their own; defaultAnalyzers() wires the real ones.
import type { CityMention, Classification, PlaceRef } from '../../core/types.js';
import type { Segmenter } from '../segment/types.js';

/** One article as the classifier and the locator read it. */
export interface ArticleText {
  title: string;
  /** First paragraph of the body (where datelines and the who/what/where usually are). */
  lead?: string;
  body?: string;
  url?: string;
  /** The site it came from (local editions and city credit sites locate their items). */
  sourceId?: string;
  publishedAt?: string;
}

export interface LocationResult {
  city: PlaceRef | null;
  province: PlaceRef | null;
  county: PlaceRef | null;
  cities: CityMention[];
  evidence: string[];
}

export interface Analyzers {
  segmenter: Segmenter;
  classify(a: ArticleText): Classification;
  locate(a: ArticleText): LocationResult;
  /** Gazetteer names (full, short, aliases), left out of event similarity. */
  placeNames: ReadonlySet<string>;
  /** Names the code and lexicons that produced an analysis (stored with it, so re-analysis is traceable). */
  version: string;
}

export interface AnalyzeProgress {
  /** Articles analysed so far in this run. */
  done: number;
  /** Articles this run found waiting for analysis. */
  total: number;
  /** Events written so far in this run. */
  events: number;
  /** Real milliseconds since the run started. */
  elapsedMs: number;
}
