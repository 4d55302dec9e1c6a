// Crawlee crawlers are built to drain a queue and stop. The fetcher needs request/response calls
// instead, so one crawler runs with keepAlive and each submitted request settles its own promise from
// the crawler's handlers. The crawler is replaced now and then because its in-memory queue keeps every
// handled request.
import type { BasicCrawler } from '@crawlee/basic';
import { FetchError } from './errors.js';
import type { HttpMethod } from './types.js';

export interface Settle<R> {
  done(key: string, result: R): void;
  fail(key: string, error: unknown): void;
}

export interface DriverRequest {
  url: string;
  userData: Record<string, unknown>;
  method?: HttpMethod;
  payload?: string;
}

export interface KeepAliveDriver<R> {
  /** `urgent` requests go to the front of the crawler's queue. */
  submit(req: DriverRequest, urgent?: boolean): Promise<R>;
  close(): Promise<void>;
}

interface Pending<R> {
  resolve(v: R): void;
  reject(e: unknown): void;
}

interface Generation<R> {
  crawler: BasicCrawler<any>;
  pending: Map<string, Pending<R>>;
  submitted: number;
  /** Resolves when the crawler has stopped and its pending requests are failed. */
  stopped: Promise<void>;
}

export function keepAliveDriver<R>(build: (settle: Settle<R>) => BasicCrawler<any>, recycleAfter = 20_000): KeepAliveDriver<R> {
  let current: Generation<R> | null = null;
  let retiring: Promise<unknown> = Promise.resolve();
  let seq = 0;
  let closed = false;

  function failAll(g: Generation<R>, error: unknown): void {
    for (const [key, p] of g.pending) {
      g.pending.delete(key);
      p.reject(error);
    }
  }

  function start(): Generation<R> {
    const pending = new Map<string, Pending<R>>();
    const take = (key: string) => {
      const p = pending.get(key);
      pending.delete(key);
      return p;
    };
    const crawler = build({ done: (key, r) => take(key)?.resolve(r), fail: (key, e) => take(key)?.reject(e) });
    const g: Generation<R> = { crawler, pending, submitted: 0, stopped: Promise.resolve() };
    // A crawler can also stop on its own (Crawlee pauses on SIGINT): the next submit starts a fresh one.
    const stop = (e: unknown) => {
      if (current === g) current = null;
      failAll(g, e);
    };
    g.stopped = crawler.run().then(
      () => stop(new FetchError('aborted', 'crawler stopped before the request was served')),
      stop,
    );
    return g;
  }

  /** Synchronous, so concurrent submits can never start two crawlers. */
  function generation(): Generation<R> {
    if (current && current.submitted >= recycleAfter && current.pending.size === 0) {
      const old = current;
      current = null;
      retiring = Promise.all([retiring, old.crawler.teardown().then(() => old.stopped)]);
    }
    return (current ??= start());
  }

  return {
    submit({ url, userData, method = 'GET', payload }, urgent = false) {
      if (closed) return Promise.reject(new FetchError('aborted', 'fetch engine is closed'));
      const g = generation();
      g.submitted++;
      // Every submission has its own key: Crawlee would otherwise take two POSTs with different
      // bodies to one URL for the same request and serve only the first.
      const key = `${++seq}|${method}|${url}`;
      const result = new Promise<R>((resolve, reject) => g.pending.set(key, { resolve, reject }));
      g.crawler.addRequests([{ url, uniqueKey: key, userData, method, ...(payload === undefined ? {} : { payload }) }], { forefront: urgent }).then(
        () => undefined,
        (e: unknown) => {
          const p = g.pending.get(key);
          g.pending.delete(key);
          p?.reject(e);
        },
      );
      return result;
    },
    async close() {
      closed = true;
      const g = current;
      current = null;
      if (g) {
        await g.crawler.teardown();
        await g.stopped;
        failAll(g, new FetchError('aborted', 'fetch engine closed'));
      }
      await retiring;
    },
  };
}
