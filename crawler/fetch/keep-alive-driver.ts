// Crawlee crawlers are built to drain a queue and stop. The fetcher needs request/response calls
// instead, so one crawler runs with keepAlive and each submitted request settles its own promise from
// the crawler's handlers. The crawler is rebuilt now and then because its in-memory queue keeps every
// handled request.
import type { BasicCrawler } from '@crawlee/basic';
import { FetchError } from './errors.js';

export interface Settle<R> {
  done(key: string, result: R): void;
  fail(key: string, error: unknown): void;
}

export interface KeepAliveDriver<R> {
  /** `urgent` requests go to the front of the crawler's queue. */
  submit(url: string, userData: Record<string, unknown>, urgent?: boolean): Promise<R>;
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
      // A crawler can stop on its own (Crawlee pauses on SIGINT): the next submit starts a fresh one.
      const stopped = (e: unknown) => {
        if (crawler === c) crawler = null;
        failAll(e);
      };
      running = c.run().then(
        () => stopped(new FetchError('aborted', 'crawler stopped before the request was served')),
        stopped,
      );
    }
    return crawler;
  }

  return {
    async submit(url, userData, urgent = false) {
      if (closed) throw new FetchError('aborted', 'fetch engine is closed');
      const c = current();
      submitted++;
      const key = `${++seq}|${url}`;
      const result = new Promise<R>((resolve, reject) => pending.set(key, { resolve, reject }));
      await c.addRequests([{ url, uniqueKey: key, userData }], { forefront: urgent });
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
      failAll(new FetchError('aborted', 'fetch engine closed'));
    },
  };
}
