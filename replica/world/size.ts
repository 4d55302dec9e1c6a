// Worlds of a given size, for benchmarks that need many article pages.
import { createWorld, type World } from './world.js';

export interface SizedWorldOptions {
  seed: number;
  /** At least this many articles (event reports and filler). */
  articles: number;
  start?: string;
  eventsPerDay?: number;
}

/** A world with at least `articles` articles: as many simulated days as that takes, no city sites. */
export function createWorldOfSize(opts: SizedWorldOptions): World {
  let days = Math.max(1, Math.ceil(opts.articles / 1000));
  for (;;) {
    const w = createWorld({ seed: opts.seed, days, citySites: false, ...(opts.start ? { start: opts.start } : {}), ...(opts.eventsPerDay ? { eventsPerDay: opts.eventsPerDay } : {}) });
    if (w.articles.length >= opts.articles) return w;
    days = Math.ceil((days * opts.articles) / Math.max(1, w.articles.length)) + 1;
  }
}
