// Canonical item URLs for the frontier: the identity of an article whatever tracking query a list adds.
import { canonicalUrl } from '../urls.js';

/** Canonical form of an item URL, or null for one that is not a web address. */
export function canonicalOrNull(url: string): string | null {
  try {
    return canonicalUrl(url);
  } catch (e) {
    if (e instanceof TypeError) return null;
    throw e;
  }
}
