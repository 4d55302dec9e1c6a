/** One article as the classifier sees it. Only the title is required. */
export interface ClassifyInput {
  title: string;
  lead?: string;
  body?: string;
  url?: string;
  publishedAt?: string;
}

export type { Classification } from '../../core/types.js';

export type TextField = 'title' | 'lead' | 'body';
