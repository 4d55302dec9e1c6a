// Identities that must agree between backends: what counts as "the same content" of an article and
// the id of a snapshot (derived from what it is, so re-adding it after a crash replaces, not duplicates).
import { createHash } from 'node:crypto';
import type { ExtractedArticle, SnapshotInput } from '../../core/types.js';
import { instantMs } from './time.js';

/** SHA-256 (hex) of the extracted content: title, publishedAt, source and body. */
export function contentHash(a: ExtractedArticle): string {
  return createHash('sha256').update(JSON.stringify([a.title, a.publishedAt, a.source, a.body])).digest('hex');
}

/** 24 hex digits from source, kind, page URL and the instant it was taken. */
export function snapshotId(s: Pick<SnapshotInput, 'sourceId' | 'kind' | 'url' | 'takenAt'>): string {
  return createHash('sha256')
    .update(JSON.stringify([s.sourceId, s.kind, s.url, instantMs(s.takenAt)]))
    .digest('hex')
    .slice(0, 24);
}
