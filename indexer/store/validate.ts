// Checks on what callers hand the store, shared by both backends so both refuse the same batches.
// A batch with one bad record is refused whole (writes are atomic), with the record named.
import type { ArticleInput } from '../../core/types.js';
import { instantMs } from './time.js';

function fail(url: unknown, problem: string): never {
  throw new RangeError(`article ${JSON.stringify(String(url).slice(0, 200))}: ${problem}`);
}

export function assertArticleInputs(batch: ArticleInput[]): void {
  for (const a of batch) {
    if (typeof a.url !== 'string' || a.url.length === 0) fail(a.url, 'url must be a non-empty string');
    if (typeof a.sourceId !== 'string' || a.sourceId.length === 0) fail(a.url, 'sourceId must be a non-empty string');
    if (typeof a.title !== 'string') fail(a.url, 'title must be a string');
    if (typeof a.body !== 'string') fail(a.url, 'body must be a string');
    if (a.source !== null && typeof a.source !== 'string') fail(a.url, 'source must be a string or null');
    try {
      instantMs(a.fetchedAt);
      if (a.publishedAt !== null) instantMs(a.publishedAt);
    } catch (e) {
      fail(a.url, (e as Error).message);
    }
  }
}
