// The crawl frontier: links to fetch, with status, attempts and backoff, so a killed crawl resumes.
import { instantMs } from '../time.js';
import type { FrontierLink, Store } from '../types.js';
import type { SqliteContext } from './context.js';

/** A frontier row as SQLite returns it (the columns of LINK_COLUMNS). */
export interface LinkRow {
  url: string;
  source_id: string;
  discovered_at: string;
  via: string;
  status: FrontierLink['status'];
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
}

export const LINK_COLUMNS = 'url, source_id, discovered_at, via, status, attempts, next_attempt_at, last_error';

export function linkFromRow(r: LinkRow): FrontierLink {
  return {
    url: r.url,
    sourceId: r.source_id,
    discoveredAt: r.discovered_at,
    via: r.via,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
  };
}

type FrontierOps = Pick<Store, 'addLinks' | 'dueLinks' | 'updateLink'>;

export function frontierOps(ctx: SqliteContext): FrontierOps {
  const { db } = ctx;
  const add = db.prepare(
    `INSERT INTO frontier (url, source_id, discovered_at, discovered_ms, via, status, attempts, next_attempt_at, next_ms, last_error)
     VALUES (@url, @sourceId, @discoveredAt, @discoveredMs, @via, 'pending', 0, @discoveredAt, @discoveredMs, NULL)
     ON CONFLICT (url) DO NOTHING`,
  );
  const due = db.prepare<[number, number], LinkRow>(
    `SELECT ${LINK_COLUMNS} FROM frontier
     WHERE status = 'pending' AND next_ms <= ? ORDER BY next_ms, discovered_ms, url LIMIT ?`,
  );
  // A null patch field keeps the column, except lastError, which may be set to null on purpose.
  const update = db.prepare(
    `UPDATE frontier SET status = coalesce(@status, status), attempts = coalesce(@attempts, attempts),
       next_attempt_at = coalesce(@nextAttemptAt, next_attempt_at), next_ms = coalesce(@nextMs, next_ms),
       last_error = CASE WHEN @setError THEN @lastError ELSE last_error END
     WHERE url = @url`,
  );

  return {
    async addLinks(links) {
      if (links.length === 0) return 0;
      const rows = links.map((l) => ({ url: l.url, sourceId: l.sourceId, discoveredAt: l.discoveredAt, discoveredMs: instantMs(l.discoveredAt), via: l.via }));
      return ctx.write(
        () => rows.reduce((n, r) => n + add.run(r).changes, 0),
        (count, ms) => ({ op: 'links', count, ms }),
      );
    },

    async dueLinks(now, limit) {
      return due.all(instantMs(now), limit).map(linkFromRow);
    },

    async updateLink(url, patch) {
      const params = {
        url,
        status: patch.status ?? null,
        attempts: patch.attempts ?? null,
        nextAttemptAt: patch.nextAttemptAt ?? null,
        nextMs: patch.nextAttemptAt === undefined ? null : instantMs(patch.nextAttemptAt),
        setError: Number(patch.lastError !== undefined),
        lastError: patch.lastError ?? null,
      };
      const changed = ctx.write(
        () => update.run(params).changes,
        (count, ms) => ({ op: 'linkUpdate', count, ms }),
      );
      if (changed === 0) throw new Error(`updateLink: unknown frontier link ${url}`);
    },
  };
}
