// Credit events: the whole record as JSON plus the columns the queries filter on.
import type { CreditEvent } from '../../../core/types.js';
import { instantMs } from '../time.js';
import type { EventQuery, Store } from '../types.js';
import { PAGE_ROWS, paged, where, type SqliteContext } from './context.js';

interface EventRow {
  id: string;
  first_ms: number;
  json: string;
}

type EventOps = Pick<Store, 'upsertEvents' | 'getEvent' | 'listEvents'>;

export function eventOps(ctx: SqliteContext): EventOps {
  const { db } = ctx;
  const upsert = db.prepare(
    `INSERT INTO events (id, city_code, polarity, domain, sector, title, first_seen, first_ms, last_seen, last_ms, responds_to, json)
     VALUES (@id, @city, @polarity, @domain, @sector, @title, @firstSeen, @firstMs, @lastSeen, @lastMs, @respondsTo, @json)
     ON CONFLICT (id) DO UPDATE SET city_code = excluded.city_code, polarity = excluded.polarity, domain = excluded.domain,
       sector = excluded.sector, title = excluded.title, first_seen = excluded.first_seen, first_ms = excluded.first_ms,
       last_seen = excluded.last_seen, last_ms = excluded.last_ms, responds_to = excluded.responds_to, json = excluded.json`,
  );
  const clearSites = db.prepare('DELETE FROM event_sites WHERE event_id = ?');
  const addSite = db.prepare('INSERT OR IGNORE INTO event_sites (event_id, source_id) VALUES (?, ?)');
  const byId = db.prepare<[string], EventRow>('SELECT id, first_ms, json FROM events WHERE id = ?');

  return {
    async upsertEvents(events: CreditEvent[]) {
      const rows = events.map((e) => ({
        id: e.id,
        city: e.city?.code ?? null,
        polarity: e.polarity,
        domain: e.domain,
        sector: e.sector,
        title: e.title,
        firstSeen: e.firstSeen,
        firstMs: instantMs(e.firstSeen),
        lastSeen: e.lastSeen,
        lastMs: instantMs(e.lastSeen),
        respondsTo: e.respondsTo,
        json: JSON.stringify(e),
        sites: e.sites,
      }));
      ctx.write(
        () => {
          for (const { sites, ...row } of rows) {
            upsert.run(row);
            clearSites.run(row.id);
            for (const s of sites) addSite.run(row.id, s);
          }
        },
        (_, ms) => ({ op: 'events', count: rows.length, ms }),
      );
    },

    async getEvent(id) {
      const r = byId.get(id);
      return r ? (JSON.parse(r.json) as CreditEvent) : null;
    },

    async *listEvents(q: EventQuery = {}) {
      const fromMs = q.from === undefined ? undefined : instantMs(q.from);
      const toMs = q.to === undefined ? undefined : instantMs(q.to);
      const page = (after: [number, string] | null) => {
        const sql = `SELECT id, first_ms, json FROM events ${where([
          q.cityCode !== undefined && 'city_code = @cityCode',
          q.polarity !== undefined && 'polarity = @polarity',
          q.sourceId !== undefined && 'id IN (SELECT event_id FROM event_sites WHERE source_id = @sourceId)',
          fromMs !== undefined && 'last_ms >= @fromMs',
          toMs !== undefined && 'first_ms < @toMs',
          after !== null && '(first_ms, id) > (@afterMs, @afterId)',
        ])} ORDER BY first_ms, id LIMIT ${PAGE_ROWS}`;
        const params: Record<string, unknown> = {};
        if (q.cityCode !== undefined) params.cityCode = q.cityCode;
        if (q.polarity !== undefined) params.polarity = q.polarity;
        if (q.sourceId !== undefined) params.sourceId = q.sourceId;
        if (fromMs !== undefined) params.fromMs = fromMs;
        if (toMs !== undefined) params.toMs = toMs;
        if (after) [params.afterMs, params.afterId] = after;
        return ctx.statement(sql).all(params) as EventRow[];
      };
      for await (const r of paged(page, (r) => [r.first_ms, r.id] as [number, string])) yield JSON.parse(r.json) as CreditEvent;
    },
  };
}
