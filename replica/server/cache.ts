// A bounded LRU of encoded responses. Pages are cached per (address, URL, state): the state key
// changes exactly when what the page shows changes (homepage state index, ranking bucket…), so a
// cached page is never stale.

export interface CachedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface ResponseCache {
  get(key: string): CachedResponse | undefined;
  set(key: string, value: CachedResponse): void;
  readonly size: number;
  readonly bytes: number;
}

export function createResponseCache(maxBytes = 256 * 1024 * 1024, maxEntries = 50_000): ResponseCache {
  const m = new Map<string, CachedResponse>();
  let bytes = 0;
  return {
    get(key) {
      const v = m.get(key);
      if (v) {
        // Refresh recency: Map keeps insertion order.
        m.delete(key);
        m.set(key, v);
      }
      return v;
    },
    set(key, value) {
      const old = m.get(key);
      if (old) {
        bytes -= old.body.length;
        m.delete(key);
      }
      if (value.body.length > maxBytes / 4) return;
      m.set(key, value);
      bytes += value.body.length;
      while ((bytes > maxBytes || m.size > maxEntries) && m.size) {
        const [k, v] = m.entries().next().value as [string, CachedResponse];
        m.delete(k);
        bytes -= v.body.length;
      }
    },
    get size() {
      return m.size;
    },
    get bytes() {
      return bytes;
    },
  };
}
