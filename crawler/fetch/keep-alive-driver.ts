// Crawlee crawlers are built to drain a queue and stop. The fetcher needs request/response calls
// instead, so one crawler runs with keepAlive and each submitted request settles its own promise from
// the crawler's handlers. The crawler is rebuilt now and then because its in-memory queue keeps every
// handled request.
import type { BasicCrawler } from '@crawlee/basic';

export interface Settle<R> {
  done(key: string, result: R): void;
  fail(key: string, error: unknown): void;
}

export interface KeepAliveDriver<R> {
  submit(url: string, userData: Record<string, unknown>): Promise<R>;
  close(): Promise<void>;
}

interface Pending<R> {
  resolve(v: R): void;
  reject(e: unknown): void;
}

export function keepAliveDriver<R>(
  build: (settle: Settle<R>) => BasicCrawler<any>,
  recycleAfter = 20_000,
): KeepAliveDriver<R> {
  const pending = new Map<string, Pending<R>>();
  let crawler: BasicCrawler<any> | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let retiring: Promise<unknown> = Promise.resolve();
  let submitted = 0;
  let seq = 0;
  let closed = false;

  const settle: Settle<R> = {
    done(key, result) {
      const p = pending.get(key);
      pending.delete(key);
      p?.resolve(result);
    },
    fail(key, error) {
      const p = pending.get(key);
      pending.delete(key);
      p?.reject(error);
    },
  };

  function failAll(error: unknown): void {
    for (const [key, p] of pending) {
      pending.delete(key);
      p.reject(error);
    }
  }

  // Synchronous, so concurrent submits can never start two crawlers.
  function current() {
    if (crawler && submitted >= recycleAfter && pending.size === 0) {
      const old = crawler;
      const oldRun = running;
      crawler = null;
      retiring = Promise.all([retiring, old.teardown().then(() => oldRun)]);
    }
    if (!crawler) {
      const c = build(settle);
      crawler = c;
      submitted = 0;
      running = c.run().then(
        () => failAll(new Error('crawler stopped')),
        (e: unknown) => failAll(e),
      );
    }
    return crawler;
  }

  return {
    async submit(url, userData) {
      if (closed) throw new Error('fetch engine is closed');
      const c = current();
      submitted++;
      const key = `${++seq}|${url}`;
      const result = new Promise<R>((resolve, reject) => pending.set(key, { resolve, reject }));
      await c.addRequests([{ url, uniqueKey: key, userData }]);
      return result;
    },
    async close() {
      closed = true;
      if (crawler) {
        const c = crawler;
        crawler = null;
        await c.teardown();
        await running;
      }
      await retiring;
      failAll(new Error('fetch engine closed'));
    },
  };
}
