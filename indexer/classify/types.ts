import type { CreditDomain, Polarity, Sector } from '../../core/types.js';

/** One article as the classifier sees it. Only the title is required. */
export interface ClassifyInput {
  title: string;
  lead?: string;
  body?: string;
  url?: string;
  publishedAt?: string;
}

export interface Classification {
  polarity: Polarity;
  /** Null exactly when polarity is 'irrelevant'. */
  domain: CreditDomain | null;
  sector: Sector | null;
  /** 0–1: deaths, amounts, scale, an official actor. 0 for items that report no wrongdoing. */
  severity: number;
  /** 0–1, calibrated: among items given confidence c, about c are labelled right. */
  confidence: number;
  /** Readable reasons, in the order they were applied (shown to users). */
  evidence: string[];
}

export type TextField = 'title' | 'lead' | 'body';
