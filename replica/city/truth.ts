// Ground truth of the city credit websites: which columns each has, how they are published, and
// every dated entry (entries dated after the clock are not served yet).
import type { CreditColumn } from '../../core/types.js';

export interface CityColumnTruth {
  column: CreditColumn;
  present: boolean;
  /** Navigation label as the site prints it. */
  label: string | null;
  url: string | null;
  format: 'html' | 'json' | null;
  /** JSON lists served only to POST (GET answers 405): with a form body or a JSON body. */
  post: 'form' | 'json' | null;
  /** True when the newest entry is months old at the world's start. */
  stale: boolean;
  entries: { date: string; title: string }[];
}

export interface CitySiteTruth {
  siteId: string;
  cityCode: string;
  name: string;
  homepage: string;
  /** The site answers 503 to everything. */
  down: boolean;
  columns: CityColumnTruth[];
}
